#include "split.h"

#include <gtest/gtest.h>

#include <string>

namespace newsextract {
namespace {

using State = SplitText::FrontMatter;

TEST(SplitFrontMatterTest, FencesBlankLinesAndLineNumbers) {
  struct Case {
    const char* text;
    State state;
    const char* front_matter;
    const char* body;
    int line;  // of the first YAML line; 0 when there is no front matter
  };
  const Case cases[] = {
      {"---\ntitle: 标题\n---\n<p>正文</p>", State::kFound, "title: 标题\n", "<p>正文</p>", 2},
      // The seed article starts with a blank line.
      {"\n---\ntitle: 标题\n---\n<p>正文</p>", State::kFound, "title: 标题\n", "<p>正文</p>", 3},
      {"\n  \n\t\n---\na: 1\n---\n", State::kFound, "a: 1\n", "", 5},
      {"---\na: 1\nb: 2\n...\n正文", State::kFound, "a: 1\nb: 2\n", "正文", 2},
      {"---\n---\n正文", State::kFound, "", "正文", 2},
      {"--- \na: 1\n---  \n正文", State::kFound, "a: 1\n", "正文", 2},
      {"---\na: 1\n---", State::kFound, "a: 1\n", "", 2},
  };
  for (const Case& c : cases) {
    const SplitText got = SplitFrontMatter(c.text);
    EXPECT_EQ(got.front_matter_state, c.state) << c.text;
    EXPECT_EQ(got.front_matter, c.front_matter) << c.text;
    EXPECT_EQ(got.body, c.body) << c.text;
    EXPECT_EQ(got.front_matter_line, c.line) << c.text;
  }
}

TEST(SplitFrontMatterTest, WithoutAnOpeningFenceTheWholeTextIsBody) {
  const char* cases[] = {
      "",
      "<p>没有前置元数据的正文</p>",
      "----\ntitle: 四条横线不是分隔线\n----\n",
      "正文\n---\ntitle: 不在开头\n---\n",
      "\n\n",
  };
  for (const char* text : cases) {
    const SplitText got = SplitFrontMatter(text);
    EXPECT_EQ(got.front_matter_state, State::kMissing) << text;
    EXPECT_EQ(got.body, text) << text;
    EXPECT_TRUE(got.front_matter.empty()) << text;
  }
}

TEST(SplitFrontMatterTest, UnterminatedFrontMatterLeavesTheWholeTextAsBody) {
  const std::string text = "---\ntitle: 没有结束线\n<p>正文</p>\n";
  const SplitText got = SplitFrontMatter(text);
  EXPECT_EQ(got.front_matter_state, State::kUnterminated);
  EXPECT_EQ(got.body, text);
  EXPECT_TRUE(got.front_matter.empty());
}

TEST(SplitFrontMatterTest, CrlfTextSplitsLikeLfTextOnceNormalised) {
  std::string text = "\r\n---\r\ntitle: 标题\r\ncomments: false\r\n---\r\n<p>正文</p>\r\n";
  NormalizeNewlines(&text);
  const SplitText got = SplitFrontMatter(text);
  EXPECT_EQ(got.front_matter_state, State::kFound);
  EXPECT_EQ(got.front_matter, "title: 标题\ncomments: false\n");
  EXPECT_EQ(got.body, "<p>正文</p>\n");
  EXPECT_EQ(got.front_matter_line, 3);
}

TEST(SplitFrontMatterTest, CrlfFencesAreFencesEvenBeforeNormalising) {
  const SplitText got = SplitFrontMatter("---\r\ntitle: 标题\r\n---\r\n正文");
  EXPECT_EQ(got.front_matter_state, State::kFound);
  EXPECT_EQ(got.body, "正文");
}

TEST(NormalizeNewlinesTest, CrlfAndLoneCrBecomeLf) {
  struct Case {
    const char* text;
    const char* want;
  };
  const Case cases[] = {
      {"", ""},
      {"无换行", "无换行"},
      {"a\nb\n", "a\nb\n"},
      {"a\r\nb\r\n", "a\nb\n"},
      {"a\rb\rc", "a\nb\nc"},
      {"a\r\r\nb", "a\n\nb"},
      {"甲\r\n\r\n乙", "甲\n\n乙"},
      {"\r", "\n"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    NormalizeNewlines(&text);
    EXPECT_EQ(text, c.want) << c.text;
  }
}

}  // namespace
}  // namespace newsextract
