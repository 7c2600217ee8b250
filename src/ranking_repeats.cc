// ranking repeats: one list said twice is kept once.
#include "ranking_repeats.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "text_util.h"

namespace newsextract {
namespace {

// True when the items of `small` name items of `big` in the same order
// (equal, or one a prefix of the other: 华林 and 华林证券, 华为 and
// 华为投资控股有限公司). The same names in another order rank by another
// measure: a list of their own.
bool Covers(const Ranking& big, const Ranking& small) {
  auto next = big.items.begin();
  for (const std::string& s : small.items) {
    next = std::find_if(next, big.items.end(), [&](const std::string& b) {
      // 深圳龙岗区 said again as 龙岗区, 义乌市 as 浙江义乌市.
      return StartsWith(b, s) || StartsWith(s, b) || EndsWith(b, s) || EndsWith(s, b);
    });
    if (next == big.items.end()) return false;
    ++next;
  }
  return true;
}

// How much a statement of a list says: its names, then whether it gives
// their figures, then its size (a summary's 居前 and its section's
// 排名前五的行业分别为A（419.54亿元）…: the section's).
std::tuple<size_t, bool, bool> Fullness(const Ranking& r) {
  return {r.items.size(), !r.values.empty(), r.size.has_value()};
}

// The places a label names (第7和第11位 -> 7, 11).
std::vector<int> PlacesIn(std::string_view label) {
  std::vector<int> places;
  for (size_t at = label.find("第"); at != std::string_view::npos; at = label.find("第", at + 1)) {
    size_t len;
    if (const int n = ParseNumber(label.substr(at + 3), &len); n > 0) places.push_back(n);
  }
  return places;
}

// A metric without the actor it opens with (融资净买入额 -> 净买入额).
std::optional<std::string_view> WithoutActor(const std::optional<std::string>& metric,
                                             const Rules& rules) {
  if (!metric) return std::nullopt;
  const std::string_view m = *metric;
  return m.substr(LongestStart(m, rules.actors).size());
}

}  // namespace

void DropRepeats(std::vector<Ranking>* rankings, const std::vector<bool>& structured,
                 const Rules& rules) {
  // Repeats stand near each other; comparing each list with its
  // neighbours only keeps a thousand lists cheap.
  constexpr size_t kWindow = 20;
  auto& lists = *rankings;
  std::vector<bool> drop(lists.size(), false);
  for (size_t i = 0; i < lists.size(); ++i) {
    const size_t last = std::min(lists.size(), i + kWindow + 1);
    for (size_t j = i > kWindow ? i - kWindow : 0; j < last && !drop[i]; ++j) {
      if (i == j || drop[j] || !lists[i].scores.empty() || !lists[j].scores.empty()) continue;
      // A sentence heading a ranking and the table of it are two lists
      // (骏成科技…降幅居首，…还有仕净科技、深水规院 over the table).
      if (structured[i] != structured[j]) continue;
      // 天津、佛山…分别排在全国的第7和第11位。十年后的今天，它们分别排在了
      // 第11位和第17位: the same names at other places are another claim.
      if (const auto places = PlacesIn(lists[i].label), others = PlacesIn(lists[j].label);
          !places.empty() && !others.empty() && places != others) {
        continue;
      }
      // 融资净买入额 and 净买入额: the paragraph names the actor of one only.
      // 上海浦东新区…位居前十 names no metric that 宝安区人口 repeats.
      const bool same_metric =
          WithoutActor(lists[i].metric, rules) == WithoutActor(lists[j].metric, rules) ||
          !lists[i].metric || !lists[j].metric;

      const bool fuller = Fullness(lists[j]) > Fullness(lists[i]) ||
                          (Fullness(lists[j]) == Fullness(lists[i]) && j < i);
      // The same names in the same order, three or more: one list said twice.
      const bool same_names = j < i && lists[i].items.size() >= 3 &&
                              lists[i].items == lists[j].items && lists[i].top == lists[j].top &&
                              (!lists[i].metric || !lists[j].metric || same_metric);
      const bool covered =
          same_metric && fuller && lists[i].top == lists[j].top && Covers(lists[j], lists[i]);
      if (covered || same_names) drop[i] = true;
    }
  }
  std::vector<Ranking> kept;
  for (size_t i = 0; i < lists.size(); ++i) {
    if (!drop[i]) kept.push_back(std::move(lists[i]));
  }
  lists = std::move(kept);
}

}  // namespace newsextract
