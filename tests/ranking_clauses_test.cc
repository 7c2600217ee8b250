#include "ranking_clauses.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

TEST(ClauseTest, PunctuationInsideBracketsIsTheBracketsOwn) {
  const std::string text =
      "按市值排序，中国平安（601318.SH，收盘价：59.7元）增持市值最大，增持16亿元。";
  const size_t cue = text.find("增持市值最大");
  EXPECT_EQ(text.substr(ClauseBegin(text, cue), 12), "中国平安");
  EXPECT_EQ(ClauseEnd(text, text.find("中国平安")), text.find("，增持16"));
  EXPECT_EQ(SentenceEnd(text, 0), text.size());
  EXPECT_EQ(SentenceStart(text, cue), 0u);
}

TEST(ClauseTest, SentencesAndClausesFollowEachOther) {
  const std::string text = "甲最高，乙次之。丙最低！丁";
  EXPECT_EQ(ClauseEnd(text, 0), text.find("，"));
  EXPECT_EQ(NextClause(text, text.find("，")), text.find("乙"));
  EXPECT_EQ(SentenceEnd(text, 0), text.find("丙"));
  EXPECT_EQ(SentenceStart(text, text.find("丁")), text.find("丁"));
  EXPECT_TRUE(IsSentenceEnd(U'？'));
  EXPECT_FALSE(IsSentenceEnd(U'；'));
}

TEST(LabelTest, WhereLabelsStart) {
  const Block block = testing::Plain("会议通报了，4月诉求量排名前十的街乡");
  EXPECT_EQ(LabelBegin(block, block.text.find("前十")), block.text.find("4月"));
  const std::string names = "甲和丙的净利润率排名则相对靠后";
  EXPECT_EQ(LabelAfterNames(names, names.find("的"), names.find("相对靠后"), DefaultRules()),
            names.find("净利润率"));
}

TEST(CountTest, CountsWrittenWithAClassifier) {
  struct Case {
    std::string text;
    int number;
  };
  for (const Case& c : std::vector<Case>{{"两个", 2}, {"3家", 3}, {"五大", 5}, {"三季度", 0}}) {
    EXPECT_EQ(CountNumberAt(c.text, 0, DefaultRules()), c.number) << c.text;
    EXPECT_EQ(CountAt(c.text, 0, DefaultRules()), c.number > 0) << c.text;
  }
  EXPECT_EQ(CountIn("的五家基金管理公司"), 5);
  EXPECT_EQ(CountIn("10个名字"), 10);
  EXPECT_EQ(CountIn("的行业"), std::nullopt);
}

}  // namespace
}  // namespace newsextract
