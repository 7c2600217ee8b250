#include "assessments.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "html_text.h"
#include "test_util.h"

namespace newsextract {
namespace {

using testing::Para;

using Items = std::vector<std::string>;

std::vector<std::string> Names(const std::vector<Assessment>& got) {
  std::vector<std::string> out;
  for (const auto& a : got) out.push_back(a.name);
  return out;
}

TEST(ExtractAssessmentsTest, EachBoldDistrictReviewRunsToTheNextOne) {
  const std::vector<Block> blocks = {
      Para({{"四位书记发言后，市委书记逐一点评。", false},
            {"海淀区", true},
            {"聚焦科技创新，重大平台建设稳步推进。但在财源建设、大气污染治理等方面仍存不足。",
             false},
            {"昌平区", true},
            {"创新格局基本成型。但在外资利用、垃圾分类、接诉即办等方面仍存不足。", false}}),
  };
  const std::vector<Assessment> got = ExtractAssessments(blocks, DefaultRules());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].name, "海淀区");
  EXPECT_EQ(got[0].text,
            "聚焦科技创新，重大平台建设稳步推进。但在财源建设、大气污染治理等方面仍存不足。");
  EXPECT_EQ(got[0].shortcomings, (Items{"财源建设", "大气污染治理"}));
  EXPECT_EQ(got[0].paragraph, 0u);
  EXPECT_EQ(got[1].name, "昌平区");
  EXPECT_EQ(got[1].text, "创新格局基本成型。但在外资利用、垃圾分类、接诉即办等方面仍存不足。");
  EXPECT_EQ(got[1].shortcomings, (Items{"外资利用", "垃圾分类", "接诉即办"}));
}

TEST(ExtractAssessmentsTest, ReviewsFromCmsBoldMarkup) {
  const Document doc = BuildDocument(
      "<p>　　会议开始。</p>"
      "<p cms-style=\"font-L\"><font cms-style=\"font-L\">蔡某一一点评。</font>"
      "<font cms-style=\"font-L strong-Bold\"><font cms-style=\"font-L "
      "strong-Bold\">怀柔区</font></font>"
      "<font cms-style=\"font-L\">全力推进科学城建设；空气质量全市第一。"
      "但在党员干部日常监管、“七有”“五性”诉求办理等方面仍存不足。</font>"
      "<font cms-style=\"font-L strong-Bold\">经济技术开发区</font>"
      "<font cms-style=\"font-L\">产业项目加快落地。</font></p>",
      DefaultRules());
  const std::vector<Assessment> got = ExtractAssessments(doc.blocks, DefaultRules());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].name, "怀柔区");
  EXPECT_EQ(got[0].paragraph, 1u);
  EXPECT_EQ(got[0].shortcomings, (Items{"党员干部日常监管", "“七有”“五性”诉求办理"}));
  EXPECT_EQ(got[1].name, "经济技术开发区");
  EXPECT_EQ(got[1].text, "产业项目加快落地。");
  EXPECT_TRUE(got[1].shortcomings.empty());
}

TEST(ExtractAssessmentsTest, WhichBoldRunsStartAReview) {
  struct Case {
    std::vector<std::pair<std::string, bool>> runs;
    Items names;
  };
  const Case cases[] = {
      // An entity name ending like one (区, 集团, 局...).
      {{{"公交集团", true}, {"运营平稳。", false}}, {"公交集团"}},
      {{{"市水务局", true}, {"防汛准备充分。", false}}, {"市水务局"}},
      // A name not ending like an entity counts only when it names shortcomings.
      {{{"重点工作", true}, {"进展顺利。", false}}, {}},
      {{{"亦庄新城", true}, {"建设提速，但在配套服务、交通组织等方面仍存不足。", false}},
       {"亦庄新城"}},
      // Not at the start of a clause.
      {{{"会议要求", false}, {"海淀区", true}, {"加快推进。", false}}, {}},
      // At the start of a later sentence.
      {{{"会议开始。", false}, {"西城区", true}, {"提升服务。", false}}, {"西城区"}},
      // Too long, or a clause rather than a name.
      {{{"一个非常非常非常非常长的名字的开发区", true}, {"推进建设。", false}}, {}},
      {{{"东城区，西城区", true}, {"推进建设。", false}}, {}},
      {{{"东城区、西城区", true}, {"推进建设。", false}}, {}},
      // Bold with nothing after it is a heading, not a review.
      {{{"朝阳区", true}}, {}},
      {{{"前文。", false}, {"朝阳区", true}}, {}},
  };
  for (const Case& c : cases) {
    const Block block = Para(c.runs);
    EXPECT_EQ(Names(ExtractAssessments({block}, DefaultRules())), c.names) << block.text;
  }
}

TEST(ExtractAssessmentsTest, DroppedNameDoesNotShiftTheReviewsAfterIt) {
  // 重点工作 and 亦庄新城 do not end like entities and name no shortcomings
  // in their own reviews; 通州区's shortcomings belong to 通州区 alone.
  const Block block = Para({{"重点工作", true},
                            {"进展顺利。", false},
                            {"亦庄新城", true},
                            {"建设提速。", false},
                            {"通州区", true},
                            {"推进副中心建设，但在大气治理、垃圾分类等方面仍存不足。", false}});
  const std::vector<Assessment> got = ExtractAssessments({block}, DefaultRules());
  ASSERT_EQ(Names(got), Items{"通州区"});
  EXPECT_EQ(got[0].shortcomings, (Items{"大气治理", "垃圾分类"}));
}

TEST(ExtractAssessmentsTest, ParagraphIsTheBlockIndex) {
  const std::vector<Block> blocks = {
      Para({{"导语。", false}}),
      Para({{"没有点评。", false}}),
      Para({{"密云区", true}, {"生态保护成效明显。", false}}),
  };
  const std::vector<Assessment> got = ExtractAssessments(blocks, DefaultRules());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].paragraph, 2u);
  EXPECT_EQ(got[0].text, "生态保护成效明显。");
}

}  // namespace
}  // namespace newsextract
