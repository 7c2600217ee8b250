// ranking grammar: the text around a cue, and the list forms that need no
// other cue.
#include "ranking_grammar.h"

#include <algorithm>

#include "list_items.h"
#include "ranking_relative.h"
#include "ranking_roles.h"
#include "ranking_ties.h"
#include "ranking_values.h"
#include "text_util.h"

namespace newsextract {

bool HasRankingWord(std::string_view text, const Rules& rules) {
  return ContainsAny(text, rules.ranking_words) || ContainsAny(text, rules.rank_verbs);
}

size_t BlockGrammar::FirstOrderedName(size_t clause, size_t sign) const {
  constexpr size_t kMinChars = 2;
  size_t first = clause;
  for (size_t at = clause; at < sign;) {
    const std::string_view rest = text_.substr(at, sign - at);
    std::string_view word = LongestStart(rest, rules_.copulas);
    for (const std::string_view colon : {"：", ":"}) {
      if (word.empty() && StartsWith(rest, colon)) word = colon;
    }
    if (const auto scope = LongestStart(rest, rules_.scope_postpositions);
        word.empty() && !scope.empty() &&
        CodePointCount(text_.substr(first, at - first)) >= kMinChars &&
        CodePointCount(rest.substr(scope.size())) >= kMinChars) {
      word = scope;
    }
    size_t len;
    DecodeUtf8(text_, at, &len);
    if (!word.empty()) first = at + word.size();
    at += word.empty() ? len : word.size();
  }
  return first;
}

std::string_view BlockGrammar::LabelBeforeCopula(std::string_view label) const {
  label.remove_suffix(LongestEnd(label, rules_.copulas).size());
  for (const std::string_view colon : {"：", ":"}) {
    if (EndsWith(label, colon)) label.remove_suffix(colon.size());
  }
  return label;
}

bool BlockGrammar::NamesAny(const std::vector<std::string>& names,
                            const std::vector<std::string>& of) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    return std::find(of.begin(), of.end(), name) != of.end();
  });
}

std::optional<Fragment> BlockGrammar::WithNameAfterPlace(const CueMatch& cue) const {
  if (cue.cue->kind != Cue::Kind::kOrdinal || cue.places.size() != 1) return std::nullopt;
  size_t begin = cue.end;
  if (StartsWith(text_.substr(begin), "的")) begin += std::string_view("的").size();
  size_t name_end = NameEnd(block_, begin, ClauseEnd(text_, begin), rules_);
  // One place holds one name: 第五名的武汉与杭州的差距 compares it.
  for (const auto& word : rules_.conjunctions) {
    name_end = std::min(name_end, Find(text_.substr(0, name_end), word, begin));
  }
  std::vector<std::string> items{std::string(text_.substr(begin, name_end - begin))};
  Names names;
  names.values = TakeBracketedValues(&items);
  const size_t chars = CodePointCount(items.front());
  if (chars < 2 || chars > kMaxPlacedNameChars || Contains(items.front(), "、") ||
      !NameProblem(items.front(), rules_).empty()) {
    return std::nullopt;
  }
  names.items = std::move(items);
  Fragment f;
  f.role = Role::kContinuation;
  f.end = name_end;
  f.list = ListOf(cue, cue.begin, cue.end, std::move(names));
  return f;
}

std::optional<Fragment> BlockGrammar::WithRecordsAfter(const CueMatch& cue, std::string* why) {
  auto names = RecordsAfter(block_, cue.end, cue.number, rules_);
  if (!names) return std::nullopt;
  why->clear();
  Fragment f;
  f.end = names->end;
  const size_t label_begin = LabelBegin(block_, cue.begin);
  f.list = ListOf(cue, label_begin, NounEndAfter(cue.end), std::move(*names));
  return f;
}

size_t BlockGrammar::NounEndAfter(size_t pos) const {
  for (const auto& subject : rules_.subjects) {
    if (StartsWith(text_.substr(pos), subject)) return pos + subject.size();
  }
  return pos;
}

std::string_view BlockGrammar::ClauseUpTo(size_t pos) const {
  const size_t clause = ClauseBegin(text_, pos);
  return text_.substr(clause, pos - clause);
}

