// From fragments to the lists of one block: a head joined with the
// continuations after it (最高的是A；其次是B、C), continuations that extend the
// list before them, names with falling values after a head (A最高；B、C分别
// 获9次、8次), a head implied by the clause a 还有 follows.
#ifndef NEWSEXTRACT_RANKING_CHAINS_H_
#define NEWSEXTRACT_RANKING_CHAINS_H_

#include <vector>

#include "document.h"
#include "newsextract/rules.h"
#include "ranking_cues.h"
#include "ranking_fragments.h"

namespace newsextract {

struct BlockLists {
  std::vector<BlockList> lists;
  std::vector<CueOutcome> outcomes;  // filled only when asked
};

// Every list of `block`, in text order. `explain` fills the outcomes.
BlockLists ListsInBlock(const Block& block, const Rules& rules, const CueFinder& cues,
                        bool explain);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_CHAINS_H_
