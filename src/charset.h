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
// bytes there are not one (overlong, surrogate, truncated, stray). Inline:
// the decode check and the JSON writer call it for every non-ASCII
// character.
inline size_t ValidSequenceLength(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char c = byte(pos);
  if (c < 0x80) return 1;
  const auto continuation = [&](size_t i) { return (byte(i) & 0xC0) == 0x80; };
  // Most Chinese text: three bytes whose second byte needs no range check.
  if (c >= 0xE1 && c <= 0xEF && c != 0xED) {
    return pos + 2 < text.size() && continuation(pos + 1) && continuation(pos + 2) ? 3 : 0;
  }
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (pos + need >= text.size()) return 0;
  if (byte(pos + 1) < lo || byte(pos + 1) > hi) return 0;
  for (size_t i = 2; i <= need; ++i) {
    if (!continuation(pos + i)) return 0;
  }
  return need + 1;
}

// Copies `text` replacing each invalid byte by U+FFFD.
std::string ReplaceInvalidUtf8(std::string_view text);

}  // namespace newsextract

#endif  // NEWSEXTRACT_CHARSET_H_
