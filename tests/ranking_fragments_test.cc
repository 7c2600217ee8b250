#include "ranking_fragments.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

using testing::Plain;

TEST(FragmentsInBlockTest, EachCueGivesAListAHeadOrAContinuation) {
  struct Case {
    const char* text;
    std::vector<Role> roles;
  };
  const Case cases[] = {
      {"净买入额前三的是闽东电力、银星能源、华辰装备。", {Role::kList}},
      {"营业收入最高的是绿地控股；其次是招商银行、保利发展。", {Role::kHead, Role::kContinuation}},
      {"华为以1419亿元位居榜首，阿里巴巴、腾讯紧随其后。", {Role::kHead, Role::kContinuation}},
      {"增持量居前的还有杭可科技、澜起科技等。", {Role::kContinuation}},
      {"路德环境、利元亨分别为940.49%、876.09%，增幅位列第二、第三。", {Role::kContinuation}},
      {"北港转债跌幅最大。", {Role::kHead}},  // a head alone: the chain stage drops it
  };
  const CueFinder cues(DefaultRules());
  for (const Case& c : cases) {
    const auto got = FragmentsInBlock(Plain(c.text), DefaultRules(), cues, nullptr);
    std::vector<Role> roles;
    for (const auto& f : got) roles.push_back(f.role);
    EXPECT_EQ(roles, c.roles) << c.text;
  }
}

TEST(FragmentsInBlockTest, OutcomesNameEveryCue) {
  const CueFinder cues(DefaultRules());
  std::vector<CueOutcome> outcomes;
  FragmentsInBlock(Plain("前三季度营收增长，涨幅前二的是甲、乙。第一是稳定。"), DefaultRules(),
                   cues, &outcomes);
  ASSERT_EQ(outcomes.size(), 2u);
  EXPECT_EQ(outcomes[0].result, "list of 2 names");
  EXPECT_EQ(outcomes[1].cue, "第一");
  EXPECT_EQ(outcomes[1].result, "rejected: no ranking word with the ordinal");
}

TEST(FragmentsInBlockTest, AParagraphOfThousandsOfCuesIsReadUpToTheCap) {
  std::string text;
  for (int i = 0; i < 2500; ++i) text += "涨幅前二的是闽东电力、银星能源。";
  const CueFinder cues(DefaultRules());
  std::vector<CueOutcome> outcomes;
  const auto got = FragmentsInBlock(Plain(text), DefaultRules(), cues, &outcomes);
  EXPECT_EQ(got.size(), 2000u);
  ASSERT_EQ(outcomes.size(), 2001u);
  EXPECT_EQ(outcomes.back().result, "not read: more than 2000 cues in the paragraph");
}

}  // namespace
}  // namespace newsextract
