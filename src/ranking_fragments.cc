// Fragments of lists around each cue of a block: whole lists, heads and
// continuations, with the names each cue's grammar gives it.
#include "ranking_fragments.h"

#include <algorithm>

#include "list_items.h"
#include "ranking_relative.h"
#include "ranking_roles.h"
#include "ranking_ties.h"
#include "ranking_values.h"
#include "text_util.h"

namespace newsextract {
namespace {

// Longer "labels" are sentences that happen to hold a cue.
constexpr size_t kMaxLabelChars = 80;
// A name read after its place (第二名恒大) with no list around it to bound it.
constexpr size_t kMaxPlacedNameChars = 8;

bool HasRankingWord(std::string_view text, const Rules& rules) {
  return ContainsAny(text, rules.ranking_words) || ContainsAny(text, rules.rank_verbs);
}

class BlockScanner {
 public:
  BlockScanner(const Block& block, const Rules& rules, const CueFinder& cues,
               std::vector<CueOutcome>* outcomes)
      : block_(block), text_(block.text), rules_(rules), cues_(cues), outcomes_(outcomes) {}

  std::vector<Fragment> Scan() {
    // A real paragraph holds a handful of cues; a generated one may hold
    // hundreds of thousands, more than the article's cap on lists could
    // ever keep, so the rest are not read.
    constexpr size_t kMaxCues = 2000;
    std::vector<CueMatch> matches;
    std::optional<CueMatch> unread;
    for (size_t pos = 0; auto cue = cues_.Find(text_, pos);) {
      pos = cue->end;
      if (matches.size() == kMaxCues) {
        unread = std::move(cue);
        break;
      }
      matches.push_back(std::move(*cue));
    }
    std::vector<Fragment> fragments;
    size_t taken = 0;  // text before this belongs to a fragment already
    for (size_t i = 0; i < matches.size(); ++i) {
      const CueMatch& cue = matches[i];
      if (cue.begin < taken) {
        Explain(cue, "rejected: inside the names or label of the list before");
        continue;
      }
      next_cue_ = i + 1 < matches.size() ? matches[i + 1].begin : text_.size();
      std::string why;
      auto fragment = Build(cue, &why);
      if (!fragment) {
        Explain(cue, "rejected: " + why);
        continue;
      }
      taken = std::max(taken, fragment->end);
      fragment->list.end = fragment->end;
      last_ = {fragment->list.items, fragment->end, LastPlace(*fragment, last_.place)};
      Explain(cue, Describe(*fragment));
      fragments.push_back(std::move(*fragment));
    }
    if (unread) {
      Explain(*unread,
              "not read: more than " + std::to_string(kMaxCues) + " cues in the paragraph");
    }
    AddPlacedEnumerations(&fragments);
    return fragments;
  }

 private:
  std::optional<Fragment> Build(const CueMatch& cue, std::string* why) {
    if (cue.cue->orders) return WithOrderedNames(cue, why);
    const Cue::Kind kind = cue.cue->kind;
    // 第二 counts with a ranking word in its clause, or written as a place
    // (第二名, 第四位, 第七大股东); 第一是… lists reasons.
    const std::string_view written = text_.substr(cue.begin, cue.end - cue.begin);
    const bool place =
        EndsWith(written, "名") || EndsWith(written, "位") || EndsWith(written, "大");
    // 第二、第三分别为北京和浙江: places named together and handed to names.
    const bool handed = cue.places.size() >= 2 && ConnectAt(text_, cue.end, rules_);
    if ((cue.cue->needs_ranking_word || kind == Cue::Kind::kOrdinal) && !place && !handed &&
        !GoesOnFromPlace(cue) && !HasRankingWord(ClauseUpTo(cue.end), rules_)) {
      *why = "no ranking word with the ordinal";
      return std::nullopt;
    }
    const NounCount counted = cue.cue->number_before ? NounCount::kCounted
                              : cue.cue->number == Cue::Number::kSize && cue.number > 0 &&
                                      EndsWithAny(written, rules_.size_suffixes)
                                  ? NounCount::kSized
                                  : NounCount::kNone;
    // 三大主导产业为A、B、C: a small bare count names a category.
    if (cue.cue->min_number > 0 && cue.number < static_cast<int>(cue.cue->min_number) &&
        !HasRankingWord(ClauseUpTo(cue.begin), rules_) && !Contains(ClauseUpTo(cue.begin), "最")) {
      *why = "a count below " + std::to_string(cue.cue->min_number) + " names a category";
      return std::nullopt;
    }
    // 九大要点, 十大消费维权典型案例: a count of points or cases selects
    // them, in no order.
    if (cue.cue->number_before && SelectsUnranked(cue.end)) {
      *why = "a count of points or cases names a selection, not a ranking";
      return std::nullopt;
    }
    // 四大全国性国有资产管理公司（AMC）之一, 前十大城市之列: one of the top N
    // is a member.
    if (cue.cue->number == Cue::Number::kSize &&
        ContainsAny(text_.substr(cue.end, ClauseEnd(text_, cue.end) - cue.end),
                    rules_.member_words)) {
      *why = "one of the top N names a member, not an order";
      return std::nullopt;
    }
    if (auto connection = ConnectAt(text_, cue.end, rules_, counted))
      return WithConnective(cue, *connection, why);
    if (cue.cue->kind == Cue::Kind::kChain) {
      if (auto headed = WithNamedHead(cue, why)) return headed;
    }
    if (auto bracketed = WithBracketedNames(cue)) return bracketed;
    if (auto apposed = WithApposedNames(cue)) return apposed;
    if (SkipSeparators(text_, cue.end) >= text_.size()) {
      // 托管市值排名：A、B、C位列前三 ends its block with its names before it.
      if (auto before = WithNamesBefore(cue, why); before && before->list.items.size() >= 2) {
        return before;
      }
      return AtBlockEnd(cue, cue.end, why);
    }
    // 融资余额降幅居前个股 over a table: a caption whose cue and noun end it.
    if (IsCaption() && CaptionNoun(cue.end)) return AtBlockEnd(cue, text_.size(), why);
    if (auto before = WithNamesBefore(cue, why)) return before;
    if (auto modified = WithNamesModified(cue, why)) return modified;
    // 第二大重仓股 is a noun phrase, not a place and its holder.
    if (place && !EndsWith(written, "大")) {
      if (auto named = WithNameAfterPlace(cue)) return named;
    }
    if (cue.cue->number == Cue::Number::kSize) return WithRecordsAfter(cue, why);
    return std::nullopt;
  }

