// Labels: a list's label to its subject, metric and period, carried through
// a section.
#include "ranking_label.h"

#include <algorithm>
#include <cstdio>

#include "ranking_spans.h"
#include "text_util.h"

namespace newsextract {
namespace {

bool IsChineseNumeral(char32_t cp) {
  return std::u32string_view(U"零一二三四五六七八九十两").find(cp) != std::u32string_view::npos;
}

bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// The month number written just before byte offset `end` ("月" follows).
std::optional<MonthMention> MonthEndingAt(std::string_view text, size_t end) {
  size_t begin = end, len;
  bool arabic = false;
  while (begin > 0) {
    const size_t prev = PrevCodePoint(text, begin);
    const char32_t cp = DecodeUtf8(text, prev, &len);
    if (IsAsciiDigit(cp) && (arabic || begin == end)) {
      arabic = true;
    } else if (!(IsChineseNumeral(cp) && !arabic)) {
      break;
    }
    begin = prev;
  }
  if (begin == end) return std::nullopt;
  if (begin > 0) {  // 2.5月 is a concentration, not May
    const char32_t before = DecodeUtf8(text, PrevCodePoint(text, begin), &len);
    if (before == '.' || IsAsciiDigit(before) || IsChineseNumeral(before)) return std::nullopt;
  }
  size_t used;
  const int month = ParseNumber(text.substr(begin, end - begin), &used);
  if (used != end - begin || month < 1 || month > 12) return std::nullopt;
  MonthMention m{begin, end + 3, 0, month};
  // 1-4月 is a range ending in April: the whole range is the mention.
  if (arabic && begin >= 2 && text[begin - 1] == '-' &&
      isdigit(static_cast<unsigned char>(text[begin - 2]))) {
    m.begin = begin - 1;
    while (m.begin > 0 && isdigit(static_cast<unsigned char>(text[m.begin - 1]))) --m.begin;
    return m;
  }
  // 2021年4月
  if (begin >= 7 && text.substr(begin - 3, 3) == "年") {
    const std::string_view year = text.substr(begin - 7, 4);
    if (year.find_first_not_of("0123456789") == std::string_view::npos) {
      m.year = std::stoi(std::string(year));
      m.begin = begin - 7;
    }
  }
  return m;
}

// True only when something was stripped: the callers strip again while
// they do, and an empty affix would strip nothing forever.
bool StripPrefix(std::string_view* text, std::string_view prefix) {
  if (prefix.empty() || !StartsWith(*text, prefix)) return false;
  text->remove_prefix(prefix.size());
  return true;
}

bool StripSuffix(std::string_view* text, std::string_view suffix) {
  if (suffix.empty() || !EndsWith(*text, suffix)) return false;
  text->remove_suffix(suffix.size());
  return true;
}

// Drops leading scope words (全市, 各, 一季度...) and a leading year (2021年).
std::string_view StripScope(std::string_view text, const Rules& rules) {
  for (bool again = true; again;) {
    again = false;
    text = Trim(text);
    for (const auto& w : rules.scope_words) {
      // 全国性 is an adjective, not the scope 全国; 今年以来 is a span the
      // measure is taken over (今年以来涨幅).
      const std::string_view after = text.substr(std::min(w.size(), text.size()));
      if (!StartsWith(after, "性") && !StartsWith(after, "以来")) again |= StripPrefix(&text, w);
    }
    if (text.size() >= 7 &&
        text.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos &&
        text.substr(4, 3) == "年") {
      text.remove_prefix(7);
      again = true;
    }
    again |= StripPrefix(&text, "的");
    // 而本月涨幅: a word opening the clause is no part of what is measured.
    if (const auto opener = LongestStart(text, rules.clause_openers); !opener.empty()) {
      text.remove_prefix(opener.size());
      again = true;
    }
  }
  return text;
}

std::string_view StripRankingTail(std::string_view text, const Rules& rules) {
  for (bool again = true; again;) {
    again = false;
    text = Trim(text);
    for (const auto& w : rules.ranking_words) again |= StripSuffix(&text, w);
    again |= StripSuffix(&text, "的");
  }
  return text;
}

// 净利润增幅, 净买入额占比: the words after a metric's word that measure it
// too; none when they go on to a verb (GDP总量分别排在全国), or hold a gloss
// in brackets (净买入额（融资净买入-融券净卖出）).
std::string_view MeasureTail(std::string_view rest, const Rules& rules) {
  constexpr size_t kMaxTailChars = 6;
  rest = StripRankingTail(rest, rules);
  for (const auto* words :
       {&rules.rank_verbs, &rules.adverbs, &rules.sharing_words, &rules.continuing_words}) {
    if (ContainsAny(rest, *words)) return {};
  }
  for (const std::string_view stop : {"的", "分别", "继续", "（", "("}) {
    if (Contains(rest, stop)) return {};
  }
  return CodePointCount(rest) <= kMaxTailChars ? rest : std::string_view();
}

bool EndsWithSubject(std::string_view text, const Rules& rules) {
  for (const auto& subject : rules.subjects) {
    if (EndsWith(text, subject)) return true;
  }
  return false;
}

// The end of the first subject word in `text` (longest at its place), or
// text.size() when there is none.
size_t FirstSubjectEnd(std::string_view text, const Rules& rules) {
  for (size_t pos = 0; pos < text.size();) {
    for (const auto& subject : rules.subjects) {  // longest first
      if (StartsWith(text.substr(pos), subject)) return pos + subject.size();
    }
    size_t len;
    DecodeUtf8(text, pos, &len);
    pos += len;
  }
  return text.size();
}

std::optional<std::string> NonEmpty(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return std::string(text);
}

}  // namespace

std::vector<MonthMention> MonthsIn(std::string_view text) {
  std::vector<MonthMention> months;
  for (size_t at = Find(text, "月"); at != std::string_view::npos; at = Find(text, "月", at + 3)) {
    if (auto m = MonthEndingAt(text, at)) months.push_back(*m);
  }
  return months;
}

std::vector<YearMention> YearsIn(std::string_view text, int article_year, const Rules& rules) {
  std::vector<YearMention> years;
  // 较去年同期, 比2020年: a year compared with is no period.
  const auto baseline = [&](size_t begin) {
    return EndsWithAny(text.substr(0, begin), rules.baseline_words);
  };
  for (size_t at = Find(text, "年"); at != std::string_view::npos; at = Find(text, "年", at + 3)) {
    const size_t end = at + 3;
    // 2021年4月 is a month (MonthsIn); 2021年 alone, or before 度/报, a year.
    size_t len;
    if (end < text.size() && (IsAsciiDigit(DecodeUtf8(text, end, &len)) ||
                              IsChineseNumeral(DecodeUtf8(text, end, &len)))) {
      continue;
    }
    if (at >= 4 &&
        text.substr(at - 4, 4).find_first_not_of("0123456789") == std::string_view::npos &&
        (at == 4 || !IsAsciiDigit(static_cast<unsigned char>(text[at - 5])))) {
      if (!baseline(at - 4))
        years.push_back({at - 4, end, std::stoi(std::string(text.substr(at - 4, 4)))});
      continue;
    }
    if (article_year == 0 || at < 3) continue;
    const std::string_view before = text.substr(at - 3, 3);
    if ((before == "去" || before == "上") && !baseline(at - 3)) {
      years.push_back({at - 3, end, article_year - 1});
    }
    if (before == "今") {
      const bool since = StartsWith(text.substr(end), "以来");
      years.push_back(
          {at - 3, since ? end + std::string_view("以来").size() : end, article_year, since});
    }
  }
  return years;
}

std::optional<MonthMention> MonthBefore(const std::vector<MonthMention>& months, size_t limit) {
  const auto after = std::upper_bound(months.begin(), months.end(), limit,
                                      [](size_t l, const MonthMention& m) { return l < m.end; });
  if (after == months.begin()) return std::nullopt;
  return *std::prev(after);
}

// By hand, not snprintf: every paragraph that names a month or year comes
// here.
std::optional<std::string> YearPeriod(int year) {
  if (year < 1 || year > 9999) return std::nullopt;
  std::string period = std::to_string(year);
  period.insert(0, 4 - period.size(), '0');
  return period;
}

std::optional<std::string> PeriodFor(const MonthMention& mention, int article_year,
                                     int article_month) {
  int year = mention.year;
  if (year == 0) {
    if (article_year == 0) return std::nullopt;
    year = mention.month > article_month ? article_year - 1 : article_year;
  }
  std::optional<std::string> period = YearPeriod(year);
  if (!period) return std::nullopt;
  *period += mention.month < 10 ? "-0" : "-";
  *period += std::to_string(mention.month);
  return period;
}

namespace {

bool IsKnownSubject(std::string_view noun, const Rules& rules) {
  return std::find(rules.subjects.begin(), rules.subjects.end(), noun) != rules.subjects.end();
}

// A count and its noun opening a label, up to 的 (五大行业的 -> 行业; 两省的
// -> 省, the counter itself): the noun and where the rest starts. None
// without a count of two or more, a counter or 的.
std::optional<std::pair<std::string, size_t>> CountedKind(std::string_view label,
                                                          const Rules& rules) {
  constexpr size_t kMaxNounChars = 4;
  size_t len;
  if (ParseNumber(label, &len) < 2) return std::nullopt;
  const size_t de = label.find("的", len);
  if (de == std::string_view::npos) return std::nullopt;
  std::string_view noun = label.substr(len, de - len);
  if (noun.empty() || CodePointCount(noun) > kMaxNounChars) return std::nullopt;
  for (const auto& classifier : rules.classifiers) {
    if (!StartsWith(noun, classifier)) continue;
    // 两省: the counter is the kind; 五大行业: the noun after it is.
    // 三省份: a counter that begins a kind of the vocabulary is part of it.
    std::string_view kind = noun.size() > classifier.size() && !IsKnownSubject(noun, rules)
                                ? noun.substr(classifier.size())
                                : noun;
    return std::pair{std::string(kind), de + std::string_view("的").size()};
  }
  return std::nullopt;
}

}  // namespace

namespace {

// 11月18日融资客净买入金额: the day after a month goes with it; where it ends.
size_t DayEnd(std::string_view text, size_t month_end) {
  size_t pos = month_end;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  constexpr std::string_view kDay = "日";
  return pos > month_end && text.substr(pos).starts_with(kDay) ? pos + kDay.size() : month_end;
}

// A label that holds a metric of the vocabulary: what stands before it is
// the subject or qualifies it; nullopt when it holds none.
std::optional<LabelFacts> FactsAroundMetric(std::string_view core, const Rules& rules) {
  for (const auto& metric : rules.metrics) {  // longest first
    const size_t at = core.find(metric);
    if (at == std::string_view::npos) continue;
    // What stands before the metric is the subject when it ends like one
    // (全国性商业银行); otherwise it qualifies the metric (北向资金净买入额).
    std::string_view before = StripRankingTail(StripScope(core.substr(0, at), rules), rules);
    // 居商品期货涨幅榜单: the verb that places the names is no part of them.
    before.remove_prefix(LongestStart(before, rules.rank_verbs).size());
    const std::string measure =
        metric + std::string(MeasureTail(core.substr(at + metric.size()), rules));
    LabelFacts facts;
    if (before.empty() || EndsWithSubject(before, rules)) {
      // 公募基金管理人|非货币基金规模: a subject word that leaves a rest which
      // ends like a subject too; the rest qualifies the metric.
      const size_t cut = FirstSubjectEnd(before, rules);
      const bool qualified = cut < before.size() && EndsWithSubject(before.substr(cut), rules);
      facts.subject = NonEmpty(qualified ? before.substr(0, cut) : before);
      facts.metric = qualified ? std::string(before.substr(cut)) + measure : measure;
    } else {
      facts.metric = std::string(before) + measure;
    }
    return facts;
  }
  return std::nullopt;
}

// 位居副省级城市, 排名行业 (of …第四, …前十): a rank verb and the scope
// ranked in, neither subject nor metric; 占据了 (…前三) is the verb alone.
// Nullopt when `rest` opens with no rank verb.
std::optional<LabelFacts> FactsAfterRankVerb(std::string_view rest, const Rules& rules) {
  for (const auto& verb : rules.rank_verbs) {
    if (!StartsWith(rest, verb)) continue;
    std::string_view after = rest.substr(verb.size());
    StripPrefix(&after, "了");
    after = StripScope(after, rules);
    LabelFacts facts;
    if (after.empty() || EndsWithSubject(after, rules)) return facts;
    // 分居节后新增职位发布量 (…前五行业): the verb puts the names; a phrase
    // after it is what they are ranked by, a word (同业, 全球) where.
    constexpr size_t kMinMeasureChars = 4;
    if (CodePointCount(after) >= kMinMeasureChars) facts.metric = std::string(after);
    return facts;
  }
  return std::nullopt;
}

}  // namespace

LabelFacts ReadLabel(std::string_view before_cue, const Rules& rules) {
  std::string without_month(before_cue);
  const std::vector<MonthMention> months = MonthsIn(before_cue);
  for (auto m = months.rbegin(); m != months.rend(); ++m) {  // back to front: offsets stay valid
    without_month.erase(m->begin, DayEnd(before_cue, m->end) - m->begin);
  }
  const std::string_view core = StripScope(without_month, rules);
  // 五大行业的毕业生简历数, 两省的IPO数量: the names' count and kind, then
  // what they are ranked by.
  if (auto counted = CountedKind(core, rules)) {
    LabelFacts rest = ReadLabel(core.substr(counted->second), rules);
    if (!rest.subject) rest.subject = std::move(counted->first);
    return rest;
  }
  if (auto measured = FactsAroundMetric(core, rules)) return *measured;
  LabelFacts facts;
  const std::string_view rest = StripRankingTail(core, rules);
  for (const auto& subject : rules.subjects) {
    if (!StartsWith(rest, subject)) continue;
    // 券商关注数量, 机构净卖出: who acts is part of what is measured.
    if (!LongestStart(rest, rules.actors).empty() && rest.size() > subject.size()) break;
    facts.subject = subject;
    facts.metric = NonEmpty(StripScope(rest.substr(subject.size()), rules));
    return facts;
  }
  if (auto placed = FactsAfterRankVerb(rest, rules)) return *placed;
  // 前三甲 (从前三甲排名看): a top group is where names stand, not a measure.
  constexpr std::string_view kFront = "前";
  size_t len;
  if (StartsWith(rest, kFront) && ParseNumber(rest.substr(kFront.size()), &len) > 0) return facts;
  facts.metric = NonEmpty(rest);
  return facts;
}

std::string_view WithoutCount(std::string_view subject, const Rules& rules) {
  size_t len;
  if (ParseNumber(subject, &len) < 1) return subject;
  const std::string_view counted = subject.substr(len);
  // 三省份: a counter that begins a kind of the vocabulary is part of it.
  if (IsKnownSubject(counted, rules)) return counted;
  for (const auto& classifier : rules.classifiers) {
    const std::string_view rest = subject.substr(len);
    if (StartsWith(rest, classifier) && rest.size() > classifier.size()) {
      return rest.substr(classifier.size());
    }
  }
  return subject;
}

namespace {

std::optional<std::string> KnownKind(const std::vector<std::string>& names, const Rules& rules) {
  // Each name counts for the first kind it is known as; the kind counted
  // most wins (the first counted on a tie), if it covers half the names.
  std::vector<std::pair<std::string_view, size_t>> counts;
  for (const std::string& name : names) {
    const auto known = std::find_if(rules.known_names.begin(), rules.known_names.end(),
                                    [&](const WordSubject& e) { return e.word == name; });
    if (known == rules.known_names.end()) continue;
    const auto it = std::find_if(counts.begin(), counts.end(),
                                 [&](const auto& c) { return c.first == known->subject; });
    if (it == counts.end()) {
      counts.emplace_back(known->subject, 1);
    } else {
      ++it->second;
    }
  }
  const auto best =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& x, const auto& y) { return x.second < y.second; });
  if (best == counts.end() || best->second * 2 < names.size()) return std::nullopt;
  return std::string(best->first);
}

}  // namespace

