// The markup guard's entry: whether gumbo 0.10.1 may parse a body, decided
// by the markup model (markup_scan feeding markup_tree) before it runs.
#include "markup_check.h"

#include "markup_scan.h"
#include "markup_tree.h"

namespace newsextract {

// CheckMarkup: what gumbo 0.10.1 would cost, predicted before it runs.
//
// gumbo cannot be stopped once it parses, and three things in it grow
// without bound: the stack of open elements (scope checks walk it for
// nearly every token, and the text layer walks the tree recursively), the
// nodes it allocates (unclosed formatting elements are cloned again after
// every block that closes them: an 85 KB file can make 40 million), and the
// steps of those walks. A scan that follows gumbo's tokenizer states
// exactly, and its tree builder's rules closely (gumbo 0.10.1's, quirks
// included), estimates all three. Where the model cannot tell whether gumbo
// has an element open, it keeps it open but opaque: counted for depth,
// never matched by an end tag, and every walk of the stack stops at it, so
// the model pops less than gumbo, never more. fuzz/fuzz_extract.cc checks
// the model against the depth gumbo really reaches.
std::string CheckMarkup(std::string_view html, const HtmlLimits& limits, MarkupSpans* spans) {
  markup::TreeModel model(limits);
  markup::ScanMarkup(html, &model, spans);
  return model.problem();
}

}  // namespace newsextract