BlockList BlockGrammar::ListOf(const CueMatch& cue, size_t label_begin, size_t label_end,
                               Names names) const {
  BlockList list;
  list.cue = cue;
  list.label_begin = label_begin;
  list.label_end = label_end;
  list.items = std::move(names.items);
  list.values = std::move(names.values);
  if (cue.cue->number == Cue::Number::kSize || cue.cue->number_before) list.size = cue.number;
  if (cue.places.size() > 1 && cue.places.front() > 1 && cue.cue->kind == Cue::Kind::kOrdinal &&
      IsRange(text_, cue)) {
    list.size = static_cast<int>(cue.places.size());
  }
  list.tied = cue.cue->tied;
  list.top = cue.cue->top && !BottomCueIn(label_begin, cue.begin);
  return list;
}

bool BlockGrammar::BottomCueIn(size_t from, size_t to) const {
  if (to <= from) return false;
  const std::string_view label = text_.substr(from, to - from);
  size_t pos = 0;
  while (const auto cue = cues_.Find(label, pos)) {
    if (!cue->cue->top) return true;
    pos = cue->end;
  }
  return false;
}

bool BlockGrammar::IsCaption() const {
  constexpr size_t kMaxCaptionChars = 30;
  // Bytes first: a paragraph of megabytes is no caption, and is asked
  // once per cue.
  if (text_.size() > kMaxCaptionChars * 4 || CodePointCount(text_) > kMaxCaptionChars) {
    return false;
  }
  // 附：今年以来涨幅前五的个股, 表1：…: a short tag before a colon.
  constexpr size_t kMaxTagChars = 3;
  size_t from = 0;
  if (const size_t colon = text_.find("：");
      colon != std::string_view::npos && CodePointCount(text_.substr(0, colon)) <= kMaxTagChars) {
    from = colon + std::string_view("：").size();
  }
  for (size_t pos = from; pos < text_.size();) {
    size_t len;
    if (IsClausePunct(DecodeUtf8(text_, pos, &len))) return false;
    pos += len;
  }
  return true;
}

bool BlockGrammar::CaptionNoun(size_t pos) const {
  const std::string_view noun = Trim(text_.substr(pos));
  const size_t chars = CodePointCount(noun);
  return chars >= 1 && chars <= 4 &&
         std::all_of(noun.begin(), noun.end(), [](char c) { return (c & 0x80) != 0; });
}

std::optional<Fragment> BlockGrammar::WithBracketedNames(const CueMatch& cue) const {
  if (cue.cue->number != Cue::Number::kSize || cue.number < 2) return std::nullopt;
  size_t open = cue.end;
  for (size_t n = 0; n <= rules_.max_subject_chars && open < text_.size(); ++n) {
    size_t len;
    const char32_t cp = DecodeUtf8(text_, open, &len);
    if (cp == U'（' || cp == '(') break;
    if (IsClausePunct(cp)) return std::nullopt;
    open += len;
  }
  size_t len;
  const char32_t cp = open < text_.size() ? DecodeUtf8(text_, open, &len) : 0;
  if (open == cue.end || (cp != U'（' && cp != '(')) return std::nullopt;
  const size_t begin = open + len;
  const size_t close = text_.find(cp == '(' ? ")" : "）", begin);
  if (close == std::string_view::npos || close > ClauseEnd(text_, begin)) return std::nullopt;
  std::vector<std::string> items =
      SplitItems(text_.substr(begin, close - begin), rules_, cue.number);
  if (items.size() != static_cast<size_t>(cue.number) ||
      std::any_of(items.begin(), items.end(),
                  [&](const std::string& item) { return !IsPlainName(item, rules_); })) {
    return std::nullopt;
  }
  Fragment f;
  f.end = close;
  Names names{begin, close, std::move(items), {}};
  f.list = ListOf(cue, LabelBegin(block_, cue.begin), open, std::move(names));
  return f;
}

std::optional<Fragment> BlockGrammar::WithApposedNames(const CueMatch& cue) const {
  if (cue.cue->number != Cue::Number::kSize || cue.number < 2) return std::nullopt;
  const size_t clause_end = ClauseEnd(text_, cue.end);
  size_t begin = cue.end;
  for (size_t n = 0; n < rules_.max_subject_chars && begin < clause_end; ++n) {
    size_t len;
    DecodeUtf8(text_, begin, &len);
    begin += len;
    if (!EndsWithAny(text_.substr(cue.end, begin - cue.end), rules_.subjects)) continue;
    std::string ignored;
    auto names = NamesBefore(block_, begin, clause_end, rules_, cue.number, &ignored);
    if (!names || names->begin != begin || names->items.size() != static_cast<size_t>(cue.number) ||
        std::any_of(names->items.begin(), names->items.end(),
                    [&](const std::string& item) { return !IsPlainName(item, rules_); })) {
      continue;
    }
    Fragment f;
    f.end = names->end;
    f.list = ListOf(cue, LabelBegin(block_, cue.begin), begin, std::move(*names));
    return f;
  }
  return std::nullopt;
}

