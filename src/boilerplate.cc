#include "boilerplate.h"

#include <algorithm>
#include <utility>

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

// True for a code point that carries words: letters, digits, ideographs.
bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return isalnum(static_cast<int>(cp)) != 0;
  if (cp >= 0xFF10 && cp <= 0xFF5A) return !(cp >= 0xFF1A && cp <= 0xFF20) && !(cp >= 0xFF3B && cp <= 0xFF40);
  return cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
         !(cp >= 0xFE30 && cp <= 0xFE4F) && !(cp >= 0xFF00 && cp <= 0xFFEF);
}

// Byte length of the separator between names at text[pos] (white space or a
// list comma), 0 when there is none. Safe at any byte: no separator starts
// with a continuation byte.
size_t NameSeparatorAt(std::string_view text, size_t pos) {
  if (const size_t space = SpaceAt(text, pos)) return space;
  for (const std::string_view sep : {"、", "，", ","}) {
    if (StartsWith(text.substr(pos), sep)) return sep.size();
  }
  return 0;
}

// The next name of `text` from *pos on, or empty at the end; *spaced tells
// whether only white space stood before it (not a list comma).
std::string_view NextName(std::string_view text, size_t* pos, bool* spaced) {
  *spaced = true;
  while (*pos < text.size()) {
    const size_t sep = NameSeparatorAt(text, *pos);
    if (sep == 0) break;
    if (SpaceAt(text, *pos) == 0) *spaced = false;
    *pos += sep;
  }
  const size_t start = *pos;
  while (*pos < text.size() && NameSeparatorAt(text, *pos) == 0) ++*pos;
  return text.substr(start, *pos - start);
}

// 张三 李四、王五 -> the names, split on white space and list commas. Two
// single characters in a row are one name spaced out to the width of three
// (杨 洁): no name has one character.
std::vector<std::string> SplitNames(std::string_view names) {
  std::vector<std::string> out;
  bool last_single = false;
  size_t pos = 0;
  bool spaced;
  for (std::string_view name; !(name = NextName(names, &pos, &spaced)).empty();) {
    const bool single = CodePointCount(name) == 1;
    if (single && last_single && spaced) {
      out.back() += name;
      last_single = false;
    } else {
      out.emplace_back(name);
      last_single = single;
    }
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

bool ContainsAny(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return Contains(text, w); });
}

// The names that open `text`, up to the first word holding another credit's
// key: 刘宇 报道员 陈璞 -> 刘宇; 魏玉坤、邹多为，海报设计杨轶群 -> 魏玉坤、邹多为;
// 谭志娟 北京报道 -> 谭志娟.
std::string_view LeadingNames(const Rules& rules, std::string_view text) {
  size_t end = 0;
  size_t pos = 0;
  bool spaced;
  for (std::string_view name; !(name = NextName(text, &pos, &spaced)).empty(); end = pos) {
    if (ContainsAny(name, rules.credit_keys)) break;
  }
  return text.substr(0, end);
}

// Where the reporter key that opens `text` ends, or npos. The key may follow
// a short head naming the paper or the rank (本报记者, 见习记者,
// 21世纪经济报道特约记者); a head is word characters only, so 据悉，记者… has none.
size_t ReporterKeyEnd(const Rules& rules, std::string_view text) {
  constexpr int kMaxHeadChars = 12;
  size_t pos = 0;
  for (int chars = 0; chars <= kMaxHeadChars && pos < text.size(); ++chars) {
    if (const auto key = MatchPrefix(text.substr(pos), rules.reporter_prefixes); !key.empty()) {
      return pos + key.size();
    }
    size_t len;
    if (!IsWordChar(DecodeUtf8(text, pos, &len))) break;
    pos += len;
  }
  return std::string_view::npos;
}

bool MentionsReporter(const Rules& rules, std::string_view line) {
  return ContainsAny(line, rules.reporter_prefixes);
}

// Splits a credit line into fields at separators (|) and before a credit
// key that follows white space (来源：光明日报 作者：…, 本报记者 张三 见习记者 李四).
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
                           ReporterKeyEnd(rules, line.substr(i + 1)) != std::string_view::npos);
    if (skip == 0 && !key_after_space) continue;
    fields.push_back(Trim(line.substr(start, i - start)));
    start = i + std::max<size_t>(skip, 1);
    i = start - 1;
  }
  fields.push_back(Trim(line.substr(start)));
  return fields;
}

