#include "spared_markup.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "markup_check.h"
#include "newsextract/rules.h"

namespace newsextract {
namespace {

// What gumbo is given of `html` once spared.
std::string Spared(const std::string& html) {
  MarkupSpans spans;
  EXPECT_EQ(CheckMarkup(html, HtmlLimits(), &spans), "") << html;
  const SparedMarkup spared = SpareMarkup(html, spans, DefaultRules());
  return std::string(GumboInput(html, spared.edits).html());
}

// Each word listed becomes U+F0000 + its place; what the walk reads stays.
TEST(SpareMarkupTest, CutsWhatNoStageReadsAndStandsInForTheRest) {
  struct Case {
    std::string html, want;
  };
  const std::vector<Case> cases = {
      // Unread attributes, white space after a run's first byte, a word.
      {"<p cms-style=\"font-L\" class=x>上证指数收涨  \n 了</p>", "<p  >\xF3\xB0\x80\x80 了</p>"},
      // What the walk reads stays: bold, stock ids, links, skip classes.
      {"<font cms-style=\"font-L strong-Bold\">甲</font><span id=\"stock_sh600000\">乙</span>"
       "<a href=\"u\" target=\"_blank\">丙</a><div class=\"appendQr_wrap x\">丁</div>",
       "<font cms-style=\"font-L strong-Bold\">甲</font><span id=\"stock_sh600000\">乙</span>"
       "<a href=\"u\" >丙</a><div class=\"appendQr_wrap x\">丁</div>"},
      // Comments stand in by number; skipped raw text goes.
      {"<!-- 来源：某报 --><style>p { color: red }</style><p>甲</p>",
       "<!--0--><style></style><p>甲</p>"},
      // A character of the stand-ins' plane in the body: no word stands in.
      {"<p>上证指数收涨 &#983040;</p>", "<p>上证指数收涨 &#983040;</p>"},
  };
  for (const Case& c : cases) EXPECT_EQ(Spared(c.html), c.want) << c.html;
}

TEST(SpareMarkupTest, WordStandInAtNamesOnlyListedWords) {
  const std::string html = "<p>上证指数收涨 创业板指数收涨</p>";
  MarkupSpans spans;
  ASSERT_EQ(CheckMarkup(html, HtmlLimits(), &spans), "");
  const SparedMarkup spared = SpareMarkup(html, spans, DefaultRules());
  ASSERT_EQ(spans.words.size(), 2u);
  EXPECT_EQ(WordStandInAt(spared.stand_ins, "a\xF3\xB0\x80\x81", 1), 1u);
  EXPECT_EQ(WordStandInAt(spared.stand_ins, "\xF3\xB0\x80\x80", 0), 0u);
  EXPECT_EQ(WordStandInAt(spared.stand_ins, "\xF3\xB0\x80\x82", 0), std::string_view::npos);
  EXPECT_EQ(WordStandInAt(spared.stand_ins, "\xF3\xA0\x80\x80", 0), std::string_view::npos);
  EXPECT_EQ(WordStandInAt(spared.stand_ins, "\xF3\xB0\x80", 0), std::string_view::npos);
  EXPECT_EQ(WordStandInAt(StandIns(), "\xF3\xB0\x80\x80", 0), std::string_view::npos);
}

}  // namespace
}  // namespace newsextract
