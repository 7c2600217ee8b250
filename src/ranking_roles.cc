// The role a cue's names play (a whole list, the head of a chain, a
// continuation) from the cue's kind, its places and the names it took.
#include "ranking_roles.h"

#include "ranking_spans.h"
#include "ranking_values.h"
#include "text_util.h"

namespace newsextract {
namespace {

// 五大行业的…: a numeral and its counter opening `label`.
std::optional<int> CountAtStart(const Rules& rules, std::string_view label) {
  const int n = CountNumberAt(label, 0, rules);
  if (n < 2) return std::nullopt;
  return n;
}

// 营业部净买入较大的个股有天齐锂业、浙江永强、中铁特货。具体来看，天齐锂业
// 是资金最青睐个股…: the sentence after a comparative puts its first name
// on top with a superlative, which orders the names.
bool NextSentenceTops(std::string_view text, const Rules& rules, const Fragment& f) {
  // 招银理财、兴银理财等…较高: names closed by 等 are examples, in no order.
  const size_t start = SentenceStart(text, f.end);
  if (Contains(text.substr(start, f.end - start), f.list.items.back() + "等")) return false;
  const size_t begin = SentenceEnd(text, f.end);
  const std::string_view next = text.substr(begin, SentenceEnd(text, begin) - begin);
  if (!Contains(next, f.list.items.front())) return false;
  return std::any_of(rules.cues.begin(), rules.cues.end(), [&](const Cue& cue) {
    return cue.kind == Cue::Kind::kSuperlative && cue.top && Contains(next, cue.word);
  });
}

}  // namespace

// 十一到十五名: places written as a range.
bool IsRange(std::string_view text, const CueMatch& cue) {
  const std::string_view written = text.substr(cue.begin, cue.end - cue.begin);
  return Contains(written, "到") || Contains(written, "至") || Contains(written, "-");
}

namespace {

// A fragment that extends a list before it (还有, 还包括).
std::optional<Fragment> AsContinuation(Fragment f, const CueMatch& cue, bool connected,
                                       std::string* why) {
  // 前二十的券商还有…: a wider top group, a threshold set.
  if (cue.cue->number == Cue::Number::kSize && f.may_imply_head) {
    *why = "a top group with 还有 sets a threshold";
    return std::nullopt;
  }
  f.role = Role::kContinuation;
  // 其他涨幅较大个股包括：优信二手车涨7.25%，陌陌涨5.61%…: announced with
  // falling values, a comparative ranks its names even when no head comes
  // before (names before it, 此外A、B也较多, go on from a list unread).
  const size_t count = f.list.items.size();
  f.standalone = cue.cue->kind == Cue::Kind::kComparative && connected && count >= 2 &&
                 FallingPerItem(f.list.values, count);
  return f;
}

// Whether a superlative orders the names written before it (no connective
// between): one name, or several that falling values order (电气设备、化工等
// 行业最为集中，分别有4只、2只), that lead a move (中药、新能源汽车、煤炭等板块
// 领涨, ranked as names before 居前 are), that are tied, or that a count
// before or after the cue says are the top N (then the list's size). False,
// with *why, otherwise.
bool OrdersNamesBefore(std::string_view text, const Rules& rules, const CueMatch& cue, Fragment* f,
                       std::string* why) {
  const size_t count = f->list.items.size();
  if (count < 2 || IsMoving(*cue.cue, rules) || FallingPerItem(f->list.values, count) ||
      f->tied_after || (f->list.tied && f->list.size)) {
    return true;
  }
  // A、B、C、D和E五大行业…最多: the names counted as the top N.
  // A、B和C是…最多的3个城市: as many names as the noun after the cue counts.
  const auto counted =
      f->list.size
          ? f->list.size
          : CountAtStart(rules, text.substr(f->list.label_begin, cue.begin - f->list.label_begin));
  if (!counted || static_cast<size_t>(*counted) != count) {
    *why = "several names before a superlative";
    return false;
  }
  f->list.size = counted;
  return true;
}
}  // namespace

// The role of a fragment from its cue kind and its names.
std::optional<Fragment> Classify(std::string_view text, const Rules& rules, Fragment f,
                                 const CueMatch& cue, bool connected, std::string* why) {
  const size_t count = f.list.items.size();
  if (f.extends) return AsContinuation(std::move(f), cue, connected, why);
  switch (cue.cue->kind) {
    case Cue::Kind::kChain:
      // 首先是…其次是…: reasons or steps in order, not names.
      if (ContainsAny(text.substr(0, cue.begin), rules.reason_openers)) {
        *why = "a step after 首先, not a place";
        return std::nullopt;
      }
      f.role = Role::kContinuation;
      f.standalone = connected && count >= 2;
      return f;
    case Cue::Kind::kOrdinal:
      if (cue.places.front() > 1 && !IsRange(text, cue) &&
          count != static_cast<size_t>(cue.places.back())) {
        // 第二、第三、第七大股东: places named one by one stand alone.
        f.role = Role::kContinuation;
        f.standalone = count >= 2;
      } else {
        f.role = count == 1 ? Role::kHead : Role::kList;
      }
      return f;
    case Cue::Kind::kComparative:
      if (count >= 2 && FallingPerItem(f.list.values, f.list.items.size())) return f;
      if (count >= 2 && cue.cue->top && NextSentenceTops(text, rules, f)) return f;
      *why = "a comparative without falling values";
      return std::nullopt;
    case Cue::Kind::kSuperlative:
      if (!connected && !OrdersNamesBefore(text, rules, cue, &f, why)) return std::nullopt;
      [[fallthrough]];
    case Cue::Kind::kRank:
      // 宁波银行和伊利股份…并列第三: a tie further down goes on from a head.
      if (cue.cue->number == Cue::Number::kRank && cue.number > 1) {
        f.role = Role::kContinuation;
        return f;
      }
      if (count == 1) {
        f.role = Role::kHead;
        f.single_ok = connected && cue.cue->single;
      }
      return f;
  }
  return f;
}

std::string Describe(const Fragment& f) {
  const std::string items = std::to_string(f.list.items.size()) + " names";
  if (f.needs_head) return "the rest of a top N after a head, else its members: " + items;
  switch (f.role) {
    case Role::kList:
      return f.list.at_block_end ? "announces the list in the blocks after it" : "list of " + items;
    case Role::kHead:
      return "head of a chain (1 name)";
    case Role::kContinuation:
      return "continues a chain with " + items;
  }
  return "";
}

}  // namespace newsextract
