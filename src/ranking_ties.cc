// Ties: names that share one place or one value.
#include "ranking_ties.h"

#include <algorithm>
#include <string>

#include "ranking_values.h"
#include "text_util.h"

namespace newsextract {
namespace {

// A name read between a conjunction and a tie (与江苏并列) has no list
// around it to bound it.
constexpr size_t kMaxTiedNameChars = 8;

// 达到8%, 为15元 ending its clause: one figure for all the names before.
bool OneValueClause(std::string_view clause) {
  for (const std::string_view verb : {"达到", "达", "为"}) {
    if (!StartsWith(clause, verb)) continue;
    size_t len;
    if (!ParseValue(clause.substr(verb.size()), &len)) return false;
    const size_t end = verb.size() + len;
    size_t cp_len;
    return end == clause.size() || IsClausePunct(DecodeUtf8(clause, end, &cp_len));
  }
  return false;
}

}  // namespace

bool SharedAfter(std::string_view text, size_t pos, const Rules& rules) {
  size_t len;
  if (pos >= text.size() || !IsClausePunct(DecodeUtf8(text, pos, &len))) return false;
  const std::string_view next = text.substr(pos + len);
  // 均为 alone gives one value; 均在…以上 sets a threshold.
  const std::string_view clause = next.substr(0, ClauseEnd(next, 0));
  for (const auto& word : rules.threshold_words) {
    if (!StartsWithAny(word, rules.sharing_words) && Contains(clause, word)) return false;
  }
  return StartsWithAny(next, rules.sharing_words) || OneValueClause(next);
}

void WidenTie(const Block& block, const Rules& rules, size_t clause, size_t names_to,
              size_t cue_end, Names* names) {
  const std::string_view text = block.text;
  if (!ContainsAny(text.substr(clause, cue_end - clause), rules.sharing_words)) return;
  if (ContainsAny(names->items.front(), rules.conjunctions)) {
    std::string ignored;
    if (auto two = NamesBefore(block, clause, names_to, rules, 2, &ignored);
        two && two->items.size() == 2) {
      *names = std::move(*two);
    }
    return;
  }
  const std::string_view predicate = text.substr(names->end, names_to - names->end);
  if (Contains(predicate, "的")) return;
  size_t shared = predicate.size();
  for (const auto& word : rules.sharing_words) shared = std::min(shared, predicate.find(word));
  for (const auto& conjunction : rules.conjunctions) {
    const size_t at = predicate.substr(0, shared).rfind(conjunction);
    if (at == std::string_view::npos) continue;
    const size_t begin = at + conjunction.size();
    const std::string_view second = predicate.substr(begin, shared - begin);
    if (!IsPlainName(second, rules, kMaxTiedNameChars) || EndsWithAny(second, rules.metrics)) {
      continue;
    }
    names->items.emplace_back(second);
    names->values.clear();
    names->end += shared;
    return;
  }
}

}  // namespace newsextract
