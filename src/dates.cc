// Dates: the front matter's date normalised to ISO 8601, and the first date
// a text names (the period of a list).
#include "dates.h"

#include <array>
#include <cstdio>

#include "text_util.h"

namespace newsextract {
namespace {

struct Fields {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  bool has_time = false;
  enum class Zone { kNone, kUtc, kOffset } zone = Zone::kNone;
  int offset_minutes = 0;
};

// A cursor over ASCII date text.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}
  bool Done() const { return pos_ >= text_.size(); }
  char Peek() const { return Done() ? '\0' : text_[pos_]; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }
  bool Eat(std::string_view word) {
    if (!StartsWith(text_.substr(pos_), word)) return false;
    pos_ += word.size();
    return true;
  }
  void SkipSpaces() {
    while (Peek() == ' ' || Peek() == '\t') ++pos_;
  }
  // Reads between min and max digits.
  bool Number(size_t min, size_t max, int* out) {
    size_t n = 0;
    int value = 0;
    while (n < max && pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      value = value * 10 + (text_[pos_++] - '0');
      ++n;
    }
    *out = value;
    return n >= min;
  }
  std::string_view Word() {
    const size_t start = pos_;
    while (pos_ < text_.size() && isalpha(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    return text_.substr(start, pos_ - start);
  }
  std::string_view Rest() const { return text_.substr(pos_); }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

bool Valid(const Fields& f) {
  return f.year >= 1 && f.year <= 9999 && f.month >= 1 && f.month <= 12 && f.day >= 1 &&
         f.day <= DaysInMonth(f.year, f.month) && f.hour < 24 && f.minute < 60 && f.second <= 60;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(long z, Fields* f) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  f->day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  f->month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  f->year = static_cast<int>(yoe + era * 400 + (f->month <= 2));
}

void ShiftToUtc(Fields* f) {
  long minutes = (DaysFromCivil(f->year, f->month, f->day) * 24 + f->hour) * 60 + f->minute -
                 f->offset_minutes;
  const long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  minutes -= days * 1440;
  CivilFromDays(days, f);
  f->hour = static_cast<int>(minutes / 60);
  f->minute = static_cast<int>(minutes % 60);
  f->offset_minutes = 0;
  f->zone = Fields::Zone::kUtc;
}

bool ReadTime(Scanner* s, Fields* f) {
  if (!s->Number(1, 2, &f->hour) || !s->Eat(':') || !s->Number(2, 2, &f->minute)) return false;
  if (s->Eat(':') && !s->Number(2, 2, &f->second)) return false;
  if (s->Eat('.') || s->Eat(',')) {
    int fraction;
    s->Number(1, 9, &fraction);  // sub-second precision is dropped
  }
  f->has_time = true;
  return true;
}

// +hhmm, +hh:mm, +hh
bool ReadOffset(Scanner* s, Fields* f) {
  const char sign = s->Peek();
  if (sign != '+' && sign != '-') return false;
  s->Eat(sign);
  int hours, minutes = 0;
  if (!s->Number(2, 2, &hours)) return false;
  s->Eat(':');
  s->Number(0, 2, &minutes);
  if (hours > 23 || minutes > 59) return false;
  f->zone = Fields::Zone::kOffset;
  f->offset_minutes = (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
  return true;
}

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (name.size() >= 3 && StartsWithNoCase(name, kMonths[i])) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool ReadRfcZone(Scanner* s, Fields* f) {
  s->SkipSpaces();
  if (s->Done()) return true;  // no zone: kept as local time
  if (ReadOffset(s, f)) return true;
  struct Named {
    std::string_view name;
    int offset;
  };
  static constexpr std::array<Named, 12> kZones = {{{"GMT", 0},
                                                    {"UTC", 0},
                                                    {"UT", 0},
                                                    {"Z", 0},
                                                    {"EST", -300},
                                                    {"EDT", -240},
                                                    {"CST", -360},
                                                    {"CDT", -300},
                                                    {"MST", -420},
                                                    {"MDT", -360},
                                                    {"PST", -480},
                                                    {"PDT", -420}}};
  const std::string_view word = s->Word();
  for (const auto& zone : kZones) {
    if (word == zone.name) {
      f->zone = Fields::Zone::kOffset;
      f->offset_minutes = zone.offset;
      return true;
    }
  }
  return false;
}

// [Day, ]DD Mon YYYY HH:MM[:SS] [ZONE]
bool ParseRfc2822(std::string_view text, Fields* f) {
  Scanner s(text);
  const std::string_view weekday = s.Word();
  if (!weekday.empty() && !s.Eat(',')) return false;
  s.SkipSpaces();
  if (!s.Number(1, 2, &f->day)) return false;
  s.SkipSpaces();
  f->month = MonthFromName(s.Word());
  s.SkipSpaces();
  if (f->month == 0 || !s.Number(4, 4, &f->year)) return false;
  s.SkipSpaces();
  if (!ReadTime(&s, f) || !ReadRfcZone(&s, f)) return false;
  s.SkipSpaces();
  if (!s.Done() || !Valid(*f)) return false;
  if (f->zone == Fields::Zone::kOffset) ShiftToUtc(f);
  // 31 Dec 9999 23:00 -0100 is in the year 10000 in UTC: not YYYY.
  return f->year >= 1 && f->year <= 9999;
}

// YYYY-MM-DD[(T|t| )HH:MM[:SS[.f]]][Z|offset], also with / between date parts.
bool ParseIso(std::string_view text, Fields* f) {
  Scanner s(text);
  if (!s.Number(4, 4, &f->year)) return false;
  const char sep = s.Peek();
  if ((sep != '-' && sep != '/') || !s.Eat(sep) || !s.Number(1, 2, &f->month) || !s.Eat(sep) ||
      !s.Number(1, 2, &f->day)) {
    return false;
  }
  if (s.Eat('T') || s.Eat('t') || s.Eat(' ')) {  // YAML timestamps allow 't
    s.SkipSpaces();
    if (!ReadTime(&s, f)) return false;
    s.SkipSpaces();
    if (s.Eat('Z'))
      f->zone = Fields::Zone::kUtc;
    else
      ReadOffset(&s, f);
  }
  s.SkipSpaces();
  return s.Done() && Valid(*f);
}

// YYYY年M月D日[ HH:MM[:SS]]
bool ParseChinese(std::string_view text, Fields* f) {
  Scanner s(text);
  if (!s.Number(4, 4, &f->year) || !s.Eat("年") || !s.Number(1, 2, &f->month) || !s.Eat("月") ||
      !s.Number(1, 2, &f->day) || !s.Eat("日")) {
    return false;
  }
  s.SkipSpaces();
  if (!s.Done() && !ReadTime(&s, f)) return false;
  s.SkipSpaces();
  return s.Done() && Valid(*f);
}

std::string Format(const Fields& f) {
  char buf[48];
  if (!f.has_time) {
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", f.year, f.month, f.day);
    return buf;
  }
  snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", f.year, f.month, f.day, f.hour,
           f.minute, f.second);
  std::string out = buf;
  if (f.zone == Fields::Zone::kUtc) {
    out += 'Z';
  } else if (f.zone == Fields::Zone::kOffset) {
    const int m = f.offset_minutes < 0 ? -f.offset_minutes : f.offset_minutes;
    snprintf(buf, sizeof buf, "%c%02d:%02d", f.offset_minutes < 0 ? '-' : '+', m / 60, m % 60);
    out += buf;
  }
  return out;
}

}  // namespace

void MonthOfNextDay(const NormalizedDate& date, int* year, int* month) {
  *year = date.year;
  *month = date.month;
  if (date.day < DaysInMonth(date.year, date.month)) return;
  if (++*month > 12) {
    *month = 1;
    ++*year;
  }
}

bool FirstDateInText(std::string_view text, int* year, int* month) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!isdigit(static_cast<unsigned char>(text[i])) ||
        (i > 0 && isdigit(static_cast<unsigned char>(text[i - 1])))) {
      continue;
    }
    size_t pos = i;
    const auto number = [&](size_t max_digits) {
      int n = 0;
      size_t digits = 0;
      while (pos < text.size() && digits < max_digits &&
             isdigit(static_cast<unsigned char>(text[pos]))) {
        n = n * 10 + (text[pos++] - '0');
        ++digits;
      }
      return digits == 0 ? -1 : n;
    };
    const auto separator = [&](std::string_view a, std::string_view b) {
      for (const auto s : {a, b}) {
        if (text.substr(pos, s.size()) == s) {
          pos += s.size();
          return true;
        }
      }
      return false;
    };
    const int y = number(4);
    if (y < 1900 || y > 2100 || pos - i != 4 || !separator("-", "年")) continue;
    const int m = number(2);
    if (m < 1 || m > 12 || !separator("-", "月")) continue;
    const int d = number(2);
    if (d < 1 || d > 31) continue;
    *year = y;
    *month = m;
    return true;
  }
  return false;
}

std::optional<NormalizedDate> NormalizeDate(std::string_view text) {
  text = Trim(text);
  Fields f;
  if (ParseIso(text, &f) || (f = Fields(), ParseChinese(text, &f))) {
    return NormalizedDate{Format(f), f.year, f.month, f.day};
  }
  f = Fields();
  if (ParseRfc2822(text, &f)) return NormalizedDate{Format(f), f.year, f.month, f.day};
  return std::nullopt;
}

}  // namespace newsextract