std::optional<BlockGrammar::Before> BlockGrammar::LayoutBefore(const CueMatch& cue,
                                                               std::string* why) const {
  Before at{ClauseBegin(text_, cue.begin), cue.begin, cue.end, std::nullopt};
  if (const size_t end = ClauseEndAfterCue(cue); end != std::string_view::npos) {
    at.label_end = end;
    return at;
  }
  const size_t noun_end = NounEnd(cue.end);
  if (noun_end != std::string_view::npos) at.copula = CopulaIn(at.clause, cue.begin);
  // …成为除平安保险（集团）外，我国目前…最多的两家公司: the copula opens
  // the clause before.
  if (noun_end != std::string_view::npos && !at.copula && at.clause > 0) {
    const size_t prev = ClauseBegin(text_, PrevCodePoint(text_, at.clause));
    if (StartsWithAny(text_.substr(prev), rules_.copulas)) {
      at.copula = std::pair{at.clause, at.clause};  // the label is the cue's own clause
      at.names_to = at.clause = prev;
    }
  }
  if (!at.copula) {
    *why = "no connective, and the cue does not end its clause";
    return std::nullopt;
  }
  at.label_end = noun_end;
  if (at.copula->first != at.copula->second) at.names_to = at.copula->first;
  return at;
}

int BlockGrammar::DeclaredBefore(const CueMatch& cue, const Before& at) const {
  if (cue.cue->kind == Cue::Kind::kOrdinal) return static_cast<int>(cue.places.size());
  if (cue.cue->number == Cue::Number::kSize) return cue.number;
  return at.copula ? CountIn(text_.substr(cue.end, at.label_end - cue.end)).value_or(0) : 0;
}

size_t BlockGrammar::BeforeYear(std::string_view name) {
  constexpr size_t kMinNameBytes = 6;  // two CJK characters
  for (size_t at = kMinNameBytes; at + 4 < name.size(); ++at) {
    size_t len;
    if (ParseNumber(name.substr(at), &len) >= 1000 && len == 4 &&
        StartsWith(name.substr(at + len), "年")) {
      return at;
    }
  }
  return name.size();
}

int BlockGrammar::LastPlace(const Fragment& f, int before) {
  const CueMatch& cue = f.list.cue;
  if (cue.cue->kind == Cue::Kind::kOrdinal) return cue.places.back();
  if (cue.cue->kind == Cue::Kind::kChain) {
    return before > 0 ? before + static_cast<int>(f.list.items.size()) : 0;
  }
  if (cue.cue->number == Cue::Number::kRank) return cue.number;
  // 居首, 榜首, 最高: a single name on top, not a member of a group (居前).
  const bool on_top = cue.cue->kind == Cue::Kind::kSuperlative ||
                      (cue.cue->kind == Cue::Kind::kRank && cue.cue->single);
  const bool head = cue.cue->number == Cue::Number::kNone && on_top && f.list.items.size() == 1;
  return head && f.list.top ? 1 : 0;
}