  // 行业上的排序是科技制造＞消费＞金融＞周期; 风格上小盘成长＞大盘成长: names
  // written between signs that order them, the higher first, to the end of
  // the clause. The first name follows the last copula, colon or scope word
  // before the first sign; the words before it are the label. Two names
  // alone are only compared, unless the label says it ranks (排序).
  std::optional<Fragment> WithOrderedNames(const CueMatch& cue, std::string* why) {
    size_t clause = ClauseBegin(text_, cue.begin);
    const size_t clause_end = ClauseEnd(text_, cue.end);
    // 配置排序：成长＞价值: a colon hands the label's words to the names.
    if (const std::string_view before = text_.substr(0, clause);
        EndsWith(before, "：") || EndsWith(before, ":")) {
      clause = ClauseBegin(text_, PrevCodePoint(text_, clause));
    }
    const size_t first = FirstOrderedName(clause, cue.begin);
    std::vector<std::string> names;
    const auto take = [&](size_t from, size_t to) {
      const std::string_view name = Trim(text_.substr(from, to - from));
      if (name.empty() || !IsPlainName(name, rules_, kMaxPlacedNameChars)) {
        *why = "'" + std::string(name) + "' between the signs is no name";
        return false;
      }
      names.emplace_back(name);
      return true;
    };
    if (!take(first, cue.begin)) return std::nullopt;
    // Each name is looked for within a name's length of the sign before it:
    // a run of signs costs no more than its names.
    for (size_t pos = cue.end;;) {
      size_t at = pos;
      for (size_t n = 0; n <= kMaxPlacedNameChars && at < clause_end; ++n) {
        if (StartsWith(text_.substr(at, clause_end - at), cue.cue->word)) break;
        size_t len;
        DecodeUtf8(text_, at, &len);
        at += len;
      }
      const bool sign = at < clause_end && StartsWith(text_.substr(at), cue.cue->word);
      if (!sign && at < clause_end) {
        *why = "no name after the sign";
        return std::nullopt;
      }
      if (!take(pos, at)) return std::nullopt;
      if (!sign) break;
      pos = at + cue.cue->word.size();
    }
    const std::string_view label = text_.substr(clause, first - clause);
    if (names.size() < 3 && !HasRankingWord(label, rules_)) {
      *why = "two names compared, not ranked";
      return std::nullopt;
    }
    Fragment f;
    f.end = clause_end;
    f.list.cue = cue;
    // 中国平安＞中国人寿＞中国太保: with no words before the names, the sign
    // is the label.
    const size_t label_chars = LabelBeforeCopula(label).size();
    f.list.label_begin = label_chars > 0 ? clause : cue.begin;
    f.list.label_end = label_chars > 0 ? clause + label_chars : cue.end;
    f.list.items = std::move(names);
    f.list.top = cue.cue->top;
    return f;
  }

