// The markup guard's other half: what gumbo 0.10.1 is given once
// CheckMarkup has let a body through, the markup with the inputs it
// mishandles defused and the options it must run with.
#ifndef NEWSEXTRACT_GUMBO_INPUT_H_
#define NEWSEXTRACT_GUMBO_INPUT_H_

#include <gumbo.h>

#include <string>
#include <string_view>

namespace newsextract {

class GumboInput {
 public:
  // Keeps a view of `html`, or of a capped copy when it needs one.
  explicit GumboInput(std::string_view html);
  GumboInput(const GumboInput&) = delete;
  GumboInput& operator=(const GumboInput&) = delete;

  // The markup, with numeric character references longer than any code
  // point capped to U+FFFD (gumbo 0.10.1 overflows on `&#x19debd0041;`).
  std::string_view html() const { return html_; }
  // gumbo's defaults, recording no parse errors: each recorded error
  // copies the open-element stack.
  const GumboOptions& options() const { return options_; }

 private:
  std::string capped_;
  std::string_view html_;
  GumboOptions options_;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_GUMBO_INPUT_H_
