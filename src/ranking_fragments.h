// From cues to lists inside one block. Each cue gives a fragment: a whole
// list (排名前十的是A、B、C; A、B、C位居前三), the head of a chain (最高的是A;
// A关注度最高) or a continuation (其次是B、C; B、C紧随其后; 较大的还有B、C;
// B、C分别获9次、8次). Heads and continuations are then joined in text order.
#ifndef NEWSEXTRACT_RANKING_FRAGMENTS_H_
#define NEWSEXTRACT_RANKING_FRAGMENTS_H_

#include <optional>
#include <string>
#include <vector>

#include "html_text.h"
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
};

// What became of one cue, for --explain.
struct CueOutcome {
  size_t offset = 0;   // byte offset of the cue in the block
  std::string cue;     // the cue as written
  std::string result;  // "list '…' (3 items)", "head of a chain", "rejected: why"
};

struct BlockLists {
  std::vector<BlockList> lists;
  std::vector<CueOutcome> outcomes;  // filled only when asked
};

// Every list of `block`, in text order. `explain` fills the outcomes.
BlockLists ListsInBlock(const Block& block, const Rules& rules, const CueFinder& cues,
                        bool explain);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_FRAGMENTS_H_
