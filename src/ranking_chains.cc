// Chains: heads joined with the continuations after them (其次, 紧随其后,
// 还有, the next places, names with falling values), in text order.
#include "ranking_chains.h"

#include <algorithm>

#include "ranking_asides.h"
#include "ranking_label.h"
#include "ranking_spans.h"
#include "ranking_values.h"
#include "text_util.h"

namespace newsextract {
namespace {

class ChainAssembler {
 public:
  ChainAssembler(const Block& block, const Rules& rules)
      : block_(block), text_(block.text), rules_(rules) {}

  std::vector<BlockList> Run(std::vector<Fragment> fragments) {
    Assemble(std::move(fragments));
    return std::move(out_);
  }

 private:
  // Joins heads with their continuations, in text order.
  void Assemble(std::vector<Fragment> fragments) {
    std::optional<Fragment> head;
    std::optional<size_t> open;  // the list a 还有 or 其次 may extend
    for (Fragment& f : fragments) {
      if (f.needs_head) {
        if (head && head->list.items.size() == 1 && head->list.top == f.list.top) {
          open = Emit(Under(std::move(f.list), std::move(head->list)));
          head.reset();
        }
        continue;
      }
      if (head && f.role == Role::kList && GroupAfterHead(head->list, f.list)) {
        open = Emit(Join(std::move(head->list), std::move(f.list)));
        head.reset();
        continue;
      }
      if (head && f.role == Role::kList && PlacesAfterHead(head->list, f.list)) {
        // The places go on from the head: the range is no top N of the whole.
        f.list.size.reset();
        open = Emit(Join(std::move(head->list), std::move(f.list)));
        head.reset();
        continue;
      }
      if (head && f.role == Role::kHead && Completes(head->list, f.list)) {
        open = Emit(Join(std::move(head->list), std::move(f.list)));
        head.reset();
        continue;
      }
      if (head && f.role != Role::kContinuation) CloseHead(&head, f.list.label_begin, &open);
      if (f.role != Role::kContinuation) lone_.reset();
      switch (f.role) {
        case Role::kList:
          open = Emit(std::move(f.list));
          break;
        case Role::kHead:
          head = std::move(f);
          break;
        case Role::kContinuation:
          // A ranking names each item once: 厦门…位列第一，2020年经济密度居
          // 第二 places the same name again, on another measure.
          if (head && (!Follows(head->list, f.list) || NamesAgain(head->list, f.list))) {
            CloseHead(&head, f.list.label_begin, &open);
          }
          if (head) {
            open = Emit(Join(std::move(head->list), std::move(f.list)));
            head.reset();
          } else if (open && GoesOn(out_[*open], f)) {
            Extend(&out_[*open], std::move(f.list));
          } else if (auto implicit = ImplicitHead(f);
                     implicit && Follows(*implicit, f.list) && !NamesAgain(*implicit, f.list)) {
            open = Emit(Join(std::move(*implicit), std::move(f.list)));
          } else if (f.standalone) {
            open = Emit(std::move(f.list));
          } else {
            TakeLonePlace(std::move(f), &open);
          }
          break;
      }
    }
    if (head) CloseHead(&head, text_.size(), &open);
  }

  // A head with no cue after it: joined with names and falling values
  // written after it (A最高；B、C分别为v2、v3), kept alone after a
  // connective of a rank cue (排名靠后的是X), else dropped.
  void CloseHead(std::optional<Fragment>* head, size_t limit, std::optional<size_t>* open) {
    if (auto moved = MovesAfter((*head)->list, limit)) {
      *open = Emit(std::move(*moved));
    } else if (auto more = ValueContinuation((*head)->end, limit, (*head)->list.top)) {
      // 东北三省再次垫底，黑龙江、吉林、辽宁分别为…: the names are the group
      // the head counts, not names after it.
      const BlockList& said = (*head)->list;
      const size_t counted = std::max(GroupCount(said.items.front()),
                                      size_t(CountNumberAt(text_, said.label_begin, rules_)));
      if (said.items.size() == 1 && counted == more->items.size()) {
        more->cue = said.cue;
        more->label_begin = said.label_begin;
        more->label_end = said.label_end;
        more->top = said.top;
        *open = Emit(std::move(*more));
      } else {
        *open = Emit(Join(std::move((*head)->list), std::move(*more)));
      }
    } else if (auto aside = AsideAfterHead(block_, (*head)->list, limit, rules_)) {
      *open = Emit(Join(std::move((*head)->list), std::move(*aside)));
    } else if ((*head)->single_ok) {
      *open = Emit(std::move((*head)->list));
    } else if (IsLonePlace((*head)->list)) {
      lone_ = std::move((*head)->list);  // 第一 with no 第二 after it: 第三 may come
    }
    head->reset();
  }

