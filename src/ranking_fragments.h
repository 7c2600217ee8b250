// From cues to fragments of lists inside one block: for each cue, the names
// its grammar gives it (after a connective, before the cue in its clause,
// after 的, in records later) and the role they play.
#ifndef NEWSEXTRACT_RANKING_FRAGMENTS_H_
#define NEWSEXTRACT_RANKING_FRAGMENTS_H_

#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "newsextract/article.h"
#include "newsextract/rules.h"
#include "ranking_cues.h"
#include "ranking_spans.h"

namespace newsextract {

// A list found in a block, before its label is read for subject and metric.
struct BlockList {
  CueMatch cue;            // the cue that heads it: direction, size, tied
  size_t label_begin = 0;  // the label: block.text[label_begin, label_end)
  size_t label_end = 0;
  std::vector<std::string> items;
  std::vector<std::optional<RankValue>> values;  // empty, or one per item
  std::optional<int> size;
  bool top = true;  // direction
  bool tied = false;
  size_t end = 0;             // where the text it took ends
  bool at_block_end = false;  // the cue ends the block: the names follow in
                              // the blocks after it (<ol>, a table)
  bool placed = false;        // no cue: each name carries its place (211名)
};

// What became of one cue, for --explain.
struct CueOutcome {
  size_t offset = 0;   // byte offset of the cue in the block
  std::string cue;     // the cue as written
  std::string result;  // "list '…' (3 items)", "head of a chain", "rejected: why"
};

// What a cue gives: a whole list (排名前十的是A、B、C; A、B、C位居前三),
// the head of a chain (最高的是A; A关注度最高) or a continuation (其次是B、C;
// B、C紧随其后; 较大的还有B、C; B、C位列第二、第三).
enum class Role { kList, kHead, kContinuation };

struct Fragment {
  Role role = Role::kList;
  BlockList list;
  size_t end = 0;               // the end of the text the fragment took
  bool single_ok = false;       // a lone name after a connective is a list
  bool standalone = false;      // a continuation that may stand alone (紧随其后的是A、B)
  bool extends = false;         // 还有, 也, 依次: continues the list before it
  bool tied_after = false;      // A、B最高，均…: several names share the head
  bool may_imply_head = false;  // 还有: the head may be a name before it, unmarked
  bool needs_head = false;      // one short of the top N it shares: a list only after a head
};

// The fragments of `block`, one per cue that gives one, in text order.
// `outcomes` (may be null) gets what became of every cue.
std::vector<Fragment> FragmentsInBlock(const Block& block, const Rules& rules,
                                       const CueFinder& cues, std::vector<CueOutcome>* outcomes);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_FRAGMENTS_H_
