// Fragments of lists around each cue of a block: whole lists, heads and
// continuations, with the names each cue's grammar gives it.
#include "ranking_fragments.h"

#include <algorithm>

#include "list_items.h"
#include "ranking_grammar.h"
#include "ranking_relative.h"
#include "ranking_roles.h"
#include "ranking_ties.h"
#include "ranking_values.h"
#include "text_util.h"

namespace newsextract {
namespace {

// Longer "labels" are sentences that happen to hold a cue.
constexpr size_t kMaxLabelChars = 80;
class BlockScanner : private BlockGrammar {
 public:
  BlockScanner(const Block& block, const Rules& rules, const CueFinder& cues,
               std::vector<CueOutcome>* outcomes)
      : BlockGrammar(block, rules, cues), outcomes_(outcomes) {}

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
    // 第二 counts with a ranking word in its clause, or written as a place
    // (第二名, 第四位, 第七大股东); 第一是… lists reasons.
    const std::string_view written = text_.substr(cue.begin, cue.end - cue.begin);
    const bool place =
        EndsWith(written, "名") || EndsWith(written, "位") || EndsWith(written, "大");
    if (std::string unranked = Unranked(cue, place); !unranked.empty()) {
      *why = std::move(unranked);
      return std::nullopt;
    }
    const NounCount counted = cue.cue->number_before ? NounCount::kCounted
                              : cue.cue->number == Cue::Number::kSize && cue.number > 0 &&
                                      EndsWithAny(written, rules_.size_suffixes)
                                  ? NounCount::kSized
                                  : NounCount::kNone;
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

  // Why a cue ranks nothing though its names may follow: an ordinal with
  // no ranking word, a count naming a category or a selection, one of the
  // top N; "" when it may rank. `place`: the cue is written as a place.
  std::string Unranked(const CueMatch& cue, bool place) const {
    // 第二、第三分别为北京和浙江: places named together and handed to names.
    const bool handed = cue.places.size() >= 2 && ConnectAt(text_, cue.end, rules_);
    if ((cue.cue->needs_ranking_word || cue.cue->kind == Cue::Kind::kOrdinal) && !place &&
        !handed && !GoesOnFromPlace(cue) && !HasRankingWord(ClauseUpTo(cue.end), rules_)) {
      return "no ranking word with the ordinal";
    }
    // 三大主导产业为A、B、C: a small bare count names a category.
    if (cue.cue->min_number > 0 && cue.number < static_cast<int>(cue.cue->min_number) &&
        !HasRankingWord(ClauseUpTo(cue.begin), rules_) && !Contains(ClauseUpTo(cue.begin), "最")) {
      return "a count below " + std::to_string(cue.cue->min_number) + " names a category";
    }
    // 九大要点, 十大消费维权典型案例: a count of points or cases selects
    // them, in no order.
    if (cue.cue->number_before && SelectsUnranked(cue.end)) {
      return "a count of points or cases names a selection, not a ranking";
    }
    // 四大全国性国有资产管理公司（AMC）之一, 前十大城市之列: one of the top N
    // is a member.
    if (cue.cue->number == Cue::Number::kSize &&
        ContainsAny(text_.substr(cue.end, ClauseEnd(text_, cue.end) - cue.end),
                    rules_.member_words)) {
      return "one of the top N names a member, not an order";
    }
    return "";
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
    // 金融和工业部门…提及衰退的公司最多，分别为53家和37家: two values after the
    // cue are for the two names 和 joins.
    if (names && names->items.size() == 1 && declared == 0 &&
        ValuesAfterOpener(text_, cue.end, SentenceEnd(text_, cue.end), 2, rules_.value_openers)
                .size() == 2) {
      if (auto pair = NamesBefore(block_, at->clause, at->names_to, rules_, 2, why);
          pair && pair->items.size() == 2) {
        names = std::move(pair);
      }
    }
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
    if (!names && at->clause > 0 && (verb_first || !enumerated) &&
        NamesInClauseBefore(cue, declared, at, label_begin, &names, why)) {
      return names;
    }
    if (names && names->items.size() == 1) names = NameAfterDe(std::move(*names), at->names_to);
    return names;
  }

  // The names of the clause before the cue's when its own names none (or
  // opens with its verb): its subject, a head's holder past a clause of
  // figures, the holder of a place written behind others, or the holders
  // opening the clauses before 分别; moves `at` to that clause and sets the
  // label's start. True when the names found are final as they stand.
  bool NamesInClauseBefore(const CueMatch& cue, int declared, Before* at, size_t* label_begin,
                           std::optional<Names>* names, std::string* why) const {
    const size_t prev_end = PrevCodePoint(text_, at->clause);
    const size_t prev_begin = ClauseBegin(text_, prev_end);
    *names = NamesBefore(block_, prev_begin, prev_end, rules_, declared, why);
    // …，恩捷股份…，机构净买入7.18亿元，净买入金额最多: a head's holder
    // too, past a clause of figures.
    const std::string_view prev = text_.substr(prev_begin, prev_end - prev_begin);
    const bool figures_before =
        std::any_of(prev.begin(), prev.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!*names &&
        ((cue.cue->kind == Cue::Kind::kOrdinal && declared == 1) ||
         (cue.cue->kind == Cue::Kind::kSuperlative && declared <= 1 && figures_before))) {
      *names = EarlierSubject(prev_begin);
    }
    // 衡阳…，但增量仅低于长沙、岳阳，排全省第3: the names after a behind
    // word in the clause before are above the place (AddRelatives reads
    // them from there); its holder opens that clause or an earlier one.
    if (cue.cue->kind == Cue::Kind::kOrdinal && declared == 1) {
      if (auto holder = HolderBehind(block_, rules_, prev_begin, prev_end)) {
        *names = std::move(holder);
        *label_begin = at->clause;
        at->names_to = at->clause;
        at->clause = prev_begin;
        return true;
      }
      // 韩国承接订单量138万修正总吨，占比45%，仅次于中国位居第二: the
      // place's own clause opens with the behind word, and the holder
      // opens a clause before the figures about it.
      if (!*names && StartsWithAny(text_.substr(at->clause), rules_.behind_words)) {
        if (auto holder = HolderBehind(block_, rules_, at->clause, cue.begin)) {
          at->names_to = at->clause;
          *names = std::move(holder);
          return true;
        }
      }
    }
    // 保利…3995亿元，而万科为3940亿元，分别排名行业第二和第三: each place's
    // holder opens one of the clauses before.
    if (cue.cue->kind == Cue::Kind::kOrdinal && declared >= 2 &&
        (!*names || (*names)->items.size() == 1) && StartsWith(text_.substr(at->clause), "分别")) {
      if (auto openers = ClauseOpeners(at->clause, declared)) *names = std::move(openers);
    }
    // 分别位列第4位: the label starts at the rank verb.
    if (!at->copula) {
      *label_begin = SkipCopula(LabelAfterNames(text_, at->clause, cue.begin, rules_));
    }
    at->names_to = at->clause;
    return false;
  }

  // 英科医疗排名第一，蓝帆医疗第二，振德医疗第三: an ordinal right after the
  // place before it, in the same sentence, goes on from it.
  bool GoesOnFromPlace(const CueMatch& cue) const {
    return cue.cue->kind == Cue::Kind::kOrdinal && last_.place > 0 &&
           cue.places.front() == last_.place + 1 && last_.end <= cue.begin &&
           SentenceStart(text_, cue.begin) <= last_.end;
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
