#include "boilerplate.h"

#include <algorithm>

#include "text_util.h"

namespace newsextract {
namespace {

// The prefix of `line` among `prefixes`, or empty.
std::string_view MatchPrefix(std::string_view line, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes) {
    if (StartsWith(line, p)) return p;
  }
  return {};
}

// Strips separators and colons that stand between a credit key and value.
std::string_view StripLead(std::string_view value) {
  while (true) {
    value = Trim(value);
    if (StartsWith(value, "：")) value.remove_prefix(3);
    else if (!value.empty() && (value[0] == ':' || value[0] == '|')) value.remove_prefix(1);
    else return value;
  }
}

// Splits a credit line into fields at separators (|) and before a credit
// key that follows white space (来源：光明日报 作者：…).
std::vector<std::string_view> CreditFields(const Rules& rules, std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    size_t skip = 0;
    for (const auto& sep : rules.credit_separators) {
      if (!sep.empty() && line[i] == sep[0] && StartsWith(line.substr(i), sep)) skip = sep.size();
    }
    const bool key_after_space =
        line[i] == ' ' && (!MatchPrefix(line.substr(i + 1), rules.credit_keys).empty() ||
                           !MatchPrefix(line.substr(i + 1), rules.reporter_prefixes).empty());
    if (skip == 0 && !key_after_space) continue;
    fields.push_back(Trim(line.substr(start, i - start)));
    start = i + std::max<size_t>(skip, 1);
    i = start - 1;
  }
  fields.push_back(Trim(line.substr(start)));
  return fields;
}

// 张三 李四、王五 -> the names, split on spaces and list commas.
std::vector<std::string> SplitNames(std::string_view names) {
  std::string folded = FoldSpace(names);
  for (const std::string_view sep : {"、", "，", ","}) {
    for (size_t at; (at = folded.find(sep)) != std::string::npos;) folded.replace(at, sep.size(), " ");
  }
  std::vector<std::string> out;
  for (const auto name : SplitOn(folded, " ")) {
    if (!name.empty()) out.emplace_back(name);
  }
  return out;
}

// Reporters' names are a few ideographs each (· in minority names); an
// interview's "记者：您如何看待…？" is a question, not a credit.
bool LooksLikeNames(std::string_view names) {
  const std::vector<std::string> split = SplitNames(names);
  if (split.empty() || split.size() > 6) return false;
  return std::all_of(split.begin(), split.end(), [](const std::string& name) {
    size_t chars = 0;
    for (size_t i = 0; i < name.size(); ++chars) {
      size_t len;
      const char32_t cp = DecodeUtf8(name, i, &len);
      if (!((cp >= 0x4E00 && cp <= 0x9FFF) || cp == U'·')) return false;
      i += len;
    }
    return chars >= 2 && chars <= 5;
  });
}

void AddReporters(std::string_view names, Credits* credits) {
  if (!LooksLikeNames(names)) return;
  for (auto& name : SplitNames(names)) credits->reporters.push_back(std::move(name));
}

// The publisher's name: 央视新闻微信公众号（ID：…）综合… -> 央视新闻微信公众号.
std::optional<std::string> SourceName(std::string_view value) {
  value = StripLead(value);
  for (const std::string_view paren : {"（", "("}) value = Trim(value.substr(0, value.find(paren)));
  if (value.empty()) return std::nullopt;
  return std::string(value);
}

void ReadCreditLine(const Rules& rules, std::string_view line, Credits* credits) {
  const std::vector<std::string_view> fields = CreditFields(rules, line);
  for (size_t i = 0; i < fields.size(); ++i) {
    const std::string_view field = fields[i];
    if (const auto p = MatchPrefix(field, rules.source_prefixes); !p.empty()) {
      if (!credits->source) credits->source = SourceName(field.substr(p.size()));
    } else if (const auto s = MatchPrefix(field, rules.secondary_source_prefixes); !s.empty()) {
      if (!credits->secondary_source) credits->secondary_source = SourceName(field.substr(s.size()));
    } else if (const auto r = MatchPrefix(field, rules.reporter_prefixes); !r.empty()) {
      std::string_view names = StripLead(field.substr(r.size()));
      // 记者｜王五: the separator put the names in the next field.
      if (names.empty() && i + 1 < fields.size()) names = fields[++i];
      AddReporters(names, credits);
    }
  }
}

