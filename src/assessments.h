// assessments extractor: per-entity reviews (a bold entity name, then the
// review of it, with 但在…等方面仍存不足 split into shortcomings).
#ifndef NEWSEXTRACT_ASSESSMENTS_H_
#define NEWSEXTRACT_ASSESSMENTS_H_

#include <vector>

#include "deadline.h"
#include "document.h"
#include "newsextract/article.h"
#include "newsextract/rules.h"

namespace newsextract {

// A bold run at the start of a clause that reads as an entity name (short,
// no punctuation) starts a review when the name ends like an entity (区,
// 局, 集团...) or the review names shortcomings. The review runs to the next
// reviewed name or the end of the block.
// Throws TimeoutError when `deadline` passes.
std::vector<Assessment> ExtractAssessments(const std::vector<Block>& blocks, const Rules& rules,
                                           const Deadline& deadline = Deadline());

}  // namespace newsextract

#endif  // NEWSEXTRACT_ASSESSMENTS_H_
