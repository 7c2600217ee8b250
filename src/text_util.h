// Small UTF-8 helpers shared by the stages. Everything works on bytes of
// valid UTF-8 (the charset stage guarantees that) and never allocates unless
// it returns a string.
#ifndef NEWSEXTRACT_TEXT_UTIL_H_
#define NEWSEXTRACT_TEXT_UTIL_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsextract {

// Decodes the code point starting at text[pos]; sets *len to its byte length.
// Invalid or truncated sequences decode as U+FFFD with length 1.
char32_t DecodeUtf8Slow(std::string_view text, size_t pos, size_t* len);

// Inline for ASCII and the three-byte sequences of CJK text: every
// extractor walks text code point by code point.
inline char32_t DecodeUtf8(std::string_view text, size_t pos, size_t* len) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  if ((b0 & 0xF0) == 0xE0 && pos + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    const auto b2 = static_cast<unsigned char>(text[pos + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      *len = 3;
      return static_cast<char32_t>(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
    }
  }
  return DecodeUtf8Slow(text, pos, len);
}

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// White space as the schema folds it: ASCII space/control white space,
// NBSP, U+3000 (ideographic space) and the other Unicode space separators.
bool IsSpace(char32_t cp);

// Byte length of the white space code point (IsSpace) at text[pos], 0 when
// there is none. Checks the lead byte first: most bytes of a text, and every
// continuation byte, cannot start a space, so callers may step byte by byte.
inline size_t SpaceAt(std::string_view text, size_t pos) {
  // Bytes that may start a space: ASCII white space, and the lead bytes of
  // NBSP (C2), U+1680 (E1), U+2000.. (E2), U+3000 (E3) and U+FEFF (EF).
  static constexpr auto kMayStart = [] {
    std::array<bool, 256> may{};
    for (const unsigned char b : {' ', '\t', '\n', '\r', '\f', '\v'}) may[b] = true;
    for (const unsigned char b : {0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) may[b] = true;
    return may;
  }();
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (!kMayStart[lead]) return 0;
  if (lead < 0x80) return 1;
  size_t len;
  return IsSpace(DecodeUtf8(text, pos, &len)) ? len : 0;
}

// The position of the next white space at or after `pos`, or text.size().
// Chinese ideographs (lead bytes E4-E9) are most of a text and none is a
// space: they are passed three bytes at a time (`text` is valid UTF-8).
inline size_t NextSpace(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead >= 0xE4 && lead <= 0xE9) {
      pos = std::min(pos + 3, text.size());
    } else if (SpaceAt(text, pos) != 0) {
      return pos;
    } else {
      ++pos;
    }
  }
  return text.size();
}

// Clause punctuation that ends a list or a label: ，。；：！？ and ASCII ,;:!?
bool IsClausePunct(char32_t cp);

// Strips white space (IsSpace) from both ends.
std::string_view Trim(std::string_view text);

// Folds every run of white space to one ASCII space and trims the ends.
std::string FoldSpace(std::string_view text);

// Number of code points.
size_t CodePointCount(std::string_view text);

// Byte offset of the start of the code point before `pos` (pos > 0).
size_t PrevCodePoint(std::string_view text, size_t pos);

// Byte offset `chars` code points after `pos`, or text.size().
size_t AdvanceChars(std::string_view text, size_t pos, size_t chars);

// The last code point of `text`, or 0 when empty.
char32_t LastCodePoint(std::string_view text);

// 'A'-'Z' to 'a'-'z', every other byte as it is (HTML names are ASCII).
inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Inline, first byte first: the boilerplate and ranking stages try a
// dozen prefixes on every line, and most differ at once.
// The last byte is compared before the rest: in CJK text the first byte is
// one of a handful of lead bytes, the last a continuation byte that varies.
inline bool StartsWith(std::string_view text, std::string_view prefix) {
  const size_t n = prefix.size();
  return text.size() >= n && (n == 0 || (text[0] == prefix[0] && text[n - 1] == prefix[n - 1] &&
                                         text.compare(0, n, prefix) == 0));
}
bool EndsWith(std::string_view text, std::string_view suffix);

// The first `part` in `text` at or after `from`, or npos. Looks for the
// last byte of `part` with memchr: string_view::find looks for the first,
// and in Chinese text the first byte of a character (E4..E9) is nearly
// every third byte, while a given last (continuation) byte is about one in
// a hundred.
size_t Find(std::string_view text, std::string_view part, size_t from = 0);
bool Contains(std::string_view text, std::string_view part);

// Whether `text` starts with / ends with / holds one of `words` (empty
// words never match).
bool StartsWithAny(std::string_view text, const std::vector<std::string>& words);
// The longest of `words` that `text` starts with; empty when none.
std::string_view LongestStart(std::string_view text, const std::vector<std::string>& words);
bool EndsWithAny(std::string_view text, const std::vector<std::string>& words);
// The longest of `words` that `text` ends with; empty when none.
std::string_view LongestEnd(std::string_view text, const std::vector<std::string>& words);
bool ContainsAny(std::string_view text, const std::vector<std::string>& words);

// A digit or a Chinese numeral (一, 十, 百, 两, 零).
bool IsNumeral(char32_t cp);

// Case-insensitive (ASCII only) prefix test, for cues such as TOP/Top.
bool StartsWithNoCase(std::string_view text, std::string_view prefix);

// Parses a count written in Arabic digits (10) or Chinese numerals
// (三, 十, 十五, 二十, 一百); `*len` gets the bytes consumed. Returns -1 when
// `text` does not start with a number.
int ParseNumber(std::string_view text, size_t* len);

// The start of the last occurrence of `word` that ends at or before `limit`,
// or npos. Forward searches (memchr-accelerated) instead of rfind, whose
// libstdc++ version compares at every position.
size_t FindLast(std::string_view text, std::string_view word,
                size_t limit = std::string_view::npos);

// `text` as part of a one-line message: control characters (a newline in
// a file name, in a YAML error) become \xNN.
std::string Printable(std::string_view text);

// The first `max_chars` code points of `text`, with … when cut.
std::string Abbreviate(std::string_view text, size_t max_chars);

// Splits on a single-character separator, keeping empty pieces.
std::vector<std::string_view> SplitOn(std::string_view text, std::string_view sep);

}  // namespace newsextract

#endif  // NEWSEXTRACT_TEXT_UTIL_H_
