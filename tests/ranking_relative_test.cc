#include "ranking_relative.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

using testing::Plain;
using Items = std::vector<std::string>;

// The clause of the place starts at `clause_text`, the cue at `cue_text`.
struct AboveCase {
  const char* form;
  std::string text;
  std::string clause_text;
  std::string cue_text;
  int above;
  Items want;  // empty: none
  bool in_clause = false;
};

TEST(NamesAboveOfTest, BehindAndAfterWords) {
  const AboveCase cases[] = {
      {"仅次于 in the place's clause",
       "芜湖和马鞍山，仅次于铜陵、深圳和合肥居于第四和第五位。",
       "仅次于",
       "第四",
       3,
       {"铜陵", "深圳", "合肥"},
       true},
      {"仅低于, another behind word",
       "衡阳增量仅低于长沙、岳阳位居全省第3。",
       "仅低于",
       "第3",
       2,
       {"长沙", "岳阳"},
       true},
      {"之后 ending an earlier clause",
       "深圳之后，广州以28232亿元继续位居第二。",
       "广州",
       "第二",
       1,
       {"深圳"}},
      {"as many names as places above, or none",
       "深圳之后，广州继续位居第三。",
       "广州",
       "第三",
       2,
       {}},
      {"之后 in another sentence is not read",
       "深圳之后。广州继续位居第二。",
       "广州",
       "第二",
       1,
       {}},
      {"no place above the first", "深圳之后，广州位居第一。", "广州", "第一", 0, {}},
  };
  for (const AboveCase& c : cases) {
    const Block block = Plain(c.text);
    const auto got = NamesAboveOf(block, DefaultRules(), c.text.find(c.clause_text),
                                  c.text.find(c.cue_text), c.above);
    if (c.want.empty()) {
      EXPECT_FALSE(got.has_value()) << c.form;
      continue;
    }
    ASSERT_TRUE(got.has_value()) << c.form;
    EXPECT_EQ(got->names.items, c.want) << c.form;
    EXPECT_EQ(got->in_clause, c.in_clause) << c.form;
  }
}

TEST(NamesBelowOfTest, ARankVerbTheNamesAndAnAheadWord) {
  const struct {
    const char* form;
    std::string text;
    std::string cue_text;
    Items want;
  } cases[] = {
      {"排在…之前", "宁波继续位居副省级城市第7，排在青岛之前。", "第7", {"青岛"}},
      {"several names", "宁波位居第7，排在青岛、济南之前。", "第7", {"青岛", "济南"}},
      {"no rank verb", "宁波位居第7，远在青岛之前。", "第7", {}},
      {"not the next clause", "宁波位居第7。排在青岛之前。", "第7", {}},
  };
  for (const auto& c : cases) {
    const Block block = Plain(c.text);
    const size_t cue_end = c.text.find(c.cue_text) + c.cue_text.size();
    const auto got = NamesBelowOf(block, DefaultRules(), cue_end);
    if (c.want.empty()) {
      EXPECT_FALSE(got.has_value()) << c.form;
      continue;
    }
    ASSERT_TRUE(got.has_value()) << c.form;
    EXPECT_EQ(got->items, c.want) << c.form;
  }
}

// The clause holding the behind word is the one starting at `clause_text`
// and ending before `end_text`.
TEST(HolderBehindTest, TheNameThatABehindWordPutsAfterOthers) {
  const struct {
    const char* form;
    std::string text;
    std::string clause_text;
    std::string end_text;
    const char* want;  // nullptr: none
  } cases[] = {
      {"right before the word", "衡阳仅次于长沙、岳阳，排名全省第3。", "衡阳", "，排名", "衡阳"},
      {"opening an earlier clause",
       "2021年，衡阳GDP总量居全省第4，但增量仅低于长沙、岳阳，排全省第3。", "但增量", "，排全省",
       "衡阳"},
      {"a measure before the word holds nothing", "其中农村居民收入仅次于上海，位列全国第二。",
       "其中", "，位列", nullptr},
      {"no behind word", "衡阳增量高于长沙，排全省第3。", "衡阳", "，排全省", nullptr},
  };
  for (const auto& c : cases) {
    const Block block = Plain(c.text);
    const auto got =
        HolderBehind(block, DefaultRules(), c.text.find(c.clause_text), c.text.find(c.end_text));
    if (c.want == nullptr) {
      EXPECT_FALSE(got.has_value()) << c.form;
      continue;
    }
    ASSERT_TRUE(got.has_value()) << c.form;
    EXPECT_EQ(got->items, Items{c.want}) << c.form;
  }
}

}  // namespace
}  // namespace newsextract
