// Date normalisation for the front matter `date` field (SCHEMA.md: date).
#ifndef NEWSEXTRACT_DATES_H_
#define NEWSEXTRACT_DATES_H_

#include <optional>
#include <string>
#include <string_view>

namespace newsextract {

struct NormalizedDate {
  std::string iso;  // 2021-04-30T00:00:19Z, 2022-03-01T09:30:00+08:00, 2022-03-01
  int year = 0;
  int month = 0;  // 1..12, of the normalised date
  int day = 0;
};

// The year and month of the day after `date`. Months named in an article
// are dated against this: a feed's UTC time can be a day behind the
// publisher's (Fri, 30 Apr 2021 23:30 GMT is 1 May in Beijing), and 5月 in
// that article is this year's May, not last year's.
void MonthOfNextDay(const NormalizedDate& date, int* year, int* month);

// RFC 2822/1123 dates with a zone become UTC with `Z`; ISO 8601 dates keep
// their offset or lack of one; `YYYY-MM-DD HH:MM[:SS]`, `YYYY/MM/DD` and
// `YYYY年M月D日` are read too. Anything else: nullopt.
std::optional<NormalizedDate> NormalizeDate(std::string_view text);

// The first full date written in running text (2021-07-17, 2021年7月17日):
// its year and month, for an article whose front matter has no usable date
// (每经网 posts carry `date: Invalid Date` and print theirs in the body).
bool FirstDateInText(std::string_view text, int* year, int* month);

}  // namespace newsextract

#endif  // NEWSEXTRACT_DATES_H_
