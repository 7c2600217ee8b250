// ranking asides: a head's list going on in the sentence after it, when
// that sentence opens with 此外 (…解禁规模最大的是科沃斯，…解禁市值高达
// 621.34亿元。此外，北京君正的解禁市值达到117.05亿元).
#ifndef NEWSEXTRACT_RANKING_ASIDES_H_
#define NEWSEXTRACT_RANKING_ASIDES_H_

#include <optional>

#include "document.h"
#include "newsextract/rules.h"
#include "ranking_fragments.h"

namespace newsextract {

// The names after a top `head` of one name, before `limit`: the sentence
// after the head's opens with a continuation word standing alone as its
// clause (此外，), and its next clauses each open with a name and say a
// figure in the unit of one in the head's sentence, the figures not rising
// from there; the first of them repeats two characters of the head's
// measure (解禁规模 / 解禁市值, 换手率). They stop at a clause that shares a
// figure among names (…等个股换手率均超过5倍). Nullopt when there are none.
std::optional<BlockList> AsideAfterHead(const Block& block, const BlockList& head, size_t limit,
                                        const Rules& rules);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_ASIDES_H_
