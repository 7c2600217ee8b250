#include "text_util.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsextract {
namespace {

TEST(DecodeUtf8Test, DecodesOneCodePointAndReportsItsLength) {
  struct Case {
    const char* text;
    size_t pos;
    char32_t want;
    size_t want_len;
  };
  const Case cases[] = {
      {"a", 0, U'a', 1},
      {"\xC3\xA9", 0, 0xE9, 2},             // é
      {"甲乙", 3, U'乙', 3},                // second of two ideographs
      {"\xF0\x9F\x98\x80", 0, 0x1F600, 4},  // an emoji
      {"\xE4\xB8", 0, 0xFFFD, 1},           // truncated
      {"\x80", 0, 0xFFFD, 1},               // lone continuation byte
      {"\xFF", 0, 0xFFFD, 1},               // never a lead byte
      {"\xE4\x41\x41", 0, 0xFFFD, 1},       // lead byte without continuations
  };
  for (const Case& c : cases) {
    size_t len = 0;
    EXPECT_EQ(DecodeUtf8(c.text, c.pos, &len), c.want) << c.text;
    EXPECT_EQ(len, c.want_len) << c.text;
  }
}

TEST(AppendUtf8Test, EncodesEveryLengthAndRoundTrips) {
  const char32_t cases[] = {U'A', 0xE9, U'中', 0x3000, 0xFFFD, 0x1F600};
  for (const char32_t cp : cases) {
    std::string out = "x";
    AppendUtf8(cp, &out);
    size_t len = 0;
    EXPECT_EQ(DecodeUtf8(out, 1, &len), cp) << static_cast<unsigned>(cp);
    EXPECT_EQ(len + 1, out.size()) << static_cast<unsigned>(cp);
  }
  std::string out;
  AppendUtf8(U'乙', &out);
  EXPECT_EQ(out, "乙");
}

TEST(IsSpaceTest, FoldsAsciiNbspAndIdeographicSpace) {
  struct Case {
    char32_t cp;
    bool want;
  };
  const Case cases[] = {
      {U' ', true},   {U'\t', true},  {U'\n', true},  {U'\r', true}, {0xA0, true},
      {0x3000, true}, {0x2002, true}, {0x2009, true}, {U'a', false}, {U'中', false},
      {U'、', false}, {U'，', false}, {0, false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsSpace(c.cp), c.want) << static_cast<unsigned>(c.cp);
}

// Find is memmem behind string_view::find's contract.
TEST(FindTest, AgreesWithStringViewFind) {
  const std::string_view texts[] = {std::string_view(), "",           "月", "4月全市各街道5月",
                                    "abcabc",           "前十名前十", "x月"};
  const std::string_view parts[] = {"", "月", "前十", "abc", "c", "全市各街道5月x", "\xE6"};
  for (const auto text : texts) {
    for (const auto part : parts) {
      for (size_t from = 0; from <= text.size() + 1; ++from) {
        EXPECT_EQ(Find(text, part, from), text.find(part, from))
            << text << " / " << part << " @" << from;
      }
    }
  }
}

// SpaceAt filters on the lead byte before decoding: it must agree with
// IsSpace on every code point, and never see a space in a continuation byte
// or a stray byte.
TEST(SpaceAtTest, AgreesWithIsSpaceOnEveryCodePoint) {
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string text;
    AppendUtf8(cp, &text);
    const size_t want = IsSpace(cp) ? text.size() : 0;
    ASSERT_EQ(SpaceAt(text, 0), want) << static_cast<unsigned>(cp);
    for (size_t i = 1; i < text.size(); ++i) ASSERT_EQ(SpaceAt(text, i), 0u);
  }
  for (const std::string_view stray : {"\xC2", "\xE2\x80", "\xE3\x80", "\xEF\xBB", "\x80"}) {
    EXPECT_EQ(SpaceAt(stray, 0), 0u);
  }
}

// NextSpace passes ideographs three bytes at a time: after every code
// point, followed by each kind of space, it must stop where the space is.
TEST(NextSpaceTest, StopsAtTheFirstSpaceAfterAnyCodePoint) {
  const std::string spaces[] = {" ", "\t", "\xC2\xA0", "\xE3\x80\x80", "\xE2\x80\x83"};
  for (char32_t cp = 0x21; cp <= 0x10FFFF; cp += (cp < 0x3000 ? 1 : 7)) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || IsSpace(cp)) continue;
    std::string word = "中";
    AppendUtf8(cp, &word);
    word += "文";
    for (const std::string& space : spaces) {
      ASSERT_EQ(NextSpace(word + space + "x", 0), word.size()) << static_cast<unsigned>(cp);
    }
    ASSERT_EQ(NextSpace(word, 0), word.size());
  }
  EXPECT_EQ(NextSpace("ab cd", 3), 5u);
  EXPECT_EQ(NextSpace("\xE4\xB8", 0), 2u);  // cut short: stops at the end
}

