#include "rankings.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "html_text.h"
#include "test_util.h"
#include "text_util.h"

namespace newsextract {
namespace {

using testing::Bold;
using testing::Para;
using testing::Plain;
constexpr auto Row = testing::TableRow;

using Items = std::vector<std::string>;

Block Item(const std::string& text, int list_id, int index) {
  Block b = Plain(text);
  b.kind = BlockKind::kListItem;
  b.list_id = list_id;
  b.list_index = index;
  return b;
}

RankingsResult Extract(const std::vector<Block>& blocks, int year = 2021, int month = 4) {
  return ExtractRankings(blocks, DefaultRules(), {year, month, "", false});
}

RankingsResult ExtractHtml(std::string_view html, int year = 2021, int month = 4) {
  return Extract(BuildDocument(html, DefaultRules()).blocks, year, month);
}

std::string Describe(const RankingsResult& r) {
  std::string out;
  for (const Ranking& x : r.rankings) {
    out += "[" + x.label + "] " + x.period.value_or("-") + " " + x.subject.value_or("-") + " " +
           x.metric.value_or("-") + (x.top ? " top " : " bottom ") +
           (x.size ? std::to_string(*x.size) : "-") + " :";
    for (const auto& item : x.items) out += " " + item;
    out += "\n";
  }
  for (const auto& w : r.warnings) out += "warning: " + w + "\n";
  return out;
}

// What one ranking should say; nullptr/nullopt fields must be null.
struct Want {
  const char* label;
  const char* period;
  const char* subject;
  const char* metric;
  bool top;
  std::optional<int> size;
  Items items;
};

void ExpectRanking(const Ranking& got, const Want& want, const std::string& where) {
  EXPECT_EQ(got.label, want.label) << where;
  const auto opt = [](const char* s) { return s ? std::optional<std::string>(s) : std::nullopt; };
  EXPECT_EQ(got.period, opt(want.period)) << where << " period of " << want.label;
  EXPECT_EQ(got.subject, opt(want.subject)) << where << " subject of " << want.label;
  EXPECT_EQ(got.metric, opt(want.metric)) << where << " metric of " << want.label;
  EXPECT_EQ(got.top, want.top) << where << " direction of " << want.label;
  EXPECT_EQ(got.size, want.size) << where << " size of " << want.label;
  EXPECT_EQ(got.items, want.items) << where << " items of " << want.label;
}

TEST(ExtractRankingsTest, ListsAnnouncedInOneSentence) {
  struct Case {
    const char* text;
    int year, month;
    Want want;
  };
  const Case cases[] = {
      {"4月全市各街道乡镇综合评分排名前五的是：东湖街道、西山街道、南苑乡、北坞镇和中关街道。",
       2021,
       4,
       {"4月全市各街道乡镇综合评分排名前五",
        "2021-04",
        "街道乡镇",
        "综合评分",
        true,
        5,
        {"东湖街道", "西山街道", "南苑乡", "北坞镇", "中关街道"}}},
      // 12月 in a January article is the previous year's December.
      {"12月全市各区综合评分排名前三的是东城区、西城区和朝阳区。",
       2022,
       1,
       {"12月全市各区综合评分排名前三",
        "2021-12",
        "区",
        "综合评分",
        true,
        3,
        {"东城区", "西城区", "朝阳区"}}},
      // PM2.5月 is a concentration, not May: no period.
      {"全市各区PM2.5月平均浓度排名前三的是：延庆区、密云区和怀柔区。",
       2021,
       8,
       {"全市各区PM2.5月平均浓度排名前三",
        nullptr,
        "区",
        "PM2.5月平均浓度",
        true,
        3,
        {"延庆区", "密云区", "怀柔区"}}},
      // The month may stand before a comma, outside the label.
      {"11月，全市街道乡镇综合评分排名前三分别是甲街道、乙街道和丙镇。",
       2021,
       12,
       {"全市街道乡镇综合评分排名前三",
        "2021-11",
        "街道乡镇",
        "综合评分",
        true,
        3,
        {"甲街道", "乙街道", "丙镇"}}},
      // A label that names no subject: the ending of the names gives one
      // (rules.name_subjects).
      {"受理量排名后三依次是甲区、乙区、丙区。",
       2021,
       4,
       {"受理量排名后三", nullptr, "区", "受理量", false, 3, {"甲区", "乙区", "丙区"}}},
      {"解决率排名前三分别为甲区、乙区和丙区。",
       2021,
       4,
       {"解决率排名前三", nullptr, "区", "解决率", true, 3, {"甲区", "乙区", "丙区"}}},
      {"满意率排名前二为甲区、乙区。",
       2021,
       4,
       {"满意率排名前二", nullptr, "区", "满意率", true, 2, {"甲区", "乙区"}}},
      {"响应率排名前二：甲区、乙区。",
       2021,
       4,
       {"响应率排名前二", nullptr, "区", "响应率", true, 2, {"甲区", "乙区"}}},
      {"响应率排名前二依次为：甲区、乙区。",
       2021,
       4,
       {"响应率排名前二", nullptr, "区", "响应率", true, 2, {"甲区", "乙区"}}},
      // 的 + subject: the subject stays in the label and is read from it.
      {"诉求量前三的街乡依次是：甲街道、乙乡、丙镇。",
       2021,
       4,
       {"诉求量前三的街乡", nullptr, "街乡", "诉求量", true, 3, {"甲街道", "乙乡", "丙镇"}}},
      // An adverb before the connective is no part of the label.
      {"2021年GDP排名前三的省份依然是广东、江苏和山东。",
       2022,
       1,
       {"2021年GDP排名前三的省份", "2021", "省份", "GDP", true, 3, {"广东", "江苏", "山东"}}},
      {"涨幅最大的仍是甲股份、乙科技。",
       2021,
       4,
       {"涨幅最大", nullptr, nullptr, "涨幅", true, std::nullopt, {"甲股份", "乙科技"}}},
      {"前三季度GDP排名前三的省份依次是：广东、江苏和山东。",
       2021,
       10,
       {"前三季度GDP排名前三的省份", nullptr, "省份", "GDP", true, 3, {"广东", "江苏", "山东"}}},
      {"10月券商APP月活跃用户数TOP3：甲证券、乙证券、丙证券。",
       2021,
       11,
       {"10月券商APP月活跃用户数TOP3",
        "2021-10",
        "券商APP",
        "月活跃用户数",
        true,
        3,
        {"甲证券", "乙证券", "丙证券"}}},
      {"月活增速Top 2：甲证券、乙证券。",
       2021,
       11,
       {"月活增速Top 2", nullptr, "券商", "月活增速", true, 2, {"甲证券", "乙证券"}}},
      {"8月房企销售金额前5名依次为甲地产、乙地产、丙地产、丁地产、戊地产。",
       2021,
       9,
       {"8月房企销售金额前5名",
        "2021-08",
        "房企",
        "销售金额",
        true,
        5,
        {"甲地产", "乙地产", "丙地产", "丁地产", "戊地产"}}},
      {"10月车型零售销量榜首的是甲汽车。",
       2021,
       11,
       {"10月车型零售销量榜首", "2021-10", "车型", "零售销量", true, std::nullopt, {"甲汽车"}}},
  };
  for (const Case& c : cases) {
    const RankingsResult got = Extract({Plain(c.text)}, c.year, c.month);
    ASSERT_EQ(got.rankings.size(), 1u) << c.text << "\n" << Describe(got);
    ExpectRanking(got.rankings[0], c.want, c.text);
    EXPECT_TRUE(got.warnings.empty()) << c.text << "\n" << Describe(got);
  }
}

TEST(ExtractRankingsTest, LaterListsInheritSubjectMetricAndPeriod) {
  const RankingsResult got =
      Extract({Plain("会议通报，12月全市各街道乡镇综合评分排名前三的是：甲街道、乙街道和丙镇；"
                     "排名后三的是丁街道、戊乡和己镇。各区综合评分排名前二的是东城区、西城区，"
                     "排名靠后的是门头沟区。")},
              2022, 1);
  ASSERT_EQ(got.rankings.size(), 4u) << Describe(got);
  ExpectRanking(got.rankings[0],
                {"12月全市各街道乡镇综合评分排名前三",
                 "2021-12",
                 "街道乡镇",
                 "综合评分",
                 true,
                 3,
                 {"甲街道", "乙街道", "丙镇"}},
                "first");
  ExpectRanking(
      got.rankings[1],
      {"排名后三", "2021-12", "街道乡镇", "综合评分", false, 3, {"丁街道", "戊乡", "己镇"}},
      "second");
  ExpectRanking(
      got.rankings[2],
      {"各区综合评分排名前二", "2021-12", "区", "综合评分", true, 2, {"东城区", "西城区"}},
      "third");
  // 排名靠后 after a comma: bottom, no size, inherits from the list before.
  ExpectRanking(got.rankings[3],
                {"排名靠后", "2021-12", "区", "综合评分", false, std::nullopt, {"门头沟区"}},
                "fourth");
  EXPECT_FALSE(got.rankings[3].tied);
  EXPECT_TRUE(got.warnings.empty()) << Describe(got);
}

TEST(ExtractRankingsTest, DeBeforeYiCiShiIsNotASubjectNoun) {
  // 的 + 依次是: 依次 is part of the connective, not a subject noun (诉求量前三的街乡依次是).
  const RankingsResult got = Extract({Plain("受理量排名后三的依次是甲区、乙区、丙区。")});
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  const Ranking& r = got.rankings[0];
  EXPECT_FALSE(Contains(r.label, "依次")) << r.label;
  EXPECT_EQ(r.subject, "区");  // from the names' ending, not 依次
  EXPECT_EQ(r.metric, "受理量");
  EXPECT_FALSE(r.top);
  EXPECT_EQ(r.items, (Items{"甲区", "乙区", "丙区"}));
}

TEST(ExtractRankingsTest, TiedFirstPlaceHasNoSizeAndNoMismatchWarning) {
  const RankingsResult got = Extract(
      {Plain("6月市级部门综合评分并列第一的是：市民政局、市文化和旅游局、市水务局和市税务局，"
             "排名靠后的是市住房城乡建设委。")},
      2021, 7);
  ASSERT_EQ(got.rankings.size(), 2u) << Describe(got);
  ExpectRanking(got.rankings[0],
                {"6月市级部门综合评分并列第一",
                 "2021-06",
                 "市级部门",
                 "综合评分",
                 true,
                 std::nullopt,
                 {"市民政局", "市文化和旅游局", "市水务局", "市税务局"}},
                "tied");
  EXPECT_TRUE(got.rankings[0].tied);
  ExpectRanking(
      got.rankings[1],
      {"排名靠后", "2021-06", "市级部门", "综合评分", false, std::nullopt, {"市住房城乡建设委"}},
      "after");
  EXPECT_FALSE(got.rankings[1].tied);
  EXPECT_TRUE(got.warnings.empty()) << Describe(got);
}

TEST(ExtractRankingsTest, BoldLabelSplitAcrossRunsStartsAtTheBold) {
  const std::vector<Block> blocks = {
      Para({{"会议通报了", false},
            {"4月全市", true},
            {"各街道排名前三", true},
            {"的是：甲街道、乙街道和丙街道。", false}}),
  };
  const RankingsResult got = Extract(blocks, 2021, 4);
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  ExpectRanking(got.rankings[0],
                {"4月全市各街道排名前三",
                 "2021-04",
                 "街道",
                 nullptr,
                 true,
                 3,
                 {"甲街道", "乙街道", "丙街道"}},
                "hand-built");
}

TEST(ExtractRankingsTest, BoldLabelSplitAcrossRunsFromHtml) {
  const RankingsResult got = ExtractHtml(
      "<p>　　会议通报了<b>4月全市</b><b>各街道排名前三</b>的是：甲街道、乙街道和丙街道。</p>",
      2021, 4);
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  ExpectRanking(got.rankings[0],
                {"4月全市各街道排名前三",
                 "2021-04",
                 "街道",
                 nullptr,
                 true,
                 3,
                 {"甲街道", "乙街道", "丙街道"}},
                "html");
}

TEST(ExtractRankingsTest, CmsBoldLabelWithTheConnectiveInsideTheBold) {
  const RankingsResult got = ExtractHtml(
      "<p cms-style=\"font-L\"><font cms-style=\"font-L\">会议指出，</font>"
      "<font cms-style=\"font-L strong-Bold\">6月全市各街道乡镇</font>"
      "<font cms-style=\"font-L strong-Bold\">综合评分排名后三的是</font>"
      "<font cms-style=\"font-L\">：甲街道、乙镇和丙乡。</font></p>",
      2021, 7);
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  ExpectRanking(got.rankings[0],
                {"6月全市各街道乡镇综合评分排名后三",
                 "2021-06",
                 "街道乡镇",
                 "综合评分",
                 false,
                 3,
                 {"甲街道", "乙镇", "丙乡"}},
                "cms");
}

TEST(ExtractRankingsTest, ItemsInsideLinksAndStockSpans) {
  const RankingsResult got = ExtractHtml(
      "<p>10月北向资金净买入额前三的个股依次为："
      "<span id=\"stock_sh600000\"><a href=\"https://finance.sina.com.cn/realstock/company/"
      "sh600000/nc.shtml\">浦发银行</a></span>、"
      "<span id=\"stock_sz000001\"><a href=\"https://finance.sina.com.cn/realstock/company/"
      "sz000001/nc.shtml\">平安银行</a></span>及"
      "<a href=\"https://finance.sina.com.cn/stock/a.shtml\">某某股份</a>。</p>",
      2021, 11);
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  ExpectRanking(got.rankings[0],
                {"10月北向资金净买入额前三的个股",
                 "2021-10",
                 "个股",
                 "北向资金净买入额",
                 true,
                 3,
                 {"浦发银行", "平安银行", "某某股份"}},
                "stocks");
}

TEST(ExtractRankingsTest, RedAndBlackListsTakeTheBoldHeadingAsSubject) {
  const std::vector<Block> blocks = {
      Plain("本月点评情况如下。"),
      Bold("生活垃圾分类"),
      Para({{"红榜", true}, {"：甲街道、乙街道、丙街道。", false}}),
      Para({{"黑榜", true}, {"：丁街道、戊镇。", false}}),
      Bold("二、物业管理"),
      Para({{"红榜", true}, {"：己街道、庚街道。", false}}),
  };
  const RankingsResult got = Extract(blocks, 2021, 9);
  ASSERT_EQ(got.rankings.size(), 3u) << Describe(got);
  ExpectRanking(got.rankings[0],
                {"红榜",
                 nullptr,
                 "生活垃圾分类",
                 nullptr,
                 true,
                 std::nullopt,
                 {"甲街道", "乙街道", "丙街道"}},
                "red");
  EXPECT_EQ(got.rankings[0].paragraph, 2u);
  ExpectRanking(got.rankings[1],
                {"黑榜", nullptr, "生活垃圾分类", nullptr, false, std::nullopt, {"丁街道", "戊镇"}},
                "black");
  EXPECT_EQ(got.rankings[1].paragraph, 3u);
  ExpectRanking(got.rankings[2],
                {"红榜", nullptr, "物业管理", nullptr, true, std::nullopt, {"己街道", "庚街道"}},
                "second section");
  EXPECT_EQ(got.rankings[2].paragraph, 5u);
}

TEST(ExtractRankingsTest, RedListUnderABoldHeadingFromHtml) {
  const RankingsResult got = ExtractHtml(
      "<p>本月点评情况如下。</p>"
      "<p><strong>垃圾分类</strong></p>"
      "<p><strong>红榜</strong>：甲街道、乙街道。</p>"
      "<p><strong>黑榜</strong>：丙街道。</p>",
      2021, 9);
  ASSERT_EQ(got.rankings.size(), 2u) << Describe(got);
  EXPECT_EQ(got.rankings[0].label, "红榜");
  EXPECT_EQ(got.rankings[0].subject, "垃圾分类");
  EXPECT_TRUE(got.rankings[0].top);
  EXPECT_EQ(got.rankings[0].items, (Items{"甲街道", "乙街道"}));
  EXPECT_EQ(got.rankings[1].label, "黑榜");
  EXPECT_EQ(got.rankings[1].subject, "垃圾分类");
  EXPECT_FALSE(got.rankings[1].top);
  EXPECT_EQ(got.rankings[1].items, Items{"丙街道"});
}

// set-e (黑猫投诉…红黑榜): a plain line of a few words between the bold
// heading and the lists names what they rank; a sentence does not.
TEST(ExtractRankingsTest, ACategoryLineNamesTheRedAndBlackListsUnderIt) {
  const RankingsResult got =
      Extract({Bold("黑猫投诉1月行业榜单"), Plain("购物平台"), Plain("黑榜：甲、乙、丙"),
               Plain("红榜：丁、戊、己"), Bold("旅游出行住宿"), Plain("黑榜：庚、辛")});
  ASSERT_EQ(got.rankings.size(), 3u) << Describe(got);
  EXPECT_EQ(got.rankings[0].subject, "购物平台");
  EXPECT_EQ(got.rankings[1].subject, "购物平台");
  EXPECT_EQ(got.rankings[2].subject, "旅游出行住宿");
  const RankingsResult sentence =
      Extract({Bold("行业榜单"), Plain("本月投诉较多。"), Plain("黑榜：甲、乙、丙")});
  ASSERT_EQ(sentence.rankings.size(), 1u) << Describe(sentence);
  EXPECT_EQ(sentence.rankings[0].subject, "行业榜单");
}

// b (15个副省级城市GDP): a list whose label and section name no subject or
// metric takes them from the title; one that names them keeps its own.
TEST(ExtractRankingsTest, TheTitleGivesASubjectAndMetricNoLabelNames) {
  const std::vector<Block> blocks = {Plain("排名前三的是甲、乙、丙。"),
                                     Plain("常住人口排名前二的省份是丁、戊。")};
  const RankingsResult got =
      ExtractRankings(blocks, DefaultRules(), {2022, 1, "15个副省级城市GDP：10城超万亿", false});
  ASSERT_EQ(got.rankings.size(), 2u) << Describe(got);
  EXPECT_EQ(got.rankings[0].subject, "副省级城市");
  EXPECT_EQ(got.rankings[0].metric, "GDP");
  EXPECT_EQ(got.rankings[1].subject, "省份");
  EXPECT_EQ(got.rankings[1].metric, "常住人口");
}

// shared/corpus (2021年中国企业IPO图谱): 两省 counts the names before it as
// 五大行业 does; 省 is a counter (rules.classifiers).
TEST(ExtractRankingsTest, NamesCountedByTheirKindBeforeASuperlative) {
  const RankingsResult got =
      Extract({Plain("江苏、广东两省的新增机械设备企业IPO数量最多，分别是19家和16家。")});
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].items, (Items{"江苏", "广东"}));
  EXPECT_EQ(got.rankings[0].subject, "省");
  EXPECT_EQ(got.rankings[0].metric, "新增机械设备企业IPO数量");
}

