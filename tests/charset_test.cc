#include "charset.h"

#include <gtest/gtest.h>
#include <iconv.h>

#include <cstdint>
#include <string>
#include <vector>

#include "test_util.h"
#include "text_util.h"

namespace newsextract {
namespace {

using testing::Encode;

bool AnyContains(const std::vector<std::string>& warnings, std::string_view part) {
  for (const auto& w : warnings) {
    if (Contains(w, part)) return true;
  }
  return false;
}

const char kArticle[] =
    "---\ntitle: 本市召开月度工作点评会\n---\n"
    "<p>　　会议通报了各区综合评分排名前三的是：东城区、西城区和朝阳区。</p>";

TEST(IsValidUtf8Test, StrictlyValidOnly) {
  struct Case {
    const char* bytes;
    bool want;
  };
  const Case cases[] = {
      {"", true},
      {"plain ascii", true},
      {"中文与标点，。", true},
      {"\xF0\x9F\x98\x80", true},   // U+1F600
      {"\xC0\xAF", false},          // overlong '/'
      {"\xE0\x80\xAF", false},      // overlong, three bytes
      {"\xED\xA0\x80", false},      // a UTF-16 surrogate
      {"\xF4\x90\x80\x80", false},  // above U+10FFFF
      {"\xE4\xB8", false},          // truncated 中
      {"\xFF", false},
      {"\xB1\xBE\xCA\xD0", false},  // 本市 in GB18030
  };
  for (const Case& c : cases) EXPECT_EQ(IsValidUtf8(c.bytes), c.want) << c.bytes;
}

// The definition, spelled out: decode, then refuse overlong forms,
// surrogates and code points past U+10FFFF.
size_t ReferenceSequenceLength(const unsigned char* b, size_t n) {
  if (b[0] < 0x80) return 1;
  size_t need;
  char32_t cp;
  if ((b[0] & 0xE0) == 0xC0) {
    need = 1, cp = b[0] & 0x1F;
  } else if ((b[0] & 0xF0) == 0xE0) {
    need = 2, cp = b[0] & 0x0F;
  } else if ((b[0] & 0xF8) == 0xF0) {
    need = 3, cp = b[0] & 0x07;
  } else {
    return 0;
  }
  if (n < need + 1) return 0;
  for (size_t i = 1; i <= need; ++i) {
    if ((b[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b[i] & 0x3F);
  }
  constexpr char32_t kShortest[] = {0, 0x80, 0x800, 0x10000};
  if (cp < kShortest[need] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return need + 1;
}

// ValidSequenceLength has fast paths by lead byte: every lead byte and
// second byte, with telling third and fourth bytes, whole and truncated.
TEST(ValidSequenceLengthTest, AgreesWithTheDefinition) {
  const unsigned char tails[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (int b0 = 0; b0 < 256; ++b0) {
    for (int b1 = 0; b1 < 256; ++b1) {
      for (const unsigned char b2 : tails) {
        for (const unsigned char b3 : tails) {
          const unsigned char bytes[] = {static_cast<unsigned char>(b0),
                                         static_cast<unsigned char>(b1), b2, b3};
          for (size_t n = 1; n <= 4; ++n) {
            const std::string_view text(reinterpret_cast<const char*>(bytes), n);
            ASSERT_EQ(ValidSequenceLength(text, 0), ReferenceSequenceLength(bytes, n))
                << b0 << " " << b1 << " " << int{b2} << " " << int{b3} << " n=" << n;
          }
        }
      }
    }
  }
}

// IsValidUtf8 checks sixteen bytes at a time where it can: strings built
// from valid and broken pieces at every alignment must get the answer of
// the sequence-by-sequence definition.
bool ReferenceIsValid(const std::string& s) {
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t pos = 0; pos < s.size();) {
    const size_t len = ReferenceSequenceLength(b + pos, s.size() - pos);
    if (len == 0) return false;
    pos += len;
  }
  return true;
}

TEST(IsValidUtf8Test, BlocksAgreeWithTheDefinitionAtEveryAlignment) {
  const std::vector<std::string> pieces = {"a",
                                           "<p>",
                                           "中",
                                           "文",
                                           "\xC3\xA9",
                                           "\xE0\xA0\x80",
                                           "\xED\x9F\xBF",
                                           "\xF0\x90\x80\x80",
                                           "\xF4\x8F\xBF\xBF",
                                           "\xF0\x9F\x98\x80",
                                           "\xE0\x80\xAF",
                                           "\xED\xA0\x80",
                                           "\xF4\x90\x80\x80",
                                           "\xC0\xAF",
                                           "\xE4\xB8",
                                           "\x80",
                                           "\xBF",
                                           "\xFF",
                                           "\xF5\x80\x80\x80",
                                           "\xC2"};
  uint32_t state = 12345;
  const auto next = [&] { return state = state * 1103515245u + 12345u, state >> 8; };
  size_t invalid = 0, valid = 0;
  for (int round = 0; round < 50000; ++round) {
    std::string s;
    const size_t n = next() % 60;
    for (size_t i = 0; i < n; ++i) {
      // Mostly valid pieces, so that long valid runs reach the block path.
      const size_t k = next() % 100 < 97 ? next() % 10 : next() % pieces.size();
      s += pieces[k];
    }
    const bool want = ReferenceIsValid(s);
    ASSERT_EQ(IsValidUtf8(s), want) << ::testing::PrintToString(s);
    (want ? valid : invalid) += 1;
  }
  EXPECT_GT(valid, 1000u);
  EXPECT_GT(invalid, 1000u);
}

TEST(ReplaceInvalidUtf8Test, EachBadByteBecomesOneReplacementCharacter) {
  struct Case {
    const char* bytes;
    const char* want;
  };
  const Case cases[] = {
      {"好", "好"},
      {"a\xFF"
       "b",
       "a\uFFFD"
       "b"},
      {"中\xE4\xB8", "中\uFFFD\uFFFD"},
      {"\xC0\xAF", "\uFFFD\uFFFD"},
      {"", ""},
  };
  for (const Case& c : cases) {
    const std::string got = ReplaceInvalidUtf8(c.bytes);
    EXPECT_EQ(got, c.want) << c.bytes;
    EXPECT_TRUE(IsValidUtf8(got)) << c.bytes;
  }
}

TEST(DecodeToUtf8Test, ValidUtf8IsKeptAsIsWithoutWarnings) {
  const DecodedText got = DecodeToUtf8(kArticle);
  EXPECT_EQ(got.text, kArticle);
  EXPECT_TRUE(got.warnings.empty());
}

TEST(DecodeToUtf8Test, Utf8ByteOrderMarkIsRemoved) {
  const DecodedText got = DecodeToUtf8(std::string("\xEF\xBB\xBF") + kArticle);
  EXPECT_EQ(got.text, kArticle);
}

TEST(DecodeToUtf8Test, Utf16ByteOrderMarksDecideTheCharset) {
  struct Case {
    const char* charset;
    const char* bom;
  };
  const Case cases[] = {{"UTF-16LE", "\xFF\xFE"}, {"UTF-16BE", "\xFE\xFF"}};
  for (const Case& c : cases) {
    const std::string bytes = std::string(c.bom) + Encode(c.charset, kArticle);
    const DecodedText got = DecodeToUtf8(bytes);
    EXPECT_EQ(got.text, kArticle) << c.charset;
  }
}

TEST(DecodeToUtf8Test, Gb18030DecodesToTheSameTextAsUtf8WithAWarning) {
  const std::string gb = Encode("GB18030", kArticle);
  ASSERT_FALSE(IsValidUtf8(gb));
  const DecodedText got = DecodeToUtf8(gb);
  EXPECT_EQ(got.text, kArticle);
  ASSERT_EQ(got.warnings.size(), 1u);
  EXPECT_TRUE(Contains(got.warnings[0], "GB18030")) << got.warnings[0];
}

TEST(DecodeToUtf8Test, CharsetNamedInAMetaTagIsTriedFirst) {
  const std::string utf8 = std::string("<meta charset=\"gbk\">") + kArticle;
  const DecodedText got = DecodeToUtf8(Encode("GBK", utf8));
  EXPECT_EQ(got.text, utf8);
  EXPECT_TRUE(AnyContains(got.warnings, "gbk"));
}

TEST(DecodeToUtf8Test, InvalidBytesInNoKnownCharsetAreReplaced) {
  // 0xFF is no lead byte in UTF-8 or GB18030.
  const DecodedText got = DecodeToUtf8("<p>收盘\xFF</p>");
  EXPECT_EQ(got.text, "<p>收盘\uFFFD</p>");
  EXPECT_TRUE(IsValidUtf8(got.text));
  ASSERT_EQ(got.warnings.size(), 1u);
  EXPECT_TRUE(Contains(got.warnings[0], "U+FFFD")) << got.warnings[0];
}

TEST(DecodeToUtf8Test, EmptyInputIsEmptyText) {
  const DecodedText got = DecodeToUtf8("");
  EXPECT_EQ(got.text, "");
  EXPECT_TRUE(got.warnings.empty());
}

}  // namespace
}  // namespace newsextract