std::optional<std::string> SubjectOfNames(const std::vector<std::string>& names,
                                          const Rules& rules) {
  for (const WordSubject& entry : rules.name_subjects) {
    // The ending alone (证券) is not a name that ends with it.
    const auto ending_it = std::count_if(names.begin(), names.end(), [&](const std::string& n) {
      return n.size() > entry.word.size() && EndsWith(n, entry.word);
    });
    if (ending_it > 0 && static_cast<size_t>(ending_it) * 2 >= names.size()) return entry.subject;
  }
  return KnownKind(names, rules);
}

namespace {

// The vocabulary subject that `text` starts with, longest first; empty if
// none.
std::string_view SubjectAtStart(std::string_view text, const Rules& rules) {
  std::string_view best;
  for (const auto& subject : rules.subjects) {
    if (subject.size() > best.size() && StartsWith(text, subject)) best = subject;
  }
  return best;
}

// The counted noun after a count that ends at `pos`: a classifier, then at
// most three characters free of name-ending words, then a subject.
std::optional<std::string> NounAfterCount(std::string_view title, size_t pos, const Rules& rules) {
  constexpr int kMaxModifierChars = 3;
  // 14省份发布…: a subject counted in digits without a classifier (破百省份
  // counts nothing).
  const bool digits = pos > 0 && title[pos - 1] >= '0' && title[pos - 1] <= '9';
  if (const auto subject = SubjectAtStart(title.substr(pos), rules); digits && !subject.empty()) {
    return std::string(subject);
  }
  for (const auto& classifier : rules.classifiers) {
    if (!StartsWith(title.substr(pos), classifier)) continue;
    const size_t noun = pos + classifier.size();
    size_t at = noun, len, end = noun;
    // The longest noun: 副省级城市, not 副省.
    for (int chars = 0; chars <= kMaxModifierChars && at < title.size(); ++chars) {
      const std::string_view modifier = title.substr(noun, at - noun);
      if (ContainsAny(modifier, rules.name_end_words)) break;
      const std::string_view subject = SubjectAtStart(title.substr(at), rules);
      if (!subject.empty()) end = std::max(end, at + subject.size());
      const char32_t cp = DecodeUtf8(title, at, &len);
      if (IsClausePunct(cp) || IsNumeral(cp) || cp < 0x80) break;
      at += len;
    }
    if (end > noun) return std::string(title.substr(noun, end - noun));
  }
  return std::nullopt;
}

}  // namespace

