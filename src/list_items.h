// Splitting an enumeration (A、B、C和D) into items, shared by the ranking and
// assessment extractors.
#ifndef NEWSEXTRACT_LIST_ITEMS_H_
#define NEWSEXTRACT_LIST_ITEMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsextract/rules.h"

namespace newsextract {

// Splits on 、 and, in the last item, on a final conjunction (和/及/与).
// `declared` is the size the label announces (0: none): one item short of it
// means the conjunction joins two items. Without it, the last item is split
// unless it reads as one name: its left part ends unlike the other items
// while the whole ends like them (市经济和信息化局 after other 局), or it is
// alone and its parts end differently. Items are trimmed of white space and
// trailing punctuation.
std::vector<std::string> SplitItems(std::string_view text, const Rules& rules, int declared = 0);

// An item trimmed of white space and trailing punctuation (；。，…).
std::string_view CleanItem(std::string_view item);

// When every item ends with a score in brackets (西城区（95.2分）), moves the
// scores out of the items and returns them; else returns nothing and leaves
// the items as they are.
std::vector<double> TakeBracketedScores(std::vector<std::string>* items);

// Why `item` cannot be a ranked name (empty when it can): clause punctuation
// inside, too long, empty.
std::string ItemProblem(std::string_view item, const Rules& rules);

}  // namespace newsextract

#endif  // NEWSEXTRACT_LIST_ITEMS_H_
