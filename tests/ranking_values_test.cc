#include "ranking_values.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace newsextract {
namespace {

TEST(ParseValueTest, AFigureAndTheUnitWrittenAfterIt) {
  struct Case {
    const char* text;
    double number;
    const char* unit;
    const char* written;
  };
  const Case cases[] = {
      {"-0.08%收益率", -0.08, "%", "-0.08%"},
      {"8103亿）", 8103, "亿", "8103亿"},
      {"1.12亿元、5008.42万元", 1.12, "亿元", "1.12亿元"},
      {"3次机构买入型评级", 3, "次", "3次"},  // a counter ends its unit
      {"2只个股上榜", 2, "只", "2只"},
      {"13300元/月）", 13300, "元/月", "13300元/月"},
      {"48.5亿美元QDII", 48.5, "亿美元", "48.5亿美元"},
      {"1,234.5万股", 1234.5, "万股", "1,234.5万股"},
  };
  for (const Case& c : cases) {
    size_t len;
    const auto value = ParseValue(c.text, &len);
    ASSERT_TRUE(value) << c.text;
    EXPECT_DOUBLE_EQ(value->number, c.number) << c.text;
    EXPECT_EQ(value->unit, c.unit) << c.text;
    EXPECT_EQ(value->text, c.written) << c.text;
  }
  size_t len;
  EXPECT_FALSE(ParseValue("收盘价", &len));
  EXPECT_FALSE(ParseValue("", &len));
  EXPECT_FALSE(ParseValue("-", &len));
}

TEST(ValueListAtTest, ValuesSeparatedByEnumerationCommasAndAFinalConjunction) {
  size_t end;
  const auto values = ValueListAt("分别为61.04%和58.12%的人口增长率", 9, &end);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_DOUBLE_EQ(values[1].number, 58.12);
  EXPECT_TRUE(ValueListAt("分别为A、B", 9, &end).empty());
}

TEST(ValuesNamedPerItemTest, EachNameThenItsValueInTheItemsOrder) {
  struct Case {
    const char* text;
    std::vector<std::string> items;
    std::vector<double> want;  // empty: not every item has a value
  };
  const Case cases[] = {
      {"其中，成都增长24.5万人、杭州增长23.9万人、青岛增长15.1万人。",
       {"成都", "杭州", "青岛"},
       {24.5, 23.9, 15.1}},
      {"甲公司12次，乙公司9次。", {"甲公司", "乙公司"}, {12, 9}},
      {"成都增长24.5万人，杭州也表现出色。", {"成都", "杭州"}, {}},    // 杭州 has none
      {"杭州增长23.9万人、成都增长24.5万人。", {"成都", "杭州"}, {}},  // out of order
      {"成都的常住人口增长了很多，达24.5万人。", {"成都"}, {}},        // too far from the name
  };
  for (const Case& c : cases) {
    std::vector<double> got;
    const std::string_view text = c.text;
    for (const auto& v : ValuesNamedPerItem(text, 0, text.size(), c.items)) got.push_back(v.number);
    EXPECT_EQ(got, c.want) << c.text;
  }
}

TEST(TakeBracketedValuesTest, FiguresPlacesAndCodesLeaveTheNames) {
  struct Case {
    std::string item;
    std::string name;
    std::optional<std::string> value;
  };
  const Case cases[] = {
      {"中信证券（8103亿）", "中信证券", "8103亿"},
      {"东方财富(15.46%)", "东方财富", "15.46%"},
      {"中信证券（第33）", "中信证券", "第33"},
      {"中信证券（211名）", "中信证券", "211名"},
      {"中国（147万修正总吨，48%）", "中国", std::nullopt},  // figures, none a value alone
      {"中国（48%，147万修正总吨）", "中国", "48%"},         // the first figure
      {"东材科技（601208.SH）", "东材科技", std::nullopt},   // a code, dropped
      {"中国平安（601318.SH，收盘价：59.7元）", "中国平安", std::nullopt},
      {"农林牧渔（见图7）", "农林牧渔", std::nullopt},
      {"中欧预见养老2025一年持有(FOF)", "中欧预见养老2025一年持有(FOF)",
       std::nullopt},  // part of the name
      {"A公司（含子公司B、C）", "A公司（含子公司B、C）", std::nullopt},
      {"马斯克（Elon Musk）", "马斯克", std::nullopt},  // a gloss in Latin script
      {"中欧养老(FOF Fund)", "中欧养老", std::nullopt},
      {"IBM（International Business Machines）", "IBM（International Business Machines）",
       std::nullopt},  // a Latin name glossed in Latin: part of it
  };
  for (const Case& c : cases) {
    std::vector<std::string> items{c.item, "乙"};
    const auto values = TakeBracketedValues(&items);
    EXPECT_EQ(items[0], c.name) << c.item;
    if (c.value) {
      ASSERT_EQ(values.size(), 2u) << c.item;
      ASSERT_TRUE(values[0]) << c.item;
      EXPECT_EQ(values[0]->text, *c.value) << c.item;
      EXPECT_FALSE(values[1]) << c.item;
    } else {
      EXPECT_TRUE(values.empty()) << c.item;
    }
  }
}

TEST(IsPlaceTest, PlacesWrittenInBracketsAreNoAmounts) {
  const std::pair<std::string, bool> cases[] = {
      {"中信证券（211名）", true},  {"中信证券（46位）", true},    {"中信证券（第33）", true},
      {"中信证券（第46位）", true}, {"中信证券（8103亿）", false}, {"中信证券（3次）", false},
  };
  for (const auto& [item, place] : cases) {
    std::vector<std::string> items{item, "乙"};
    const auto values = TakeBracketedValues(&items);
    ASSERT_FALSE(values.empty()) << item;
    ASSERT_TRUE(values[0]) << item;
    EXPECT_EQ(IsPlace(*values[0]), place) << item;
  }
}

TEST(ScoresOfTest, OnlyWhenEveryItemHasPointsOrADecimal) {
  std::vector<std::string> scored{"西城区（95.2分）", "怀柔区（93.5分）"};
  EXPECT_EQ(ScoresOf(TakeBracketedValues(&scored)), (std::vector<double>{95.2, 93.5}));
  std::vector<std::string> amounts{"中信证券（8103亿）", "华泰证券（5377亿）"};
  EXPECT_TRUE(ScoresOf(TakeBracketedValues(&amounts)).empty());
}

TEST(NonIncreasingTest, RankingOrderAcrossScalesOfOneUnit) {
  const auto values = [](std::vector<std::string> written) {
    std::vector<RankValue> out;
    for (const auto& w : written) {
      size_t len;
      out.push_back(*ParseValue(w, &len));
    }
    return out;
  };
  EXPECT_TRUE(NonIncreasing(values({"1.19亿元", "2469.88万元", "2150.20万元"})));
  EXPECT_TRUE(NonIncreasing(values({"9次", "8次", "8次", "7次"})));  // equal values listed
  EXPECT_TRUE(NonIncreasing(values({"-0.08%", "-0.17%"})));
  EXPECT_FALSE(NonIncreasing(values({"4只", "5只"})));
  EXPECT_FALSE(NonIncreasing(values({"9.39%", "24.30%", "7.66%"})));
  EXPECT_FALSE(NonIncreasing(values({"3次", "2只"})));  // different units
  EXPECT_FALSE(NonIncreasing({}));
}

}  // namespace
}  // namespace newsextract