void BlockGrammar::AddPlacedEnumerations(std::vector<Fragment>* fragments) const {
  static const Cue kPlaced = [] {
    Cue cue;
    cue.kind = Cue::Kind::kRank;
    return cue;
  }();
  // As with cues (kMaxCues in Scan), a generated paragraph of connectives
  // is read only this far.
  constexpr size_t kMaxConnectives = 2000;
  if (!HasPlaceBracket(text_)) return;  // one scan instead of one per connective
  size_t read = 0;
  for (const auto& connective : rules_.placed_connectives) {
    for (size_t at = Find(text_, connective);
         at != std::string_view::npos && read++ < kMaxConnectives;
         at = Find(text_, connective, at + connective.size())) {
      const bool taken = std::any_of(fragments->begin(), fragments->end(), [&](const Fragment& f) {
        return f.list.label_begin <= at && at < f.end;
      });
      if (taken) continue;
      // Most 分别为 hand out figures: without a bracketed place in the
      // clause there are no names to read.
      const size_t begin = SkipSeparators(text_, at + connective.size());
      const std::string_view clause = text_.substr(begin, ClauseEnd(text_, begin) - begin);
      if (!HasPlaceBracket(clause)) continue;
      Names names = NamesAfter(block_, begin, rules_, 0, false);
      if (!RisingPlaces(names)) continue;
      // …头部券商，分别是…: a connective opening its clause hands out what
      // the clause before names.
      size_t label_begin = LabelBegin(block_, at), label_end = at;
      if (label_begin == at && at > 0) {
        label_end = PrevCodePoint(text_, at);
        label_begin = ClauseBegin(text_, label_end);
      }
      Fragment f;
      f.end = names.end;
      f.role = Role::kList;
      // No cue word splits the label into a measure and a noun: the cue
      // stands at its start, and the count it makes is the size.
      f.list = ListOf(CueMatch{&kPlaced, label_begin, label_begin, -1, {}}, label_begin, label_end,
                      std::move(names));
      f.list.size =
          CountOf(text_.substr(label_begin, label_end - label_begin), f.list.items.size());
      f.list.placed = true;
      const auto later = std::find_if(fragments->begin(), fragments->end(), [&](const Fragment& g) {
        return g.list.label_begin > f.list.label_begin;
      });
      fragments->insert(later, std::move(f));
    }
  }
}

bool BlockGrammar::HasPlaceBracket(std::string_view text) {
  for (const std::string_view close : {"）", ")"}) {
    for (size_t at = Find(text, close); at != std::string_view::npos;
         at = Find(text, close, at + close.size())) {
      const std::string_view before = text.substr(0, at);
      if (EndsWith(before, "名") || EndsWith(before, "位")) return true;
    }
  }
  return false;
}

std::optional<int> BlockGrammar::CountOf(std::string_view label, size_t items) {
  for (size_t pos = 0; pos < label.size();) {
    if (const auto n = CountIn(label.substr(pos)); n && static_cast<size_t>(*n) == items) {
      return n;
    }
    size_t len;
    DecodeUtf8(label, pos, &len);
    pos += len;
  }
  return std::nullopt;
}

bool BlockGrammar::RisingPlaces(const Names& names) {
  if (names.items.size() < 2 || names.values.size() != names.items.size()) return false;
  for (size_t i = 0; i < names.values.size(); ++i) {
    const auto& v = names.values[i];
    if (!v || !IsPlace(*v) || (i > 0 && v->number <= names.values[i - 1]->number)) return false;
  }
  return true;
}

std::optional<Names> BlockGrammar::ClauseOpeners(size_t clause, int count) const {
  const size_t sentence = SentenceStart(text_, clause);
  Names found;
  for (int back = 0; back < count; ++back) {
    if (clause <= sentence) return std::nullopt;
    const size_t prev_end = PrevCodePoint(text_, clause);
    clause = ClauseBegin(text_, prev_end);
    std::string why;
    auto names = NamesBefore(block_, clause, prev_end, rules_, 1, &why);
    if (!names || names->items.size() != 1 || names->end >= prev_end) return std::nullopt;
    std::string& name = names->items.front();
    name.resize(BeforeYear(name));
    found.items.insert(found.items.begin(), std::move(name));
    found.begin = names->begin;
    if (back == 0) found.end = names->end;
  }
  return found;
}

std::optional<Names> BlockGrammar::EarlierSubject(size_t clause) const {
  const size_t sentence = SentenceStart(text_, clause);
  for (int back = 0; back < 2 && clause > sentence; ++back) {
    const size_t prev_end = PrevCodePoint(text_, clause);
    clause = ClauseBegin(text_, prev_end);
    std::string why;
    auto names = NamesBefore(block_, clause, prev_end, rules_, 1, &why);
    if (names && names->items.size() == 1) return names;
  }
  return std::nullopt;
}

