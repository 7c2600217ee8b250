// Item splitting: A、B和C to items, and the checks that say a span of text
// is a list of names.
#include "list_items.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

#include "text_util.h"

namespace newsextract {
namespace {

bool IsTrailingPunct(char32_t cp) {
  return IsClausePunct(cp) || cp == '.' || cp == U'、' || cp == U'…';
}

// Splits on 、 except inside brackets (A公司（含子公司B、C）、D公司), and
// between titles written back to back (《A》《B》).
std::vector<std::string_view> SplitOutsideBrackets(std::string_view text) {
  std::vector<std::string_view> pieces;
  int depth = 0;
  size_t start = 0;
  char32_t prev = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len;
    const char32_t cp = DecodeUtf8(text, i, &len);
    if (cp == U'《' && prev == U'》' && depth == 0) {
      pieces.push_back(text.substr(start, i - start));
      start = i;
    }
    if (cp == U'（' || cp == '(' || cp == U'《' || cp == U'“') ++depth;
    if ((cp == U'）' || cp == ')' || cp == U'》' || cp == U'”') && depth > 0) --depth;
    if (cp == U'、' && depth == 0) {
      pieces.push_back(text.substr(start, i - start));
      start = i + len;
    }
    prev = cp;
    i += len;
  }
  pieces.push_back(text.substr(start));
  return pieces;
}

// Where the last item could split at a conjunction: right to left.
struct Cut {
  std::string_view left, right, conjunction;
};

std::vector<Cut> ConjunctionCuts(const std::string& last, const Rules& rules) {
  std::vector<std::pair<size_t, size_t>> at;  // position, conjunction length
  for (const auto& conj : rules.conjunctions) {
    for (size_t p = last.find(conj); p != std::string::npos; p = last.find(conj, p + 1)) {
      if (p > 0) at.emplace_back(p, conj.size());
    }
  }
  // 及 inside 以及 is no conjunction of its own. (Looked up in the text
  // around each match: comparing all matches pairwise is quadratic.)
  std::erase_if(at, [&](const std::pair<size_t, size_t>& a) {
    return std::any_of(rules.conjunctions.begin(), rules.conjunctions.end(), [&](const auto& c) {
      if (c.size() <= a.second) return false;
      for (size_t q = a.first + 1 >= c.size() ? a.first + 1 - c.size() : 0; q <= a.first; ++q) {
        if (last.compare(q, c.size(), c) == 0) return true;
      }
      return false;
    });
  });
  std::sort(at.rbegin(), at.rend());
  std::vector<Cut> cuts;
  for (const auto& [p, n] : at) {
    const std::string_view left = CleanItem(std::string_view(last).substr(0, p));
    const std::string_view right = CleanItem(std::string_view(last).substr(p + n));
    // 百盛和平和堂: a cut leaving one character is inside a name.
    if (CodePointCount(left) > 1 && CodePointCount(right) > 1) {
      cuts.push_back({left, right, std::string_view(last).substr(p, n)});
    }
  }
  return cuts;
}

// Splits the last item at a conjunction (see SplitItems): first where both
// sides end like names of the list, else at the rightmost conjunction unless
// the item reads as one name.
void SplitFinalConjunction(const Rules& rules, int declared, std::vector<std::string>* items) {
  const size_t count = items->size();
  if (declared > 0 && static_cast<size_t>(declared) == count) return;
  const std::string last = items->back();
  std::vector<char32_t> endings;
  for (size_t i = 0; i + 1 < count; ++i) endings.push_back(LastCodePoint((*items)[i]));
  const auto known = [&](char32_t cp) {
    return std::find(endings.begin(), endings.end(), cp) != endings.end();
  };
  const std::vector<Cut> cuts = ConjunctionCuts(last, rules);
  const auto split = [&](const Cut& cut) {
    const std::string right(cut.right);
    items->back() = std::string(cut.left);
    items->push_back(right);
  };
  for (const Cut& cut : cuts) {
    const char32_t l = LastCodePoint(cut.left), r = LastCodePoint(cut.right);
    if (l == r || (known(l) && known(r))) return split(cut);
  }
  if (cuts.empty()) return;
  const char32_t l = LastCodePoint(cuts[0].left), r = LastCodePoint(cuts[0].right);
  // 通信和其他电子设备制造业 is one name, its ending the list's; 华泰国际及华盛
  // 证券 is two, each long enough to stand alone. Only 及 joins two such
  // halves: 和 joins the halves of an office's name (市人力资源和社会保障局).
  constexpr size_t kFullNameChars = 4;
  const bool both_full = EndsWith(cuts[0].conjunction, "及") &&
                         CodePointCount(cuts[0].left) >= kFullNameChars &&
                         CodePointCount(cuts[0].right) >= kFullNameChars;
  // Alone, two halves of three characters or more are two names unless the
  // second ends like an office or trade (市人力资源和社会保障局).
  constexpr size_t kStandAloneChars = 3;
  const bool stand_alone = CodePointCount(cuts[0].left) >= kStandAloneChars &&
                           CodePointCount(cuts[0].right) >= kStandAloneChars &&
                           !EndsWithAny(cuts[0].right, rules.compound_endings);
  // A shared Latin ending is a share class (君实生物-U, 埃夫特-U), not the
  // trade or office word that makes 和 join the halves of one name.
  const bool trade_ending = r >= 0x80 && known(r);
  const bool one_name =
      endings.empty() ? l != r && !stand_alone : !known(l) && trade_ending && !both_full;
  const bool one_short = declared > 0 && static_cast<size_t>(declared) == count + 1;
  if (one_short || !one_name) split(cuts[0]);
}

}  // namespace

