// Name boundaries around ranking cues. Names carry no mark of their own in
// plain text, so their edges are read from what stands next to them:
// separators, links, the words that open a predicate.
#include "ranking_spans.h"

#include <algorithm>

#include "list_items.h"
#include "ranking_values.h"
#include "text_util.h"

namespace newsextract {
namespace {

// 纸浆、沪锡、红枣、焦炭、沪镍期货居…: the category noun written once after
// the last of a coordinated series belongs to all of them.
void DropSharedSuffix(std::vector<std::string>* items, const Rules& rules) {
  if (items->size() < 2) return;
  std::string& last = items->back();
  for (const auto& suffix : rules.shared_suffixes) {
    const bool alone = std::none_of(items->begin(), items->end() - 1,
                                    [&](const std::string& i) { return EndsWith(i, suffix); });
    if (alone && EndsWith(last, suffix) && CodePointCount(last) > CodePointCount(suffix) + 1) {
      last.resize(last.size() - suffix.size());
      return;
    }
  }
}

size_t SkipColon(std::string_view text, size_t pos) {
  if (StartsWith(text.substr(pos), "：")) return pos + 3;
  if (StartsWith(text.substr(pos), ":")) return pos + 1;
  return pos;
}

// 占比45%, 138万修正总吨: words with a figure in them are no name (中证500,
// 反贪风暴5 and 2025一年持有 have no unit after their digits).
bool HoldsFigure(std::string_view text) {
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (!isdigit(static_cast<unsigned char>(text[pos])) ||
        (pos > 0 && isdigit(static_cast<unsigned char>(text[pos - 1]))))
      continue;
    size_t len;
    const auto value = ParseValue(text.substr(pos), &len);
    if (value && (StartsWith(value->unit, "%") || StartsWith(value->unit, "亿") ||
                  StartsWith(value->unit, "万") || StartsWith(value->unit, "元"))) {
      return true;
    }
  }
  return false;
}

// 新元科技有16位股东: 有 before a number opens a predicate (持有, 中国有色
// keep theirs).
bool HasCount(std::string_view text, size_t pos) {
  if (!StartsWith(text.substr(pos), "有")) return false;
  size_t len;
  return ParseNumber(text.substr(pos + 3), &len) > 0;
}

// The link or stock run that covers byte `pos`, if any: names in Sina's
// pages are often links, which mark both their edges.
const Run* LinkAt(const Block& block, size_t pos) {
  for (const Run& r : block.runs) {
    if (r.begin <= pos && pos < r.end && (!r.href.empty() || !r.stock_code.empty())) return &r;
  }
  return nullptr;
}

// Positions of the separators between names in [from, to): 、 and the seam
// of 》《, outside brackets.
std::vector<std::pair<size_t, size_t>> Pieces(std::string_view text, size_t from, size_t to) {
  std::vector<std::pair<size_t, size_t>> pieces;
  int depth = 0;
  size_t start = from;
  char32_t prev = 0;
  for (size_t i = from; i < to;) {
    size_t len;
    const char32_t cp = DecodeUtf8(text, i, &len);
    if (cp == U'《' && prev == U'》' && depth == 0) {
      pieces.emplace_back(start, i);
      start = i;
    }
    if (OpensBracket(cp)) ++depth;
    if (ClosesBracket(cp) && depth > 0) --depth;
    if (cp == U'、' && depth == 0) {
      pieces.emplace_back(start, i);
      start = i + len;
    }
    prev = cp;
    i += len;
  }
  pieces.emplace_back(start, to);
  return pieces;
}

}  // namespace

size_t AfterAppositive(std::string_view text, size_t start, const Rules& rules) {
  for (const auto& noun : rules.appositive_nouns) {
    const size_t at = Find(text, noun, start);
    if (at == std::string_view::npos || at == start) continue;
    const size_t after = at + noun.size();
    if (CodePointCount(text.substr(after)) >= 2) return after;
  }
  return start;
}

