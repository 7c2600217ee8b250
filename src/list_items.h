// Splitting an enumeration (A、B、C和D) into items, shared by the ranking and
// assessment extractors.
#ifndef NEWSEXTRACT_LIST_ITEMS_H_
#define NEWSEXTRACT_LIST_ITEMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsextract/rules.h"

namespace newsextract {

// Splits on 、 and, in the last item, on a final conjunction (和/及/与) when
// both sides look like names of one kind (they end alike, or like the other
// items): 西城区和东城区 splits, 市经济和信息化局 does not. Items are trimmed
// of white space and trailing punctuation.
std::vector<std::string> SplitItems(std::string_view text, const Rules& rules);

// Why `item` cannot be a ranked name (empty when it can): clause punctuation
// inside, too long, empty.
std::string ItemProblem(std::string_view item, const Rules& rules);

}  // namespace newsextract

#endif  // NEWSEXTRACT_LIST_ITEMS_H_
