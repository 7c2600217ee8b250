// Decoding: file bytes to valid UTF-8 (BOM, strict check, <meta charset>,
// GB18030 and other legacy charsets through iconv, U+FFFD for the rest).
#include "charset.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text_util.h"

namespace newsextract {
namespace {

// Converts with glibc iconv; false when the input is not valid in `from`.
bool Convert(const char* from, std::string_view in, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", from);
  // NOLINTNEXTLINE(performance-no-int-to-ptr): iconv_open's documented error value
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->assign(in.size() * 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  size_t done = 0;
  bool ok = true;
  while (src_left > 0) {
    char* dst = out->data() + done;
    size_t dst_left = out->size() - done;
    const size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
    done = out->size() - dst_left;
    if (rc != static_cast<size_t>(-1)) break;
    if (errno != E2BIG) {
      ok = false;
      break;
    }
    out->resize(out->size() * 2);
  }
  iconv_close(cd);
  out->resize(done);
  return ok;
}

// UTF-16 after a BOM, never refused: a unit iconv rejects (a lone
// surrogate) or a last odd byte becomes U+FFFD, counted in *replaced.
std::string ConvertUtf16(const char* charset, std::string_view in, size_t* replaced) {
  std::string out;
  iconv_t cd = iconv_open("UTF-8", charset);
  // NOLINTNEXTLINE(performance-no-int-to-ptr): iconv_open's documented error value
  if (cd == reinterpret_cast<iconv_t>(-1)) return out;
  out.resize(in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size(), done = 0;
  while (src_left > 0) {
    char* dst = out.data() + done;
    size_t dst_left = out.size() - done;
    const size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
    done = out.size() - dst_left;
    if (rc != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    // EILSEQ: a bad unit; EINVAL: a unit cut off at the end.
    out.resize(done);
    AppendUtf8(0xFFFD, &out);
    done = out.size();
    out.resize(done + src_left * 2 + 16);
    ++*replaced;
    const size_t skip = std::min<size_t>(src_left, 2);
    src += skip;
    src_left -= skip;
  }
  iconv_close(cd);
  out.resize(done);
  return out;
}

// The charset named by <meta charset=...> or content="...charset=..." in the
// first KiB, lower-cased; empty when none.
std::string SniffMetaCharset(std::string_view bytes) {
  std::string head(bytes.substr(0, 1024));
  for (char& c : head) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  size_t pos = at + 8;
  while (pos < head.size() && (head[pos] == '"' || head[pos] == '\'' || head[pos] == ' ')) ++pos;
  size_t end = pos;
  while (end < head.size() &&
         (isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' || head[end] == '_')) {
    ++end;
  }
  return head.substr(pos, end - pos);
}

bool TryCharset(const std::string& charset, std::string_view bytes, DecodedText* out) {
  if (!Convert(charset.c_str(), bytes, &out->text) || !IsValidUtf8(out->text)) return false;
  out->warnings.push_back("charset: not UTF-8, decoded as " + charset);
  return true;
}

}  // namespace

namespace {

// The scalar check, one sequence at a time, from `pos` up to at least
// `until` (or the end); the position reached, or npos at a bad sequence.
size_t CheckSequences(std::string_view text, size_t pos, size_t until) {
  while (pos < text.size() && pos < until) {
    const size_t len = ValidSequenceLength(text, pos);
    if (len == 0) return std::string_view::npos;
    pos += len;
  }
  return pos;
}

#if defined(__SSE2__)
// Sixteen bytes at `pos`, which starts a sequence, checked with byte masks:
// Chinese text is three-byte sequences back to back, and the scalar check
// spends ~15 instructions on each. The bytes each lead byte announces must
// be exactly the continuation bytes; a sequence running past the sixteenth
// byte is left whole to the next block. The returned position starts a
// sequence; 0 when the block needs the scalar check (a bad byte, or a lead
// byte whose second byte has a narrower range: E0 ED F0 F4).
size_t CheckBlock(const char* at) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  const auto below = [&](int byte) {  // unsigned x < byte, for byte >= 0x80
    return static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(byte)))));
  };
  const uint32_t high = static_cast<uint32_t>(_mm_movemask_epi8(x));
  if (high == 0) return 16;
  const uint32_t cont = below(0xC0), to_c1 = below(0xC2), to_df = below(0xE0), to_ef = below(0xF0),
                 to_f4 = below(0xF5);
  const auto equal = [&](int byte) {
    return static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(byte)))));
  };
  const uint32_t narrow = equal(0xE0) | equal(0xED) | equal(0xF0) | equal(0xF4);
  const uint32_t bad = (to_c1 & ~cont) | (high & ~to_f4) | narrow;
  uint32_t lead2 = to_df & ~to_c1, lead3 = to_ef & ~to_df, lead4 = to_f4 & ~to_ef;
  const uint32_t straddling = (lead2 & 0x8000u) | (lead3 & 0xC000u) | (lead4 & 0xE000u);
  const size_t end = straddling ? static_cast<size_t>(__builtin_ctz(straddling)) : 16;
  const uint32_t in = (1u << end) - 1;
  lead2 &= in, lead3 &= in, lead4 &= in;
  // A sequence claiming the byte at `end` (a lead byte) is broken too: its
  // claim then falls outside `in`, and the masks differ.
  const uint32_t expected =
      (lead2 << 1) | (lead3 << 1) | (lead3 << 2) | (lead4 << 1) | (lead4 << 2) | (lead4 << 3);
  if ((cont & in) != expected || (bad & in) != 0) return 0;
  return end;
}
#endif

}  // namespace

bool IsValidUtf8(std::string_view text) {
  size_t pos = 0;
#if defined(__SSE2__)
  while (pos + 16 <= text.size()) {
    const size_t done = CheckBlock(text.data() + pos);
    if (done > 0) {
      pos += done;
      continue;
    }
    pos = CheckSequences(text, pos, pos + 16);
    if (pos == std::string_view::npos) return false;
  }
#endif
  return CheckSequences(text, pos, text.size()) != std::string_view::npos;
}

std::string ReplaceInvalidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const size_t len = ValidSequenceLength(text, pos);
    if (len == 0) {
      AppendUtf8(0xFFFD, &out);
      ++pos;
    } else {
      out.append(text.substr(pos, len));
      pos += len;
    }
  }
  return out;
}

DecodedText DecodeToUtf8(std::string_view bytes) {
  DecodedText out;
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const bool le = StartsWith(bytes, "\xFF\xFE"), be = StartsWith(bytes, "\xFE\xFF");
  if (le || be) {
    const char* charset = le ? "UTF-16LE" : "UTF-16BE";
    size_t replaced = 0;
    out.text = ConvertUtf16(charset, bytes.substr(2), &replaced);
    out.warnings.push_back(std::string("charset: decoded as ") + charset + " (BOM)");
    if (replaced > 0) {
      out.warnings.push_back("charset: " + std::to_string(replaced) +
                             " invalid UTF-16 units replaced with U+FFFD");
    }
    return out;
  }
  if (IsValidUtf8(bytes)) {
    out.text.assign(bytes);
    return out;
  }
  const std::string meta = SniffMetaCharset(bytes);
  if (!meta.empty() && meta != "utf-8" && meta != "utf8" && TryCharset(meta, bytes, &out)) {
    return out;
  }
  if (TryCharset("GB18030", bytes, &out)) return out;
  out.text = ReplaceInvalidUtf8(bytes);
  out.warnings.clear();
  out.warnings.push_back("charset: invalid UTF-8 bytes replaced with U+FFFD");
  return out;
}

}  // namespace newsextract