namespace {

// 近5日康恩贝有11位股东增持: a span of recent time opening the clause
// (近5日, 近一周, 近3个月) is not part of the name after it.
size_t AfterRecentSpan(std::string_view text, size_t begin, const Rules& rules) {
  if (!StartsWith(text.substr(begin), "近")) return begin;
  size_t pos = begin + std::string_view("近").size();
  size_t len;
  if (ParseNumber(text.substr(pos), &len) < 1) return begin;
  pos += len;
  if (StartsWith(text.substr(pos), "个")) pos += std::string_view("个").size();
  for (const auto& unit : rules.time_units) {
    if (StartsWith(text.substr(pos), unit) && CodePointCount(text.substr(pos + unit.size())) >= 2)
      return pos + unit.size();
  }
  return begin;
}

}  // namespace

size_t NameStart(const Block& block, size_t begin, size_t end, const Rules& rules) {
  const std::string_view text = block.text;
  if (end > begin) {
    if (const Run* link = LinkAt(block, PrevCodePoint(text, end));
        link && link->end == end && link->begin > begin) {
      return link->begin;
    }
  }
  // Every word skipped lies inside [begin, end): `rest` never reaches past it.
  begin = std::min(begin, end);
  const auto rest = [&] { return text.substr(begin, end - begin); };
  if (StartsWith(rest(), "其中")) begin += std::string_view("其中").size();
  // 分别是昆山、张家港…，排名第三至第七位: a connective opening the clause
  // before a place hands over to the names.
  for (const auto& connective : rules.connectives) {
    if (CodePointCount(connective) >= 3 && StartsWith(rest(), connective)) {
      begin += connective.size();
      break;
    }
  }
  for (const auto* prefixes : {&rules.clause_openers, &rules.continuation_prefixes}) {
    for (const auto& prefix : *prefixes) {
      if (StartsWith(rest(), prefix)) {
        begin += prefix.size();
        break;
      }
    }
  }
  // 2021年浙江省常住人口净增72万人: the year opening the clause dates it,
  // the name comes after.
  size_t len;
  if (ParseNumber(rest(), &len) >= 1000 && StartsWith(rest().substr(len), "年")) {
    begin += len + std::string_view("年").size();
    if (StartsWith(rest(), "度")) begin += std::string_view("度").size();
  }
  begin = AfterRecentSpan(text.substr(0, end), begin, rules);
  size_t start = begin;
  for (const auto& marker : rules.scope_markers) {
    for (size_t at = Find(text.substr(0, end), marker, begin); at != std::string_view::npos;
         at = Find(text.substr(0, end), marker, at + 1)) {
      const std::string_view before = text.substr(begin, at - begin);
      const bool word = CodePointCount(marker) > 1;  // 名单中, 当中: a scope by itself
      if (CodePointCount(before) >= 2 &&
          (word || EndsWithAny(before, rules.subjects) || EndsWith(before, "股"))) {
        start = std::max(start, at + marker.size());
      }
    }
  }
  return start;
}

namespace {

// Where a predicate word starts two or more characters into `name`, or its
// size.
size_t PredicateStart(std::string_view name, const Rules& rules) {
  size_t len;
  for (size_t i = 0, chars = 0; i < name.size(); i += len, ++chars) {
    DecodeUtf8(name, i, &len);
    if (chars >= 2 && StartsWithAny(name.substr(i), rules.name_end_words)) return i;
  }
  return name.size();
}

// 前三名分别被A、B和C摘得: in the passive the clause ends with the rank
// verb, which is not part of the last name.
void DropClosingVerb(std::vector<std::string>* items, const Rules& rules) {
  if (items->empty()) return;
  std::string& last = items->back();
  const std::string_view verb = ClosingRankVerb(last, rules);
  if (!verb.empty() && CodePointCount(last) - CodePointCount(verb) >= 2) {
    last.resize(last.size() - verb.size());
  }
}

// A clause after `pos` that is one bare name ending its sentence (其次是
// 华大基因，汇川技术。): returns its end, or npos.
size_t FollowerEnd(std::string_view text, size_t pos, const Rules& rules) {
  size_t len;
  if (pos >= text.size() || DecodeUtf8(text, pos, &len) != U'，') return std::string_view::npos;
  const size_t begin = pos + len;
  const size_t end = ClauseEnd(text, begin);
  if (end < text.size() && !IsSentenceEnd(DecodeUtf8(text, end, &len)))
    return std::string_view::npos;
  const std::string_view name = text.substr(begin, end - begin);
  const size_t chars = CodePointCount(name);
  if (chars < 2 || chars > 8 || Contains(name, "、")) return std::string_view::npos;
  for (size_t i = 0; i < name.size(); i += len) {
    if (StartsWithAny(name.substr(i), rules.name_end_words) ||
        IsNumeral(DecodeUtf8(name, i, &len))) {
      return std::string_view::npos;
    }
  }
  return end;
}

// A；-delimited run of records after a connective (分别为：A，描述；B，描述):
// the first phrase of each record is its name. Empty unless there are
// `declared` of them.
std::vector<std::string> RecordNames(std::string_view text, size_t begin, int declared,
                                     const Rules& rules) {
  if (declared < 2) return {};
  const size_t end = SentenceEnd(text, begin);
  std::vector<std::string> names;
  for (const auto piece : SplitOn(text.substr(begin, end - begin), "；")) {
    size_t len, name_end = 0;
    // 国家能源集团41287万吨，同比增长4.6%: a name ends at its figure.
    while (name_end < piece.size() && !IsClausePunct(DecodeUtf8(piece, name_end, &len)) &&
           piece[name_end] != ' ' && !isdigit(static_cast<unsigned char>(piece[name_end]))) {
      name_end += len;
    }
    const std::string_view name = CleanItem(piece.substr(0, name_end));
    if (name.empty() || !ItemProblem(name, rules).empty()) return {};
    names.emplace_back(name);
  }
  if (names.size() != static_cast<size_t>(declared)) return {};
  return names;
}

}  // namespace

