#include "ranking_cues.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsextract {
namespace {

std::string Written(std::string_view text, const CueMatch& m) {
  return std::string(text.substr(m.begin, m.end - m.begin));
}

TEST(CueFinderTest, FindsCuesWithTheirNumbersAndPlaces) {
  struct Case {
    const char* text;
    const char* written;  // the first cue as matched
    Cue::Kind kind;
    int number;
    std::vector<int> places;
  };
  const Case cases[] = {
      {"总资产排名前十的分别是", "排名", Cue::Kind::kRank, -1, {}},
      {"净买入额前三的是", "前三", Cue::Kind::kRank, 3, {}},
      {"EPS超预期幅度最大的前三只个股", "最大", Cue::Kind::kSuperlative, -1, {}},
      {"前五名依次为", "前五名", Cue::Kind::kRank, 5, {}},
      {"A、B、C居前三", "前三", Cue::Kind::kRank, 3, {}},  // 居前 leaves 前三 to the number
      {"位列同业排名第一、二名", "排名", Cue::Kind::kRank, -1, {}},
      // 分居, 分列 read places with or without 第 (分列二、三位)
      {"A、B分居第一、二名", "分居第一、二名", Cue::Kind::kOrdinal, 1, {1, 2}},
      {"A、B分列二、三位", "分列二、三位", Cue::Kind::kOrdinal, 2, {2, 3}},
      {"排在十一到十五名的分别是",
       "排在十一到十五名",
       Cue::Kind::kOrdinal,
       11,
       {11, 12, 13, 14, 15}},
      {"居于第四和第五位", "第四和第五位", Cue::Kind::kOrdinal, 4, {4, 5}},
      {"分别列第14位和19位，", "第14位和19位", Cue::Kind::kOrdinal, 14, {14, 19}},
      {"分别位列第4位、第6位、第9位以及第10位，",
       "第4位、第6位、第9位以及第10位",
       Cue::Kind::kOrdinal,
       4,
       {4, 6, 9, 10}},
      {"第二第三分别为", "第二第三", Cue::Kind::kOrdinal, 2, {2, 3}},       // back to back
      {"英科医疗位居首位；", "位居首位", Cue::Kind::kSuperlative, -1, {}},  // the verb's
      {"英科医疗居首位，", "居首位", Cue::Kind::kSuperlative, -1, {}},
      {"十大重仓股", "十大", Cue::Kind::kRank, 10, {}},
      {"京投发展最受追捧，", "最受追捧", Cue::Kind::kSuperlative, -1, {}},
      {"城市群中最具吸引力的是京津冀，", "最具吸引力", Cue::Kind::kSuperlative, -1, {}},
      {"明德生物分红最慷慨，", "最慷慨", Cue::Kind::kSuperlative, -1, {}},
      {"营业收入最高的是", "最高", Cue::Kind::kSuperlative, -1, {}},
      {"其次是招商银行", "其次", Cue::Kind::kChain, -1, {}},
      {"月活增速Top 2：", "Top 2", Cue::Kind::kRank, 2, {}},
  };
  const CueFinder finder(DefaultRules());
  for (const Case& c : cases) {
    const auto m = finder.Find(c.text, 0);
    ASSERT_TRUE(m) << c.text;
    EXPECT_EQ(Written(c.text, *m), c.written) << c.text;
    EXPECT_EQ(m->cue->kind, c.kind) << c.text;
    EXPECT_EQ(m->number, c.number) << c.text;
    EXPECT_EQ(m->places, c.places) << c.text;
  }
}

TEST(CueFinderTest, SpansOfTimeAndWordsThatOnlyLookLikeCuesAreNone) {
  const char* texts[] = {
      "前三季度营收增长",  // 前 + a span of time
      "前10个月累计",     "第二季度净利润", "第三次会议", "第一第二季度",
      "最新持股量为",  // 最新, 最终: not superlatives
      "最终确定",
      "世界500强企业",  // a ranking's name, not a list of 500
      "其他公司",
  };
  const CueFinder finder(DefaultRules());
  for (const char* text : texts) {
    const auto m = finder.Find(text, 0);
    EXPECT_FALSE(m) << text << ": " << (m ? Written(text, *m) : "");
  }
}

TEST(ConnectAtTest, ConnectivesAndNounsBeforeThem) {
  struct Case {
    const char* text;   // starts right after a cue
    const char* items;  // where the names start
    const char* noun;
    bool continues;
  };
  const Case cases[] = {
      {"的是A、B", "A、B", "", false},
      {"分别为：A、B", "A、B", "", false},
      {"的个股是A、B", "A、B", "个股", false},
      {"的有A、B等", "A、B等", "", false},
      {"的还有A、B等", "A、B等", "", true},
      {"的个股还包括A、B", "A、B", "个股", true},
      {"方面，分别是A、B", "A、B", "", false},
      {"的10个名字依次为：A、B", "A、B", "10个名字", false},
      {"分别是，A、B", "A、B", "", false},
  };
  for (const Case& c : cases) {
    const std::string_view text = c.text;
    const auto conn = ConnectAt(text, 0, DefaultRules());
    ASSERT_TRUE(conn) << c.text;
    EXPECT_EQ(text.substr(conn->items_begin), c.items) << c.text;
    EXPECT_EQ(conn->noun, c.noun) << c.text;
    EXPECT_EQ(conn->continues, c.continues) << c.text;
  }
  // 城市中有一半为…: a clause, not a noun.
  EXPECT_FALSE(ConnectAt("的城市中有一半为沿海城市", 0, DefaultRules()));
  // After a place count (前十位富翁分别是) a short plain noun needs no 的;
  // without the count it must name a subject, and a clause is never one.
  const auto sized = ConnectAt("富翁分别是，A、B", 0, DefaultRules(), NounCount::kSized);
  ASSERT_TRUE(sized);
  EXPECT_EQ(sized->noun, "富翁");
  EXPECT_FALSE(ConnectAt("富翁分别是A、B", 0, DefaultRules()));
  EXPECT_FALSE(ConnectAt("中有A、B", 0, DefaultRules(), NounCount::kSized));
}

}  // namespace
}  // namespace newsextract
