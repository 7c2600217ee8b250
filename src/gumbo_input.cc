// What gumbo is given for one parse: markup with overlong numeric character
// references capped, and options that record no errors.
#include "gumbo_input.h"

#include <cctype>

#include "text_util.h"

namespace newsextract {
namespace {

// Numeric character references with more digits than any code point has
// (gumbo 0.10.1 overflows on `&#x19debd0041;`) become U+FFFD. Returns false,
// leaving *capped alone, when there are none: the common case copies
// nothing.
bool CapCharRefs(std::string_view html, std::string* capped) {
  bool found = false;
  size_t copied = 0;
  for (size_t at = Find(html, "&#"); at != std::string_view::npos; at = Find(html, "&#", at + 2)) {
    const NumericReference ref = ReadNumericReference(html, at);
    if (ref.code_point) continue;
    if (!found) capped->reserve(html.size());
    found = true;
    capped->append(html.substr(copied, at - copied)).append("&#xFFFD;");
    copied = ref.end < html.size() && html[ref.end] == ';' ? ref.end + 1 : ref.end;
  }
  if (found) capped->append(html.substr(copied));
  return found;
}

}  // namespace

NumericReference ReadNumericReference(std::string_view html, size_t at) {
  size_t i = at + 2;
  const bool hex = i < html.size() && (html[i] == 'x' || html[i] == 'X');
  i += hex;
  const size_t digits_begin = i;
  char32_t value = 0;
  while (i < html.size() && (hex ? isxdigit(static_cast<unsigned char>(html[i]))
                                 : isdigit(static_cast<unsigned char>(html[i])))) {
    const auto c = static_cast<unsigned char>(html[i]);
    if (i - digits_begin < 8)
      value = value * (hex ? 16 : 10) + (isdigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    ++i;
  }
  if (i - digits_begin > (hex ? 6u : 7u)) return {i, std::nullopt};
  return {i, value};
}

bool GumboReadsAttribute(std::string_view name) {
  for (std::string_view read : {"type", "color", "face", "size", "encoding", "prompt"}) {
    if (name == read) return true;
  }
  return false;
}

bool GumboReplacesCodePoint(char32_t c) {
  return (c >= 0x1 && c <= 0x8) || c == 0xB || (c >= 0xE && c <= 0x1F) ||
         (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFF) == 0xFFFE ||
         (c & 0xFFFF) == 0xFFFF;
}

GumboInput::GumboInput(std::string_view html, const MarkupEdits& edits)
    : html_(html), options_(kGumboDefaultOptions) {
  if (!edits.empty()) {
    edited_.reserve(html.size());
    size_t copied = 0;
    for (const MarkupEdit& edit : edits) {
      edited_.append(html.substr(copied, edit.begin - copied)).append(edit.with);
      copied = edit.end;
    }
    edited_.append(html.substr(copied));
    html_ = edited_;
  }
  if (CapCharRefs(html_, &capped_)) html_ = capped_;
  options_.max_errors = 0;
}

}  // namespace newsextract