void BlockGrammar::MarkTiesAndContinuation(const CueMatch& cue, size_t clause,
                                           std::string_view predicate, Fragment* f) const {
  // 广宇发展、千味央厨均已连收6个涨停板，连续涨停板数量最多: one figure
  // the names share before the cue ties them as one after it does.
  const bool shares = ContainsAny(predicate, rules_.sharing_words);
  const bool shared_figure =
      shares && predicate.find_first_of("0123456789") != std::string_view::npos;
  f->tied_after = SharedAfter(text_, f->end, rules_) || shared_figure;
  // 杭州和武汉…均超过8000亿元，…分列第四和第五位: names given places of
  // their own are not tied, whatever they share.
  const bool own_places = cue.places.size() >= 2;
  if (f->list.items.size() >= 2 && (f->tied_after || shares) && !own_places) {
    f->list.tied = true;
  }
  // 上海、北京、深圳依次位列前三: as many names as the top N counts start
  // at the top, as names from place one do.
  const bool from_place_one = (!cue.places.empty() && cue.places.front() == 1) ||
                              (cue.cue->number == Cue::Number::kSize &&
                               cue.number == static_cast<int>(f->list.items.size()));
  f->extends = StartsWithAny(text_.substr(clause), rules_.continuation_prefixes) ||
               (!from_place_one && ContainsAny(predicate, rules_.continuing_words));
}

bool BlockGrammar::SelectsUnranked(size_t noun_begin) const {
  constexpr size_t kMaxNounChars = 10;
  const size_t end =
      std::min(ClauseEnd(text_, noun_begin), AdvanceChars(text_, noun_begin, kMaxNounChars));
  return ContainsAny(text_.substr(noun_begin, end - noun_begin), rules_.unranked_nouns);
}

Names BlockGrammar::NameAfterDe(Names names, size_t to) const {
  const size_t after = names.end + 3;
  if (!StartsWith(text_.substr(names.end), "的") || StartsAtMetric(after)) return names;
  // 北京的人口数量最多: what follows 的 is a measure the name owns.
  if (after <= to && EndsWithAny(text_.substr(after, to - after), rules_.measure_endings)) {
    return names;
  }
  const size_t end = NameEnd(block_, after, to, rules_);
  const std::string_view name = text_.substr(after, end - after);
  if (end == to || CodePointCount(name) < 2) return names;  // no edge to read
  names.begin = after;
  names.end = end;
  names.items = {std::string(name)};
  names.values.clear();
  return names;
}

bool BlockGrammar::StartsAtMetric(size_t pos) const {
  const std::string_view rest = text_.substr(pos);
  return StartsWithAny(rest, rules_.metrics) || StartsWithAny(rest, rules_.ranking_words) ||
         StartsWithAny(rest, rules_.rank_verbs);
}

std::string BlockGrammar::PredicateProblem(const Names& names, size_t to, bool copula_form) const {
  const std::string_view predicate = text_.substr(names.end, to - names.end);
  // 中金公司与高盛高华合作的百济神州承销及保荐费用最高: what stands before 的
  // qualifies the name after it, whose edge cannot be read; 中信证券…的
  // 净利润率排名相对靠后 goes on to a metric.
  // 江西、山西的基准线最高: names enumerated before 的 and a short noun own
  // the measure; one name owns a noun of two characters (英科医疗的占比最高).
  constexpr size_t kMaxOwnedNounChars = 4, kMaxOwnedWordChars = 2;
  const size_t noun_chars = CodePointCount(predicate) - 1;  // without 的
  constexpr size_t kMaxOwnerChars = 8;
  const bool owned = (names.items.size() >= 2 && noun_chars <= kMaxOwnedNounChars) ||
                     (noun_chars <= kMaxOwnedWordChars && names.items.size() == 1 &&
                      IsPlainName(names.items.front(), rules_, kMaxOwnerChars));
  // 中信证券的融资余额最高: plain names own a noun ending as measures do.
  const bool owns_measure =
      EndsWithAny(predicate, rules_.measure_endings) &&
      std::all_of(names.items.begin(), names.items.end(), [&](const std::string& name) {
        return IsPlainName(name, rules_, kMaxOwnerChars);
      });
  if (StartsWith(predicate, "的") && !HasRankingWord(predicate, rules_) &&
      !ContainsAny(predicate, rules_.metrics) && !owned && !owns_measure) {
    return "the names qualify a noun after 的";
  }
  // 本次中报盈利为近七年来最好成绩: a superlative after a copula, with no
  // 的 + noun after it, names a record, not a place in a ranking.
  if (!copula_form && Contains(predicate, "为") && !ContainsAny(predicate, rules_.rank_verbs) &&
      !Contains(predicate, "分别")) {
    return "a copula before the cue";
  }
  if (ContainsAny(predicate, rules_.membership_verbs) && !Contains(predicate, "依次")) {
    return "entering or leaving a top group gives members, not an order";
  }
  return "";
}

