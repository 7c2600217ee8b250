// Names a place is written against: the names above it (…仅次于A、B…第三;
// A之后，B…位居第二) and below it (B…位居第7，排在C之前). They join the
// name that holds the place, in rank order.
#ifndef NEWSEXTRACT_RANKING_RELATIVE_H_
#define NEWSEXTRACT_RANKING_RELATIVE_H_

#include <cstddef>
#include <optional>

#include "document.h"
#include "newsextract/rules.h"
#include "ranking_cues.h"
#include "ranking_spans.h"

namespace newsextract {

// The names that hold the `above` places over a place whose cue starts at
// `cue_begin` in the clause starting at `clause`: after a behind word in
// that clause (仅次于A、B和C居于第四和第五位), or before an after word ending
// an earlier clause of the sentence (深圳之后，广州…位居第二). `in_clause`
// says which form it was (the label then starts after the names).
struct NamesAbove {
  Names names;
  bool in_clause = false;
};
std::optional<NamesAbove> NamesAboveOf(const Block& block, const Rules& rules, size_t clause,
                                       size_t cue_begin, int above);

// The name that a behind word in block.text[clause, end) puts after the
// names following it: the one opening the clause right before the word,
// else one opening an earlier clause of the sentence (衡阳GDP总量居全省第4，
// 但增量仅低于长沙、岳阳). None without a behind word or such a name.
std::optional<Names> HolderBehind(const Block& block, const Rules& rules, size_t clause,
                                  size_t end);

// The names below a place, in the clause right after its cue: a rank verb,
// the names, an ahead word (…位居第7，排在青岛之前). None when absent.
std::optional<Names> NamesBelowOf(const Block& block, const Rules& rules, size_t cue_end);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_RELATIVE_H_