// A word that opens a predicate at the start of `rest`, the words of a name
// up to `after`, the text after it. In a name followed by 、, one character
// with one more before the 、 is the end of the name (中文在线、), not a
// predicate.
static bool IsPredicateAt(std::string_view rest, std::string_view after, const Rules& rules) {
  const std::string_view word = rules.predicate_starts.LongestAt(rest);
  if (word.empty()) return false;
  if (CodePointCount(word) > 1) return true;
  // 北京和成都两地: an adverb (都, 也) comes before a verb, never before a
  // count, so the character is inside a name instead.
  if (StartsWithAny(word, rules.adverbs) && CountAt(rest, word.size(), rules)) return false;
  return CodePointCount(rest) > 2 || !StartsWith(after, "、");
}

size_t NameEnd(const Block& block, size_t begin, size_t end, const Rules& rules) {
  const std::string_view text = block.text;
  // A link names up to its end, unless the name goes on in Latin letters
  // (康希诺-U, *ST节能 inside a link that stops early) or another name
  // follows (天宸股份和ST辉丰).
  if (const Run* link = LinkAt(block, begin); link && link->begin == begin && link->end < end &&
                                              static_cast<unsigned char>(text[link->end]) >= 0x80) {
    const std::string_view after = text.substr(link->end);
    if (!StartsWith(after, "和") && !StartsWith(after, "及") && !StartsWith(after, "与")) {
      return link->end;
    }
  }
  int depth = 0;
  size_t chars = 0;
  for (size_t pos = begin; pos < end; ++chars) {
    size_t len;
    const char32_t cp = DecodeUtf8(text, pos, &len);
    const std::string_view rest = text.substr(pos, end - pos);
    // 金华以及保定: 以 opens 以及, the next name, not a predicate.
    if (depth == 0 && chars >= 2 && !StartsWithAny(rest, rules.conjunctions) &&
        (StartsWith(rest, "等") || IsPredicateAt(rest, text.substr(end), rules) ||
         CountAt(text.substr(0, end), pos, rules) || HasCount(text.substr(0, end), pos))) {
      return pos;
    }
    if (OpensBracket(cp)) ++depth;
    if (ClosesBracket(cp) && depth > 0) --depth;
    pos += len;
    // 东莞（26.4%）投递简历量…: a bracket of figures closes its name.
    const bool joined = StartsWith(text.substr(pos), "和") || StartsWith(text.substr(pos), "及") ||
                        StartsWith(text.substr(pos), "与");
    if (depth == 0 && cp == U'）' && chars >= 2 && !joined) {
      std::vector<std::string> probe{std::string(text.substr(begin, pos - begin))};
      if (!TakeBracketedValues(&probe).empty() || probe.front().size() < pos - begin) return pos;
    }
  }
  return end;
}

