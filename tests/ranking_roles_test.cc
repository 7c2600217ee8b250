#include "ranking_roles.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ranking_fragments.h"
#include "test_util.h"

namespace newsextract {
namespace {

using testing::Plain;

// The roles the fragments of a sentence get, as --explain describes them.
std::vector<std::string> Roles(const std::string& text) {
  const CueFinder cues(DefaultRules());
  std::vector<std::string> roles;
  for (const Fragment& f : FragmentsInBlock(Plain(text), DefaultRules(), cues, nullptr)) {
    roles.push_back(Describe(f));
  }
  return roles;
}

TEST(ClassifyTest, RolesFromTheCueAndItsNames) {
  const struct {
    const char* form;
    std::string text;
    std::vector<std::string> want;
  } cases[] = {
      {"a top-N with its names is a list",
       "排名前三的是中信证券、华泰证券和国泰君安。",
       {"list of 3 names"}},
      {"a superlative with one name heads a chain",
       "营业收入最高的是绿地控股。",
       {"head of a chain (1 name)"}},
      {"其次 continues",
       "营业收入最高的是绿地控股；其次是招商银行、保利发展。",
       {"head of a chain (1 name)", "continues a chain with 2 names"}},
      {"a later single place continues", "杭州位居第四。", {"continues a chain with 1 names"}},
      {"places from the first with as many names: a list",
       "A公司、B公司、C公司依次排名第一、第二、第三。",
       {"list of 3 names"}},
      {"a comparative without falling values is none",
       "融资余额增幅较大的有新洋丰、万润股份。",
       {}},
      {"a step after 首先 is none", "首先是稳定市场主体。其次是拓展就业空间。", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(Roles(c.text), c.want) << c.form;
}

TEST(IsRangeTest, PlacesWrittenAsARange) {
  const CueFinder cues(DefaultRules());
  const struct {
    std::string text;
    bool range;
  } cases[] = {{"排在十一到十五名", true}, {"排名第二", false}, {"第3-5位", true}};
  for (const auto& c : cases) {
    const auto match = cues.Find(c.text, 0);
    ASSERT_TRUE(match.has_value()) << c.text;
    EXPECT_EQ(IsRange(c.text, *match), c.range) << c.text;
  }
}

}  // namespace
}  // namespace newsextract