  // Where the first of the ordered names starts: after the last copula,
  // colon or scope word (风格上) in text[clause, sign). A scope word needs a
  // noun before it and a name after it: 中国平安 starts with no scope.
  size_t FirstOrderedName(size_t clause, size_t sign) const {
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

  // 行业上的排序是 -> 行业上的排序: the label stops before a copula or colon.
  std::string_view LabelBeforeCopula(std::string_view label) const {
    label.remove_suffix(LongestEnd(label, rules_.copulas).size());
    for (const std::string_view colon : {"：", ":"}) {
      if (EndsWith(label, colon)) label.remove_suffix(colon.size());
    }
    return label;
  }

  // 北京、上海的人口吸引力依次排在深圳、广州之后: the names before a chain
  // cue come after those it names, which ends the clause at `end`.
  std::optional<Fragment> WithNamesBeforeHeads(const CueMatch& cue, std::string_view head,
                                               size_t end, std::string* why) {
    const std::vector<std::string> heads = SplitItems(head, rules_);
    if (heads.empty() || !std::all_of(heads.begin(), heads.end(), [&](const std::string& name) {
          return IsPlainName(name, rules_, kMaxPlacedNameChars);
        })) {
      return std::nullopt;
    }
    CueMatch spanned = cue;
    spanned.end = end;
    auto f = WithNamesBefore(spanned, why);
    if (!f || NamesAny(f->list.items, heads)) return std::nullopt;
    f->list.items.insert(f->list.items.begin(), heads.begin(), heads.end());
    if (!f->list.values.empty()) {
      f->list.values.insert(f->list.values.begin(), heads.size(), std::nullopt);
    }
    f->role = Role::kList;
    return f;
  }

  static bool NamesAny(const std::vector<std::string>& names, const std::vector<std::string>& of) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
      return std::find(of.begin(), of.end(), name) != of.end();
    });
  }

  // 本月涨幅靠前的佳创视讯、中文在线、恒信东方即是其中典型代表: the cue
  // qualifies names enumerated after 的.
  // 排名第一和第二的贵阳和合肥: places qualify as many names.
  std::optional<Fragment> WithNamesModified(const CueMatch& cue, std::string* why) {
    // Only rank words and places qualify names so (涨幅靠前的…); 群众最期盼的
    // 生育、养育 is no ranking.
    const bool places = cue.cue->kind == Cue::Kind::kOrdinal && cue.places.size() >= 2;
    if (!StartsWith(text_.substr(cue.end), "的") ||
        (cue.cue->kind != Cue::Kind::kRank && !places)) {
      return std::nullopt;
    }
    const size_t begin = cue.end + 3, end = ClauseEnd(text_, begin);
    const std::string_view words = text_.substr(begin, end - begin);
    if (!Contains(words, "、") && !(places && ContainsAny(words, rules_.conjunctions))) {
      return std::nullopt;
    }
    std::string ignored;
    const int declared = places ? static_cast<int>(cue.places.size()) : 0;
    auto names = NamesBefore(block_, begin, end, rules_, declared, &ignored);
    if (!names || names->items.size() < 2 || names->begin != begin ||
        (places && names->items.size() != cue.places.size())) {
      return std::nullopt;
    }
    why->clear();
    Fragment f;
    f.end = names->end;
    f.list = ListOf(cue, LabelBegin(block_, cue.begin), cue.end, std::move(*names));
    return f;
  }