namespace {

// The word of `words` that `keep` accepts and `text` names first, longest
// at its place; empty if none.
template <typename Keep>
std::string_view FirstWordIn(std::string_view text, const std::vector<std::string>& words,
                             Keep keep) {
  size_t first = text.size();
  std::string_view found;
  for (const auto& word : words) {
    if (!keep(word)) continue;
    const size_t at = Find(text, word);
    if (at == std::string_view::npos) continue;
    if (at < first || (at == first && word.size() > found.size())) {
      first = at;
      found = word;
    }
  }
  return found;
}

std::optional<std::string> NonEmptyWord(std::string_view word) {
  return word.empty() ? std::nullopt : std::optional<std::string>(word);
}

}  // namespace

std::optional<std::string> TitleSubject(std::string_view title, const Rules& rules) {
  if (auto noun = CountedNoun(title, rules)) return noun;
  // 知名美股收盘情况一览: stock kinds are the subjects that end in 股.
  return NonEmptyWord(FirstWordIn(
      title, rules.subjects, [](std::string_view subject) { return EndsWith(subject, "股"); }));
}

std::optional<std::string> TitleMetric(std::string_view title, const Rules& rules) {
  return NonEmptyWord(FirstWordIn(title, rules.metrics, [](std::string_view) { return true; }));
}

