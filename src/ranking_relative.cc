// Names above and below a place, found by the relative words of the rules
// (behind_words, after_words, ahead_words).
#include "ranking_relative.h"

#include <algorithm>
#include <string>

#include "text_util.h"

namespace newsextract {
namespace {

// Exactly `count` names in text[from, to), or none.
std::optional<Names> ExactNames(const Block& block, const Rules& rules, size_t from, size_t to,
                                int count) {
  std::string why;
  auto names = NamesBefore(block, from, to, rules, count, &why);
  if (!names || names->items.size() != static_cast<size_t>(count)) return std::nullopt;
  return names;
}

// 仅次于A、B和C居于第四位: the names after the word, up to the cue or
// the end of the word's clause (…仅低于长沙、岳阳，排全省第3).
std::optional<Names> AfterBehindWord(const Block& block, const Rules& rules, size_t clause,
                                     size_t cue_begin, int above) {
  const std::string_view text = block.text;
  for (const auto& word : rules.behind_words) {
    const size_t at = Find(text.substr(0, cue_begin), word, clause);
    if (at != std::string_view::npos) {
      const size_t from = at + word.size();
      return ExactNames(block, rules, from, std::min(cue_begin, ClauseEnd(text, from)), above);
    }
  }
  return std::nullopt;
}

// 深圳之后，广州…位居第二: a clause of the same sentence, before the place's
// clause, that is names and an after word.
std::optional<Names> BeforeAfterWord(const Block& block, const Rules& rules, size_t clause,
                                     int above) {
  const std::string_view text = block.text;
  const size_t sentence = SentenceStart(text, clause);
  for (size_t end = clause; end > sentence;) {
    const size_t prev_end = PrevCodePoint(text, end);  // the punctuation closing it
    const size_t begin = ClauseBegin(text, prev_end);
    const std::string_view words = text.substr(begin, prev_end - begin);
    for (const auto& word : rules.after_words) {
      if (EndsWith(words, word) && words.size() > word.size()) {
        return ExactNames(block, rules, begin, prev_end - word.size(), above);
      }
    }
    end = begin;
  }
  return std::nullopt;
}

}  // namespace

std::optional<NamesAbove> NamesAboveOf(const Block& block, const Rules& rules, size_t clause,
                                       size_t cue_begin, int above) {
  if (above < 1) return std::nullopt;
  if (auto names = AfterBehindWord(block, rules, clause, cue_begin, above)) {
    const bool in_clause = ClauseEnd(block.text, names->end) >= cue_begin;
    return NamesAbove{std::move(*names), in_clause};
  }
  if (auto names = BeforeAfterWord(block, rules, clause, above)) {
    return NamesAbove{std::move(*names), false};
  }
  return std::nullopt;
}

std::optional<Names> HolderBehind(const Block& block, const Rules& rules, size_t clause,
                                  size_t end) {
  const std::string_view text = block.text;
  size_t word_at = std::string_view::npos;
  for (const auto& word : rules.behind_words) {
    word_at = std::min(word_at, text.substr(0, end).find(word, clause));
  }
  if (word_at == std::string_view::npos) return std::nullopt;
  const size_t sentence = SentenceStart(text, clause);
  for (int back = 0; back < 3; ++back) {
    // The behind word is itself a predicate: in its own clause the name
    // ends right at it (农村居民收入仅次于上海 names a measure, not who holds
    // it).
    const size_t to = back == 0 ? ClauseEnd(text, word_at) : word_at;
    if (const auto span = OpeningName(block, clause, to, rules);
        span && (back == 0 ? span->second == word_at : span->second <= word_at)) {
      return Names{span->first,
                   span->second,
                   {std::string(text.substr(span->first, span->second - span->first))},
                   {}};
    }
    if (clause <= sentence) break;
    word_at = PrevCodePoint(text, clause);
    clause = ClauseBegin(text, word_at);
  }
  return std::nullopt;
}

std::optional<Names> NamesBelowOf(const Block& block, const Rules& rules, size_t cue_end) {
  const std::string_view text = block.text;
  size_t len;
  if (cue_end >= text.size() || DecodeUtf8(text, cue_end, &len) != U'，') return std::nullopt;
  const size_t begin = cue_end + len, end = ClauseEnd(text, begin);
  const std::string_view words = text.substr(begin, end - begin);
  size_t verb = 0;  // the longest rank verb opening the clause (排在 over 排)
  for (const auto& v : rules.rank_verbs) {
    if (StartsWith(words, v)) verb = std::max(verb, v.size());
  }
  if (verb == 0) return std::nullopt;
  for (const auto& word : rules.ahead_words) {
    if (EndsWith(words, word) && words.size() > verb + word.size()) {
      std::string why;
      return NamesBefore(block, begin + verb, end - word.size(), rules, 0, &why);
    }
  }
  return std::nullopt;
}

}  // namespace newsextract
