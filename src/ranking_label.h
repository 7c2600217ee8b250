// Reading a ranking label: the period, subject and metric it names.
#ifndef NEWSEXTRACT_RANKING_LABEL_H_
#define NEWSEXTRACT_RANKING_LABEL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsextract/rules.h"
#include "ranking_cues.h"
#include "ranking_fragments.h"

namespace newsextract {

// A month named in text: 4月, 十二月, 2021年4月 (year 0 when not written).
struct MonthMention {
  size_t begin = 0;  // byte offsets of the whole mention
  size_t end = 0;
  int year = 0;
  int month = 0;
};

// Every month mentioned in `text`, in order; 2.5月 (PM2.5月平均浓度) and
// 3个月 are not months (one pass; extractors look up
// the last one before a list with MonthBefore instead of rescanning).
std::vector<MonthMention> MonthsIn(std::string_view text);

// A year named without a month: 2021年, 2020年度, 2021年年报, 去年 and
// 今年 (dated by the article's year).
struct YearMention {
  size_t begin = 0;
  size_t end = 0;
  int year = 0;
  bool to_date = false;  // 今年以来: a span that ends when the article is dated
};

// Every year named in `text` without a month after it, in order.
// `article_year` dates 去年, 上年度 and 今年 (0: they are skipped).
std::vector<YearMention> YearsIn(std::string_view text, int article_year, const Rules& rules);

// The last of `months` that ends at or before byte offset `limit`.
std::optional<MonthMention> MonthBefore(const std::vector<MonthMention>& months, size_t limit);

// YYYY for a year named without a month (0123年 is 0123, as SCHEMA.md's
// period says); nullopt outside 1..9999.
std::optional<std::string> YearPeriod(int year);

// YYYY-MM for a month named in an article dated (year, month): a month later
// than the article's belongs to the year before. Nullopt without a year.
std::optional<std::string> PeriodFor(const MonthMention& mention, int article_year,
                                     int article_month);

struct LabelFacts {
  std::optional<std::string> subject;
  std::optional<std::string> metric;
};

// Reads subject and metric from the part of a label before its cue
// (`4月全市各街道乡镇综合评分排名` of `…排名前十`): month, scope words and
// ranking words are dropped; a metric from the vocabulary splits the rest
// into subject (before) and metric; else a subject from the vocabulary
// leads; else the rest is the metric.
LabelFacts ReadLabel(std::string_view before_cue, const Rules& rules);

// The noun a subject counts, without its count: 10个名字 -> 名字, 两家公司
// -> 公司 (rules.classifiers); other subjects as they are.
std::string_view WithoutCount(std::string_view subject, const Rules& rules);

// The subject implied by how most of `names` end (…证券 -> 券商,
// …区 -> 区; rules.name_subjects), first entry first; else the kind at
// least half of them are known as (rules.known_names: 上海 -> 城市); none
// when neither holds.
std::optional<std::string> SubjectOfNames(const std::vector<std::string>& names,
                                          const Rules& rules);

// The noun a title counts, up to a subject of the vocabulary at most three
// characters after the count: 102家券商经营排行榜 -> 券商, 15个副省级城市GDP
// -> 副省级城市. None when the words between hold a name-ending word
// (13股今日获机构…: 获).
std::optional<std::string> CountedNoun(std::string_view title, const Rules& rules);

// The subject a title gives lists that name none: its counted noun, else
// the first stock kind it names (知名美股收盘情况一览 -> 美股).
std::optional<std::string> TitleSubject(std::string_view title, const Rules& rules);

// The measure a title gives lists that name none: the first of the
// vocabulary (rules.metrics) it names, longest at its place (15个副省级城市GDP
// -> GDP).
std::optional<std::string> TitleMetric(std::string_view title, const Rules& rules);

// 需求最多的十大城市上，上海排名首位，紧接着是…: a top N that the clause
// before a list, in its sentence, names as its scope (N大X上/中, 前N…中);
// nullopt when there is none or the list names more.
std::optional<int> ScopeSize(std::string_view text, const BlockList& list, const Rules& rules,
                             const CueFinder& cues);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_LABEL_H_