bool IsPictureCredit(const Rules& rules, std::string_view names) {
  return std::any_of(rules.photo_marks.begin(), rules.photo_marks.end(),
                     [&](const std::string& mark) { return EndsWith(names, mark); });
}

// The names credited by a reporter field, fields[*i], or empty when it is
// none. On a line of its own the key must be followed by white space or a
// separator, so 记者从…获悉 is text; where the position already says credit
// (（记者李四）after a dateline) it need not. 记者｜王五: the names are in the
// next field, and *i moves past it.
std::string_view ReporterNames(const Rules& rules, const std::vector<std::string_view>& fields,
                               size_t* i, bool need_separator) {
  const size_t key_end = ReporterKeyEnd(rules, fields[*i]);
  if (key_end == std::string_view::npos) return {};
  const std::string_view rest = fields[*i].substr(key_end);
  std::string_view names = StripLead(rest);
  if (names.empty() && *i + 1 < fields.size()) {
    names = fields[++*i];
  } else if (need_separator) {
    size_t len;
    const char32_t next = rest.empty() ? U' ' : DecodeUtf8(rest, 0, &len);
    if (!(IsSpace(next) || next == U'：' || next == ':')) return {};
  }
  if (IsPictureCredit(rules, names)) return {};
  names = LeadingNames(rules, names);
  return LooksLikeNames(names) ? names : std::string_view{};
}

void AddReporters(std::string_view names, Credits* credits) {
  for (auto& name : SplitNames(names)) {
    auto& reporters = credits->reporters;
    if (std::find(reporters.begin(), reporters.end(), name) == reporters.end()) {
      reporters.push_back(std::move(name));
    }
  }
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
    } else {
      AddReporters(ReporterNames(rules, fields, &i, /*need_separator=*/false), credits);
    }
  }
}

// Whether `text` holds a reporter field with names (记者 张三 李四, 某客户端 |
// 记者｜王五).
bool HoldsReporterCredit(const Rules& rules, std::string_view text, bool need_separator) {
  const std::vector<std::string_view> fields = CreditFields(rules, text);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!ReporterNames(rules, fields, &i, need_separator).empty()) return true;
  }
  return false;
}

// A bracketed span of a paragraph that may hold a credit.
struct Bracketed {
  std::string_view inner;  // between the brackets
  bool said_by_position;   // after a dateline or a sentence, or all the line holds
  bool whole_line;
};

struct BracketPair {
  std::string_view open;
  std::string_view close;
};
constexpr BracketPair kCreditBrackets[] = {{"（", "）"}, {"(", ")"}, {"【", "】"}};

// The short, unpunctuated run that opens a report and ends in a dateline
// word (新华社北京12月15日电, 新京报快讯, 央视网消息).
bool IsDateline(const Rules& rules, std::string_view text) {
  constexpr size_t kMaxDatelineChars = 30;
  const bool ends = std::any_of(rules.datelines.begin(), rules.datelines.end(),
                                [&](const std::string& word) { return EndsWith(text, word); });
  if (!ends || CodePointCount(text) > kMaxDatelineChars) return false;
  for (size_t i = 0; i < text.size();) {
    size_t len;
    if (IsClausePunct(DecodeUtf8(text, i, &len))) return false;
    i += len;
  }
  return true;
}

// The first bracket of `line` when it opens the line or follows its dateline.
std::optional<Bracketed> LeadBracket(const Rules& rules, std::string_view line) {
  const BracketPair* first = nullptr;
  size_t open = std::string_view::npos;
  for (const BracketPair& pair : kCreditBrackets) {
    const size_t at = Find(line, pair.open);
    if (at < open) {
      open = at;
      first = &pair;
    }
  }
  if (first == nullptr) return std::nullopt;
  const std::string_view before = Trim(line.substr(0, open));
  if (!before.empty() && !IsDateline(rules, before)) return std::nullopt;
  const size_t begin = open + first->open.size();
  const size_t close = Find(line, first->close, begin);
  if (close == std::string_view::npos) return std::nullopt;
  const bool whole = before.empty() && close + first->close.size() == line.size();
  return Bracketed{line.substr(begin, close - begin), !before.empty() || whole, whole};
}