// An amount a name holds right before its cue, or before a 的, is no label,
// nor the words saying it; a date there stays (the label is when). Nor is
// a word opening the clause.
TEST(ExtractRankingsTest, AnAmountANameHoldsIsNoLabel) {
  const std::pair<const char*, const char*> cases[] = {
      {"上交所以3654.26亿元拔得头筹，港交所排名第二。", "拔得头筹"},
      {"华为以1419亿元的研发投入领跑，阿里巴巴、腾讯紧随其后。", "研发投入领跑"},
      {"新能源指数造好，特变电工获净流入14.78亿元居首，通威股份获净流入5.31亿元。", "居首"},
      {"当中，富途以15.38亿融资额暂排第一，而香港本地券商耀才证券以7亿港元融资位列第二。",
       "融资额暂排第一"},
      {"2021年十大消费维权舆情热点分别是：甲、乙、丙。", "2021年十大消费维权舆情热点"},
      // a word opening the clause is no label either
      {"上月跌幅居前，而本月涨幅靠前的有甲、乙、丙。", "本月涨幅靠前"},
  };
  for (const auto& [text, label] : cases) {
    const RankingsResult got = Extract({Plain(text)});
    ASSERT_EQ(got.rankings.size(), 1u) << text << "\n" << Describe(got);
    EXPECT_EQ(got.rankings[0].label, label) << text;
  }
}