size_t BlockGrammar::NounEnd(size_t pos) const {
  if (!StartsWith(text_.substr(pos), "的")) return std::string_view::npos;
  pos += 3;
  for (size_t n = 0; n <= rules_.max_subject_chars && pos < text_.size(); ++n) {
    size_t len;
    const char32_t cp = DecodeUtf8(text_, pos, &len);
    if (IsClausePunct(cp)) return n > 0 ? pos : std::string_view::npos;
    if (cp == U'的' || cp == U'是' || cp == U'为') return std::string_view::npos;
    pos += len;
  }
  return pos >= text_.size() ? pos : std::string_view::npos;
}

std::optional<std::pair<size_t, size_t>> BlockGrammar::CopulaIn(size_t from, size_t to) const {
  std::optional<std::pair<size_t, size_t>> found;
  for (const std::string_view copula : rules_.copulas) {
    size_t at = FindLast(text_.substr(from, to - from), copula);
    if (at == std::string_view::npos) continue;
    at += from;
    if (!found || at >= found->second) found = std::pair{at, at + copula.size()};
  }
  return found;
}

size_t BlockGrammar::ClauseEndAfterCue(const CueMatch& cue) const {
  size_t pos = cue.end;
  // 欧洲地区领降27.8点至67.6点，: the amount a head moves by ends it too.
  if (IsMoving(*cue.cue, rules_)) pos = AfterAmount(text_, pos);
  // A、B、C三省份GDP继续领跑全国: a scope alone after the cue.
  if (const auto scope = LongestStart(text_.substr(pos), rules_.scope_words); !scope.empty()) {
    size_t len;
    const size_t after = pos + scope.size();
    if (after >= text_.size() || IsClausePunct(DecodeUtf8(text_, after, &len))) return cue.end;
  }
  // A place takes a noun (第七大股东), and so does a top-N after a verb
  // that puts names in it (A、B…分居节后新增职位发布量前五行业);
  // 前十大流通股东 alone is a noun phrase. 前十大出行目的地: a 的 inside
  // the noun is part of a word; one right after the cue opens a relative
  // clause.
  const bool placed = cue.cue->kind == Cue::Kind::kOrdinal ||
                      (cue.cue->number == Cue::Number::kSize &&
                       ContainsAny(ClauseUpTo(cue.begin), rules_.rank_verbs));
  const size_t noun_chars = placed ? 5 : 0;
  const size_t noun_begin = pos;
  for (size_t n = 0; pos < text_.size(); ++n) {
    size_t len;
    const char32_t cp = DecodeUtf8(text_, pos, &len);
    if (IsClausePunct(cp)) break;
    if (n == noun_chars || (cp == U'的' && n == 0) || cp == U'，' || cp < 0x80) {
      return std::string_view::npos;
    }
    pos += len;
  }
  return pos == noun_begin ? cue.end : pos;
}

BlockGrammar::Relatives BlockGrammar::AddRelatives(const CueMatch& cue, size_t clause, Names* names,
                                                   size_t* label_begin) const {
  Relatives found;
  if (cue.cue->kind != Cue::Kind::kOrdinal) return found;
  if (auto above = NamesAboveOf(block_, rules_, clause, cue.begin, cue.places.front() - 1)) {
    // 仅次于A、B和C居于第四和第五位: the label starts after the names above.
    if (above->in_clause) {
      *label_begin = LabelAfterNames(text_, above->names.end, cue.begin, rules_);
    }
    *names = Concat(std::move(above->names), *names, *names);
    found.above = true;
  }
  if (auto below = NamesBelowOf(block_, rules_, cue.end)) {
    found.below = below->items.size();
    found.end = below->end;
    *names = Concat(*names, std::move(*below), *names);
  }
  return found;
}

Names BlockGrammar::Concat(Names first, Names second, const Names& holders) {
  first.begin = holders.begin;
  first.end = holders.end;
  if (first.values.empty() != second.values.empty()) {
    first.values.resize(first.items.size());
    second.values.resize(second.items.size());
  }
  for (auto& item : second.items) first.items.push_back(std::move(item));
  for (auto& value : second.values) first.values.push_back(std::move(value));
  return first;
}

size_t BlockGrammar::SkipCopula(size_t pos) const {
  for (const std::string_view copula : rules_.copulas) {
    if (StartsWith(text_.substr(pos), copula)) return pos + copula.size();
  }
  return pos;
}

}  // namespace newsextract