TEST(IsClausePunctTest, ClausePunctuationButNotTheEnumerationComma) {
  struct Case {
    char32_t cp;
    bool want;
  };
  const Case cases[] = {
      {U'，', true}, {U'。', true},  {U'；', true}, {U'：', true},  {U'！', true},
      {U'？', true}, {U',', true},   {U';', true},  {U':', true},   {U'!', true},
      {U'?', true},  {U'、', false}, {U'.', false}, {U'甲', false}, {U' ', false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsClausePunct(c.cp), c.want) << static_cast<unsigned>(c.cp);
}

TEST(TrimTest, StripsEveryKindOfSpaceFromBothEnds) {
  struct Case {
    const char* text;
    const char* want;
  };
  const Case cases[] = {
      {"", ""},
      {"   ", ""},
      {"甲", "甲"},
      {"  甲 乙  ", "甲 乙"},
      {"\u3000\u3000会议指出\u3000", "会议指出"},
      {"\u00a0\u00a0数据\u00a0", "数据"},
      {"\t\n街道\r\n", "街道"},
      {"\u3000 \u00a0", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Trim(c.text), c.want) << c.text;
}

TEST(FoldSpaceTest, EveryRunBecomesOneAsciiSpaceAndEndsAreTrimmed) {
  struct Case {
    const char* text;
    const char* want;
  };
  const Case cases[] = {
      {"", ""},
      {"甲乙", "甲乙"},
      {"a \t\n b", "a b"},
      {"\u3000\u3000甲\u3000\u3000乙\u00a0", "甲 乙"},
      {"  前后  ", "前后"},
      {"甲\u00a0\u3000 \t乙", "甲 乙"},
  };
  for (const Case& c : cases) EXPECT_EQ(FoldSpace(c.text), c.want) << c.text;
}

TEST(CodePointTest, CountsPreviousAndLast) {
  EXPECT_EQ(CodePointCount(""), 0u);
  EXPECT_EQ(CodePointCount("abc"), 3u);
  EXPECT_EQ(CodePointCount("中文abc"), 5u);
  EXPECT_EQ(CodePointCount("\xF0\x9F\x98\x80"), 1u);

  const std::string text = "a中b";
  EXPECT_EQ(PrevCodePoint(text, 4), 1u);  // before b: 中 starts at 1
  EXPECT_EQ(PrevCodePoint(text, 1), 0u);
  EXPECT_EQ(PrevCodePoint(text, text.size()), 4u);

  EXPECT_EQ(LastCodePoint(""), char32_t{0});
  EXPECT_EQ(LastCodePoint("甲乙"), U'乙');
  EXPECT_EQ(LastCodePoint("街道。"), U'。');
  EXPECT_EQ(LastCodePoint("x"), U'x');
}

TEST(StartsWithTest, PrefixSuffixAndContainment) {
  EXPECT_TRUE(StartsWith("排名前十", "排名"));
  EXPECT_FALSE(StartsWith("排名", "排名前十"));
  EXPECT_TRUE(StartsWith("任何", ""));
  EXPECT_TRUE(EndsWith("海淀区", "区"));
  EXPECT_FALSE(EndsWith("区", "海淀区"));
  EXPECT_TRUE(Contains("综合评分排名", "评分"));
  EXPECT_FALSE(Contains("综合评分", "排名"));
}

TEST(LongestStartTest, TheLongestWordAtEitherEnd) {
  const std::vector<std::string> words{"排在", "排", "中", "之中", ""};
  EXPECT_EQ(LongestStart("排在第三", words), "排在");
  EXPECT_EQ(LongestStart("位居第三", words), "");
  EXPECT_EQ(LongestEnd("十大城市之中", words), "之中");
  EXPECT_EQ(LongestEnd("前十名中", words), "中");
  EXPECT_EQ(LongestEnd("前十名", words), "");
}

TEST(StartsWithNoCaseTest, IgnoresAsciiCaseOnly) {
  struct Case {
    const char* text;
    const char* prefix;
    bool want;
  };
  const Case cases[] = {
      {"TOP10", "TOP", true}, {"Top 5", "TOP", true}, {"top3", "TOP", true},
      {"TO", "TOP", false},   {"STOP", "TOP", false}, {"前十", "前", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(StartsWithNoCase(c.text, c.prefix), c.want) << c.text << " / " << c.prefix;
  }
}

TEST(ParseNumberTest, ArabicAndChineseNumerals) {
  struct Case {
    const char* text;
    int want;
    size_t want_len;  // bytes consumed; unused when want is -1
  };
  const Case cases[] = {
      {"10名", 10, 2}, {"5", 5, 1},       {"三", 3, 3},     {"十", 10, 3}, {"十五", 15, 6},
      {"二十", 20, 6}, {"二十三", 23, 9}, {"一百", 100, 6}, {"两", 2, 3},  {"前十", -1, 0},
      {"名", -1, 0},   {"", -1, 0},       {"三季度", 3, 3},
  };
  for (const Case& c : cases) {
    size_t len = 0;
    EXPECT_EQ(ParseNumber(c.text, &len), c.want) << c.text;
    if (c.want >= 0) {
      EXPECT_EQ(len, c.want_len) << c.text;
    }
  }
}

TEST(AbbreviateTest, CutsOnCodePointsAndMarksTheCut) {
  struct Case {
    const char* text;
    size_t max_chars;
    const char* want;
  };
  const Case cases[] = {
      {"一二三四五", 3, "一二三…"},
      {"一二三四五", 5, "一二三四五"},
      {"一二三四五", 10, "一二三四五"},
      {"", 3, ""},
      {"abcdef", 2, "ab…"},
  };
  for (const Case& c : cases) EXPECT_EQ(Abbreviate(c.text, c.max_chars), c.want) << c.text;
}

TEST(SplitOnTest, KeepsEmptyPieces) {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"甲、乙、丙", {"甲", "乙", "丙"}},
      {"甲、、乙", {"甲", "", "乙"}},
      {"甲", {"甲"}},
      {"", {""}},
      {"、甲、", {"", "甲", ""}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    for (const auto piece : SplitOn(c.text, "、")) got.emplace_back(piece);
    EXPECT_EQ(got, c.want) << c.text;
  }
}

}  // namespace
}  // namespace newsextract
