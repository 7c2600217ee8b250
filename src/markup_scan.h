// The markup model's tokenizer: a scan of raw markup that follows gumbo
// 0.10.1's tokenizer states and hands each tag, text run and comment to
// the tree model, which says how the tokenizer reads on.
#ifndef NEWSEXTRACT_MARKUP_SCAN_H_
#define NEWSEXTRACT_MARKUP_SCAN_H_

#include <string_view>

#include "markup_tree.h"

namespace newsextract::markup {

// Feeds `html` to `model` token by token; stops early once the model has a
// problem. With `spans`, adds to it the attributes, comments and raw texts
// read (see MarkupSpans).
void ScanMarkup(std::string_view html, TreeModel* model, MarkupSpans* spans = nullptr);

}  // namespace newsextract::markup

#endif  // NEWSEXTRACT_MARKUP_SCAN_H_
