// markup check stage: what gumbo 0.10.1 would cost on a body, predicted
// before it runs (gumbo cannot be stopped once it parses). Run on every
// body and credit comment before html_text parses it. The model behind it:
// markup_tags (gumbo's tag table), markup_scan (its tokenizer), markup_tree
// and markup_state (its tree builder); gumbo_input prepares what gumbo gets.
#ifndef NEWSEXTRACT_MARKUP_CHECK_H_
#define NEWSEXTRACT_MARKUP_CHECK_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsextract {

// Limits checked before gumbo sees the markup (gumbo 0.10.1's scope checks
// walk the open elements for nearly every token, and it is quadratic in a
// tag's attributes).
struct HtmlLimits {
  size_t max_depth = 2000;
  size_t max_attributes = 1000;
};

// Scans the raw markup following gumbo's tokenizer states and a model of its
// tree builder. Returns an empty string when it is fine, else the reason.
std::string CheckMarkup(std::string_view html, const HtmlLimits& limits);

}  // namespace newsextract

#endif  // NEWSEXTRACT_MARKUP_CHECK_H_
