// Assessments: a bold entity and the review after it, with the shortcomings
// the review names.
#include "assessments.h"

#include <algorithm>

#include "list_items.h"
#include "text_util.h"

namespace newsextract {
namespace {

struct Candidate {
  size_t name_begin, name_end;
  bool entity_like;
};

bool AtClauseStart(std::string_view text, size_t pos) {
  if (pos == 0) return true;
  size_t len;
  const char32_t before = DecodeUtf8(text, PrevCodePoint(text, pos), &len);
  return before == U'。' || before == U'；' || before == ';' || before == ' ';
}

bool IsName(std::string_view name, const Rules& rules) {
  return !name.empty() && CodePointCount(name) <= rules.max_entity_chars &&
         ItemProblem(name, rules).empty() && name.find("、") == std::string_view::npos;
}

bool EndsLikeEntity(std::string_view name, const Rules& rules) {
  return std::any_of(rules.entity_suffixes.begin(), rules.entity_suffixes.end(),
                     [&](const std::string& s) { return EndsWith(name, s); });
}

// Bold name runs followed by plain text, adjacent bold runs merged.
std::vector<Candidate> FindCandidates(const Block& block, const Rules& rules) {
  std::vector<Candidate> out;
  const auto& runs = block.runs;
  for (size_t i = 0; i < runs.size(); ++i) {
    if (!runs[i].bold) continue;
    size_t j = i;
    while (j + 1 < runs.size() && runs[j + 1].bold) ++j;
    const size_t begin = runs[i].begin, end = runs[j].end;
    const bool followed_by_text = j + 1 < runs.size();
    const std::string_view name = std::string_view(block.text).substr(begin, end - begin);
    if (followed_by_text && AtClauseStart(block.text, begin) && IsName(name, rules)) {
      out.push_back({begin, end, EndsLikeEntity(name, rules)});
    }
    i = j;
  }
  return out;
}

std::vector<std::string> Shortcomings(std::string_view review, const Rules& rules) {
  for (const auto& bracket : rules.shortcomings) {
    const size_t close = FindLast(review, bracket.close);
    if (close == std::string_view::npos) continue;
    const size_t open = FindLast(review, bracket.open, close);
    if (open == std::string_view::npos) continue;
    const size_t begin = open + bracket.open.size();
    return SplitItems(review.substr(begin, close - begin), rules);
  }
  return {};
}

void ReadBlock(const Block& block, size_t index, const Rules& rules, std::vector<Assessment>* out) {
  const std::string_view text = block.text;
  const std::vector<Candidate> found = FindCandidates(block, rules);
  // A name that does not end like an entity counts only when its review
  // (up to the next candidate) names shortcomings.
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < found.size(); ++i) {
    const size_t next = i + 1 < found.size() ? found[i + 1].name_begin : text.size();
    const std::string_view review = text.substr(found[i].name_end, next - found[i].name_end);
    if (found[i].entity_like || !Shortcomings(review, rules).empty())
      candidates.push_back(found[i]);
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    const size_t end = i + 1 < candidates.size() ? candidates[i + 1].name_begin : text.size();
    const Candidate& c = candidates[i];
    Assessment a;
    a.name = std::string(text.substr(c.name_begin, c.name_end - c.name_begin));
    a.text = std::string(Trim(text.substr(c.name_end, end - c.name_end)));
    a.shortcomings = Shortcomings(a.text, rules);
    a.paragraph = index;
    out->push_back(std::move(a));
  }
}

}  // namespace

std::vector<Assessment> ExtractAssessments(const std::vector<Block>& blocks, const Rules& rules,
                                           const Deadline& deadline) {
  std::vector<Assessment> out;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if ((i & 255) == 255) deadline.Check();
    ReadBlock(blocks[i], i, rules, &out);
  }
  return out;
}

}  // namespace newsextract
