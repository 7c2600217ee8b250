// ranking repeats: a list stated twice (a heading and the sentence under
// it, a summary and its section) is kept once, from its fullest statement.
#ifndef NEWSEXTRACT_RANKING_REPEATS_H_
#define NEWSEXTRACT_RANKING_REPEATS_H_

#include <vector>

#include "newsextract/article.h"
#include "newsextract/rules.h"

namespace newsextract {

// Drops from `rankings` each list another states more fully: the same
// names in the same order (or some of them, shortened or lengthened), in
// the same direction and on the same metric. `structured[i]` says whether
// list i came from a table or a list element: a sentence over a table and
// the table are two lists. Lists with scores are all kept.
void DropRepeats(std::vector<Ranking>* rankings, const std::vector<bool>& structured,
                 const Rules& rules);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_REPEATS_H_
