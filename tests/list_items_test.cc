#include "list_items.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsextract {
namespace {

using Items = std::vector<std::string>;

TEST(SplitItemsTest, SplitsOnEnumerationCommaAndAFinalConjunction) {
  struct Case {
    const char* text;
    Items want;
  };
  const Case cases[] = {
      {"东城区", {"东城区"}},
      {"东城区、西城区、朝阳区", {"东城区", "西城区", "朝阳区"}},
      {"东城区、西城区和朝阳区", {"东城区", "西城区", "朝阳区"}},
      {"东城区、西城区及朝阳区", {"东城区", "西城区", "朝阳区"}},
      {"华夏基金、易方达基金与南方基金", {"华夏基金", "易方达基金", "南方基金"}},
      {"温州、佛山、金华以及保定", {"温州", "佛山", "金华", "保定"}},
      {"甲街道、乙街道和丙乡", {"甲街道", "乙街道", "丙乡"}},
      {"东城区和朝阳区", {"东城区", "朝阳区"}},  // alone, both parts end alike
      // alone, both halves long enough to stand as names
      {"中国人寿和中国太保", {"中国人寿", "中国太保"}},
      {"黄金Ⅱ和计算机应用", {"黄金Ⅱ", "计算机应用"}},
      // the last name ends like the others, the one before it is as long
      {"辉立证券、华泰国际及华盛证券", {"辉立证券", "华泰国际", "华盛证券"}},
  };
  for (const Case& c : cases) EXPECT_EQ(SplitItems(c.text, DefaultRules()), c.want) << c.text;
}

TEST(SplitItemsTest, ANameContainingAConjunctionIsNotSplit) {
  struct Case {
    const char* text;
    Items want;
  };
  const Case cases[] = {
      // Alone: 市经济 and 信息化局 end differently, and 局 ends an office.
      {"市经济和信息化局", {"市经济和信息化局"}},
      {"软件和信息技术服务业", {"软件和信息技术服务业"}},  // 业 ends a trade
      {"汽车和零配件", {"汽车和零配件"}},                  // halves too short
      // Among other 局: the left part does not end like them, the whole does.
      {"市财政局、市经济和信息化局", {"市财政局", "市经济和信息化局"}},
      {"市民政局、市文化和旅游局、市水务局", {"市民政局", "市文化和旅游局", "市水务局"}},
      {"市财政局、市商务局、市文化和旅游局", {"市财政局", "市商务局", "市文化和旅游局"}},
      {"市财政局、市人力资源和社会保障局", {"市财政局", "市人力资源和社会保障局"}},
  };
  for (const Case& c : cases) EXPECT_EQ(SplitItems(c.text, DefaultRules()), c.want) << c.text;
}

TEST(SplitItemsTest, ConjunctionBeforeANameThatContainsOneStillSplits) {
  // 和 before the last item, whose own name holds another 和.
  struct Case {
    const char* text;
    int declared;
    Items want;
  };
  const Case cases[] = {
      {"市财政局、市商务局和市经济和信息化局", 0, {"市财政局", "市商务局", "市经济和信息化局"}},
      {"市财政局、市商务局和市经济和信息化局", 3, {"市财政局", "市商务局", "市经济和信息化局"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SplitItems(c.text, DefaultRules(), c.declared), c.want)
        << c.text << " declared " << c.declared;
  }
}

TEST(SplitItemsTest, DeclaredSizeDecidesTheFinalConjunction) {
  struct Case {
    const char* text;
    int declared;
    Items want;
  };
  const Case cases[] = {
      // As many items as declared: the conjunction is part of a name.
      {"市财政局、市经济和信息化局", 2, {"市财政局", "市经济和信息化局"}},
      // One short of the size: the conjunction joins two items, even where
      // the name heuristic alone would keep them together.
      {"东城区、西城区、通州和顺义区", 4, {"东城区", "西城区", "通州", "顺义区"}},
      {"东城区、西城区、通州和顺义区", 0, {"东城区", "西城区", "通州和顺义区"}},
      {"东城区、西城区和朝阳区", 3, {"东城区", "西城区", "朝阳区"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SplitItems(c.text, DefaultRules(), c.declared), c.want)
        << c.text << " declared " << c.declared;
  }
}

TEST(SplitItemsTest, TrailingPunctuationIsNeverPartOfAnItem) {
  struct Case {
    const char* text;
    Items want;
  };
  const Case cases[] = {
      {"东城区、西城区和朝阳区。", {"东城区", "西城区", "朝阳区"}},
      {"甲银行、乙银行；", {"甲银行", "乙银行"}},
      {"甲银行、乙银行…", {"甲银行", "乙银行"}},
      {"甲银行、乙银行.", {"甲银行", "乙银行"}},
      {"甲银行，、乙银行！", {"甲银行", "乙银行"}},
      {" 甲银行 、\u3000乙银行\u00a0", {"甲银行", "乙银行"}},
  };
  for (const Case& c : cases) EXPECT_EQ(SplitItems(c.text, DefaultRules()), c.want) << c.text;
}

TEST(SplitItemsTest, EmptyPiecesAreKeptForTheValidatorToReject) {
  const Items got = SplitItems("甲街道、、乙街道", DefaultRules());
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1], "");
  EXPECT_NE(ItemProblem(got[1], DefaultRules()), "");
}

TEST(ItemProblemTest, NamesPassClausesDoNot) {
  const Rules& rules = DefaultRules();
  std::string thirty, thirty_one;
  for (int i = 0; i < 30; ++i) thirty += "长";
  thirty_one = thirty + "长";
  struct Case {
    std::string item;
    bool ok;
  };
  const Case cases[] = {
      {"东城区", true},
      {"宏光MINIEV", true},
      {"市经济和信息化局", true},
      {thirty, true},
      {thirty_one, false},
      {"", false},
      {"其中东城区排名第一，西城区第二", false},
      {"甲区;乙区", false},
      {"得分：95", false},
  };
  for (const Case& c : cases) {
    const std::string problem = ItemProblem(c.item, rules);
    EXPECT_EQ(problem.empty(), c.ok) << c.item << ": " << problem;
  }
}

}  // namespace
}  // namespace newsextract
