#include "ranking_asides.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ranking_chains.h"
#include "ranking_cues.h"
#include "test_util.h"

namespace newsextract {
namespace {

// The items of the lists the chains of one paragraph give.
std::vector<std::vector<std::string>> ListsOf(const std::string& text) {
  const CueFinder cues(DefaultRules());
  std::vector<std::vector<std::string>> lists;
  for (const BlockList& list :
       ListsInBlock(testing::Plain(text), DefaultRules(), cues, false).lists) {
    lists.push_back(list.items);
  }
  return lists;
}

TEST(AsideAfterHeadTest, NamesAfterAnAsideWithFallingFiguresGoOnFromTheHead) {
  struct Case {
    std::string text;
    std::vector<std::vector<std::string>> lists;
  };
  const std::vector<Case> cases = {
      {"从解禁市值来看，解禁规模最大的是科沃斯，下周将有3.8亿股上市流通，解禁市值高达621.34亿元。"
       "此外，北京君正的解禁市值达到117.05亿元。",
       {{"科沃斯", "北京君正"}}},
      {"今年以来换手率最高的个股是大湖股份，超过12倍。此外，皇台酒业换手率超过10倍，金种子酒超过"
       "9倍，巨力索具、老白干酒等个股换手率均超过5倍。",
       {{"大湖股份", "皇台酒业", "金种子酒"}}},
      // A higher figure, another unit, another measure, no 此外: no list.
      {"今年以来换手率最高的个股是大湖股份，超过12倍。此外，皇台酒业换手率超过15倍。", {}},
      {"今年以来换手率最高的个股是大湖股份，超过12倍。此外，皇台酒业换手率为10%。", {}},
      {"今年以来换手率最高的个股是大湖股份，超过12倍。此外，皇台酒业市值增长了10倍。", {}},
      {"今年以来换手率最高的个股是大湖股份，超过12倍。皇台酒业换手率超过10倍。", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(ListsOf(c.text), c.lists) << c.text;
}

}  // namespace
}  // namespace newsextract