std::string_view CleanItem(std::string_view item) {
  item = Trim(item);
  while (!item.empty() && IsTrailingPunct(LastCodePoint(item))) {
    item = Trim(item.substr(0, PrevCodePoint(item, item.size())));
  }
  return item;
}

std::vector<std::string> SplitItems(std::string_view text, const Rules& rules, int declared) {
  std::vector<std::string> items;
  for (const auto piece : SplitOutsideBrackets(text)) items.emplace_back(CleanItem(piece));
  // A list that trails off (A、B、C等, …广州等10个城市, …瑞达期货等股)
  // ends with its last name.
  if (!items.empty()) {
    std::string& last = items.back();
    const size_t etc = last.find("等");
    size_t used;
    const std::string_view tail =
        etc == std::string::npos ? "" : std::string_view(last).substr(etc + 3);
    if (etc != std::string::npos && etc > 0 &&
        (tail.empty() || ParseNumber(tail, &used) > 0 ||
         (items.size() > 1 && CodePointCount(tail) <= 2))) {
      last.resize(etc);
    }
  }
  // Endings are compared pairwise; past this no list is a ranking anyway.
  constexpr size_t kMaxItemsToSplit = 1000;
  if (!items.empty() && !items.back().empty() && items.size() <= kMaxItemsToSplit) {
    SplitFinalConjunction(rules, declared, &items);
  }
  return items;
}

namespace {

// 95.2 of "西城区（95.2分）", with the name's length; nullopt if no score.
std::optional<std::pair<size_t, double>> BracketedScore(std::string_view item) {
  for (const auto& [open, close] : {std::pair{"（", "）"}, std::pair{"(", ")"}}) {
    if (!EndsWith(item, close)) continue;
    const size_t at = FindLast(item, open);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view number = item.substr(at + strlen(open));
    number.remove_suffix(strlen(close));
    // 95.2分 or 93.5 is a score; 601318 (a stock code) is not.
    const bool points = EndsWith(number, "分");
    if (points) number.remove_suffix(3);
    if (!points && number.find('.') == std::string_view::npos) continue;
    double value;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ec == std::errc() && end == number.data() + number.size() && !number.empty() &&
        std::isfinite(value)) {
      return std::pair{at, value};
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<double> TakeBracketedScores(std::vector<std::string>* items) {
  std::vector<double> scores;
  std::vector<size_t> name_lengths;
  for (const auto& item : *items) {
    const auto score = BracketedScore(item);
    if (!score) return {};
    name_lengths.push_back(score->first);
    scores.push_back(score->second);
  }
  for (size_t i = 0; i < items->size(); ++i) {
    (*items)[i] = std::string(Trim(std::string_view((*items)[i]).substr(0, name_lengths[i])));
  }
  return scores;
}

std::string ItemProblem(std::string_view item, const Rules& rules) {
  if (item.empty()) return "empty item";
  if (CodePointCount(item) > rules.max_item_chars) {
    return "item longer than " + std::to_string(rules.max_item_chars) + " characters";
  }
  for (size_t i = 0; i < item.size();) {
    size_t len;
    if (IsClausePunct(DecodeUtf8(item, i, &len))) return "item contains clause punctuation";
    i += len;
  }
  return "";
}

}  // namespace newsextract
