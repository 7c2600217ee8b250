#include "charset.h"

#include <gtest/gtest.h>
#include <iconv.h>

#include <string>

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
      {"\xF0\x9F\x98\x80", true},      // U+1F600
      {"\xC0\xAF", false},             // overlong '/'
      {"\xE0\x80\xAF", false},         // overlong, three bytes
      {"\xED\xA0\x80", false},         // a UTF-16 surrogate
      {"\xF4\x90\x80\x80", false},     // above U+10FFFF
      {"\xE4\xB8", false},             // truncated 中
      {"\xFF", false},
      {"\xB1\xBE\xCA\xD0", false},     // 本市 in GB18030
  };
  for (const Case& c : cases) EXPECT_EQ(IsValidUtf8(c.bytes), c.want) << c.bytes;
}

TEST(ReplaceInvalidUtf8Test, EachBadByteBecomesOneReplacementCharacter) {
  struct Case {
    const char* bytes;
    const char* want;
  };
  const Case cases[] = {
      {"好", "好"},
      {"a\xFF" "b", "a\uFFFD" "b"},
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