// Who acts is part of a metric of what it does, named in the label or once
// before it in the paragraph; a price move is no one's.
TEST(ExtractRankingsTest, TheNounNamesShareIsTheirKind) {
  const RankingsResult got = Extract({Plain("钢铁、煤炭、有色金属板块涨幅居前。")});
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].label, "涨幅居前");
  EXPECT_EQ(got.rankings[0].subject, "板块");
  EXPECT_EQ(got.rankings[0].metric, "涨幅");
}

TEST(ExtractRankingsTest, PlainNamesInAParagraphOnStocksAreStocks) {
  const RankingsResult got = Extract({Plain(
      "10月11日两市共有1240只个股有融资资金净买入。其中卓越新能、三生国健、东方园林排名前三。")});
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].subject, "个股");
  const RankingsResult none = Extract({Plain("其中卓越新能、三生国健、东方园林排名前三。")});
  ASSERT_EQ(none.rankings.size(), 1u) << Describe(none);
  EXPECT_FALSE(none.rankings[0].subject.has_value()) << Describe(none);
}

TEST(ExtractRankingsTest, TheActorOfAMetric) {
  const std::pair<const char*, const char*> cases[] = {
      {"有13股获沪股通增持，增持量居前的有杭可科技、澜起科技、海尔生物等。", "沪股通增持量"},
      {"券商关注数量排名居前的个股有贵州茅台、宁德时代、招商银行。", "券商关注数量"},
      {"从融资余额变动看，净买入金额居前的有君实生物、金山办公、康希诺等。", "融资净买入金额"},
      {"北向资金净买入的个股中，涨幅居前的有杭可科技、澜起科技、海尔生物。", "涨幅"},
      {"昨日主力资金合计净流出3.69亿元，净流入资金居前的有柏楚电子、睿创微纳、道通科技等。",
       "主力资金净流入"},
  };
  for (const auto& [text, metric] : cases) {
    const RankingsResult got = Extract({Plain(text)});
    ASSERT_EQ(got.rankings.size(), 1u) << text << "\n" << Describe(got);
    EXPECT_EQ(got.rankings[0].metric, metric) << text;
  }
}

