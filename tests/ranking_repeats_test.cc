#include "ranking_repeats.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsextract {
namespace {

Ranking List(const std::string& label, std::vector<std::string> items, bool top = true) {
  Ranking r;
  r.label = label;
  r.items = std::move(items);
  r.top = top;
  return r;
}

std::vector<std::string> Labels(const std::vector<Ranking>& lists) {
  std::vector<std::string> labels;
  for (const Ranking& r : lists) labels.push_back(r.label);
  return labels;
}

TEST(DropRepeatsTest, KeepsTheFullestStatementOfEachList) {
  Ranking figures = List("排名前三的行业", {"甲", "乙", "丙"});
  figures.size = 3;
  figures.values = {RankValue{}, RankValue{}, RankValue{}};
  Ranking other_metric = List("营收居前", {"甲", "乙", "丙"});
  other_metric.metric = "营收";
  Ranking profit = List("净利润居前", {"甲", "乙", "丙"});
  profit.metric = "净利润";
  struct Case {
    std::vector<Ranking> lists;
    std::vector<bool> structured;
    std::vector<std::string> kept;
  };
  const std::vector<Case> cases = {
      // Said twice: the first; more names or figures win wherever they stand.
      {{List("居前", {"甲", "乙", "丙"}), List("前三", {"甲", "乙", "丙"})},
       {false, false},
       {"居前"}},
      {{List("居前", {"甲", "乙"}), List("前三", {"甲集团", "乙集团", "丙集团"})},
       {false, false},
       {"前三"}},
      {{List("居前", {"甲", "乙", "丙"}), figures}, {false, false}, {"排名前三的行业"}},
      // Another order, direction, metric, places, or a table under a sentence.
      {{List("居前", {"甲", "乙", "丙"}), List("前三", {"丙", "甲", "乙"})},
       {false, false},
       {"居前", "前三"}},
      {{List("居前", {"甲", "乙", "丙"}), List("靠后", {"甲", "乙", "丙"}, false)},
       {false, false},
       {"居前", "靠后"}},
      {{other_metric, profit}, {false, false}, {"营收居前", "净利润居前"}},
      {{List("分别排在第7和第11位", {"甲", "乙"}), List("分别排在第11和第17位", {"甲", "乙"})},
       {false, false},
       {"分别排在第7和第11位", "分别排在第11和第17位"}},
      {{List("居前", {"甲", "乙", "丙"}), List("表", {"甲", "乙", "丙"})},
       {false, true},
       {"居前", "表"}},
  };
  for (const Case& c : cases) {
    std::vector<Ranking> lists = c.lists;
    DropRepeats(&lists, c.structured, DefaultRules());
    EXPECT_EQ(Labels(lists), c.kept) << c.lists.front().label << " / " << c.lists.back().label;
  }
}

}  // namespace
}  // namespace newsextract
