// decode stage: file bytes -> valid UTF-8, before any library sees them.
#ifndef NEWSEXTRACT_CHARSET_H_
#define NEWSEXTRACT_CHARSET_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsextract {

struct DecodedText {
  std::string text;                   // valid UTF-8, BOM removed
  std::vector<std::string> warnings;  // charset guessed, bytes replaced, ...
};

// Turns `bytes` into valid UTF-8: a BOM (UTF-8, UTF-16LE/BE) decides; else
// strictly valid UTF-8 is kept as is; else a charset named in a <meta> tag in
// the first KiB, then GB18030, are tried; whatever still fails has its bad
// bytes replaced by U+FFFD. Never fails.
DecodedText DecodeToUtf8(std::string_view bytes);

// True when `text` is strictly valid UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view text);

// Length of the valid UTF-8 sequence starting at text[pos], or 0 when the
// bytes there are not one (overlong, surrogate, truncated, stray).
size_t ValidSequenceLength(std::string_view text, size_t pos);

// Copies `text` replacing each invalid byte by U+FFFD.
std::string ReplaceInvalidUtf8(std::string_view text);

}  // namespace newsextract

#endif  // NEWSEXTRACT_CHARSET_H_
