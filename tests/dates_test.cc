#include "dates.h"

#include <gtest/gtest.h>

namespace newsextract {
namespace {

TEST(NormalizeDateTest, FormatsFromTheSchema) {
  struct Case {
    const char* input;
    const char* want;  // nullptr: unparseable
  };
  const Case cases[] = {
      {"Fri, 30 Apr 2021 00:00:19 GMT", "2021-04-30T00:00:19Z"},
      {"Fri, 30 Apr 2021 08:00:19 +0800", "2021-04-30T00:00:19Z"},
      {"Sat, 01 May 2021 02:00:00 +0800", "2021-04-30T18:00:00Z"},
      {"30 Apr 2021 00:00 UT", "2021-04-30T00:00:00Z"},
      {"2022-03-01T09:30:00+08:00", "2022-03-01T09:30:00+08:00"},
      {"2022-03-01T09:30:00Z", "2022-03-01T09:30:00Z"},
      {"2022-03-01 09:30:00", "2022-03-01T09:30:00"},
      {"2022-03-01 09:30", "2022-03-01T09:30:00"},
      {"2022-03-01", "2022-03-01"},
      {"2022年3月1日", "2022-03-01"},
      {"yesterday", nullptr},
      {"2021-02-30", nullptr},
      {"Fri, 30 Foo 2021 00:00:19 GMT", nullptr},
      {"", nullptr},
  };
  for (const Case& c : cases) {
    const auto got = NormalizeDate(c.input);
    if (c.want == nullptr) {
      EXPECT_FALSE(got.has_value()) << c.input;
    } else {
      ASSERT_TRUE(got.has_value()) << c.input;
      EXPECT_EQ(got->iso, c.want) << c.input;
    }
  }
}

TEST(NormalizeDateTest, ReportsYearAndMonthOfTheNormalisedDate) {
  const auto got = NormalizeDate("Sat, 01 Jan 2022 01:00:00 +0800");
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->year, 2021);
  EXPECT_EQ(got->month, 12);
}

// Regression from review: an article stamped 30 Apr 23:30 GMT (1 May in
// Beijing) dated its 5月 lists to the year before.
TEST(MonthOfNextDayTest, TheLastDayOfAMonthCountsAsTheNext) {
  int year, month;
  MonthOfNextDay(*NormalizeDate("Fri, 30 Apr 2021 23:30:00 GMT"), &year, &month);
  EXPECT_EQ(year, 2021);
  EXPECT_EQ(month, 5);
  MonthOfNextDay(*NormalizeDate("Fri, 31 Dec 2021 20:00:00 GMT"), &year, &month);
  EXPECT_EQ(year, 2022);
  EXPECT_EQ(month, 1);
  MonthOfNextDay(*NormalizeDate("Thu, 15 Apr 2021 10:00:00 GMT"), &year, &month);
  EXPECT_EQ(month, 4);
}

}  // namespace
}  // namespace newsextract

namespace newsextract {
namespace {

TEST(FirstDateInTextTest, TheFirstFullDateInRunningText) {
  struct Case {
    const char* text;
    bool found;
    int year, month;
  };
  const Case cases[] = {
      {"每日经济新闻 2021-07-17 12:38:03", true, 2021, 7},
      {"据新华社2022年1月3日电，", true, 2022, 1},
      {"截至10月15日，券商给予评级的个股", false, 0, 0},  // no year
      {"2021年营收增长", false, 0, 0},                    // no month and day
      {"代码 12021-07-17", false, 0, 0},                  // five digits are no year
      {"2021-13-01", false, 0, 0},
  };
  for (const Case& c : cases) {
    int year = 0, month = 0;
    EXPECT_EQ(FirstDateInText(c.text, &year, &month), c.found) << c.text;
    EXPECT_EQ(year, c.year) << c.text;
    EXPECT_EQ(month, c.month) << c.text;
  }
}

}  // namespace
}  // namespace newsextract