// A line with a `记者 NAME` field (记者 张三 李四, 某客户端 | 记者｜王五): the
// key must be followed by a space or separator, so 记者从…获悉 is text.
bool IsReporterCredit(const Rules& rules, std::string_view line) {
  const bool mentioned = std::any_of(rules.reporter_prefixes.begin(), rules.reporter_prefixes.end(),
                                     [&](const std::string& p) { return Contains(line, p); });
  if (!mentioned) return false;  // most lines: one search, no field split
  const std::vector<std::string_view> fields = CreditFields(rules, line);
  for (size_t i = 0; i < fields.size(); ++i) {
    const auto key = MatchPrefix(fields[i], rules.reporter_prefixes);
    if (key.empty()) continue;
    const std::string_view rest = fields[i].substr(key.size());
    if (rest.empty()) {  // a separator followed the key: the names are next
      if (i + 1 < fields.size() && LooksLikeNames(fields[i + 1])) return true;
      continue;
    }
    size_t len;
    const char32_t next = DecodeUtf8(rest, 0, &len);
    const bool separated = IsSpace(next) || next == U'：' || next == ':';
    if (separated && LooksLikeNames(StripLead(rest))) return true;
  }
  return false;
}

// 刘万里 SF014 -> 刘万里: the editor line ends with the editor's work code.
std::string EditorName(std::string_view value) {
  value = Trim(value);
  while (EndsWith(value, "】")) value = Trim(value.substr(0, value.size() - 3));
  const size_t space = value.rfind(' ');
  if (space != std::string_view::npos) {
    const std::string_view code = value.substr(space + 1);
    const bool is_code = std::all_of(code.begin(), code.end(), [](char c) {
      return isalnum(static_cast<unsigned char>(c));
    }) && isalpha(static_cast<unsigned char>(code[0])) && isdigit(static_cast<unsigned char>(code.back()));
    if (is_code) value = Trim(value.substr(0, space));
  }
  return std::string(value);
}

void ReadOriginalTitle(const Rules& rules, std::string_view rest, Credits* credits) {
  // 原标题：… 来源：… on one line.
  size_t cut = std::string_view::npos;
  for (const auto& p : rules.source_prefixes) cut = std::min(cut, rest.find(p));
  const std::string_view title = Trim(rest.substr(0, cut));
  if (!title.empty() && !credits->original_title) credits->original_title = std::string(title);
  if (cut != std::string_view::npos) ReadCreditLine(rules, rest.substr(cut), credits);
}

// The first two characters of each credit prefix: a credit line's text
// holds one of them unbroken. Empty when some prefix cannot be reduced so
// (white space in its head): then every comment is parsed.
std::vector<std::string_view> CreditHeads(const Rules& rules) {
  std::vector<std::string_view> heads;
  for (const auto* list : {&rules.original_title_prefixes, &rules.source_prefixes,
                           &rules.secondary_source_prefixes, &rules.reporter_prefixes,
                           &rules.editor_prefixes}) {
    for (const std::string& prefix : *list) {
      size_t end = 0;
      for (int chars = 0; chars < 2 && end < prefix.size(); ++chars) {
        if (SpaceAt(prefix, end) != 0) return {};
        size_t len;
        DecodeUtf8(prefix, end, &len);
        end += len;
      }
      heads.push_back(std::string_view(prefix).substr(0, end));
    }
  }
  return heads;
}

}  // namespace