  // 与第二名恒大（4465.6亿元）拉开差距, 第五名的武汉: one place written before
  // the name that holds it goes on from the list before it.
  std::optional<Fragment> WithNameAfterPlace(const CueMatch& cue) const {
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

  // 排名前10家企业原煤产量合计…。具体情况为：A…；B…: a top-N phrase whose
  // names come later as records.
  std::optional<Fragment> WithRecordsAfter(const CueMatch& cue, std::string* why) {
    auto names = RecordsAfter(block_, cue.end, cue.number, rules_);
    if (!names) return std::nullopt;
    why->clear();
    Fragment f;
    f.end = names->end;
    const size_t label_begin = LabelBegin(block_, cue.begin);
    f.list = ListOf(cue, label_begin, NounEndAfter(cue.end), std::move(*names));
    return f;
  }

  // 前10家企业原煤产量…: the label takes the noun the cue counts (企业).
  size_t NounEndAfter(size_t pos) const {
    for (const auto& subject : rules_.subjects) {
      if (StartsWith(text_.substr(pos), subject)) return pos + subject.size();
    }
    return pos;
  }

  std::string_view ClauseUpTo(size_t pos) const {
    const size_t clause = ClauseBegin(text_, pos);
    return text_.substr(clause, pos - clause);
  }

  BlockList ListOf(const CueMatch& cue, size_t label_begin, size_t label_end, Names names) const {
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

  // 最为悲观的五大行业: a bottom cue in the label turns the list's cue.
  bool BottomCueIn(size_t from, size_t to) const {
    if (to <= from) return false;
    const std::string_view label = text_.substr(from, to - from);
    size_t pos = 0;
    while (const auto cue = cues_.Find(label, pos)) {
      if (!cue->cue->top) return true;
      pos = cue->end;
    }
    return false;
  }

  // A line of a few words with no clause in it: a heading or a table's
  // caption (近五日龙虎榜机构净买入金额最多个股).
  bool IsCaption() const {
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

  // A plain noun of one to four characters from `pos` to the block's end
  // (个股, 城市).
  bool CaptionNoun(size_t pos) const {
    const std::string_view noun = Trim(text_.substr(pos));
    const size_t chars = CodePointCount(noun);
    return chars >= 1 && chars <= 4 &&
           std::all_of(noun.begin(), noun.end(), [](char c) { return (c & 0x80) != 0; });
  }

  std::optional<Fragment> AtBlockEnd(const CueMatch& cue, size_t label_end, std::string* why) {
    // A superlative ends a caption that announces a table (…最多个股) as a
    // rank cue does; in a sentence it names one entity.
    if (cue.cue->kind != Cue::Kind::kRank && !(IsCaption() && cue.cue->kind != Cue::Kind::kChain)) {
      *why = "nothing follows the cue";
      return std::nullopt;
    }
    const size_t label_begin = LabelBegin(block_, cue.begin);
    if (CodePointCount(text_.substr(label_begin, label_end - label_begin)) > kMaxLabelChars) {
      *why = "the label is a whole sentence";
      return std::nullopt;
    }
    Fragment f;
    f.list = ListOf(cue, label_begin, label_end, {});
    f.list.at_block_end = true;
    f.end = text_.size();
    return f;
  }

  // 十大GDP主要城市（上海、北京、…、南京和武汉）: the names of a top N in
  // brackets right after its noun, exactly N of them.
  std::optional<Fragment> WithBracketedNames(const CueMatch& cue) const {
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

  // 紧随英国之后的G7经济体为美国和意大利: a chain cue that names its head
  // before an after word; the names after the connective follow it.
  std::optional<Fragment> WithNamedHead(const CueMatch& cue, std::string* why) {
    const std::string_view clause = text_.substr(0, ClauseEnd(text_, cue.end));
    for (const auto& word : rules_.after_words) {
      const size_t at = clause.find(word, cue.end);
      if (at == std::string_view::npos) continue;
      const std::string_view head = clause.substr(cue.end, at - cue.end);
      if (at + word.size() == clause.size())
        return WithNamesBeforeHeads(cue, head, clause.size(), why);
      if (!IsPlainName(head, rules_, kMaxPlacedNameChars)) continue;
      const auto connection = ConnectAt(text_, at + word.size(), rules_);
      if (!connection) continue;
      auto f = WithConnective(cue, *connection, why);
      if (!f) return std::nullopt;
      f->list.items.insert(f->list.items.begin(), std::string(head));
      if (!f->list.values.empty()) f->list.values.insert(f->list.values.begin(), std::nullopt);
      f->role = Role::kList;
      return f;
    }
    return std::nullopt;
  }

  // 前五大贸易伙伴东盟、欧盟、美国、韩国和日本: the names of a top N right
  // after its noun, which ends in a subject word (rules.subjects), exactly
  // N of them.
  std::optional<Fragment> WithApposedNames(const CueMatch& cue) const {
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
      if (!names || names->begin != begin ||
          names->items.size() != static_cast<size_t>(cue.number) ||
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

  std::optional<Fragment> WithConnective(const CueMatch& cue, const Connection& c,
                                         std::string* why) {
    if (!c.noun.empty() && cues_.Find(c.noun, 0)) {
      *why = "a later cue in the same phrase names the list";
      return std::nullopt;
    }
    // 排名前三的个股如下表所示。: nothing but the sentence's end follows.
    if (CleanItem(text_.substr(std::min(c.items_begin, text_.size()))).empty()) {
      return AtBlockEnd(cue, c.label_end, why);
    }
    // 托管市值排名：A、B、C位列前三 / 排名方面，排名前十的是…: the cue in the
    // names' clause announces them.
    if (cue.cue->names_after_only &&
        cues_.Find(text_.substr(c.items_begin, ClauseEnd(text_, c.items_begin) - c.items_begin),
                   0)) {
      *why = "a later cue in the names' clause announces them";
      return std::nullopt;
    }

    const size_t label_begin = LabelBegin(block_, cue.begin);
    if (CodePointCount(text_.substr(label_begin, c.label_end - label_begin)) > kMaxLabelChars) {
      *why = "the label is a whole sentence";
      return std::nullopt;
    }
    const Cue::Kind kind = cue.cue->kind;
    const std::optional<int> counted = CountIn(text_.substr(cue.end, c.label_end - cue.end));
    // 第二、三名分别为北京和浙江: as many names as places.
    const int declared = cue.cue->number == Cue::Number::kSize ? cue.number
                         : cue.places.size() >= 2              ? static_cast<int>(cue.places.size())
                                                               : counted.value_or(0);
    if (c.passive &&
        ClosingRankVerb(
            text_.substr(c.items_begin, ClauseEnd(text_, c.items_begin) - c.items_begin), rules_)
            .empty()) {
      *why = "a passive without a rank verb after its names";
      return std::nullopt;
    }
    Names names = NamesAfter(block_, c.items_begin, rules_, declared, kind == Cue::Kind::kChain);
    if (names.items.empty() || names.items.front().empty()) {
      *why = "no names after the connective";
      return std::nullopt;
    }
    Fragment f;
    f.end = names.end;
    if (names.values.empty()) names.values = ValuesFor(names.end, names.items);
    f.list = ListOf(cue, label_begin, c.label_end, std::move(names));
    if (!f.list.size) f.list.size = counted;
    // 送转比例最高的是透景生命、聚灿光电，均每10股送转8股: names sharing the
    // top of a superlative are tied (names sharing a top N are only in it).
    if (cue.cue->kind == Cue::Kind::kSuperlative && f.list.items.size() >= 2 &&
        SharedAfter(text_, f.end, rules_)) {
      f.list.tied = true;
    }
    // 其他涨幅较大的个股包括A、B: the names go on from a head before.
    f.extends =
        c.continues || StartsWithAny(text_.substr(label_begin), rules_.continuation_prefixes);
    f.may_imply_head = c.continues;
    return Classify(text_, rules_, std::move(f), cue, true, why);
  }

  // Where names written before their cue stand: up to `names_to` in the
  // clause from `clause`; the label ends at `label_end`.
  struct Before {
    size_t clause = 0, names_to = 0, label_end = 0;
    std::optional<std::pair<size_t, size_t>> copula;  // A…成为…最多的两家公司
  };

  // The cue ends its clause (A、B、C位居前三), or a copula comes before it and
  // a noun after it (A是上榜公司最多的行业; A和B…，成为…最多的两家公司).
  std::optional<Before> LayoutBefore(const CueMatch& cue, std::string* why) const {
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

  int DeclaredBefore(const CueMatch& cue, const Before& at) const {
    if (cue.cue->kind == Cue::Kind::kOrdinal) return static_cast<int>(cue.places.size());
    if (cue.cue->number == Cue::Number::kSize) return cue.number;
    return at.copula ? CountIn(text_.substr(cue.end, at.label_end - cue.end)).value_or(0) : 0;
  }

  // The names in the cue's clause, or, when that clause opens with its verb
  // (成为…前三甲, 位列第二), the subject of the clause before; sets the
  // label's start.
  std::optional<Names> NamesOfCue(const CueMatch& cue, Before* at, size_t* label_begin,
                                  std::string* why) const {
    const int declared = DeclaredBefore(cue, *at);
    if (auto named = PronounNames(cue, *at, declared)) {
      *label_begin = SkipCopula(LabelAfterNames(text_, named->end, cue.begin, rules_));
      return named;
    }
    const bool verb_first = at->names_to == at->clause ||
                            StartsWithAny(text_.substr(at->clause), rules_.rank_verbs) ||
                            StartsWithAny(text_.substr(at->clause), rules_.copulas);
    std::optional<Names> names;
    if (!verb_first) names = NamesBefore(block_, at->clause, at->names_to, rules_, declared, why);
    if (names && names->items.size() == 1 && declared <= 1) {
      WidenTie(block_, rules_, at->clause, at->names_to, cue.end, &*names);
    }
    // 宁波GDP名义增速领跑，GDP名次继续位居第7: a clause opening with a
    // metric goes on about the subject of the clause before.
    if (names && names->items.size() == 1 && StartsAtMetric(names->begin)) names.reset();
    *label_begin = at->copula ? at->copula->second
                   : names    ? LabelAfterNames(text_, names->end, cue.begin, rules_)
                              : at->clause;
    const bool enumerated = Contains(text_.substr(at->clause, at->names_to - at->clause), "、");
    if (!names && at->clause > 0 && (verb_first || !enumerated)) {
      const size_t prev_end = PrevCodePoint(text_, at->clause);
      const size_t prev_begin = ClauseBegin(text_, prev_end);
      names = NamesBefore(block_, prev_begin, prev_end, rules_, declared, why);
      // …，恩捷股份…，机构净买入7.18亿元，净买入金额最多: a head's holder
      // too, past a clause of figures.
      const std::string_view prev = text_.substr(prev_begin, prev_end - prev_begin);
      const bool figures_before =
          std::any_of(prev.begin(), prev.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!names &&
          ((cue.cue->kind == Cue::Kind::kOrdinal && declared == 1) ||
           (cue.cue->kind == Cue::Kind::kSuperlative && declared <= 1 && figures_before))) {
        names = EarlierSubject(prev_begin);
      }
      // 衡阳…，但增量仅低于长沙、岳阳，排全省第3: the names after a behind
      // word in the clause before are above the place (AddRelatives reads
      // them from there); its holder opens that clause or an earlier one.
      if (cue.cue->kind == Cue::Kind::kOrdinal && declared == 1) {
        if (auto holder = HolderBehind(block_, rules_, prev_begin, prev_end)) {
          names = std::move(holder);
          *label_begin = at->clause;
          at->names_to = at->clause;
          at->clause = prev_begin;
          return names;
        }
        // 韩国承接订单量138万修正总吨，占比45%，仅次于中国位居第二: the
        // place's own clause opens with the behind word, and the holder
        // opens a clause before the figures about it.
        if (!names && StartsWithAny(text_.substr(at->clause), rules_.behind_words)) {
          if (auto holder = HolderBehind(block_, rules_, at->clause, cue.begin)) {
            at->names_to = at->clause;
            return holder;
          }
        }
      }
      // 保利…3995亿元，而万科为3940亿元，分别排名行业第二和第三: each place's
      // holder opens one of the clauses before.
      if (cue.cue->kind == Cue::Kind::kOrdinal && declared >= 2 &&
          (!names || names->items.size() == 1) && StartsWith(text_.substr(at->clause), "分别")) {
        if (auto openers = ClauseOpeners(at->clause, declared)) names = std::move(openers);
      }
      // 分别位列第4位: the label starts at the rank verb.
      if (!at->copula) {
        *label_begin = SkipCopula(LabelAfterNames(text_, at->clause, cue.begin, rules_));
      }
      at->names_to = at->clause;
    }
    if (names && names->items.size() == 1) names = NameAfterDe(std::move(*names), at->names_to);
    return names;
  }

  // 保利2021年全年新增…: a year after two characters or more opens what the
  // clause says of the name; where it starts, else the name's end.
  static size_t BeforeYear(std::string_view name) {
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

  // 英科医疗排名第一，蓝帆医疗第二，振德医疗第三: an ordinal right after the
  // place before it, in the same sentence, goes on from it.
  bool GoesOnFromPlace(const CueMatch& cue) const {
    return cue.cue->kind == Cue::Kind::kOrdinal && last_.place > 0 &&
           cue.places.front() == last_.place + 1 && last_.end <= cue.begin &&
           SentenceStart(text_, cue.begin) <= last_.end;
  }

  // The last place a fragment holds: its last ordinal, 1 for a single
  // name on top (居首, 最高), the places after `before` for names after
  // 其次, else 0.
  static int LastPlace(const Fragment& f, int before) {
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

  // 证券业10家上榜公司…，分别是中信证券（211名）、海通证券（282名）…: names
  // each given its place, the places rising, after a connective that hands
  // them out (分别是, 依次为): a ranking with no cue word. Added in text order
  // where no list read so far stands.
  void AddPlacedEnumerations(std::vector<Fragment>* fragments) const {
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
        const bool taken =
            std::any_of(fragments->begin(), fragments->end(),
                        [&](const Fragment& f) { return f.list.label_begin <= at && at < f.end; });
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
        f.list = ListOf(CueMatch{&kPlaced, label_begin, label_begin, -1, {}}, label_begin,
                        label_end, std::move(names));
        f.list.size =
            CountOf(text_.substr(label_begin, label_end - label_begin), f.list.items.size());
        f.list.placed = true;
        const auto later = std::find_if(
            fragments->begin(), fragments->end(),
            [&](const Fragment& g) { return g.list.label_begin > f.list.label_begin; });
        fragments->insert(later, std::move(f));
      }
    }
  }

  // Whether a bracket closes right after 名 or 位 (211名）, 第46位）)
  // somewhere in `text`.
  static bool HasPlaceBracket(std::string_view text) {
    for (const std::string_view close : {"）", ")"}) {
      for (size_t at = Find(text, close); at != std::string_view::npos;
           at = Find(text, close, at + close.size())) {
        const std::string_view before = text.substr(0, at);
        if (EndsWith(before, "名") || EndsWith(before, "位")) return true;
      }
    }
    return false;
  }

  // 证券业10家上榜公司: a count in `label` of exactly `items` things.
  static std::optional<int> CountOf(std::string_view label, size_t items) {
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

  // Two names or more, each with a place of its own (211名, 第46位), rising.
  static bool RisingPlaces(const Names& names) {
    if (names.items.size() < 2 || names.values.size() != names.items.size()) return false;
    for (size_t i = 0; i < names.values.size(); ++i) {
      const auto& v = names.values[i];
      if (!v || !IsPlace(*v) || (i > 0 && v->number <= names.values[i - 1]->number)) return false;
    }
    return true;
  }

  // 天津、佛山的GDP总量分别排在全国的第7和第11位。十年后的今天，它们分别排在
  // 了第11位和第17位: a pronoun opening the places' clause stands for the
  // names of the list in the sentence before, when their count fits.
  std::optional<Names> PronounNames(const CueMatch& cue, const Before& at, int declared) const {
    if (cue.cue->kind != Cue::Kind::kOrdinal || declared < 2 ||
        last_.items.size() != static_cast<size_t>(declared)) {
      return std::nullopt;
    }
    const size_t sentence = SentenceStart(text_, at.clause);
    if (last_.end > sentence || sentence == 0 ||
        last_.end < SentenceStart(text_, PrevCodePoint(text_, sentence))) {
      return std::nullopt;
    }
    for (const auto& pronoun : rules_.pronouns) {
      if (StartsWith(text_.substr(at.clause), pronoun)) {
        // 它们仍分别排在…: the adverbs and 分别 after it are not the label's.
        size_t end = at.clause + pronoun.size();
        for (std::string_view adverb;
             !(adverb = LongestStart(text_.substr(end), rules_.adverbs)).empty();) {
          end += adverb.size();
        }
        if (StartsWith(text_.substr(end), "分别")) end += std::string_view("分别").size();
        return Names{at.clause, end, last_.items, {}};
      }
    }
    return std::nullopt;
  }

  // The names opening each of the `count` clauses before `clause` in its
  // sentence, in order; nullopt unless every one opens with a name.
  std::optional<Names> ClauseOpeners(size_t clause, int count) const {
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

  // 国企仍然运行稳定，54.9%的国企白领可以拿到年终奖，在不同性质企业中排名
  // 第一: a place's holder is the subject of an earlier clause of the
  // sentence when the clause right before it holds a figure, not a name.
  std::optional<Names> EarlierSubject(size_t clause) const {
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

  std::optional<Fragment> WithNamesBefore(const CueMatch& cue, std::string* why) {
    if (cue.cue->names_after_only) {
      *why = "the cue takes names only after a connective";
      return std::nullopt;
    }
    auto at = LayoutBefore(cue, why);
    if (!at) return std::nullopt;
    size_t label_begin = 0;
    auto names = NamesOfCue(cue, &*at, &label_begin, why);
    if (!names) return std::nullopt;
    if (*why = PredicateProblem(*names, cue.begin, at->copula.has_value()); !why->empty()) {
      return std::nullopt;
    }
    const size_t holders = names->items.size();
    const Relatives relatives = AddRelatives(cue, at->clause, &*names, &label_begin);
    const size_t count = names->items.size();
    // With the names above them (仅次于), the list starts at the first place.
    const bool from_first =
        relatives.above && count - relatives.below == static_cast<size_t>(cue.places.back());
    const std::string_view predicate = text_.substr(names->end, at->names_to - names->end);
    // 广东与江苏并列全国第一: names sharing one place.
    const bool share_place = cue.places.size() == 1 && ContainsAny(predicate, rules_.sharing_words);
    if (cue.cue->kind == Cue::Kind::kOrdinal && cue.places.size() != holders && !from_first &&
        !share_place) {
      *why =
          std::to_string(holders) + " names for " + std::to_string(cue.places.size()) + " places";
      return std::nullopt;
    }
    if (names->values.empty()) names->values = ValuesFor(names->end, names->items);
    Fragment f;
    f.end = std::max({cue.end, at->label_end, relatives.end});
    f.list = ListOf(cue, label_begin, at->label_end, std::move(*names));
    if (!f.list.size && at->label_end > cue.end) {
      f.list.size = CountIn(text_.substr(cue.end, at->label_end - cue.end));
    }
    MarkTiesAndContinuation(cue, at->clause, predicate, &f);
    // 广东、浙江、福建、湖南、湖北都已位列全国前十: fewer names than the top
    // N they all share are members of it, in no order. One short, they
    // may be the rest of a top N whose head came before (重庆…领跑全国。
    // 成都、…和南昌均在…前十).
    if (f.list.tied && f.list.size && f.list.items.size() < static_cast<size_t>(*f.list.size) &&
        cue.cue->number == Cue::Number::kSize) {
      if (f.list.items.size() + 1 != static_cast<size_t>(*f.list.size)) {
        *why = "names sharing a top group are its members, not an order";
        return std::nullopt;
      }
      f.needs_head = true;
      f.list.tied = false;
    }
    return Classify(text_, rules_, std::move(f), cue, false, why);
  }

  // 华夏基金和易方达基金…都达到了48.5亿美元; A、B关注度最高，均有2次: a
  // stated equality of the head. 其他还有A、B分红金额居前; A、B也排名靠后;
  // 重庆、成都依次挤进前十: names that go on from the list before; places
  // from the first are a list of their own (A、B、C依次排名第一、第二、第三).
  void MarkTiesAndContinuation(const CueMatch& cue, size_t clause, std::string_view predicate,
                               Fragment* f) const {
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

  // Whether the noun after a count (…要点, …典型案例) is one of
  // rules.unranked_nouns: within its first few characters, in its clause.
  bool SelectsUnranked(size_t noun_begin) const {
    constexpr size_t kMaxNounChars = 10;
    const size_t end =
        std::min(ClauseEnd(text_, noun_begin), AdvanceChars(text_, noun_begin, kMaxNounChars));
    return ContainsAny(text_.substr(noun_begin, end - noun_begin), rules_.unranked_nouns);
  }

  // Why the words between names and cue say they are no ranked list.
  // 中国的国家电网公司位居第三位: a name before 的 that goes on to no
  // metric qualifies the name after it, which then ends at the predicate.
  Names NameAfterDe(Names names, size_t to) const {
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

  bool StartsAtMetric(size_t pos) const {
    const std::string_view rest = text_.substr(pos);
    return StartsWithAny(rest, rules_.metrics) || StartsWithAny(rest, rules_.ranking_words) ||
           StartsWithAny(rest, rules_.rank_verbs);
  }

  std::string PredicateProblem(const Names& names, size_t to, bool copula_form) const {
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

  // 的 + a short noun (两家公司, 行业) that ends the clause: its end, or npos.
  size_t NounEnd(size_t pos) const {
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

  // The last copula (rules: 成为, 作为, 是, 为) in text[from, to): its begin
  // and end (成为 over the 为 inside it).
  std::optional<std::pair<size_t, size_t>> CopulaIn(size_t from, size_t to) const {
    std::optional<std::pair<size_t, size_t>> found;
    for (const std::string_view copula : rules_.copulas) {
      size_t at = FindLast(text_.substr(from, to - from), copula);
      if (at == std::string_view::npos) continue;
      at += from;
      if (!found || at >= found->second) found = std::pair{at, at + copula.size()};
    }
    return found;
  }

  // Where the cue's clause ends when the cue ends it, or a short noun after
  // it does (第七大股东，: the noun belongs to the label); npos when the
  // clause goes on (排名第一的态势).
  size_t ClauseEndAfterCue(const CueMatch& cue) const {
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

  struct Relatives {
    bool above = false;  // names above the place came first
    size_t below = 0;    // names below it, last
    size_t end = 0;      // where the names below end
  };

  // 芜湖和马鞍山…，仅次于铜陵、深圳和合肥居于第四和第五位; 深圳之后，广州…位居
  // 第二; 宁波…位居第7，排在青岛之前: the names a place is written against
  // join its holders in rank order.
  Relatives AddRelatives(const CueMatch& cue, size_t clause, Names* names,
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

  // The names of `first`, then those of `second`, values kept in step; the
  // span stays the holders' (their predicate follows it).
  static Names Concat(Names first, Names second, const Names& holders) {
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

  // 成为 and 是 hand the subject over; the label starts after them.
  size_t SkipCopula(size_t pos) const {
    for (const std::string_view copula : rules_.copulas) {
      if (StartsWith(text_.substr(pos), copula)) return pos + copula.size();
    }
    return pos;
  }

  // The values of names ending at `names_end`: after 分别为, or by name in
  // this sentence or the next (…是成都、杭州和青岛。其中，成都增长24.5万人、
  // 杭州增长23.9万人…).
  std::vector<std::optional<RankValue>> ValuesFor(size_t names_end,
                                                  const std::vector<std::string>& items) const {
    auto values =
        ValuesAfterOpener(text_, names_end, next_cue_, items.size(), rules_.value_openers);
    if (values.empty()) {
      const size_t to = std::min(next_cue_, SentenceEnd(text_, SentenceEnd(text_, names_end)));
      values = ValuesNamedPerItem(text_, names_end, to, items);
    }
    return AsPerItem(std::move(values));
  }

  void Explain(const CueMatch& cue, std::string result) {
    if (outcomes_ == nullptr) return;
    outcomes_->push_back(
        {cue.begin, std::string(text_.substr(cue.begin, cue.end - cue.begin)), std::move(result)});
  }

  const Block& block_;
  const std::string_view text_;
  const Rules& rules_;
  const CueFinder& cues_;
  std::vector<CueOutcome>* outcomes_;
  size_t next_cue_ = 0;
  // The last list read: its names and where it ends (PronounNames), and
  // the place it reaches (LastPlace, for GoesOnFromPlace).
  struct LastRead {
    std::vector<std::string> items;
    size_t end = 0;
    int place = 0;
  } last_;
};

}  // namespace

std::vector<Fragment> FragmentsInBlock(const Block& block, const Rules& rules,
                                       const CueFinder& cues, std::vector<CueOutcome>* outcomes) {
  return BlockScanner(block, rules, cues, outcomes).Scan();
}

}  // namespace newsextract