std::optional<std::string> CountedNoun(std::string_view title, const Rules& rules) {
  size_t len;
  for (size_t pos = 0; pos < title.size(); pos += len) {
    const char32_t cp = DecodeUtf8(title, pos, &len);
    if (!IsNumeral(cp)) continue;
    size_t number_len;
    const int count = ParseNumber(title.substr(pos), &number_len);
    if (count < 0) continue;
    len = number_len;  // 102家: not 02家 again
    if (count < 2) continue;
    if (auto noun = NounAfterCount(title, pos + number_len, rules)) return noun;
  }
  return std::nullopt;
}

std::optional<int> ScopeSize(std::string_view text, const BlockList& list, const Rules& rules,
                             const CueFinder& cues) {
  const size_t clause = ClauseBegin(text, std::min(list.label_begin, list.cue.begin));
  if (clause == 0 || clause <= SentenceStart(text, clause)) return std::nullopt;
  const size_t prev_end = PrevCodePoint(text, clause);
  std::string_view words = text.substr(0, prev_end);
  const std::string_view marker = LongestEnd(words, rules.scope_postpositions);
  if (marker.empty()) return std::nullopt;
  words = words.substr(ClauseBegin(text, prev_end));
  // The size cue's rules (十大, 前十; not 前三季度) say what a top N is; the
  // noun it counts is all that may stand between it and the marker.
  constexpr size_t kMaxNounChars = 4;  // 城市, 重仓股
  for (size_t pos = 0; const auto cue = cues.Find(words, pos);) {
    pos = cue->end;
    if (cue->cue->number != Cue::Number::kSize || !cue->cue->top || cue->number < 2) continue;
    // 四大一线城市中: a small count names a category, not a top N.
    if (static_cast<size_t>(cue->number) < cue->cue->min_number) continue;
    const std::string_view after = words.substr(cue->end);
    // The list names at least half of it: in 城市top300中，深圳蝉联榜首，广州
    // 位列第二 the scope is where the list stands, not its size.
    const auto n = static_cast<size_t>(cue->number);
    if (CodePointCount(after) <= kMaxNounChars + CodePointCount(marker) && list.items.size() <= n &&
        2 * list.items.size() >= n) {
      return cue->number;
    }
  }
  return std::nullopt;
}

}  // namespace newsextract