bool MayHoldCredit(const Rules& rules, std::string_view markup) {
  const std::vector<std::string_view> heads = CreditHeads(rules);
  if (heads.empty()) return true;
  std::string text;  // the markup with its tags taken out
  text.reserve(markup.size());
  for (size_t i = 0; i < markup.size(); ++i) {
    const char c = markup[i];
    if (c == '&') return true;  // a character reference may spell a credit
    const char next = i + 1 < markup.size() ? markup[i + 1] : '\0';
    const bool tag = c == '<' && (isalpha(static_cast<unsigned char>(next)) || next == '/' ||
                                  next == '!' || next == '?');
    if (!tag) {
      text.push_back(c);
      continue;
    }
    // In these, what looks like a tag is text (or CDATA hides it to the
    // first '>'): only gumbo can tell.
    for (const std::string_view raw : {"textarea", "xmp", "plaintext", "noembed", "noframes",
                                       "![CDATA["}) {
      if (StartsWithNoCase(markup.substr(i + 1), raw)) return true;
    }
    i = markup.find('>', i);
    if (i == std::string_view::npos) break;
  }
  return std::any_of(heads.begin(), heads.end(),
                     [&](std::string_view head) { return Contains(text, head); });
}

namespace {

void ReadMetadataComment(const Rules& rules, std::string_view comment, Credits* credits) {
  for (const auto& bracket : rules.metadata_comments) {
    const size_t open = comment.find(bracket.open);
    if (open == std::string_view::npos) continue;
    const size_t begin = open + bracket.open.size();
    const size_t close = comment.find(bracket.close, begin);
    const std::string_view inner =
        comment.substr(begin, close == std::string_view::npos ? std::string_view::npos : close - begin);
    // The comment's markup gets the same guard as the body before gumbo sees
    // it; real credit comments are a few hundred bytes.
    constexpr size_t kMaxCommentMarkup = 64u << 10;
    if (inner.size() > kMaxCommentMarkup || !MayHoldCredit(rules, inner)) return;
    if (!CheckMarkup(inner, HtmlLimits()).empty()) return;
    for (const Block& block : BuildDocument(inner, rules).blocks) {
      ReadBoilerplateLine(rules, block.text, credits);
    }
    return;
  }
  ReadBoilerplateLine(rules, FoldSpace(comment), credits);
}

}  // namespace

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

// True for a code point that carries words: letters, digits, ideographs.
bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return isalnum(static_cast<int>(cp)) != 0;
  if (cp >= 0xFF10 && cp <= 0xFF5A) return !(cp >= 0xFF1A && cp <= 0xFF20) && !(cp >= 0xFF3B && cp <= 0xFF40);
  return cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
         !(cp >= 0xFE30 && cp <= 0xFE4F) && !(cp >= 0xFF00 && cp <= 0xFFEF);
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

bool ReadBoilerplateLine(const Rules& rules, std::string_view line, Credits* credits) {
  if (IsDecoration(line)) return true;
  line = StripOrnaments(Trim(line));
  if (std::find(rules.drop_lines.begin(), rules.drop_lines.end(), line) != rules.drop_lines.end()) {
    return true;
  }
  if (const auto p = MatchPrefix(line, rules.original_title_prefixes); !p.empty()) {
    ReadOriginalTitle(rules, line.substr(p.size()), credits);
    return true;
  }
  if (!MatchPrefix(line, rules.source_prefixes).empty() ||
      !MatchPrefix(line, rules.secondary_source_prefixes).empty() || IsReporterCredit(rules, line)) {
    ReadCreditLine(rules, line, credits);
    return true;
  }
  if (const auto p = MatchPrefix(line, rules.editor_prefixes); !p.empty()) {
    const std::string name = EditorName(line.substr(p.size()));
    if (!name.empty() && !credits->editor) credits->editor = name;
    return true;
  }
  return false;
}

Credits ApplyBoilerplate(const Rules& rules, Document* doc) {
  Credits credits;
  std::erase_if(doc->blocks, [&](const Block& block) {
    return ReadBoilerplateLine(rules, block.text, &credits);
  });
  for (const auto& comment : doc->comments) ReadMetadataComment(rules, comment, &credits);
  if (!credits.source) credits.source = std::move(credits.secondary_source);
  return credits;
}

}  // namespace newsextract
