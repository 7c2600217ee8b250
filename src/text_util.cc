// Small UTF-8 helpers shared by the stages: decoding, finding, trimming,
// numbers.
#include "text_util.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace newsextract {

char32_t DecodeUtf8Slow(std::string_view text, size_t pos, size_t* len) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  *len = 1;
  if (lead < 0x80) return lead;
  size_t need = 0;
  char32_t cp = 0;
  if ((lead & 0xE0) == 0xC0) {
    need = 1;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    need = 2;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    need = 3;
    cp = lead & 0x07;
  } else {
    return 0xFFFD;
  }
  if (pos + need >= text.size()) return 0xFFFD;
  for (size_t i = 1; i <= need; ++i) {
    const unsigned char c = byte(pos + i);
    if ((c & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (c & 0x3F);
  }
  *len = need + 1;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsSpace(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case 0xA0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x2028:
    case 0x2029:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool IsClausePunct(char32_t cp) {
  switch (cp) {
    case 0xFF0C:
    case 0x3002:
    case 0xFF1B:
    case 0xFF1A:
    case 0xFF01:
    case 0xFF1F:
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
      return true;
    default:
      return false;
  }
}

std::string_view Trim(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size()) {
    const size_t space = SpaceAt(text, begin);
    if (space == 0) break;
    begin += space;
  }
  size_t end = text.size();
  while (end > begin) {
    const size_t prev = PrevCodePoint(text, end);
    size_t len;
    if (!IsSpace(DecodeUtf8(text, prev, &len))) break;
    end = prev;
  }
  return text.substr(begin, end - begin);
}

std::string FoldSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (size_t i = 0; i < text.size();) {
    if (const size_t space = SpaceAt(text, i)) {
      pending = true;
      i += space;
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && SpaceAt(text, end) == 0) ++end;
    if (pending && !out.empty()) out.push_back(' ');
    pending = false;
    out.append(text.substr(i, end - i));
    i = end;
  }
  return out;
}

size_t CodePointCount(std::string_view text) {
  size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

size_t PrevCodePoint(std::string_view text, size_t pos) {
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

size_t AdvanceChars(std::string_view text, size_t pos, size_t chars) {
  for (size_t n = 0; n < chars && pos < text.size(); ++n) {
    size_t len;
    DecodeUtf8(text, pos, &len);
    pos += len;
  }
  return std::min(pos, text.size());
}

char32_t LastCodePoint(std::string_view text) {
  if (text.empty()) return 0;
  size_t len;
  return DecodeUtf8(text, PrevCodePoint(text, text.size()), &len);
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

size_t Find(std::string_view text, std::string_view part, size_t from) {
  if (from > text.size()) return std::string_view::npos;
  if (part.empty()) return from;
  // Checked before any pointer is formed: text may be a null view.
  if (part.size() > text.size() - from) return std::string_view::npos;
  const size_t last = part.size() - 1;
  const char* const end = text.data() + text.size();
  for (const char* p = text.data() + from + last; p < end; ++p) {
    p = static_cast<const char*>(memchr(p, part[last], static_cast<size_t>(end - p)));
    if (p == nullptr) break;
    if (memcmp(p - last, part.data(), last) == 0)
      return static_cast<size_t>(p - last - text.data());
  }
  return std::string_view::npos;
}

bool Contains(std::string_view text, std::string_view part) {
  return Find(text, part) != std::string_view::npos;
}

bool StartsWithAny(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return !w.empty() && StartsWith(text, w); });
}

std::string_view LongestStart(std::string_view text, const std::vector<std::string>& words) {
  std::string_view found;
  for (const std::string_view word : words) {
    if (word.size() > found.size() && StartsWith(text, word)) found = word;
  }
  return found;
}

std::string_view LongestEnd(std::string_view text, const std::vector<std::string>& words) {
  std::string_view found;
  for (const std::string_view word : words) {
    if (word.size() > found.size() && EndsWith(text, word)) found = word;
  }
  return found;
}

bool EndsWithAny(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return !w.empty() && EndsWith(text, w); });
}

bool ContainsAny(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return !w.empty() && Contains(text, w); });
}

bool IsNumeral(char32_t cp) {
  return (cp >= '0' && cp <= '9') ||
         std::u32string_view(U"零一二三四五六七八九十百千两").find(cp) != std::u32string_view::npos;
}

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = text[i], b = prefix[i];
    if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
    if (b >= 'a' && b <= 'z') b = static_cast<char>(b - 'a' + 'A');
    if (a != b) return false;
  }
  return true;
}

namespace {

// Value of a Chinese digit (零..九, 两), or -1.
int ChineseDigit(char32_t cp) {
  static constexpr char32_t kDigits[] = {U'零', U'一', U'二', U'三', U'四',
                                         U'五', U'六', U'七', U'八', U'九'};
  for (int i = 0; i < 10; ++i) {
    if (kDigits[i] == cp) return i;
  }
  return cp == U'两' ? 2 : -1;
}

int ParseChineseNumber(std::string_view text, size_t* len) {
  int total = 0, digit = -1;
  size_t pos = 0;
  bool any = false;
  while (pos < text.size()) {
    size_t n;
    const char32_t cp = DecodeUtf8(text, pos, &n);
    const int d = ChineseDigit(cp);
    // Counts in labels are small; a run of numerals past this is not one,
    // and must not overflow.
    if (total > 100000) break;
    if (d >= 0) {
      digit = d;
    } else if (cp == U'十' || cp == U'百') {
      const int unit = cp == U'十' ? 10 : 100;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else {
      break;
    }
    any = true;
    pos += n;
  }
  if (!any) return -1;
  *len = pos;
  return total + (digit < 0 ? 0 : digit);
}

}  // namespace

int ParseNumber(std::string_view text, size_t* len) {
  size_t pos = 0;
  int value = 0;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos < 6) {
    value = value * 10 + (text[pos] - '0');
    ++pos;
  }
  if (pos > 0) {
    *len = pos;
    return value;
  }
  return ParseChineseNumber(text, len);
}

size_t FindLast(std::string_view text, std::string_view word, size_t limit) {
  if (limit != std::string_view::npos) text = text.substr(0, limit);
  size_t last = std::string_view::npos;
  for (size_t at = Find(text, word); at != std::string_view::npos; at = Find(text, word, at + 1)) {
    last = at;
  }
  return last;
}

std::string Printable(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7F) {
      out += c;
    } else {
      char buf[8];
      snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    }
  }
  return out;
}

std::string Abbreviate(std::string_view text, size_t max_chars) {
  size_t pos = 0;
  for (size_t n = 0; n < max_chars && pos < text.size(); ++n) {
    size_t len;
    DecodeUtf8(text, pos, &len);
    pos += len;
  }
  return pos >= text.size() ? std::string(text) : std::string(text.substr(0, pos)) + "…";
}

std::vector<std::string_view> SplitOn(std::string_view text, std::string_view sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(sep, start);
    if (at == std::string_view::npos) break;
    parts.push_back(text.substr(start, at - start));
    start = at + sep.size();
  }
  parts.push_back(text.substr(start));
  return parts;
}

}  // namespace newsextract
