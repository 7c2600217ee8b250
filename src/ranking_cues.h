// Ranking cues in text (前十, 居前, 最高, 其次, 第二、第三, 十大) and the
// connective that hands a cue over to the names after it (的是, 分别为, 的有,
// 的还有, 的+noun+是).
#ifndef NEWSEXTRACT_RANKING_CUES_H_
#define NEWSEXTRACT_RANKING_CUES_H_

#include <optional>
#include <string_view>
#include <vector>

#include "newsextract/rules.h"

namespace newsextract {

// A cue found in text.
struct CueMatch {
  const Cue* cue = nullptr;
  size_t begin = 0;
  size_t end = 0;           // after the number and a size suffix (名, 位)
  int number = -1;          // 前十: 10; 并列第一: 1
  std::vector<int> places;  // ordinals: 第一、二名 -> 1, 2; 十一到十五名 -> 11..15
};

// How a label hands over to its items.
struct Connection {
  size_t label_end = 0;
  size_t items_begin = 0;
  std::string_view noun;   // 诉求量前三的街乡依次是: 街乡
  bool continues = false;  // 居前的还有: the names continue an earlier list
  bool passive = false;    // 前三名被A、B、C包揽: a rank verb must close the names
};

// Finds cues left to right. Only positions whose code point starts some cue
// are tried (Rules::cue_bucket), and there only the cues that start with it.
class CueFinder {
 public:
  explicit CueFinder(const Rules& rules);
  std::optional<CueMatch> Find(std::string_view text, size_t from) const;

 private:
  const Rules& rules_;
};

// A superlative that moves one way (领涨, 领降: rules rise_words,
// fall_words): the amount it moves by may follow it.
bool IsMoving(const Cue& cue, const Rules& rules);

// The connective at `pos`, right after a cue; nullopt when there is none.
// What a cue says of the noun after it: nothing; a place count before it
// (前十位富翁分别是), which then may be any short plain noun; a count in front
// (十大X), which may be any noun.
enum class NounCount { kNone, kSized, kCounted };
std::optional<Connection> ConnectAt(std::string_view text, size_t pos, const Rules& rules,
                                    NounCount counted = NounCount::kNone);

// Skips the separators that may follow a connective (是：, 为: ).
size_t SkipSeparators(std::string_view text, size_t pos);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_CUES_H_