namespace {

// 非金属材料3.33%, 珠宝首饰-2.65%, 郑澄然421.74亿元: a figure with its unit
// written right after a name is its value (a bare number is not: 反贪风暴5
// is a title).
std::optional<RankValue> TakeGluedFigure(std::string* item) {
  // The unit after the last digit: %, 亿元, 万股, … (ParseValue reads it).
  size_t unit = item->size();
  while (unit > 0 && !isdigit(static_cast<unsigned char>((*item)[unit - 1]))) --unit;
  constexpr size_t kMaxUnitBytes = 9;  // three CJK characters: 亿美元
  if (unit == 0 || unit == item->size() || item->size() - unit > kMaxUnitBytes) {
    return std::nullopt;
  }
  size_t begin = unit;
  while (begin > 0 &&
         (isdigit(static_cast<unsigned char>((*item)[begin - 1])) || (*item)[begin - 1] == '.')) {
    --begin;
  }
  if (begin > 0 && ((*item)[begin - 1] == '-' || (*item)[begin - 1] == '+')) --begin;
  const std::string_view name = std::string_view(*item).substr(0, begin);
  if (name.empty() || static_cast<unsigned char>(name.back()) < 0x80 || CodePointCount(name) < 2)
    return std::nullopt;
  size_t len;
  auto value = ParseValue(std::string_view(*item).substr(begin), &len);
  if (!value || value->unit.empty() || begin + len != item->size()) return std::nullopt;
  item->resize(begin);
  return value;
}

// 广发的郑澄然, 诺安基金的蔡嵩松: a short name after 的 and its house; the
// name after it when every such item is written so.
void DropAffiliations(std::vector<std::string>* items) {
  constexpr size_t kMaxHouseChars = 6, kMaxPersonChars = 4;
  size_t with = 0;
  for (const auto& item : *items) {
    const size_t de = item.find("的");
    if (de == std::string::npos) continue;
    const size_t house = CodePointCount(std::string_view(item).substr(0, de));
    const size_t person = CodePointCount(std::string_view(item).substr(de + 3));
    if (house < 2 || house > kMaxHouseChars || person < 2 || person > kMaxPersonChars) return;
    ++with;
  }
  if (with < 2) return;
  for (auto& item : *items) {
    const size_t de = item.find("的");
    if (de != std::string::npos) item.erase(0, de + 3);
  }
}

// “扫地机器人第一股”科沃斯: an epithet before a short name goes; a topic that
// opens with a quote (“车顶维权”事件暴露车企服务漏洞) keeps it. A bracket
// after the name (“股神”巴菲特（Warren Buffett）) is not counted.
void DropEpithet(std::string* item) {
  if (!StartsWith(*item, "“")) return;
  const size_t close = item->find("”");
  if (close == std::string::npos) return;
  std::string_view rest = std::string_view(*item).substr(close + 3);
  rest = rest.substr(0, std::min(rest.find("（"), rest.find('(')));
  const size_t chars = CodePointCount(rest);
  if (chars >= 2 && chars <= 6) item->erase(0, close + 3);
}

}  // namespace

std::optional<Names> NamesBefore(const Block& block, size_t from, size_t to, const Rules& rules,
                                 int declared, std::string* why) {
  const std::string_view text = block.text;
  const auto pieces = Pieces(text, from, to);
  size_t name_begin = NameStart(block, from, pieces.front().second, rules);
  // The names run up to the first piece that holds the start of a
  // predicate: A、B分别以-0.08%、-0.17%… ends at 分别.
  size_t name_end = to;
  for (size_t i = 0; i < pieces.size(); ++i) {
    const size_t begin = i == 0 ? name_begin : pieces[i].first;
    const size_t end = NameEnd(block, begin, pieces[i].second, rules);
    if (end < pieces[i].second || i + 1 == pieces.size()) {
      name_end = end;
      break;
    }
  }
  // Within the first name only: 获5家券商推荐 holds no name after 券商.
  name_begin =
      AfterAppositive(text.substr(0, std::min(pieces.front().second, name_end)), name_begin, rules);
  if (name_end <= name_begin ||
      CodePointCount(text.substr(name_begin, name_end - name_begin)) < 2) {
    *why = "no name before the cue";
    return std::nullopt;
  }
  // 陕西榆林和内蒙古鄂尔多斯两个地级市: the count after the names says how
  // many there are.
  if (declared == 0) declared = CountNumberAt(text.substr(0, to), name_end, rules);
  Names names{name_begin,
              name_end,
              SplitItems(text.substr(name_begin, name_end - name_begin), rules, declared),
              {}};
  // …瑞达期货等股 names 瑞达期货; a series closed without 等 shares its noun.
  if (!StartsWith(text.substr(name_end), "等")) DropSharedSuffix(&names.items, rules);
  names.values = FinishItems(&names.items);
  for (const auto& item : names.items) {
    // Before a predicate, one character is an abbreviation (工、建、农三大
    // 银行) or a word, not a name.
    const size_t chars = CodePointCount(item);
    const std::string problem = chars < 2 ? "'" + item + "' is one character"
                                : chars > 20
                                    ? "'" + Abbreviate(item, 20) + "' is too long for a name"
                                    : NameProblem(item, rules);
    if (!problem.empty()) {
      *why = problem;
      return std::nullopt;
    }
  }
  return names;
}

