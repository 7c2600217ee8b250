// Splitting a post: text to front matter and body (BOM, CRLF, blank lines
// before the first ---).
#include "split.h"

#include "text_util.h"

namespace newsextract {
namespace {

// The line starting at `pos` without its newline; `*next` is the next line.
std::string_view LineAt(std::string_view text, size_t pos, size_t* next) {
  const size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) {
    *next = text.size();
    return text.substr(pos);
  }
  *next = end + 1;
  return text.substr(pos, end - pos);
}

bool IsFence(std::string_view line, std::string_view fence) {
  return Trim(line) == fence && StartsWith(line, fence);
}

}  // namespace

SplitText SplitFrontMatter(std::string_view text) {
  SplitText out;
  out.body = text;
  size_t pos = 0, next = 0;
  int line_no = 1;
  std::string_view line;
  // Blank lines may precede the opening fence (the seed starts with one).
  while (pos < text.size()) {
    line = LineAt(text, pos, &next);
    if (!Trim(line).empty()) break;
    pos = next;
    ++line_no;
  }
  if (pos >= text.size() || !IsFence(line, "---")) return out;
  const size_t yaml_begin = next;
  out.front_matter_line = line_no + 1;
  for (pos = next; pos < text.size(); pos = next) {
    line = LineAt(text, pos, &next);
    if (IsFence(line, "---") || IsFence(line, "...")) {
      out.front_matter_state = SplitText::FrontMatter::kFound;
      out.front_matter = text.substr(yaml_begin, pos - yaml_begin);
      out.body = text.substr(next);
      return out;
    }
  }
  out.front_matter_state = SplitText::FrontMatter::kUnterminated;
  return out;
}

void NormalizeNewlines(std::string* text) {
  if (text->find('\r') == std::string::npos) return;
  size_t out = 0;
  for (size_t i = 0; i < text->size(); ++i) {
    const char c = (*text)[i];
    if (c == '\r') {
      (*text)[out++] = '\n';
      if (i + 1 < text->size() && (*text)[i + 1] == '\n') ++i;
    } else {
      (*text)[out++] = c;
    }
  }
  text->resize(out);
}

}  // namespace newsextract