// 今年以来 is a span that ends when the article is dated: its month
// (CONVENTIONS §7); 今年 alone is the year.
TEST(ExtractRankingsTest, SinceTheStartOfTheYearEndsInTheArticlesMonth) {
  const RankingsResult since =
      Extract({Plain("今年以来涨幅最大的是甲公司、乙公司、丙公司。")}, 2022, 1);
  ASSERT_EQ(since.rankings.size(), 1u) << Describe(since);
  EXPECT_EQ(since.rankings[0].period, "2022-01");
  EXPECT_EQ(since.rankings[0].metric, "今年以来涨幅");
  const RankingsResult year = Extract({Plain("今年涨幅最大的是甲公司、乙公司、丙公司。")}, 2022, 1);
  ASSERT_EQ(year.rankings.size(), 1u) << Describe(year);
  EXPECT_EQ(year.rankings[0].period, "2022");
}

TEST(ExtractRankingsTest, MostAttractiveIsASuperlative) {
  // shared/corpus (00后大学生进入职场): 最具 and the adjective after it.
  const RankingsResult got =
      Extract({Plain("最具吸引力的城市群依次是京津冀城市群、长三角城市群和粤港澳大湾区。")});
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].label, "最具吸引力的城市群");
  EXPECT_EQ(got.rankings[0].subject, "城市群");
  EXPECT_EQ(got.rankings[0].items, (Items{"京津冀城市群", "长三角城市群", "粤港澳大湾区"}));
}

TEST(ExtractRankingsTest, HeadingSubjectLosesItsNumberingOnly) {
  struct Case {
    const char* heading;
    const char* subject;
  };
  const Case cases[] = {
      {"一、共享服务", "共享服务"},
      {"（二）物业管理", "物业管理"},
      {"3. 垃圾分类：", "垃圾分类"},
      {"二手房交易", "二手房交易"},  // 二 is part of the words here
      {"十大民生工程", "十大民生工程"},
  };
  for (const Case& c : cases) {
    const RankingsResult got =
        Extract({Bold(c.heading), Para({{"红榜", true}, {"：甲街道、乙街道。", false}})});
    ASSERT_EQ(got.rankings.size(), 1u) << c.heading << "\n" << Describe(got);
    EXPECT_EQ(got.rankings[0].subject, c.subject) << c.heading;
  }
}

// A heading ends what a section's lists are of, not the time named before
// it (…发布2020年度…排名 over sections by business line).
TEST(ExtractRankingsTest, HeadingEndsTheInheritanceContextButNotThePeriod) {
  const std::vector<Block> blocks = {
      Plain("2020年，各区综合评分排名前二的是东城区、西城区。"),
      Bold("二、其他情况"),
      Plain("排名靠后的是甲单位。"),
  };
  const RankingsResult got = Extract(blocks);
  ASSERT_EQ(got.rankings.size(), 2u) << Describe(got);
  EXPECT_EQ(got.rankings[1].label, "排名靠后");
  EXPECT_FALSE(got.rankings[1].subject.has_value()) << *got.rankings[1].subject;
  EXPECT_FALSE(got.rankings[1].metric.has_value()) << *got.rankings[1].metric;
  EXPECT_EQ(got.rankings[1].period, "2020");
}

TEST(ExtractRankingsTest, OrderedListAfterAnAnnouncingParagraph) {
  const std::vector<Block> blocks = {
      Plain("据统计，上半年公募基金管理人非货币基金规模排名前三名如下："),
      Item("甲基金", 0, 0),
      Item("乙基金", 0, 1),
      Item("丙基金", 0, 2),
      Plain("投资者需要注意以下几点："),
      Item("不要追涨杀跌", 1, 0),
      Item("分散投资", 1, 1),
  };
  const RankingsResult got = Extract(blocks);
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  const Ranking& r = got.rankings[0];
  EXPECT_EQ(r.label, "上半年公募基金管理人非货币基金规模排名前三名");  // 如下： is the connective
  EXPECT_FALSE(r.period.has_value());
  EXPECT_TRUE(r.top);
  EXPECT_EQ(r.size, 3);
  EXPECT_EQ(r.items, (Items{"甲基金", "乙基金", "丙基金"}));
  EXPECT_EQ(r.paragraph, 0u);  // the announcing paragraph, not the first li
}

TEST(ExtractRankingsTest, OrderedListFromHtml) {
  const RankingsResult got = ExtractHtml(
      "<p>上半年基金公司规模排名前三名如下：</p>"
      "<ol><li>甲基金</li><li><a href=\"https://finance.sina.com.cn/fund/b.shtml\">乙基金</a></li>"
      "<li>丙基金</li></ol>"
      "<p>投资者需要注意以下几点：</p><ol><li>不要追涨杀跌</li><li>分散投资</li></ol>");
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].items, (Items{"甲基金", "乙基金", "丙基金"}));
  EXPECT_EQ(got.rankings[0].size, 3);
  EXPECT_EQ(got.rankings[0].paragraph, 0u);
}

TEST(ExtractRankingsTest, ListItemsLoseTheirTrailingPunctuation) {
  const RankingsResult got = ExtractHtml(
      "<p>上半年基金公司规模排名前三名如下：</p>"
      "<ol><li>甲基金；</li><li>乙基金；</li><li>丙基金。</li></ol>");
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].items, (Items{"甲基金", "乙基金", "丙基金"}));
  EXPECT_TRUE(got.warnings.empty()) << Describe(got);
}

TEST(ExtractRankingsTest, RankingTableAfterAnAnnouncingParagraphHasScores) {
  const std::vector<Block> blocks = {
      Plain("全国性商业银行综合得分排名前三如下："),
      Row({"排名", "银行", "综合得分"}, 0, 0),
      Row({"1", "甲银行", "91.17"}, 0, 1),
      Row({"2", "乙银行", "89.03"}, 0, 2),
      Row({"3", "丙银行", "88.5"}, 0, 3),
      Plain("表格之后的段落。"),
      Row({"年份", "参评银行数", "平均得分"}, 1, 0),
      Row({"2020", "20", "85.1"}, 1, 1),
  };
  const RankingsResult got = Extract(blocks);
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  ExpectRanking(got.rankings[0],
                {"全国性商业银行综合得分排名前三",
                 nullptr,
                 "全国性商业银行",
                 "综合得分",
                 true,
                 3,
                 {"甲银行", "乙银行", "丙银行"}},
                "table");
  EXPECT_EQ(got.rankings[0].scores, (std::vector<double>{91.17, 89.03, 88.5}));
  EXPECT_EQ(got.rankings[0].paragraph, 0u);
}

// A table announced by a sentence that points to it (如下表所示。) or by a
// caption after a short tag (附：…): its rows in order are the list.
TEST(ExtractRankingsTest, TablesPointedToOrCaptionedAfterATag) {
  const RankingsResult pointed = Extract({
      Plain("从成交额来看，排名前三的个股如下表所示。"),
      Row({"证券简称", "成交额（亿元）"}, 0, 0),
      Row({"贵州茅台", "50.1"}, 0, 1),
      Row({"宁德时代", "40.2"}, 0, 2),
      Row({"招商银行", "30.3"}, 0, 3),
  });
  ASSERT_EQ(pointed.rankings.size(), 1u) << Describe(pointed);
  EXPECT_EQ(pointed.rankings[0].items, (Items{"贵州茅台", "宁德时代", "招商银行"}));
  const RankingsResult captioned = Extract({
      Plain("附：今年以来涨幅前三的个股"),
      Row({"代码", "简称", "涨幅（%）"}, 0, 0),
      Row({"300677", "英科医疗", "20.1"}, 0, 1),
      Row({"002382", "蓝帆医疗", "15.2"}, 0, 2),
      Row({"603301", "振德医疗", "10.3"}, 0, 3),
  });
  ASSERT_EQ(captioned.rankings.size(), 1u) << Describe(captioned);
  EXPECT_EQ(captioned.rankings[0].items, (Items{"英科医疗", "蓝帆医疗", "振德医疗"}));
  // A caption with no ranking cue announces no ranking, sorted or not.
  const RankingsResult plain = Extract({
      Plain("表：2021年各省GDP"),
      Row({"省份", "GDP（亿元）"}, 0, 0),
      Row({"广东", "124369"}, 0, 1),
      Row({"江苏", "116364"}, 0, 2),
  });
  EXPECT_TRUE(plain.rankings.empty()) << Describe(plain);
}