std::optional<Names> RecordsAfter(const Block& block, size_t from, int declared,
                                  const Rules& rules) {
  const std::string_view text = block.text;
  for (const auto& opener : rules.record_openers) {
    const size_t at = Find(text, opener, from);
    if (at == std::string_view::npos) continue;
    const size_t begin = SkipColon(text, at + opener.size());
    auto names = RecordNames(text, begin, declared, rules);
    if (names.empty()) continue;
    Names out{begin, SentenceEnd(text, begin), std::move(names), {}};
    out.values = FinishItems(&out.items);
    return out;
  }
  return std::nullopt;
}

namespace {

// 优信二手车涨7.25%，陌陌涨5.61%，哔哩哔哩涨4.83%: clauses of one sentence
// after a connective, each naming one or more (怪兽充电、涂鸦智能跌超6%)
// and the amount they moved, all the same way; two of them at least.
std::optional<Names> MoveRecords(const Block& block, size_t begin, const Rules& rules) {
  const std::string_view text = block.text;
  const size_t sentence_end = SentenceEnd(text, begin);
  Names names{begin, begin, {}, {}};
  const std::vector<std::string>* way = nullptr;
  size_t records = 0;
  for (size_t clause = begin; clause < sentence_end;) {
    const size_t end = ClauseEnd(text, clause);
    const size_t name_end = NameEnd(block, clause, end, rules);
    const std::string_view rest = text.substr(name_end, end - name_end);
    const std::vector<std::string>* moved =
        !LongestStart(rest, rules.rise_words).empty()   ? &rules.rise_words
        : !LongestStart(rest, rules.fall_words).empty() ? &rules.fall_words
                                                        : nullptr;
    if (moved == nullptr || (way != nullptr && moved != way)) break;
    way = moved;
    size_t at = name_end + LongestStart(rest, *moved).size();
    at += LongestStart(text.substr(at), rules.approximations).size();
    size_t len;
    const auto value = ParseValue(text.substr(at), &len);
    if (!value || AfterAmount(text, at) != end) break;
    auto items = SplitItems(text.substr(clause, name_end - clause), rules, 0);
    if (items.empty() || std::any_of(items.begin(), items.end(), [&](const std::string& item) {
          return !IsPlainName(item, rules);
        })) {
      break;
    }
    for (auto& item : items) {
      names.items.push_back(std::move(item));
      names.values.emplace_back(*value);
    }
    names.end = end;
    ++records;
    clause = NextClause(text, end);
  }
  if (records < 2) return std::nullopt;
  return names;
}

}  // namespace

