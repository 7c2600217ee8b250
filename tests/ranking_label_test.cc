#include "ranking_label.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace newsextract