TEST(ExtractRankingsTest, RankingTableFromHtml) {
  const RankingsResult got = ExtractHtml(
      "<p>各银行服务评分排名前二如下：</p>"
      "<table><tr><th>排名</th><th>银行</th><th>得分</th></tr>"
      "<tr><td>1</td><td>甲银行</td><td>90.5</td></tr>"
      "<tr><td>2</td><td>乙银行</td><td>88</td></tr></table>");
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].items, (Items{"甲银行", "乙银行"}));
  EXPECT_EQ(got.rankings[0].scores, (std::vector<double>{90.5, 88}));
  EXPECT_EQ(got.rankings[0].size, 2);
}

// 23只创业板股获杠杆资金加仓超10% and 五日龙虎榜追踪 (set g of the
// session's own annotations): a caption of a cue and a noun over a table
// announces it, a superlative's as a rank cue's; the sentence that heads
// the same ranking is a list of its own (CONVENTIONS §3).
TEST(ExtractRankingsTest, CaptionsOverTablesAndTheSentenceThatHeadsThem) {
  const std::vector<Block> blocks = {
      Plain("甲股份融资余额降幅居首，环比下降18.32%；融资余额降幅较大的个股还有乙科技、丙股份等，"
            "融资余额分别下降了18.28%、15.75%。"),
      Plain("融资余额降幅居前个股"),
      Row({"代码", "简称", "融资余额环比增减（%）"}, 0, 0),
      Row({"300001", "甲股份", "-18.32"}, 0, 1),
      Row({"300002", "乙科技", "-18.28"}, 0, 2),
      Row({"300003", "丙股份", "-15.75"}, 0, 3),
      Row({"300004", "丁能源", "-12.01"}, 0, 4),
      Plain("近五日龙虎榜机构净买入金额最多个股"),
      Row({"证券代码", "证券简称", "机构净买入金额（万元）"}, 1, 0),
      Row({"002466", "戊锂业", "52301.2"}, 1, 1),
      Row({"000422", "己化工", "31020.5"}, 1, 2),
  };
  const RankingsResult got = Extract(blocks);
  ASSERT_EQ(got.rankings.size(), 3u) << Describe(got);
  EXPECT_EQ(got.rankings[0].items, (Items{"甲股份", "乙科技", "丙股份"}));
  EXPECT_EQ(got.rankings[1].label, "融资余额降幅居前个股");
  EXPECT_EQ(got.rankings[1].items, (Items{"甲股份", "乙科技", "丙股份", "丁能源"}));
  EXPECT_EQ(got.rankings[2].label, "近五日龙虎榜机构净买入金额最多个股");
  EXPECT_EQ(got.rankings[2].items, (Items{"戊锂业", "己化工"}));
}

TEST(ExtractRankingsTest, ASuperlativeInASentenceAnnouncesNoTable) {
  const std::vector<Block> blocks = {
      Plain("数据显示，机构净买入金额最多个股"),
      Row({"证券代码", "证券简称", "机构净买入金额（万元）"}, 0, 0),
      Row({"002466", "戊锂业", "52301.2"}, 0, 1),
      Row({"000422", "己化工", "31020.5"}, 0, 2),
  };
  const RankingsResult got = Extract(blocks);
  EXPECT_TRUE(got.rankings.empty()) << Describe(got);
}

TEST(ExtractRankingsTest, DeclaredSizesInArabicAndChineseNumerals) {
  const char* names[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
  struct Case {
    const char* cue;
    int size;
  };
  const Case cases[] = {{"前10", 10}, {"前十", 10}, {"前二十", 20}, {"前十五名", 15}, {"后5位", 5}};
  for (const Case& c : cases) {
    std::string items;
    for (int i = 0; i < c.size; ++i) {
      if (i > 0) items += "、";
      items += std::string(names[i % 10]) + (i < 10 ? "街道" : "镇");
    }
    const std::string text = std::string("诉求量") + c.cue + "的是：" + items + "。";
    const RankingsResult got = Extract({Plain(text)});
    ASSERT_EQ(got.rankings.size(), 1u) << text << "\n" << Describe(got);
    EXPECT_EQ(got.rankings[0].label, std::string("诉求量") + c.cue);
    EXPECT_EQ(got.rankings[0].size, c.size) << c.cue;
    EXPECT_EQ(got.rankings[0].items.size(), static_cast<size_t>(c.size)) << c.cue;
    EXPECT_TRUE(got.warnings.empty()) << Describe(got);
  }
}

TEST(ExtractRankingsTest, ABoldParagraphHoldingAListIsNotOnlyAHeading) {
  const RankingsResult got =
      ExtractHtml("<p><strong>各区综合评分排名前三的是：东城区、西城区和朝阳区。</strong></p>");
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].label, "各区综合评分排名前三");
  EXPECT_EQ(got.rankings[0].items, (Items{"东城区", "西城区", "朝阳区"}));
}

TEST(ExtractRankingsTest, SentencesWithoutAListGiveNone) {
  const char* cases[] = {
      "前三季度，全市地区生产总值同比增长百分之五。",
      "前10个月，规模以上工业企业利润同比增长。",
      "第一是坚持创新驱动，第二是扩大内需，第三是深化改革。",
      "多项指标位居全市前列。",
      "今年以来，海淀区在全市排名第一。",
      "以86.5亿元的净买入额排名第一。",
      "诉求量前十的街道乡镇开展专项治理。",
      "海淀区、昌平区和怀柔区的书记依次发言。",
      "会议要求前五名的单位介绍经验，后三名的单位作表态发言。",
      "甲银行和乙银行继续位居行业前列，保持排名第一的态势。",
  };
  for (const char* text : cases) {
    const RankingsResult got = Extract({Plain(text)});
    EXPECT_TRUE(got.rankings.empty()) << text << "\n" << Describe(got);
  }
}

// A paragraph that is a short label and its names is a list by its layout;
// the same names after a sentence are read as prose.
TEST(ExtractRankingsTest, AListLineTakesNamesProseWouldRefuse) {
  const RankingsResult line = Extract({Plain("黑榜：甲教育、在线网校教育、丙教育")});
  ASSERT_EQ(line.rankings.size(), 1u) << Describe(line);
  EXPECT_EQ(line.rankings[0].items, (Items{"甲教育", "在线网校教育", "丙教育"}));
  const RankingsResult prose = Extract(
      {Plain("此次专项整治将重点查处七大违法违规行为：甲的；未取得证件从事经营的；丙的；丁的；"
             "戊的；己的；庚的")});
  EXPECT_TRUE(prose.rankings.empty()) << Describe(prose);
}