Names NamesAfter(const Block& block, size_t begin, const Rules& rules, int declared,
                 bool follower) {
  const std::string_view text = block.text;
  if (auto records = MoveRecords(block, begin, rules)) return std::move(*records);
  size_t end = ClauseEnd(text, begin);
  Names names{begin, end, SplitItems(text.substr(begin, end - begin), rules, declared), {}};
  // 其次是煤炭、商贸零售行业: the noun after the last name is all of theirs
  // (…瑞达期货等股 names 瑞达期货).
  if (!Contains(text.substr(begin, end - begin), "等")) DropSharedSuffix(&names.items, rules);
  // 特斯拉公司首席执行官马斯克: the name is what the title noun describes.
  for (auto& item : names.items) item.erase(0, AfterAppositive(item, 0, rules));
  // Names that end their clause before a description (A，研发费用…；B，…)
  // are records, whatever the 、 inside them split into.
  if (declared > 0 && end < text.size() &&
      Contains(text.substr(end, SentenceEnd(text, end) - end), "；")) {
    if (auto records = RecordNames(text, begin, declared, rules); !records.empty()) {
      names.items = std::move(records);
      names.end = SentenceEnd(text, begin);
    }
  }
  if (follower) {
    if (const size_t next = FollowerEnd(text, end, rules); next != std::string_view::npos) {
      names.items.emplace_back(CleanItem(text.substr(end + 3, next - end - 3)));
      names.end = next;
    }
  }
  names.values = FinishItems(&names.items);
  DropClosingVerb(&names.items, rules);
  // Names listed after a connective may carry their figures (非金属材料3.33%;
  // before a cue, 达到49% is a predicate, not a name and its value).
  for (size_t i = 0; i < names.items.size(); ++i) {
    auto glued = TakeGluedFigure(&names.items[i]);
    if (!glued || (!names.values.empty() && names.values[i])) continue;
    names.values.resize(names.items.size());
    names.values[i] = std::move(glued);
  }
  DropAffiliations(&names.items);
  // 远兴能源季内涨77.57%: once its figure is taken, a name with a value may
  // still hold the start of its predicate.
  for (size_t i = 0; i < names.values.size(); ++i) {
    if (names.values[i]) names.items[i].resize(PredicateStart(names.items[i], rules));
  }
  return names;
}

std::string_view ClosingRankVerb(std::string_view text, const Rules& rules) {
  const std::string_view verb = LongestEnd(text, rules.rank_verbs);
  return CodePointCount(verb) >= 2 ? verb : std::string_view();
}

std::string NameProblem(std::string_view item, const Rules& rules) {
  // 排名, 继续, 共有: a predicate word is no name, nor what opens with a
  // longer one.
  const std::string_view word = rules.predicate_words.LongestAt(item);
  const bool predicate =
      !word.empty() && (word.size() > 3 || word.size() == item.size() || CodePointCount(item) <= 2);
  if (predicate || !rules.non_name_starts.LongestAt(item).empty()) {
    return "'" + Abbreviate(item, 20) + "' is a predicate, not a name";
  }
  if (EndsWithAny(item, rules.measure_endings)) {
    return "'" + Abbreviate(item, 20) + "' names a measure, not a name";
  }
  // A "name" holding 的 (美的集团 aside), 是, 了 or a figure is the rest of
  // a sentence.
  const size_t de = Find(item, "的");
  // 6个收涨: a count in digits opening it (三只松鼠 is a name).
  const bool counted =
      !item.empty() && isdigit(static_cast<unsigned char>(item[0])) && CountAt(item, 0, rules);
  if ((de != std::string_view::npos && CodePointCount(item.substr(0, de)) >= 2) ||
      Contains(item, "是") || Contains(item, "了") || HoldsFigure(item) || counted) {
    return "'" + Abbreviate(item, 20) + "' is not a name";
  }
  return "";
}

bool IsPlainName(std::string_view item, const Rules& rules, size_t max_chars) {
  const size_t chars = CodePointCount(item);
  return chars >= 2 && chars <= max_chars && NameProblem(item, rules).empty();
}

std::optional<std::pair<size_t, size_t>> OpeningName(const Block& block, size_t clause, size_t end,
                                                     const Rules& rules) {
  const std::string_view text = block.text;
  size_t name_begin = NameStart(block, clause, end, rules);
  const size_t name_end = NameEnd(block, name_begin, end, rules);
  name_begin = AfterAppositive(text.substr(0, name_end), name_begin, rules);
  const std::string_view name = text.substr(name_begin, name_end - name_begin);
  if (name_end >= end || Contains(name, "、") || !IsPlainName(name, rules, 8)) return std::nullopt;
  return std::pair{name_begin, name_end};
}

std::vector<std::optional<RankValue>> FinishItems(std::vector<std::string>* items) {
  for (auto& item : *items) {
    if (StartsWith(item, "《") && EndsWith(item, "》") && item.size() > 6)
      item = item.substr(3, item.size() - 6);
    DropEpithet(&item);
  }
  return TakeBracketedValues(items);
}

}  // namespace newsextract
