// ranking asides: names with falling figures after 此外, going on from a head.
#include "ranking_asides.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "ranking_clauses.h"
#include "ranking_spans.h"
#include "ranking_values.h"
#include "text_util.h"

namespace newsextract {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// The amounts written in text[from, to), places left out.
std::vector<RankValue> FiguresIn(std::string_view text, size_t from, size_t to) {
  std::vector<RankValue> figures;
  for (size_t pos = from; pos < to;) {
    const bool starts = IsAsciiDigit(text[pos]) &&
                        (pos == from || (!IsAsciiDigit(text[pos - 1]) && text[pos - 1] != '.'));
    size_t len = 0;
    if (auto value = starts ? ParseValue(text.substr(pos, to - pos), &len) : std::nullopt;
        value && len > 0) {
      if (!IsPlace(*value) && !value->unit.empty()) figures.push_back(std::move(*value));
      pos += len;
      continue;
    }
    ++pos;
  }
  return figures;
}

// Whether `clause` holds two characters in a row of `measure`.
bool RepeatsMeasure(std::string_view clause, std::string_view measure) {
  size_t first_len, second_len;
  for (size_t pos = 0; pos < measure.size(); pos += first_len) {
    DecodeUtf8(measure, pos, &first_len);
    if (pos + first_len >= measure.size()) break;
    DecodeUtf8(measure, pos + first_len, &second_len);
    if (Contains(clause, measure.substr(pos, first_len + second_len))) return true;
  }
  return false;
}

// The figure of the head's sentence in `unit`: the last one written so.
std::optional<RankValue> HeadFigure(std::string_view text, size_t from, size_t to,
                                    const std::string& unit) {
  std::optional<RankValue> found;
  for (RankValue& figure : FiguresIn(text, from, to)) {
    if (figure.unit == unit) found = std::move(figure);
  }
  return found;
}

// The head's words before its cue (解禁规模 of 解禁规模最大); empty when its
// label starts at the cue.
std::string_view Measure(std::string_view text, const BlockList& head) {
  if (head.label_begin >= head.cue.begin) return {};
  return text.substr(head.label_begin, head.cue.begin - head.label_begin);
}

}  // namespace

std::optional<BlockList> AsideAfterHead(const Block& block, const BlockList& head, size_t limit,
                                        const Rules& rules) {
  const std::string_view text = block.text;
  if (head.items.size() != 1 || !head.top) return std::nullopt;
  const size_t sentence = SentenceEnd(text, head.cue.end);
  const size_t opener_end = ClauseEnd(text, sentence);
  const std::string_view opener = Trim(text.substr(sentence, opener_end - sentence));
  if (opener_end >= limit ||
      std::none_of(rules.continuation_prefixes.begin(), rules.continuation_prefixes.end(),
                   [&](const std::string& p) { return opener == p; })) {
    return std::nullopt;
  }
  const size_t end = std::min(SentenceEnd(text, opener_end), limit);
  BlockList more;
  std::vector<RankValue> figures;
  for (size_t clause = NextClause(text, opener_end); clause < end;) {
    const size_t clause_end = std::min(ClauseEnd(text, clause), end);
    const std::string_view words = text.substr(clause, clause_end - clause);
    const auto name = OpeningName(block, clause, clause_end, rules);
    if (!name || ContainsAny(words, rules.sharing_words)) break;
    const auto said = FiguresIn(text, name->second, clause_end);
    if (said.empty() || (!figures.empty() && said.front().unit != figures.front().unit)) break;
    if (figures.empty() && !RepeatsMeasure(words, Measure(text, head))) {
      return std::nullopt;
    }
    more.items.emplace_back(text.substr(name->first, name->second - name->first));
    figures.push_back(said.front());
    clause = NextClause(text, clause_end);
  }
  if (figures.empty()) return std::nullopt;
  auto lead = HeadFigure(text, SentenceStart(text, head.cue.begin), sentence, figures.front().unit);
  if (!lead) return std::nullopt;
  std::vector<RankValue> all{*lead};
  all.insert(all.end(), figures.begin(), figures.end());
  if (!NonIncreasing(all)) return std::nullopt;
  more.values = AsPerItem(std::move(figures));
  more.end = end;
  return more;
}

}  // namespace newsextract