// A list of stock links that names no subject takes one by the words of
// its paragraph (rules.stock_subjects); other lists do not, and an
// inferred subject is not carried to the next list.
// The title counts a narrower kind of stock: it names the subject of the
// stock screens that end alike (…公司 for 上市公司, …股 for 个股).
TEST(ExtractRankingsTest, TheTitleNamesTheKindOfStockScreened) {
  const std::string stocks =
      "<span id=\"stock_sh688001\"><a>华兴源创</a></span>、"
      "<span id=\"stock_sh688002\"><a>睿创微纳</a></span>";
  struct Case {
    const char* title;
    std::string html;
    const char* subject;
  };
  const Case cases[] = {
      {"27家科创板公司提前预告2021年业绩", "<p>预计净利润增幅最高的是" + stocks + "。</p>",
       "科创板公司"},
      {"27家科创板公司提前预告2021年业绩", "<p>今年以来跌幅最大的是" + stocks + "。</p>", "个股"},
      {"12只创业板股获杠杆资金加仓超10%", "<p>今年以来跌幅最大的是" + stocks + "。</p>",
       "创业板股"},
      {"20家公司全年业绩预增", "<p>预计净利润增幅最高的是" + stocks + "。</p>", "上市公司"},
  };
  for (const Case& c : cases) {
    const RankingsResult got = ExtractRankings(BuildDocument(c.html, DefaultRules()).blocks,
                                               DefaultRules(), {2022, 1, c.title, false});
    ASSERT_EQ(got.rankings.size(), 1u) << c.html << Describe(got);
    EXPECT_EQ(got.rankings[0].subject.value_or("-"), c.subject) << c.title << c.html;
  }
}

TEST(ExtractRankingsTest, StockLinksGiveASubjectByTheWordsOfTheParagraph) {
  const std::string stocks =
      "<span id=\"stock_sh600000\"><a>浦发银行</a></span>、"
      "<span id=\"stock_sz000001\"><a>平安银行</a></span>";
  struct Case {
    std::string html;
    const char* subject;  // "-" for none
  };
  const Case cases[] = {
      {"<p>今日涨停的个股中，最受追捧的是" + stocks + "。</p>", "涨停股"},
      {"<p>2021年净利润最高的是" + stocks + "。</p>", "上市公司"},
      {"<p>个股方面，近5日涨幅居前的有" + stocks + "。</p>", "个股"},
      // a market move ranks stocks, even among companies that reported
      {"<p>预告净利润翻倍的公司中，今年以来涨幅最大的是" + stocks + "。</p>", "个股"},
      {"<p>涨幅居前的有甲银行、乙银行。</p>", "银行"},  // no stock links: the names' ending
      {"<p>涨幅居前的有甲、乙。</p>", "-"},
  };
  for (const Case& c : cases) {
    const RankingsResult got = ExtractHtml(c.html);
    ASSERT_EQ(got.rankings.size(), 1u) << c.html << Describe(got);
    EXPECT_EQ(got.rankings[0].subject.value_or("-"), c.subject) << c.html;
  }
  const RankingsResult two =
      ExtractHtml("<p>个股方面，涨幅居前的有" + stocks + "。</p><p>跌幅居前的有甲、乙。</p>");
  ASSERT_EQ(two.rankings.size(), 2u) << Describe(two);
  EXPECT_EQ(two.rankings[1].subject.value_or("-"), "-") << Describe(two);
}

TEST(ExtractRankingsTest, OverlongItemDropsTheListWithAWarning) {
  const RankingsResult got = Extract({Plain(
      "各区综合评分排名前三的是：东城区、在本次评估中各项指标均有明显进步并且群众满意度大幅提升的"
      "西城区、朝阳区。")});
  EXPECT_TRUE(got.rankings.empty()) << Describe(got);
  ASSERT_EQ(got.warnings.size(), 1u) << Describe(got);
  EXPECT_TRUE(Contains(got.warnings[0], "各区综合评分排名前三")) << got.warnings[0];
  EXPECT_TRUE(Contains(got.warnings[0], "dropped")) << got.warnings[0];
}

TEST(ExtractRankingsTest, DeclaredSizeDifferentFromItemsFoundWarns) {
  const RankingsResult got =
      Extract({Plain("诉求量排名前五的是：甲街道、乙街道、丙街道、丁街道。")});
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].size, 5);
  EXPECT_EQ(got.rankings[0].items.size(), 4u);
  ASSERT_EQ(got.warnings.size(), 1u) << Describe(got);
  EXPECT_TRUE(Contains(got.warnings[0], "诉求量排名前五")) << got.warnings[0];
  EXPECT_TRUE(Contains(got.warnings[0], "5")) << got.warnings[0];
  EXPECT_TRUE(Contains(got.warnings[0], "4")) << got.warnings[0];
}

TEST(ExtractRankingsTest, ParagraphIsTheIndexOfTheAnnouncingBlock) {
  const std::vector<Block> blocks = {
      Plain("第一段没有榜单。"),
      Plain("第二段也没有。"),
      Plain("各区综合评分排名前二的是东城区、西城区。"),
  };
  const RankingsResult got = Extract(blocks);
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].paragraph, 2u);
}

TEST(ExtractRankingsTest, UnknownArticleDateGivesNoPeriod) {
  const RankingsResult got = Extract({Plain("4月各区综合评分排名前二的是东城区、西城区。")}, 0, 0);
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_FALSE(got.rankings[0].period.has_value());
}

// Regression: a block of 400k lists took minutes (each list rescanned the
// block for months) and gigabytes of output.
TEST(ExtractRankingsTest, ThousandsOfListsInOneBlockAreCappedQuickly) {
  // Distinct lists: a list said twice is kept once (DropRepeats).
  std::string text;
  for (int i = 0; i < 5000; ++i) {
    const std::string n = std::to_string(i);
    text += "前二的是甲" + n + "区、乙" + n + "区。";
  }
  const RankingsResult got = Extract({Plain(text)});
  EXPECT_EQ(got.rankings.size(), 1000u);
  ASSERT_FALSE(got.warnings.empty());
  EXPECT_NE(got.warnings.back().find("more than 1000 ranked lists"), std::string::npos);
}

// Regressions from review: sentences whose lists were wrong or invented.
TEST(ExtractRankingsTest, ReviewedSentencesGiveTheListsAPersonWouldSee) {
  struct Case {
    const char* sentence;
    Items items;  // empty: no list
  };
  const Case cases[] = {
      {"GDP排名前十的城市为北京、上海、广州等10个城市。", {"北京", "上海", "广州"}},
      // Stock codes in brackets are not part of the name (corpus-ranked
      // CONVENTIONS.md §4: 东材科技（601208.SH） -> 东材科技).
      {"前三名分别是中国平安（601318）、招商银行（600036）和贵州茅台（600519）。",
       {"中国平安", "招商银行", "贵州茅台"}},
      {"GDP排名前十的城市中有一半为沿海城市。", {}},
      {"排名靠前的商场是王府井、百盛和平和堂。", {"王府井", "百盛", "平和堂"}},
      {"前五名依次为A公司（含子公司B、C）、D公司和E公司。",
       {"A公司（含子公司B、C）", "D公司", "E公司"}},
      {"位列前十的有北京、上海、深圳。", {"北京", "上海", "深圳"}},
      {"计算机制造业利润总额排名第一的态势没有改变。", {}},
  };
  for (const Case& c : cases) {
    const RankingsResult got = Extract({Plain(c.sentence)});
    if (c.items.empty()) {
      EXPECT_TRUE(got.rankings.empty()) << c.sentence;
      continue;
    }
    ASSERT_EQ(got.rankings.size(), 1u) << c.sentence;
    EXPECT_EQ(got.rankings[0].items, c.items) << c.sentence;
    EXPECT_TRUE(got.rankings[0].scores.empty()) << c.sentence;  // stock codes are not scores
  }
}

