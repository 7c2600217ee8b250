#include "ranking_blocks.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

using testing::Bold;
using testing::Plain;

TEST(RankingBlocksTest, HeadingsAndCategoryLines) {
  EXPECT_TRUE(IsHeading(Bold("一、共享服务")));
  EXPECT_FALSE(IsHeading(Plain("一、共享服务")));
  EXPECT_TRUE(IsCategoryLine(Plain("购物平台")));
  EXPECT_FALSE(IsCategoryLine(Plain("购物平台，")));
  EXPECT_FALSE(IsCategoryLine(Plain("排名前3的平台")));
  EXPECT_FALSE(IsCategoryLine(Plain("这一行有十一个以上的字了吧")));
}

TEST(RankingBlocksTest, HeadingSubjectDropsTheNumbering) {
  struct Case {
    std::string heading, want;
  };
  for (const Case& c : std::vector<Case>{{"一、共享服务", "共享服务"},
                                         {"（二）网络购物：", "网络购物"},
                                         {"3. 外卖平台", "外卖平台"},
                                         {"二手房交易", "二手房交易"}}) {
    EXPECT_EQ(HeadingSubject(c.heading), c.want) << c.heading;
  }
}

TEST(RankingBlocksTest, NumberedTextReadsTheNumberAndTheRest) {
  struct Case {
    std::string text;
    int number;  // 0: not numbered
    std::string rest;
  };
  for (const Case& c : std::vector<Case>{{"1. 英科医疗", 1, "英科医疗"},
                                         {"二、蓝帆医疗", 2, "蓝帆医疗"},
                                         {"（三）振德医疗", 3, "振德医疗"},
                                         {"NO.4 稳健医疗", 4, "稳健医疗"},
                                         {"第一名：中信证券", 1, "中信证券"},
                                         {"二手房交易", 0, ""},
                                         {"（3、x", 0, ""}}) {
    const auto got = NumberedText(c.text);
    ASSERT_EQ(got.has_value(), c.number != 0) << c.text;
    if (got) {
      EXPECT_EQ(got->first, c.number) << c.text;
      EXPECT_EQ(got->second, c.rest) << c.text;
    }
  }
}

TEST(RankingBlocksTest, SentencesRunningOnAreJoined) {
  EXPECT_FALSE(JoinRunOnSentences({Plain("甲。"), Plain("乙。")}));
  const auto joined =
      JoinRunOnSentences({Plain("河南人口增量最多，"), Plain("安徽次之。"), Plain("另一段。"),
                          Plain("1. 英科医疗，"), Plain("2. 蓝帆医疗")});
  ASSERT_TRUE(joined);
  std::vector<std::string> texts;
  for (const Block& b : joined->blocks) texts.push_back(b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"河南人口增量最多，安徽次之。", "另一段。",
                                             "1. 英科医疗，", "2. 蓝帆医疗"}));
  EXPECT_EQ(joined->first, (std::vector<size_t>{0, 2, 3, 4}));
  EXPECT_EQ(joined->blocks[0].runs.size(), 2u);
  EXPECT_EQ(joined->blocks[0].runs[1].begin, std::string("河南人口增量最多，").size());
}

}  // namespace
}  // namespace newsextract
