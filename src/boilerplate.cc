// boilerplate stage: drops decoration, fixed site lines, credit lines and,
// near the edges, site notes from the blocks; what they credit is kept.
#include "boilerplate.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "text_util.h"

namespace newsextract {
namespace {

// Drops the ornaments some credit lines start with (▌, ■, ●).
std::string_view StripOrnaments(std::string_view line) {
  while (!line.empty()) {
    size_t len;
    const char32_t cp = DecodeUtf8(line, 0, &len);
    // Arrows, block elements, geometric shapes, dingbats; not the quotes
    // and dashes of general punctuation.
    const bool ornament = (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2580 && cp <= 0x25FF) ||
                          (cp >= 0x2700 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF);
    if (!ornament) break;
    line = Trim(line.substr(len));
  }
  return line;
}

// A line of rules or ornaments only (━━━━━, ***): layout, not text.
bool IsDecoration(std::string_view line) {
  for (size_t i = 0; i < line.size();) {
    size_t len;
    if (IsWordChar(DecodeUtf8(line, i, &len))) return false;
    i += len;
  }
  return true;
}

// A disclaimer or risk note (a note word before a colon, white space or
// nothing: 免责声明：…, 风险提示), or a link line (点击查看…).
bool IsSiteNote(const Rules& rules, std::string_view line) {
  if (!MatchPrefix(line, rules.link_lines).empty()) return true;
  const std::string_view word = MatchPrefix(line, rules.site_notes);
  return !word.empty() && SpacedFromKey(line.substr(word.size()));
}

// Drops the site notes among the blocks within site_note_reach of either
// end, reading them in order. Deeper in, the same words are the article's:
// a company's 声明：…, the 风险提示 section of a report.
void DropSiteNotes(const Rules& rules, std::vector<Block>* blocks, Credits* credits) {
  const size_t n = blocks->size();
  const size_t reach = rules.site_note_reach;
  size_t kept = 0;
  for (size_t i = 0; i < n; ++i) {
    const bool at_edge = i < reach || n - i <= reach;
    if (at_edge && ReadSiteNote(rules, (*blocks)[i].text, credits)) continue;
    if (kept != i) (*blocks)[kept] = std::move((*blocks)[i]);
    ++kept;
  }
  blocks->resize(kept);
}

}  // namespace

bool ReadBoilerplateLine(const Rules& rules, std::string_view line, Credits* credits) {
  if (IsDecoration(line)) return true;
  line = StripOrnaments(Trim(line));
  if (std::find(rules.drop_lines.begin(), rules.drop_lines.end(), line) != rules.drop_lines.end()) {
    return true;
  }
  return ReadCredits(rules, line, credits);
}

bool ReadSiteNote(const Rules& rules, std::string_view line, Credits* credits) {
  line = StripOrnaments(Trim(line));
  // A line wholly in brackets is read inside them: （声明：文章内容仅供参考…）.
  if (const auto inside = InsideBrackets(rules, line)) line = *inside;
  return IsSiteNote(rules, line) || ReadStaffCredits(rules, line, &credits->staff_editor);
}

Credits ApplyBoilerplate(const Rules& rules, Document* doc, const Deadline& deadline) {
  Credits credits;
  size_t read = 0;
  std::erase_if(doc->blocks, [&](const Block& block) {
    if ((++read & 255) == 0) deadline.Check();
    return ReadBoilerplateLine(rules, block.text, &credits);
  });
  // The edges are those of the text that is left: credit lines and empty
  // blocks do not count.
  DropSiteNotes(rules, &doc->blocks, &credits);
  for (const std::string& line : doc->comment_lines) {
    if ((++read & 255) == 0) deadline.Check();
    ReadBoilerplateLine(rules, line, &credits);
  }
  if (!credits.source) credits.source = std::move(credits.secondary_source);
  if (!credits.editor) credits.editor = std::move(credits.staff_editor);
  return credits;
}

}  // namespace newsextract