// A list said twice keeps one statement; the same names in another order
// rank by another measure and stay.
TEST(ExtractRankingsTest, TheSameNamesInAnotherOrderAreAnotherList) {
  const RankingsResult again = Extract({Plain("营收最高的前三是甲集团、乙集团、丙集团。"),
                                        Plain("营收最高的前三是甲集团、乙集团、丙集团。")});
  EXPECT_EQ(again.rankings.size(), 1u);
  const RankingsResult other = Extract({Plain("营收最高的前三是甲集团、乙集团、丙集团。"),
                                        Plain("营收最高的前三是丙集团、甲集团、乙集团。")});
  ASSERT_EQ(other.rankings.size(), 2u);
  EXPECT_EQ(other.rankings[1].items, (Items{"丙集团", "甲集团", "乙集团"}));
  // Places shared out later, names shortened and a measure named: the
  // same list said again; a bottom list over the same names is another.
  const RankingsResult shortened =
      Extract({Plain("甲市浦东区、乙市宝安区、乙市龙岗区、丙市白云区位居前四。"),
               Plain("乙市宝安区和龙岗区分列二、三位，宝安区人口达到了447.65万人。")});
  EXPECT_EQ(shortened.rankings.size(), 1u) << Describe(shortened);
  const RankingsResult prefixed =
      Extract({Plain("义乌市居首，玉环市排名第二，江苏省昆山市位列第三。"),
               Plain("从前三甲排名看，浙江义乌市和玉环市雄霸前两名。")});
  EXPECT_EQ(prefixed.rankings.size(), 1u) << Describe(prefixed);
  const RankingsResult bottom =
      Extract({Plain("甲集团、乙集团、丙集团位居前三。"), Plain("乙集团、丙集团营收排名靠后。")});
  EXPECT_EQ(bottom.rankings.size(), 2u) << Describe(bottom);
  // Said with a rank verb, once with 了 and once without.
  const RankingsResult verbs = Extract({Plain("电子、机械设备、医药生物行业占据了前三。"),
                                        Plain("电子、机械设备、医药生物行业占据前三。")});
  EXPECT_EQ(verbs.rankings.size(), 1u);
}

// Two values after a superlative, after 分别为, are for the two names 和
// joins before it; one value is not.
TEST(ExtractRankingsTest, TwoValuesAfterASuperlativeSplitTheNamesAndJoinsBeforeIt) {
  const RankingsResult two = Extract(
      {Plain("分行业来看，金融和工业部门在财报电话会议上提及衰退的公司最多，分别为53家和37家。")});
  ASSERT_EQ(two.rankings.size(), 1u) << Describe(two);
  EXPECT_EQ(two.rankings[0].items, (Items{"金融", "工业"}));
  ASSERT_EQ(two.rankings[0].values.size(), 2u);
  EXPECT_EQ(two.rankings[0].values[1]->number, 37);
  const RankingsResult one =
      Extract({Plain("分行业来看，金融和工业部门提及衰退的公司最多，合计为90家。")});
  EXPECT_TRUE(one.rankings.empty()) << Describe(one);
}

// Of two statements with the same names, the one that gives their
// figures and its size is kept, wherever it stands.
TEST(ExtractRankingsTest, ARepeatKeepsTheStatementWithFiguresAndSize) {
  const RankingsResult got = Extract(
      {Plain("分行业来看，甲行业、乙行业和丙行业净买入额居前。"),
       Plain("截至10月15日，净买入额排名前三的行业分别为甲行业（419.54亿元）、乙行业（373.85亿元）"
             "和丙行业（363.14亿元）。")});
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].label, "净买入额排名前三的行业");
  EXPECT_EQ(got.rankings[0].size, 3);
  EXPECT_EQ(got.rankings[0].values.size(), 3u);
}

// A pronoun stands for the names of the list before; at other places they
// make another claim, and the same places again are one list said twice.
TEST(ExtractRankingsTest, ThePronounOfAListAtOtherPlacesIsAnotherList) {
  const RankingsResult moved = Extract(
      {Plain("在2010年，天津、佛山的GDP总量分别排在全国的第7和第11位。十年后的今天，它们分别排在"
             "了第11位和第17位。")});
  ASSERT_EQ(moved.rankings.size(), 2u) << Describe(moved);
  EXPECT_EQ(moved.rankings[1].label, "排在了第11位和第17位");
  EXPECT_EQ(moved.rankings[1].items, (Items{"天津", "佛山"}));
  const RankingsResult again = Extract(
      {Plain("天津、佛山的GDP总量分别排在全国的第7和第11位。今年，它们仍分别排在第7和第11位。")});
  EXPECT_EQ(again.rankings.size(), 1u) << Describe(again);
  // Three places for the two names before: the pronoun is not theirs.
  const RankingsResult more = Extract(
      {Plain("天津、佛山的GDP总量分别排在全国的第7和第11位。它们分别排在第11、第17和第20位。")});
  EXPECT_EQ(more.rankings.size(), 1u) << Describe(more);
}

// Names handed out with their places rising are a ranking with no cue word;
// a prose claim about the first of them is another list.
TEST(ExtractRankingsTest, NamesGivenTheirPlacesAfterAConnective) {
  const RankingsResult got = Extract(
      {Plain("证券业3家上榜公司几乎为清一色的头部券商，分别是中信证券（211名）、海通证券（282名）、"
             "国泰君安（301名）。"),
       Plain("自2018年起，中信证券、海通证券、国泰君安已连续四年稳坐前三。")});
  ASSERT_EQ(got.rankings.size(), 2u) << Describe(got);
  EXPECT_EQ(got.rankings[0].items, (Items{"中信证券", "海通证券", "国泰君安"}));
  EXPECT_EQ(got.rankings[0].size, 3);  // 3家
  EXPECT_EQ(got.rankings[1].label, "稳坐前三");
  // Places that fall, and figures that are no places, make no list.
  for (const char* text :
       {"上榜公司分别是国泰君安（301名）、海通证券（282名）、中信证券（211名）。",
        "增幅分别为中信证券（12%）、海通证券（10%）、国泰君安（8%）。"}) {
    const RankingsResult none = Extract({Plain(text)});
    EXPECT_TRUE(none.rankings.empty()) << text << "\n" << Describe(none);
  }
}

// 6个收涨 is a count and what it did, not a name; 三只松鼠 is a name.
TEST(ExtractRankingsTest, ACountInDigitsIsNoName) {
  const RankingsResult count = Extract({Plain("标普500的11大板块周四有6个收涨，5个收跌。")});
  EXPECT_TRUE(count.rankings.empty()) << Describe(count);
  const RankingsResult name = Extract({Plain("销量前三的品牌是三只松鼠、良品铺子、百草味。")});
  ASSERT_EQ(name.rankings.size(), 1u) << Describe(name);
  EXPECT_EQ(name.rankings[0].items, (Items{"三只松鼠", "良品铺子", "百草味"}));
}

// Scraped pages break sentences across paragraphs: one ending in ；or ，
// goes on in the next, and the list it holds is read whole.
TEST(ExtractRankingsTest, ASentenceRunningOnIntoTheNextParagraphIsReadWhole) {
  const RankingsResult joined = Extract({Plain("人口普查显示，河南人口增量最多，达到534.2万人；"),
                                         Plain("安徽次之，人口增量为152.67万。")});
  ASSERT_EQ(joined.rankings.size(), 1u) << Describe(joined);
  EXPECT_EQ(joined.rankings[0].items, (Items{"河南", "安徽"}));
  EXPECT_EQ(joined.rankings[0].paragraph, 0u);
  const RankingsResult apart = Extract({Plain("人口普查显示，河南人口增量最多，达到534.2万人。"),
                                        Plain("安徽次之，人口增量为152.67万。")});
  EXPECT_TRUE(apart.rankings.empty()) << Describe(apart);
  // A list after a joined pair keeps the index of its own paragraph.
  const RankingsResult later = Extract(
      {Plain("据统计，"), Plain("今年销量普遍上涨。"), Plain("甲集团、乙集团、丙集团位居前三。")});
  ASSERT_EQ(later.rankings.size(), 1u) << Describe(later);
  EXPECT_EQ(later.rankings[0].paragraph, 2u);
}

