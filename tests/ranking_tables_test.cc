#include "ranking_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html_text.h"
#include "test_util.h"

namespace newsextract {
namespace {

std::vector<Block> Table(const std::vector<std::vector<std::string>>& rows, int table_id = 0) {
  std::vector<Block> out;
  for (size_t i = 0; i < rows.size(); ++i)
    out.push_back(testing::TableRow(rows[i], table_id, static_cast<int>(i)));
  return out;
}

TEST(ReadRankingTableTest, RankNameAndScoreColumns) {
  struct Case {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> items;
    std::vector<double> scores;
    const char* score_header;
  };
  const Case cases[] = {
      {{{"排名", "银行", "综合得分"},
        {"1", "甲银行", "91.5"},
        {"2", "乙银行", "89"},
        {"3", "丙银行", "88.25"}},
       {"甲银行", "乙银行", "丙银行"},
       {91.5, 89, 88.25},
       "综合得分"},
      // Rank column anywhere; scores written with 分.
      {{{"银行", "名次", "评分"}, {"甲银行", "1", "95分"}, {"乙银行", "2", "90分"}},
       {"甲银行", "乙银行"},
       {95, 90},
       "评分"},
      // Rows out of order are put in rank order; ranks as 第N名.
      {{{"排名", "城市", "得分"}, {"第2名", "乙市", "80"}, {"第1名", "甲市", "85"}},
       {"甲市", "乙市"},
       {85, 80},
       "得分"},
      // No score column.
      {{{"序号", "基金公司"}, {"1", "甲基金"}, {"2", "乙基金"}}, {"甲基金", "乙基金"}, {}, ""},
      // A column numeric in every row scores the items even without a score header.
      {{{"排名", "城市", "PM2.5浓度"}, {"1", "甲市", "12"}, {"2", "乙市", "15.5"}},
       {"甲市", "乙市"},
       {12, 15.5},
       "PM2.5浓度"},
  };
  for (const Case& c : cases) {
    const std::vector<Block> blocks = Table(c.rows);
    const auto got = ReadRankingTable(blocks, 0, DefaultRules());
    ASSERT_TRUE(got.has_value()) << blocks[0].text;
    EXPECT_EQ(got->items, c.items) << blocks[0].text;
    EXPECT_EQ(got->scores, c.scores) << blocks[0].text;
    EXPECT_EQ(got->score_header, c.score_header) << blocks[0].text;
    EXPECT_EQ(got->rows, c.rows.size()) << blocks[0].text;
  }
}

// 证券时报网 data tables set two halves of one ranking side by side under
// a repeated header; the right half goes on from the left and may be
// shorter. Cells padded with spaces beside Chinese characters are joined.
TEST(ReadRankingTableTest, TwoTablesSideBySideReadLeftThenRight) {
  const std::vector<Block> ranked = Table({{"排名", "简称", "排名", "简称"},
                                           {"1", "甲公司", "3", "*ST 丙公司"},
                                           {"2", "乙 公 司", "", ""}});
  const auto got = ReadRankingTable(ranked, 0, DefaultRules());
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->items, (std::vector<std::string>{"甲公司", "乙公司", "*ST丙公司"}));
  const std::vector<Block> announced = Table({{"代码", "简称", "金额", "代码", "简称", "金额"},
                                              {"000001", "甲", "9", "000004", "丁", "6"},
                                              {"000002", "乙", "8", "000005", "戊", "5"},
                                              {"000003", "丙", "7", "", "", ""}});
  const auto in_order = ReadRankingTable(announced, 0, DefaultRules(), true);
  ASSERT_TRUE(in_order.has_value());
  EXPECT_EQ(in_order->items, (std::vector<std::string>{"甲", "乙", "丙", "丁", "戊"}));
}

TEST(ReadRankingTableTest, TablesThatRankNothingAreNotRankings) {
  const std::vector<std::vector<std::vector<std::string>>> cases = {
      // No rank column.
      {{"年份", "参评银行数", "平均得分"}, {"2020", "20", "85.1"}, {"2021", "22", "86.3"}},
      // A rank column whose cells are not ranks.
      {{"排名", "银行"}, {"较上年提升", "甲银行"}, {"持平", "乙银行"}},
      // A header and nothing else.
      {{"排名", "银行", "得分"}},
  };
  for (const auto& rows : cases) {
    const std::vector<Block> blocks = Table(rows);
    EXPECT_FALSE(ReadRankingTable(blocks, 0, DefaultRules()).has_value()) << blocks[0].text;
  }
}

TEST(ReadRankingTableTest, ScoresOnlyWhenEveryRowHasOne) {
  const std::vector<Block> blocks =
      Table({{"排名", "银行", "得分"}, {"1", "甲银行", "90"}, {"2", "乙银行", "—"}});
  const auto got = ReadRankingTable(blocks, 0, DefaultRules());
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->items, (std::vector<std::string>{"甲银行", "乙银行"}));
  EXPECT_TRUE(got->scores.empty());
}

TEST(ReadRankingTableTest, StopsAtTheEndOfItsTable) {
  std::vector<Block> blocks = Table({{"排名", "银行"}, {"1", "甲银行"}, {"2", "乙银行"}}, 0);
  const std::vector<Block> next = Table({{"排名", "券商"}, {"1", "甲证券"}}, 1);
  blocks.insert(blocks.end(), next.begin(), next.end());
  const auto first = ReadRankingTable(blocks, 0, DefaultRules());
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->items, (std::vector<std::string>{"甲银行", "乙银行"}));
  EXPECT_EQ(first->rows, 3u);
  const auto second = ReadRankingTable(blocks, 3, DefaultRules());
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->items, std::vector<std::string>{"甲证券"});
}

TEST(ReadRankingTableTest, ReadsATableBuiltFromHtml) {
  const Document doc = BuildDocument(
      "<table><tbody>"
      "<tr><td><strong>排名</strong></td><td><strong>银行</strong></td>"
      "<td><strong>综合得分</strong></td></tr>"
      "<tr><td>1</td><td>甲银行</td><td>91.17</td></tr>"
      "<tr><td>2</td><td>乙银行</td><td>89.03</td></tr>"
      "</tbody></table>",
      DefaultRules());
  ASSERT_EQ(doc.blocks.size(), 3u);
  const auto got = ReadRankingTable(doc.blocks, 0, DefaultRules());
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->items, (std::vector<std::string>{"甲银行", "乙银行"}));
  EXPECT_EQ(got->scores, (std::vector<double>{91.17, 89.03}));
}

}  // namespace
}  // namespace newsextract
