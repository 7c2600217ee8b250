// The markup guard's other half: what gumbo 0.10.1 is given once
// CheckMarkup has let a body through, the markup with the inputs it
// mishandles defused, the attributes nothing reads cut, and the options it
// must run with.
#ifndef NEWSEXTRACT_GUMBO_INPUT_H_
#define NEWSEXTRACT_GUMBO_INPUT_H_

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsextract {

// Bytes [begin, end) of markup to be read as `with`.
struct MarkupEdit {
  size_t begin = 0, end = 0;
  std::string with;
};
// In order and apart.
using MarkupEdits = std::vector<MarkupEdit>;

// Whether gumbo's tree builder reads an attribute of this (lower-case)
// name: it decides where elements go (type=hidden inputs in tables;
// color, face and size on a font in svg or MathML; encoding on
// annotation-xml) or becomes text (isindex's prompt).
bool GumboReadsAttribute(std::string_view name);

// The numeric character reference at html[at] ("&#"): where its digits
// end, and the number they spell, or nullopt when they are more than any
// code point has (GumboInput caps those to U+FFFD). Digits only, as gumbo
// reads them: 0 when there are none.
struct NumericReference {
  size_t end = 0;
  std::optional<char32_t> code_point;
};
NumericReference ReadNumericReference(std::string_view html, size_t at);

// Whether gumbo reads the code point as U+FFFD (its
// utf8_is_invalid_code_point: controls but white space, noncharacters).
bool GumboReplacesCodePoint(char32_t c);

class GumboInput {
 public:
  // Keeps a view of `html`, or of a copy when it needs one: with `edits`
  // made (html_text's: what nothing reads costs gumbo a step per character
  // and a copy) and overlong references capped.
  explicit GumboInput(std::string_view html, const MarkupEdits& edits = {});
  GumboInput(const GumboInput&) = delete;
  GumboInput& operator=(const GumboInput&) = delete;

  // The markup as edited, with numeric character references longer
  // than any code point capped to U+FFFD (gumbo 0.10.1 overflows on `&#x19debd0041;`).
  std::string_view html() const { return html_; }
  // gumbo's defaults, recording no parse errors: each recorded error
  // copies the open-element stack.
  const GumboOptions& options() const { return options_; }

 private:
  std::string edited_, capped_;
  std::string_view html_;
  GumboOptions options_;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_GUMBO_INPUT_H_
