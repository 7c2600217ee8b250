// split stage: UTF-8 text -> front matter text + body text.
#ifndef NEWSEXTRACT_SPLIT_H_
#define NEWSEXTRACT_SPLIT_H_

#include <string>
#include <string_view>

namespace newsextract {

struct SplitText {
  enum class FrontMatter { kFound, kMissing, kUnterminated };
  FrontMatter front_matter_state = FrontMatter::kMissing;
  std::string_view front_matter;  // the YAML between the two --- lines
  std::string_view body;          // everything after the closing --- line
  int front_matter_line = 0;      // 1-based line of the first YAML line
};

// Finds a `---` line after optional blank lines; the front matter runs to the
// next `---` (or `...`) line. Without one the whole text is body.
SplitText SplitFrontMatter(std::string_view text);

// Rewrites CRLF and lone CR as LF, in place.
void NormalizeNewlines(std::string* text);

}  // namespace newsextract

#endif  // NEWSEXTRACT_SPLIT_H_