  // 服务业…仍排在后两位，排名垫底的是文体教育行业: a head that announces
  // more places than it names, and a head of the same direction in the
  // same sentence whose names fill exactly the places left.
  bool Completes(const BlockList& head, const BlockList& more) const {
    if (!head.size || head.top != more.top || more.size || NamesAgain(head, more)) return false;
    const size_t named = head.items.size() + more.items.size();
    return !head.items.empty() && named == static_cast<size_t>(*head.size) &&
           SentenceEnd(text_, head.end) >= more.label_begin;
  }

  // Two places belong to one ranking when they are said alike in one
  // sentence (居全国第二，…居全国第五), or the later one is a bare place
  // opening the next sentence (…位居第四。第五名的武汉): 排名全国第二…在全省
  // 排名第一 ranks in two tables, and places in sentences apart are often
  // places in rankings of different metrics.
  bool SameRanking(const BlockList& first, const BlockList& later) const {
    const std::string_view stem = Stem(later);
    const size_t sentence_end = SentenceEnd(text_, first.cue.end);
    if (stem.empty()) return SentenceEnd(text_, sentence_end) >= later.cue.begin;
    return RankScope(stem) == RankScope(Stem(first)) && sentence_end >= later.cue.begin;
  }

  // The words of a place's stem after its rank verb (居全国 -> 全国).
  std::string_view RankScope(std::string_view stem) const {
    size_t after = 0;
    for (const auto& verb : rules_.rank_verbs) {
      const size_t at = FindLast(stem, verb);
      if (at != std::string_view::npos) after = std::max(after, at + verb.size());
    }
    return stem.substr(after);
  }

  // One name in one place: 广东…居全国第二.
  // Its name must not be a metric (…名列第二，收入为83.51亿元: the clause
  // before the place held a figure, not a name).
  bool IsLonePlace(const BlockList& list) const {
    return list.cue.cue->kind == Cue::Kind::kOrdinal && list.cue.places.size() == 1 &&
           list.items.size() == 1 && !ContainsAny(list.items.front(), rules_.metrics);
  }

  // 广东…居全国第二，福建…居全国第五; 杭州位居第四。第五名的武汉…: single
  // places named one after another, rising, rank their names though no
  // head precedes them and places are skipped. A lone place waits for the
  // next; a place that rises past it joins it, and later ones go on.
  void TakeLonePlace(Fragment f, std::optional<size_t>* open) {
    if (!IsLonePlace(f.list)) return;
    const int place = f.list.cue.places.front();
    if (run_ && *open == run_->index && place > run_->last_place &&
        !NamesAgain(out_[run_->index], f.list)) {
      run_->last_place = place;
      Extend(&out_[run_->index], std::move(f.list));
      return;
    }
    if (lone_ && place > lone_->cue.places.front() && !NamesAgain(*lone_, f.list) &&
        SameRanking(*lone_, f.list)) {
      *open = Emit(Join(std::move(*lone_), std::move(f.list)));
      run_ = PlaceRun{**open, place};
      lone_.reset();
      return;
    }
    lone_ = std::move(f.list);
  }

  // 东北三省: how many names a name counts (a numeral and a counter after
  // its first characters); 0 when it counts none.
  size_t GroupCount(std::string_view name) const {
    size_t len = 0;
    for (size_t pos = 0; pos < name.size(); pos += len) {
      if (const int n = pos > 0 ? CountNumberAt(name, pos, rules_) : 0; n >= 2) {
        return static_cast<size_t>(n);
      }
      DecodeUtf8(name, pos, &len);
    }
    return 0;
  }