bool EndsSentence(std::string_view text) {
  const char32_t last = LastCodePoint(text);
  return last == U'。' || last == U'！' || last == U'？' || last == U'”' || last == U'…' ||
         last == '!' || last == '?';
}

// The bracket that ends `line`, when a sentence ends before it (…。（记者 王五）).
std::optional<Bracketed> TailBracket(std::string_view line) {
  for (const BracketPair& pair : kCreditBrackets) {
    if (!EndsWith(line, pair.close)) continue;
    const size_t close = line.size() - pair.close.size();
    const size_t open = FindLast(line, pair.open, close);
    if (open == std::string_view::npos) return std::nullopt;
    const std::string_view before = Trim(line.substr(0, open));
    if (!before.empty() && !EndsSentence(before)) return std::nullopt;
    const size_t begin = open + pair.open.size();
    return Bracketed{line.substr(begin, close - begin), true, before.empty()};
  }
  return std::nullopt;
}

// Reads a reporter credit in brackets inside a paragraph (新华社北京12月15日电
// （记者 王五）…, …。（记者王五）): the names go to *credits and the paragraph
// stays, as the schema keeps article text whole. True when the bracket is all
// the line holds: a credit line of its own. At the start of a paragraph the
// position says nothing (【记者观察】), so there the words must: 【某报记者 王五】.
bool ReadBracketedCredit(const Rules& rules, std::string_view line, Credits* credits) {
  for (const std::optional<Bracketed>& bracket : {LeadBracket(rules, line), TailBracket(line)}) {
    if (!bracket) continue;
    const std::string_view inner = Trim(bracket->inner);
    if (!HoldsReporterCredit(rules, inner, !bracket->said_by_position)) continue;
    ReadCreditLine(rules, inner, credits);
    return bracket->whole_line;
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

// The first two characters of each credit prefix (the second empty for a
// one-character prefix): a credit line's text holds both. Nullopt when one
// is white space or '|', which the text layer writes itself between runs
// and cells, or a prefix is empty: then every comment is parsed.
using HeadChars = std::pair<std::string_view, std::string_view>;
std::optional<std::vector<HeadChars>> CreditHeadChars(const Rules& rules) {
  std::vector<HeadChars> heads;
  for (const auto* list : {&rules.original_title_prefixes, &rules.source_prefixes,
                           &rules.secondary_source_prefixes, &rules.reporter_prefixes,
                           &rules.editor_prefixes}) {
    for (const std::string& prefix : *list) {
      std::string_view c[2];
      size_t at = 0;
      for (int n = 0; n < 2 && at < prefix.size(); ++n) {
        size_t len;
        DecodeUtf8(prefix, at, &len);
        c[n] = std::string_view(prefix).substr(at, len);
        if (SpaceAt(c[n], 0) != 0 || c[n] == "|") return std::nullopt;
        at += len;
      }
      if (c[0].empty()) return std::nullopt;
      heads.emplace_back(c[0], c[1]);
    }
  }
  return heads;
}

}  // namespace

bool MayHoldCredit(const Rules& rules, std::string_view markup) {
  // Every character of the parsed text (but the spaces and '|' the text
  // layer adds) is in the markup as written, unless a character reference
  // spells it. Where the parse puts it (skipped elements, text moved out of
  // a table, a '>' in an attribute) cannot separate two characters that
  // are not both there.
  if (Contains(markup, "&")) return true;
  const auto heads = CreditHeadChars(rules);
  if (!heads) return true;
  return std::any_of(heads->begin(), heads->end(), [&](const HeadChars& head) {
    return Contains(markup, head.first) && Contains(markup, head.second);
  });
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
  // Most lines name no reporter: one search, no field split.
  const bool mentions_reporter = MentionsReporter(rules, line);
  if (!MatchPrefix(line, rules.source_prefixes).empty() ||
      !MatchPrefix(line, rules.secondary_source_prefixes).empty() ||
      (mentions_reporter && HoldsReporterCredit(rules, line, /*need_separator=*/true))) {
    ReadCreditLine(rules, line, credits);
    return true;
  }
  if (const auto p = MatchPrefix(line, rules.editor_prefixes); !p.empty()) {
    const std::string name = EditorName(line.substr(p.size()));
    if (!name.empty() && !credits->editor) credits->editor = name;
    return true;
  }
  return mentions_reporter && ReadBracketedCredit(rules, line, credits);
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
