// Ties: names that share one place or one value (A、B最高，均有2次;
// 上海与北京并列第一).
#ifndef NEWSEXTRACT_RANKING_TIES_H_
#define NEWSEXTRACT_RANKING_TIES_H_

#include <cstddef>
#include <string_view>

#include "document.h"
#include "newsextract/rules.h"
#include "ranking_spans.h"

namespace newsextract {

// Whether the clause after the punctuation at `pos` gives the names before
// it one value: a sharing word opening it (，均…, ，并列…) or one figure
// ending it (，达到8%, ，为15元); not a threshold they all pass (，均在20%以上).
bool SharedAfter(std::string_view text, size_t pos, const Rules& rules);

// 上海与北京并列第一: a tie holds two names at least. When block.text from
// `clause` to `cue_end` holds a sharing word and `names` holds one name: a
// conjunction in that name splits it (names are read again up to
// `names_to`); else a name between a conjunction and the sharing word is
// the second (广东入围数量与江苏并列全国第一). Two measures of one name
// (长沙的GDP总量和增量都…, …产品数量和规模均…) add nothing.
void WidenTie(const Block& block, const Rules& rules, size_t clause, size_t names_to,
              size_t cue_end, Names* names);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_TIES_H_
