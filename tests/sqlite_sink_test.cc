#include "sqlite_sink.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace newsextract {
namespace {

std::optional<RankValue> Value(const char* text) { return RankValue{text, 0, ""}; }

TEST(ItemRanksTest, EqualFiguresShareARankAndTheNextCountsOn) {
  struct Case {
    const char* name;
    size_t items;
    bool tied;
    std::vector<double> scores;
    std::vector<std::optional<RankValue>> values;
    std::vector<int> want;
  };
  const Case cases[] = {
      {"plain list", 4, false, {}, {}, {1, 2, 3, 4}},
      {"tied list without figures", 3, true, {}, {}, {1, 1, 1}},
      {"scores", 4, false, {95.2, 93.0, 93.0, 90.1}, {}, {1, 2, 2, 4}},
      {"scores outrank tied", 3, true, {9, 8, 8}, {}, {1, 2, 2}},
      {"values",
       4,
       false,
       {},
       {Value("3次"), Value("3次"), Value("2次"), Value("1次")},
       {1, 1, 3, 4}},
      {"a missing value is not equal",
       3,
       false,
       {},
       {Value("8亿"), std::nullopt, std::nullopt},
       {1, 2, 3}},
      {"empty list", 0, false, {}, {}, {}},
  };
  for (const Case& c : cases) {
    Ranking r;
    r.items.assign(c.items, "x");
    r.tied = c.tied;
    r.scores = c.scores;
    r.values = c.values;
    EXPECT_EQ(ItemRanks(r), c.want) << c.name;
  }
}

}  // namespace
}  // namespace newsextract