TEST(ExtractRankingsTest, AMonthRangeIsPartOfThePeriodNotTheMetric) {
  const RankingsResult got =
      Extract({Plain("1-4月销量前三的车企为比亚迪、特斯拉和五菱。")}, 2021, 5);
  ASSERT_EQ(got.rankings.size(), 1u);
  EXPECT_EQ(got.rankings[0].metric, "销量");
  EXPECT_EQ(got.rankings[0].period, "2021-04");
}

TEST(ExtractRankingsTest, AParagraphNamingTheMonthDatesTheListsAfterIt) {
  const RankingsResult got = Extract({Plain("4月全市各街道乡镇综合评分排名情况如下。"),
                                      Plain("排名前三的是甲街道、乙街道、丙街道。")},
                                     2021, 5);
  ASSERT_EQ(got.rankings.size(), 1u);
  EXPECT_EQ(got.rankings[0].period, "2021-04");
}

TEST(ExtractRankingsTest, ALabelNamingAWholeYearTakesNoMonthFromEarlierText) {
  // A year named nearer the list than any month dates it by the year
  // (corpus-ranked CONVENTIONS.md §7: 2020年度…经营业绩排名 -> 2020).
  const RankingsResult got = Extract({Plain("截至12月，已有多家企业上市。"),
                                      Plain("2020年城市企业上市数量的前三名为北京、上海和深圳。")},
                                     2022, 1);
  ASSERT_EQ(got.rankings.size(), 1u);
  EXPECT_EQ(got.rankings[0].period, "2020");
}

TEST(ExtractRankingsTest, AYearInTheLabelBeatsALaterYearOfItsSentence) {
  // shared/corpus (2021年中国企业IPO图谱): the year that goes on after the
  // names is another year's news.
  const RankingsResult got = Extract(
      {Plain("2020年城市企业上市数量的前三名分别是北京、上海和深圳，2021年，上海跃居首位。")}, 2022,
      1);
  ASSERT_FALSE(got.rankings.empty());
  EXPECT_EQ(got.rankings[0].period, "2020") << Describe(got);
  // With no year before it, a year after the list in its sentence dates it.
  const RankingsResult after = Extract({Plain("营业收入最高的是甲公司、乙公司，2021年实现增长。")});
  ASSERT_EQ(after.rankings.size(), 1u) << Describe(after);
  EXPECT_EQ(after.rankings[0].period, "2021");
}

// Regression: 0123年度 gave the period "123" and 0000年 "0", neither YYYY
// (SCHEMA.md; schema/article.schema.json rejected them).
TEST(ExtractRankingsTest, AYearBeforeOneThousandKeepsFourDigits) {
  const RankingsResult got = Extract({Plain("0123年度营业收入排名前二的是甲公司、乙公司。"),
                                      Plain("0000年度营业收入排名前二的是丙公司、丁公司。")},
                                     2021, 5);
  ASSERT_EQ(got.rankings.size(), 2u) << Describe(got);
  EXPECT_EQ(got.rankings[0].period, "0123");
  EXPECT_FALSE(got.rankings[1].period.has_value());
}

}  // namespace
}  // namespace newsextract

namespace newsextract {
namespace {

TEST(ExtractRankingsTest, NumberedParagraphsAfterAnAnnouncingHeading) {
  // The shape of 2021年十大消费维权舆情热点 (tests/rankset-real): numbered
  // headings, a description under each.
  const RankingsResult got =
      Extract({Plain("2021年消费维权舆情热点TOP3"), Plain("一、“车顶维权”事件暴露车企服务漏洞"),
               Plain("社会影响力：100.9"), Plain("二、教培机构频现跑路及退费风波"),
               Plain("社会影响力：99.3"), Plain("三、个别跨国企业无理拒绝新疆产品侵害消费者权益"),
               Plain("四、这一条不在前三之内")},
              2022, 1);
  ASSERT_EQ(got.rankings.size(), 1u) << Describe(got);
  EXPECT_EQ(got.rankings[0].items,
            (Items{"“车顶维权”事件暴露车企服务漏洞", "教培机构频现跑路及退费风波",
                   "个别跨国企业无理拒绝新疆产品侵害消费者权益"}));
  EXPECT_EQ(got.rankings[0].size, 3);
  EXPECT_EQ(got.rankings[0].period, "2021");
}

// Numbered lines ending in ；are items each, not a sentence running on;
// places written 第一名：A number lines as 1. A does.
TEST(ExtractRankingsTest, NumberedLinesEndingInASemicolonAndPlacesWithAColon) {
  const RankingsResult semicolons =
      Extract({Plain("今年以来涨幅居前的个股如下："), Plain("1. 英科医疗，涨幅20%；"),
               Plain("2. 蓝帆医疗，涨幅15%；"), Plain("3. 振德医疗，涨幅10%。")});
  ASSERT_EQ(semicolons.rankings.size(), 1u) << Describe(semicolons);
  EXPECT_EQ(semicolons.rankings[0].items, (Items{"英科医疗", "蓝帆医疗", "振德医疗"}));
  const RankingsResult places = Extract({Plain("TOP3榜单："), Plain("第一名：中信证券"),
                                         Plain("第二名：华泰证券"), Plain("第三名：国泰君安")});
  ASSERT_EQ(places.rankings.size(), 1u) << Describe(places);
  EXPECT_EQ(places.rankings[0].items, (Items{"中信证券", "华泰证券", "国泰君安"}));
  // A place without a colon is a sentence, not a numbered line.
  const RankingsResult prose =
      Extract({Plain("TOP3榜单："), Plain("第一名中信证券很稳健"), Plain("第二名华泰证券很稳健")});
  EXPECT_TRUE(prose.rankings.empty()) << Describe(prose);
}

TEST(ExtractRankingsTest, NumberingThatDoesNotStartAtOneIsNoList) {
  const RankingsResult got =
      Extract({Plain("2021年热点榜单"), Plain("二、甲事件"), Plain("三、乙事件")}, 2022, 1);
  EXPECT_TRUE(got.rankings.empty()) << Describe(got);
}

TEST(ExtractRankingsTest, ExplainLinesNameTheParagraphAndTheCue) {
  const RankingsResult got =
      ExtractRankings({Plain("说明。"), Plain("前三季度，排名前二的是甲区、乙区。")},
                      DefaultRules(), {2021, 4, "", true});
  ASSERT_EQ(got.rankings.size(), 1u);
  // 前三季度 is a span of time, no cue; 排名 gives way to the cue after it.
  ASSERT_EQ(got.explain.size(), 2u);
  EXPECT_EQ(got.explain[0], "¶1 @5 '排名': rejected: the cue takes names only after a connective");
  EXPECT_EQ(got.explain[1], "¶1 @7 '前二': list of 2 names");
}

TEST(ExtractRankingsTest, TheTitlesMonthDatesListsWhenTheBodyNamesNone) {
  const RankingsResult got =
      ExtractRankings({Plain("红榜：甲公司、乙公司、丙公司")}, DefaultRules(),
                      {2021, 12, "11月黑猫投诉红黑榜", false});
  ASSERT_EQ(got.rankings.size(), 1u);
  EXPECT_EQ(got.rankings[0].period, "2021-11");
}

}  // namespace
}  // namespace newsextract