  // Names followed by as many values in rank order (falling after a top
  // head), in a clause of text[from, to) that sets no threshold: B、C分别获
  // 9次、8次.
  std::optional<BlockList> ValueContinuation(size_t from, size_t to, bool top) const {
    // Values are written in digits: without one there is nothing to read.
    const std::string_view rest = text_.substr(from, to - from);
    if (std::none_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    for (size_t clause = from; clause < to;) {
      const size_t end = std::min(ClauseEnd(text_, clause), to);
      const std::string_view words = text_.substr(clause, end - clause);
      if (Contains(words, "、") || ContainsAny(words, rules_.conjunctions)) {
        std::string why;
        auto names = NamesBefore(block_, clause, end, rules_, 0, &why);
        // 北京和成都两地: the count after the names says how many there are.
        if (const int counted = names ? CountNumberAt(text_, names->end, rules_) : 0;
            counted > 1 && static_cast<size_t>(counted) != names->items.size()) {
          names = NamesBefore(block_, clause, end, rules_, counted, &why);
        }
        // 大连和长春分别为1.5%和1.8%: two values for the two names 和 joins.
        if (names && names->items.size() == 1) {
          if (auto pair = NamesBefore(block_, clause, end, rules_, 2, &why);
              pair && pair->items.size() == 2 &&
              ValuesAfterOpener(text_, pair->end, std::min(SentenceEnd(text_, end), to), 2,
                                rules_.value_openers)
                      .size() == 2) {
            names = std::move(pair);
          }
        }
        // 超, 逾 in the words after the names set a threshold (均超3%).
        const bool threshold = names && ContainsAny(text_.substr(names->end, end - names->end),
                                                    rules_.threshold_words);
        if (names && names->items.size() >= 2 && !threshold) {
          auto values = ValuesAfterOpener(text_, names->end, std::min(SentenceEnd(text_, end), to),
                                          names->items.size(), rules_.value_openers);
          // One value for all reads only in the head's own sentence.
          if (values.empty() && clause < SentenceEnd(text_, from)) {
            values = SharedValue(names->end, end, names->items.size());
          }
          if (InRankOrder(values, top)) {
            BlockList list;
            list.items = std::move(names->items);
            list.values = AsPerItem(std::move(values));
            return list;
          }
        }
      }
      clause = NextClause(text_, end);
    }
    return std::nullopt;
  }

  // How the names after a head say their amounts: the head's own words
  // right after each name (特变电工获净流入14.78亿元居首，通威股份获净流入
  // 5.31亿元), or a word of the head's move a few characters after it
  // (欧洲地区领降27.8点，…，北美地区降14.0点); names of the latter must be
  // of the head's kind, as such words are common.
  struct FollowWords {
    std::vector<std::string> words;
    size_t reach = 1;  // characters after a name where the words may start
    bool same_kind = false;
  };

  std::optional<FollowWords> FollowWordsOf(const BlockList& head) const {
    if (head.items.size() != 1) return std::nullopt;
    if (head.label_begin < head.cue.begin) {
      const std::string_view said =
          text_.substr(head.label_begin, head.cue.begin - head.label_begin);
      const size_t digit = said.find_first_of("0123456789");
      const std::string_view words = Trim(said.substr(0, digit));
      const size_t chars = CodePointCount(words);
      size_t len;
      if (digit != std::string_view::npos && chars >= 1 && chars <= 6 &&
          std::none_of(words.begin(), words.end(), [](char c) { return (c & 0x80) == 0; }) &&
          ParseValue(said.substr(digit), &len)) {
        return FollowWords{{std::string(words)}, 1, false};
      }
    }
    const std::vector<std::string>* moves = MoveWordsOf(head);
    if (moves == nullptr) return std::nullopt;
    constexpr size_t kReach = 4;  // 小幅上扬: the words between name and amount
    return FollowWords{*moves, kReach, true};
  }

  // 欧洲地区领降27.8点，同时，…，北美地区降14.0点，亚洲地区降12.4点: a head
  // joined with the names that open the later clauses of its sentence and
  // say their amounts as it does (FollowWordsOf), amounts falling.
  std::optional<BlockList> MovesAfter(const BlockList& head, size_t to) const {
    const auto follow = FollowWordsOf(head);
    if (!follow) return std::nullopt;
    const size_t limit = std::min(SentenceEnd(text_, head.cue.end), to);
    const size_t head_end = std::min(ClauseEnd(text_, head.cue.end), limit);
    // 欧洲地区…领涨，从…低点大幅反弹18.2点: the head's amount may stand in
    // the clauses after it, before the first name.
    std::optional<RankValue> lead =
        AmountIn(std::min(head.label_begin, head.cue.begin), head_end, follow->words);
    BlockList more;
    std::vector<RankValue> amounts;
    for (size_t clause = NextClause(text_, head_end), end = 0; clause < limit;
         clause = NextClause(text_, end)) {
      end = std::min(ClauseEnd(text_, clause), limit);
      const std::string_view words = text_.substr(clause, end - clause);
      if (std::none_of(words.begin(), words.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        continue;  // 同时, 也下降了双位数: no amount to rank by
      }
      auto named = MovingName(clause, end, *follow);
      if (named) {
        more.items.push_back(std::move(named->first));
        amounts.push_back(std::move(named->second));
      } else if (!more.items.empty()) {
        break;
      } else if (!lead) {
        lead = AmountIn(clause, end, follow->words);
      }
    }
    if (more.items.empty()) return std::nullopt;
    std::vector<RankValue> all = amounts;
    if (lead) all.insert(all.begin(), *lead);
    if (!NonIncreasing(all)) return std::nullopt;
    BlockList list = head;
    // Two names or more moving alike make a series of their own (明微电子累计
    // 上涨306.01%，国科微累计上涨171.55%); one alone must be of the head's kind.
    if (follow->same_kind && !CutToKindOf(more.items, &list) && more.items.size() < 2) {
      return std::nullopt;
    }
    if (lead) list.values = {lead};
    more.values = AsPerItem(std::move(amounts));
    more.end = limit;
    if (NamesAgain(list, more)) return std::nullopt;
    return Join(std::move(list), std::move(more));
  }

  // 欧洲地区投资者信心指数领涨…，亚洲地区…: the names after a head are of
  // its kind, ending alike (地区); false when the head's name does not hold
  // that ending (创业板指涨幅最高，整月累计上涨4.33%: 整月 is no index). A
  // head name that goes on past the ending holds the measure too, which
  // belongs to the label.
  bool CutToKindOf(const std::vector<std::string>& names, BlockList* head) const {
    if (head->items.size() != 1) return false;
    std::string_view ending = names.front();
    for (const std::string_view name : names) {
      while (!ending.empty() && !EndsWith(name, ending)) {
        size_t len;
        DecodeUtf8(ending, 0, &len);
        ending.remove_prefix(len);
      }
    }
    while (CodePointCount(ending) > 2) {
      size_t len;
      DecodeUtf8(ending, 0, &len);
      ending.remove_prefix(len);
    }
    const std::string& name = head->items.front();
    const size_t at = ending.empty() ? std::string::npos : name.find(ending);
    if (at == std::string::npos || at == 0) return false;
    if (at + ending.size() == name.size()) return true;
    // The name stands right before its label (A…领涨): only then can the
    // label take the measure over.
    const size_t name_end = head->label_begin;
    if (name_end < name.size() || text_.substr(name_end - name.size(), name.size()) != name) {
      return true;
    }
    const size_t cut = at + ending.size();
    head->label_begin = name_end - name.size() + cut;
    head->items.front().resize(cut);
    return true;
  }

  // The moving words of a head's cue or stem (领降, 涨幅最大): rise_words or
  // fall_words, or none when it names neither or both.
  const std::vector<std::string>* MoveWordsOf(const BlockList& head) const {
    const std::string_view said =
        text_.substr(std::min(head.label_begin, head.cue.begin),
                     head.cue.end - std::min(head.label_begin, head.cue.begin));
    const bool rises = ContainsAny(said, rules_.rise_words);
    const bool falls = ContainsAny(said, rules_.fall_words);
    if (rises == falls) return nullptr;
    return rises ? &rules_.rise_words : &rules_.fall_words;
  }

  // A name opening text[clause, end) and the amount it moves by, written
  // a few characters after it (亚洲地区小幅上扬1.7点).
  std::optional<std::pair<std::string, RankValue>> MovingName(size_t clause, size_t end,
                                                              const FollowWords& follow) const {
    const auto span = OpeningName(block_, clause, end, rules_);
    if (!span) return std::nullopt;
    const auto [name_begin, name_end] = *span;
    size_t amount_end = 0;
    auto amount = AmountIn(name_end, std::min(end, AdvanceChars(text_, name_end, follow.reach)),
                           follow.words, &amount_end);
    // The amount ends the clause: 广西以6184元暂居末位 goes on to a place of
    // its own.
    if (!amount || amount_end < end) return std::nullopt;
    return std::pair{std::string(text_.substr(name_begin, name_end - name_begin)),
                     std::move(*amount)};
  }

  // The first amount in text[from, to) written after a moving word (降14.0点,
  // 反弹了18.2点); the words may start before `to` and the amount go past it.
  // `*amount_end` gets where the amount and the level it reaches end.
  std::optional<RankValue> AmountIn(size_t from, size_t to, const std::vector<std::string>& moves,
                                    size_t* amount_end = nullptr) const {
    for (size_t pos = from; pos < to;) {
      for (const std::string_view word : moves) {
        if (!StartsWith(text_.substr(pos), word)) continue;
        size_t at = pos + word.size();
        if (StartsWith(text_.substr(at), "了")) at += std::string_view("了").size();
        size_t len;
        if (auto value = ParseValue(text_.substr(at), &len)) {
          if (amount_end != nullptr) *amount_end = AfterAmount(text_, at);
          return value;
        }
      }
      size_t len;
      DecodeUtf8(text_, pos, &len);
      pos += len;
    }
    return std::nullopt;
  }

  // 北京和成都两地的环比涨幅也均达到了1%: one value that a sharing word
  // gives each of `count` names, the first figure of text[from, to).
  std::vector<RankValue> SharedValue(size_t from, size_t to, size_t count) const {
    const std::string_view words = text_.substr(from, to - from);
    if (!ContainsAny(words, rules_.sharing_words) && !ContainsAny(words, rules_.continuing_words)) {
      return {};
    }
    const auto digit =
        std::find_if(words.begin(), words.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digit == words.end()) return {};
    // 也由9.7%回升至11.1%: a figure moved from is no value of the names.
    const std::string_view before = words.substr(0, digit - words.begin());
    if (EndsWith(before, "由") || EndsWith(before, "从")) return {};
    size_t len;
    auto value = ParseValue(words.substr(digit - words.begin()), &len);
    if (!value) return {};
    return std::vector<RankValue>(count, *value);
  }

  // 中微公司最新持股量为…，增持量居前的还有B、C: the name that opens an
  // earlier clause of the sentence heads the list 还有 continues.
  std::optional<BlockList> ImplicitHead(const Fragment& f) const {
    if (!f.may_imply_head && f.list.cue.cue->kind != Cue::Kind::kChain) return std::nullopt;
    // 首先…其次…: reasons in order, not names.
    if (ContainsAny(text_.substr(0, f.list.label_begin), rules_.reason_openers))
      return std::nullopt;
    size_t clause = ClauseBegin(text_, std::min(f.list.label_begin, f.list.cue.begin));
    for (int back = 0; back < 3 && clause > 0; ++back) {
      const size_t prev_end = PrevCodePoint(text_, clause);
      size_t len;
      const char32_t punct = DecodeUtf8(text_, prev_end, &len);
      if (IsClausePunct(punct) && punct != U'，' && punct != U'；') break;
      clause = ClauseBegin(text_, prev_end);
      if (const auto span = OpeningName(block_, clause, prev_end, rules_)) {
        BlockList head;
        head.cue = f.list.cue;
        head.label_begin = f.list.label_begin;
        head.label_end = f.list.label_end;
        head.items.emplace_back(text_.substr(span->first, span->second - span->first));
        return head;
      }
    }
    return std::nullopt;
  }

  // Whether `more` continues `list`: the next places (第四、第五位 after
  // three names), or 还有 / 其次 in the same sentence.
  bool GoesOn(const BlockList& list, const Fragment& more) const {
    // A ranking names each item once: names again start another list
    // (…较多的有A、B、C。以股东数量统计，A有16位；其次是C、B).
    if (NamesAgain(list, more.list)) return false;
    const Cue::Kind kind = more.list.cue.cue->kind;
    // 五粮液…位居第二；宁波银行和伊利股份…并列第三: a place, tied or not.
    if (kind == Cue::Kind::kOrdinal || more.list.cue.cue->number == Cue::Number::kRank) {
      return Follows(list, more.list);
    }
    const size_t from = std::min(list.end, more.list.label_begin);
    const bool same_sentence = SentenceEnd(text_, from) >= more.list.label_begin;
    // 中国石油、中国平安分红金额最高…。其他还有A、B分红金额居前: the same
    // metric goes on across the sentence.
    const bool same_metric = !Stem(list).empty() && Stem(list) == Stem(more.list);
    // 其次 and 紧随其后 go on across sentences of a paragraph; 还有 and 也
    // only within one, or with the same metric.
    if (kind == Cue::Kind::kChain) return true;
    return more.extends && (same_sentence || same_metric);
  }

  static bool NamesAgain(const BlockList& list, const BlockList& more) {
    return std::any_of(more.items.begin(), more.items.end(), [&](const std::string& item) {
      return std::find(list.items.begin(), list.items.end(), item) != list.items.end();
    });
  }

  // What a label ranks by, its words before the cue (分红金额 of 分红金额最高).
  std::string_view Stem(const BlockList& list) const {
    if (list.cue.begin <= list.label_begin) return {};
    return Trim(text_.substr(list.label_begin, list.cue.begin - list.label_begin));
  }

  // 有色金属行业环比增幅最大，…；环比增幅居前的有轻工制造、纺织服装等: a
  // group (居前, no number) ranked by the head's own measure in its sentence
  // goes on from it.
  bool GroupAfterHead(const BlockList& head, const BlockList& group) const {
    const Cue& cue = *group.cue.cue;
    if (cue.kind != Cue::Kind::kRank || cue.number != Cue::Number::kNone || cue.single ||
        head.top != group.top || NamesAgain(head, group)) {
      return false;
    }
    // 解禁市值规模最大的是A…。B、C的解禁市值居前: the measure said shorter,
    // in the next sentence.
    const std::string_view stem = Stem(group), head_stem = Stem(head);
    const bool same_measure = !stem.empty() && !head_stem.empty() &&
                              (StartsWith(head_stem, stem) || StartsWith(stem, head_stem));
    return same_measure && SentenceEnd(text_, SentenceEnd(text_, head.end)) >= group.label_begin;
  }

  // A位居榜首，B、C、D分别位列第二至第四位: names given the places right
  // after a head's, in its sentence, go on from it.
  bool PlacesAfterHead(const BlockList& head, const BlockList& more) const {
    return more.cue.cue->kind == Cue::Kind::kOrdinal && more.cue.places.size() >= 2 &&
           head.top == more.top && Follows(head, more) && !NamesAgain(head, more) &&
           SentenceEnd(text_, head.end) >= more.label_begin;
  }

  // Places after a head go on from it: 第二 after a head, not 第7.
  static bool Follows(const BlockList& head, const BlockList& more) {
    const auto& places = more.cue.places;
    return places.empty() || static_cast<size_t>(places.front()) == head.items.size() + 1;
  }

  // The list `rest` with the head's name first: the rest of a top N that
  // names its head before it.
  static BlockList Under(BlockList rest, BlockList head) {
    head.items.insert(head.items.end(), std::make_move_iterator(rest.items.begin()),
                      std::make_move_iterator(rest.items.end()));
    rest.items = std::move(head.items);
    rest.values.clear();
    return rest;
  }

  static BlockList Join(BlockList head, BlockList more) {
    Extend(&head, std::move(more));
    return head;
  }

  static void Extend(BlockList* list, BlockList more) {
    list->end = std::max(list->end, more.end);
    // A、B、C依次排名第一、第二、第三，D、E…依次挤进前十: the size the
    // continuation announces.
    if (!list->size) list->size = more.size;
    if (list->values.empty() && !more.values.empty()) list->values.resize(list->items.size());
    if (!list->values.empty() && more.values.empty()) more.values.resize(more.items.size());
    for (auto& item : more.items) list->items.push_back(std::move(item));
    for (auto& value : more.values) list->values.push_back(std::move(value));
  }

  size_t Emit(BlockList list) {
    if (std::none_of(list.values.begin(), list.values.end(),
                     [](const auto& v) { return v.has_value(); })) {
      list.values.clear();
    }
    out_.push_back(std::move(list));
    return out_.size() - 1;
  }

  const Block& block_;
  const std::string_view text_;
  const Rules& rules_;
  std::vector<BlockList> out_;
  std::optional<BlockList> lone_;  // a single place that joined nothing yet
  struct PlaceRun {
    size_t index;    // the list in out_ made of rising single places
    int last_place;  // the place it reached
  };
  std::optional<PlaceRun> run_;
};

}  // namespace

BlockLists ListsInBlock(const Block& block, const Rules& rules, const CueFinder& cues,
                        bool explain) {
  BlockLists found;
  auto fragments = FragmentsInBlock(block, rules, cues, explain ? &found.outcomes : nullptr);
  found.lists = ChainAssembler(block, rules).Run(std::move(fragments));
  for (auto& list : found.lists) {
    if (!list.size) list.size = ScopeSize(block.text, list, rules, cues);
  }
  return found;
}

}  // namespace newsextract
