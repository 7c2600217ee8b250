#include "ranking_label.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace newsextract {
namespace {

TEST(MonthBeforeTest, FindsTheLastMonthNamed) {
  struct Case {
    const char* text;
    int year;             // 0: not written
    int month;            // 0: no month found
    const char* mention;  // the text of the whole mention
  };
  const Case cases[] = {
      {"4月全市各街道乡镇综合评分", 0, 4, "4月"},
      {"12月全市", 0, 12, "12月"},
      {"十二月份以来", 0, 12, "十二月"},
      {"三月", 0, 3, "三月"},
      {"2021年4月全市", 2021, 4, "2021年4月"},
      {"4月29日下午，市委召开会议", 0, 4, "4月"},
      {"3月和5月", 0, 5, "5月"},
      {"PM2.5月平均浓度", 0, 0, ""},
      {"前3个月", 0, 0, ""},
      {"近三个月", 0, 0, ""},
      {"13月", 0, 0, ""},
      {"岁月如歌", 0, 0, ""},
      {"", 0, 0, ""},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    const auto got = MonthBefore(MonthsIn(text), text.size());
    if (c.month == 0) {
      EXPECT_FALSE(got.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(got.has_value()) << c.text;
    EXPECT_EQ(got->year, c.year) << c.text;
    EXPECT_EQ(got->month, c.month) << c.text;
    EXPECT_EQ(text.substr(got->begin, got->end - got->begin), c.mention) << c.text;
  }
}

TEST(MonthBeforeTest, IgnoresMonthsAfterTheLimit) {
  const std::string text = "3月诉求量排名前三的是甲、乙、丙；5月";
  const auto got = MonthBefore(MonthsIn(text), text.find("诉求量"));
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->month, 3);
  EXPECT_FALSE(MonthBefore(MonthsIn("排名前三；5月"), 3).has_value());
}

TEST(PeriodForTest, MonthsLaterThanTheArticleBelongToTheYearBefore) {
  struct Case {
    int mention_year;
    int mention_month;
    int article_year;
    int article_month;
    const char* want;  // nullptr: none
  };
  const Case cases[] = {
      {0, 4, 2021, 4, "2021-04"},     {0, 3, 2021, 4, "2021-03"},
      {0, 12, 2022, 1, "2021-12"},  // 12月 in a January article
      {0, 1, 2022, 1, "2022-01"},     {0, 5, 2021, 4, "2020-05"},
      {2020, 12, 2022, 1, "2020-12"},                         // a written year wins
      {2019, 3, 0, 0, "2019-03"},     {0, 4, 0, 0, nullptr},  // no year anywhere
  };
  for (const Case& c : cases) {
    MonthMention m;
    m.year = c.mention_year;
    m.month = c.mention_month;
    const auto got = PeriodFor(m, c.article_year, c.article_month);
    const std::string where = std::to_string(c.mention_month) + " in " +
                              std::to_string(c.article_year) + "-" +
                              std::to_string(c.article_month);
    if (c.want == nullptr) {
      EXPECT_FALSE(got.has_value()) << where;
    } else {
      EXPECT_EQ(got, c.want) << where;
    }
  }
}

TEST(YearPeriodTest, FourDigitsOrNone) {
  EXPECT_EQ(YearPeriod(2021), "2021");
  EXPECT_EQ(YearPeriod(123), "0123");
  EXPECT_EQ(YearPeriod(1), "0001");
  EXPECT_FALSE(YearPeriod(0).has_value());
  EXPECT_FALSE(YearPeriod(10000).has_value());
}

TEST(YearsInTest, YearsNamedButNotThoseComparedWith) {
  struct Case {
    const char* text;
    std::vector<int> years;
  };
  const Case cases[] = {
      {"2021年营收排名前三", {2021}},
      {"去年营收排名前三", {2021}},
      {"今年以来涨幅居前", {2022}},
      {"2021年4月", {}},  // a month (MonthsIn)
      // a baseline compared with
      {"一般贸易进出口增长30.7%，较去年同期提升1.7个百分点", {}},
      {"比2020年多出3家，2021年营收排名前三", {2021}},
      {"与上年相比", {}},
  };
  for (const Case& c : cases) {
    std::vector<int> got;
    for (const YearMention& y : YearsIn(c.text, 2022, DefaultRules())) got.push_back(y.year);
    EXPECT_EQ(got, c.years) << c.text;
  }
}

TEST(ReadLabelTest, SubjectAndMetricFromTheVocabulary) {
  struct Case {
    const char* before_cue;
    const char* subject;  // nullptr: none
    const char* metric;
  };
  const Case cases[] = {
      {"4月全市各街道乡镇综合评分排名", "街道乡镇", "综合评分"},
      {"各区综合评分排名", "区", "综合评分"},
      {"12月全市各区综合评分排名", "区", "综合评分"},
      {"市级部门综合评分", "市级部门", "综合评分"},
      {"国有企业综合评分", "国有企业", "综合评分"},
      {"环比进步", nullptr, "环比进步"},
      {"诉求量", nullptr, "诉求量"},
      {"全市各区PM2.5月平均浓度排名", "区", "PM2.5月平均浓度"},
      {"10月券商APP月活跃用户数", "券商APP", "月活跃用户数"},
      {"10月新能源乘用车厂商零售销量排名", "新能源乘用车厂商", "零售销量"},
      {"全国性商业银行综合得分排名", "全国性商业银行", "综合得分"},
      {"10月北向资金净买入额", nullptr, "北向资金净买入额"},
      {"前三季度GDP排名", nullptr, "GDP"},
      {"GDP增速排名", nullptr, "GDP增速"},
      {"2021年12月全市各区空气质量排名", "区", "空气质量"},
      {"4月全市各街道", "街道", nullptr},
      {"市级部门", "市级部门", nullptr},
      {"排名", nullptr, nullptr},
      {"位居副省级城市", nullptr, nullptr},  // a rank verb and a scope
      {"排名行业", nullptr, nullptr},
      {"占据了", nullptr, nullptr},    // a rank verb alone (…占据了前三)
      {"位列同业", nullptr, nullptr},  // a rank verb and a word of where
      {"分居节后新增职位发布量", nullptr, "节后新增职位发布量"},  // a rank verb and a measure
      {"而本月涨幅", nullptr, "涨幅"},                            // a clause opener
      {"前三甲", nullptr, nullptr},                               // a top group, no measure
      {"12月21日融资客净买入金额", nullptr, "融资客净买入金额"},  // a month and its day
      {"居商品期货涨幅榜单", "商品期货", "涨幅"},                 // 榜单 ranks, not measures
      {"排在了", nullptr, nullptr},
      {"五大行业的毕业生简历数", "行业", "毕业生简历数"},  // the names' count and kind
      {"两省的新增企业IPO数量", "省", "新增企业IPO数量"},
      {"三个城市的GDP", "城市", "GDP"},
      // words after the vocabulary's that measure it too, not a verb or a gloss
      {"预计净利润增幅", nullptr, "预计净利润增幅"},
      {"GDP总量分别排在全国的", nullptr, "GDP"},
      {"净买入额（融资净买入-融券净卖出）", nullptr, "净买入额"},
      // the span a measure is taken over stays with it
      {"今年以来涨幅", nullptr, "今年以来涨幅"},
      {"今年涨幅", nullptr, "涨幅"},
      // who acts is part of what it does
      {"券商关注数量", nullptr, "券商关注数量"},
      {"", nullptr, nullptr},
  };
  for (const Case& c : cases) {
    const LabelFacts got = ReadLabel(c.before_cue, DefaultRules());
    if (c.subject == nullptr) {
      EXPECT_FALSE(got.subject.has_value()) << c.before_cue << ": " << got.subject.value_or("");
    } else {
      EXPECT_EQ(got.subject, c.subject) << c.before_cue;
    }
    if (c.metric == nullptr) {
      EXPECT_FALSE(got.metric.has_value()) << c.before_cue << ": " << got.metric.value_or("");
    } else {
      EXPECT_EQ(got.metric, c.metric) << c.before_cue;
    }
  }
}

TEST(ReadLabelTest, QualifierBetweenSubjectAndMetricBelongsToTheMetric) {
  // tests/rankset 07 (gold): subject 公募基金管理人, metric 非货币基金规模;
  // the rankset README: "subject and metric are taken as written".
  const LabelFacts got = ReadLabel("公募基金管理人非货币基金规模排名", DefaultRules());
  EXPECT_EQ(got.subject, "公募基金管理人");
  EXPECT_EQ(got.metric, "非货币基金规模");
}

TEST(WithoutCountTest, DropsACountAndItsClassifier) {
  const std::pair<const char*, const char*> cases[] = {
      {"10个名字", "名字"},     {"5家基金公司", "基金公司"},
      {"两家公司", "公司"},     {"10个地级以上城市", "地级以上城市"},
      {"基金公司", "基金公司"},  // no count
      {"10个", "10个"},          // nothing counted: kept
      {"三季度", "三季度"},      // 季 is no classifier
      {"三省份", "省份"},        // the classifier begins a kind: kept with it
  };
  for (const auto& [subject, want] : cases) {
    EXPECT_EQ(WithoutCount(subject, DefaultRules()), want) << subject;
  }
}

TEST(SubjectOfNamesTest, TheEndingOfAtLeastHalfTheNames) {
  struct Case {
    std::vector<std::string> names;
    const char* subject;  // nullptr: none
  };
  const Case cases[] = {
      {{"中信证券", "华泰证券", "国泰君安"}, "券商"},
      {{"上海浦东新区", "深圳宝安区"}, "区"},
      {{"浙江省", "广东"}, "省份"},  // one of two
      {{"招银理财", "建信理财", "兴银理财"}, "理财子公司"},
      {{"中信", "中信建投", "申万宏源"}, nullptr},
      {{"证券", "银行"}, nullptr},        // an ending alone is no name with it
      {{"甲", "乙", "丙证券"}, nullptr},  // one of three
      // names known as cities or provinces, the kind most of them are
      {{"上海", "北京", "深圳", "杭州"}, "城市"},
      {{"广东", "江苏", "山东", "浙江", "上海"}, "省份"},
      {{"北京", "上海", "天津", "重庆"}, "城市"},  // municipalities count as cities
      {{"上海", "甲", "乙"}, nullptr},             // one of three
  };
  for (const Case& c : cases) {
    const auto got = SubjectOfNames(c.names, DefaultRules());
    if (c.subject == nullptr) {
      EXPECT_FALSE(got.has_value()) << c.names[0] << ": " << got.value_or("");
    } else {
      EXPECT_EQ(got, c.subject) << c.names[0];
    }
  }
}

TEST(TitleSubjectTest, TheCountedNounOrAStockKind) {
  const std::pair<const char*, const char*> cases[] = {
      {"102家券商经营排行榜：4家营收超200亿", "券商"},
      {"15个副省级城市GDP：10城超万亿", "副省级城市"},  // the longest noun
      {"143个区人口超100万：浦东居首", "区"},
      {"一周沪深股通动向曝光：这30只个股净买入最多", "个股"},
      {"14省份发布2021年企业工资指导线", "省份"},  // no classifier
      {"10月2日知名美股收盘情况一览", "美股"},     // a stock kind
      {"13股今日获机构买入评级", nullptr},         // 获 ends a name
      {"12股进入多家券商金股组合", nullptr},       // 券商 is too far on
      {"1家公司获批", nullptr},                    // a count of one
      {"广东106家，全国唯一破百省份", nullptr},    // 破百 counts nothing
      {"央行今日开展逆回购操作", nullptr},
  };
  for (const auto& [title, want] : cases) {
    const auto got = TitleSubject(title, DefaultRules());
    if (want == nullptr) {
      EXPECT_FALSE(got.has_value()) << title << ": " << got.value_or("");
    } else {
      EXPECT_EQ(got, want) << title;
    }
  }
}

TEST(TitleMetricTest, TheFirstMeasureOfTheVocabulary) {
  const std::pair<const char*, const char*> cases[] = {
      {"15个副省级城市GDP：10城超万亿", "GDP"},
      {"GDP增速排名出炉", "GDP增速"},  // the longest at its place
      {"央行今日开展逆回购操作", nullptr},
  };
  for (const auto& [title, want] : cases) {
    const auto got = TitleMetric(title, DefaultRules());
    if (want == nullptr) {
      EXPECT_FALSE(got.has_value()) << title << ": " << got.value_or("");
    } else {
      EXPECT_EQ(got, want) << title;
    }
  }
}

// A top N the clause before a list names as its scope gives the list its
// size when the list names at least half of it.
TEST(ScopeSizeTest, ATopNNamedAsTheScopeOfTheClauseBefore) {
  const std::string text = "需求最多的十大城市上，上海排名首位，其次是北京、深圳、广州、杭州。";
  const CueFinder cues(DefaultRules());
  BlockList list;
  list.label_begin = list.cue.begin = text.find("排名首位");
  list.items = {"上海", "北京", "深圳", "广州", "杭州"};
  EXPECT_EQ(ScopeSize(text, list, DefaultRules(), cues), 10);
  list.items.resize(3);  // fewer than half of ten: the scope is where it stands
  EXPECT_EQ(ScopeSize(text, list, DefaultRules(), cues), std::nullopt);
  const std::string four = "四大一线城市中，上海排名首位，其次是北京、深圳、广州。";
  list.label_begin = list.cue.begin = four.find("排名首位");
  list.items = {"上海", "北京", "深圳", "广州"};
  EXPECT_EQ(ScopeSize(four, list, DefaultRules(), cues), std::nullopt);  // a category
}

}  // namespace
}  // namespace newsextract
