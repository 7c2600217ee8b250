// credits: the grammar of credit lines (原标题, 来源, 记者, 责任编辑, staff
// credits) -> Credits; bylines in brackets or before running text too.
#include "credits.h"

#include <algorithm>
#include <utility>

#include "text_util.h"

namespace newsextract {
namespace {

// Strips separators and colons that stand between a credit key and value.
std::string_view StripLead(std::string_view value) {
  while (true) {
    value = Trim(value);
    if (StartsWith(value, "："))
      value.remove_prefix(3);
    else if (!value.empty() && (value[0] == ':' || value[0] == '|'))
      value.remove_prefix(1);
    else
      return value;
  }
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

// A credit key (记者, 编辑) that opens a text.
struct CreditKey {
  size_t head_size;  // bytes of the head before the key (本报, 新华社, 见习); may be 0
  size_t end;        // where the key ends
};

// The key among `keys` that opens `text`, if any. The key may follow a short
// head naming the paper or the rank (本报记者, 见习记者, 21世纪经济报道特约记者,
// 每经编辑); a head is word characters only, so 据悉，记者… has none.
std::optional<CreditKey> FindCreditKey(const std::vector<std::string>& keys,
                                       std::string_view text) {
  constexpr int kMaxHeadChars = 12;
  size_t pos = 0;
  for (int chars = 0; chars <= kMaxHeadChars && pos < text.size(); ++chars) {
    if (const auto key = MatchPrefix(text.substr(pos), keys); !key.empty()) {
      return CreditKey{pos, pos + key.size()};
    }
    size_t len;
    if (!IsWordChar(DecodeUtf8(text, pos, &len))) break;
    pos += len;
  }
  return std::nullopt;
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
                           FindCreditKey(rules.reporter_prefixes, line.substr(i + 1)).has_value());
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

// What the place of a reporter key says. After a dateline or a finished
// sentence (…电（记者李四）, …。（记者李四）) or inside an author field
// (作者：见习记者,李莎) it is a credit whatever follows; on a line of its
// own, or in a bracket that is all its line, it may open a sentence
// (记者从…获悉) or name a column (（记者手记）).
enum class KeyPlace { kOwnLine, kCredit };

// Whether `text`, written right after the key with no space, opens with a
// person's name: a common surname and one or two more characters, ending
// at white space or the end (新华社记者刘诗平, 见习记者程浩 东莞报道). Not so
// 本报记者获悉，… or 记者王五获悉，…. A bare key before a word is a column or
// a sentence (记者连线, 记者关注): an unspaced credit names its paper or rank
// (中国基金报记者方丽, 总台记者纪乐乐), so it needs a head too. What follows
// the name must still be names or credits (LeadingNames, LooksLikeNames).
bool OpensWithName(const Rules& rules, const CreditKey& key, std::string_view text) {
  if (key.head_size == 0) return false;
  size_t end = 0;
  bool spaced;
  const std::string_view name = NextName(text, &end, &spaced);
  if (end < text.size() && SpaceAt(text, end) == 0) return false;
  const size_t chars = CodePointCount(name);
  return std::any_of(rules.surnames.begin(), rules.surnames.end(), [&](const std::string& s) {
    if (!StartsWith(name, s)) return false;
    const size_t given = chars - CodePointCount(s);  // the given name's characters
    return given >= 1 && given <= 2;
  });
}

// Whether `rest`, what follows a reporter field's names, is the article's
// text, which some sites run on in the byline's paragraph (程浩 东莞报道
// 5月24日，东莞市…), rather than more credits (北京报道, 报道员 陈璞).
bool IsArticleText(const Rules& rules, std::string_view rest) {
  size_t pos = 0;
  bool spaced;
  for (std::string_view word; !(word = NextName(rest, &pos, &spaced)).empty();) {
    if (!ContainsAny(word, rules.credit_keys) && !LooksLikeNames(word)) return true;
  }
  return false;
}

// A reporter field's names (empty when it credits none) and whether the
// article's text runs on after them.
struct ReporterField {
  std::string_view names;
  bool text_follows = false;
};

// Reads the reporter field fields[*i]. 记者｜王五: the names are in the next
// field, and *i moves past it. On a line of its own the names must stand
// apart from the key or open with a name (OpensWithName).
ReporterField ReadReporterField(const Rules& rules, const std::vector<std::string_view>& fields,
                                size_t* i, KeyPlace place) {
  std::string_view field = fields[*i];
  if (const auto author = MatchPrefix(field, rules.author_prefixes); !author.empty()) {
    field = Trim(field.substr(author.size()));
    place = KeyPlace::kCredit;
  }
  const std::optional<CreditKey> key = FindCreditKey(rules.reporter_prefixes, field);
  if (!key) return {};
  const std::string_view rest = field.substr(key->end);
  std::string_view text = StripLead(rest);
  if (text.empty() && *i + 1 < fields.size()) {
    text = fields[++*i];
  } else if (place == KeyPlace::kOwnLine && !SpacedFromKey(rest) &&
             !OpensWithName(rules, *key, text)) {
    return {};
  }
  if (IsPictureCredit(rules, text)) return {};
  const std::string_view names = LeadingNames(rules, text);
  if (!LooksLikeNames(names)) return {};
  return {names, IsArticleText(rules, text.substr(names.size()))};
}

void AddReporters(std::string_view names, Credits* credits) {
  for (auto& name : SplitNames(names)) {
    if (credits->reporter_set.insert(name).second) credits->reporters.push_back(std::move(name));
  }
}

// The publisher's name: 央视新闻微信公众号（ID：…）综合… -> 央视新闻微信公众号.
std::optional<std::string> SourceName(std::string_view value) {
  value = StripLead(value);
  for (const std::string_view paren : {"（", "("}) value = Trim(value.substr(0, value.find(paren)));
  if (value.empty()) return std::nullopt;
  return std::string(value);
}

// Reads the credits of a line that holds one, its other reporter fields
// credits too. False when the article's text runs on after a byline in it:
// then the line is a paragraph, and what follows the byline is not read.
bool ReadCreditLine(const Rules& rules, std::string_view line, Credits* credits) {
  const std::vector<std::string_view> fields = CreditFields(rules, line);
  for (size_t i = 0; i < fields.size(); ++i) {
    const std::string_view field = fields[i];
    if (const auto p = MatchPrefix(field, rules.source_prefixes); !p.empty()) {
      if (!credits->source) credits->source = SourceName(field.substr(p.size()));
    } else if (const auto s = MatchPrefix(field, rules.secondary_source_prefixes); !s.empty()) {
      if (!credits->secondary_source)
        credits->secondary_source = SourceName(field.substr(s.size()));
    } else {
      const ReporterField reporter = ReadReporterField(rules, fields, &i, KeyPlace::kCredit);
      AddReporters(reporter.names, credits);
      if (reporter.text_follows) return false;
    }
  }
  return true;
}

// Whether `text` holds a reporter field with names (记者 张三 李四, 某客户端 |
// 记者｜王五).
bool HoldsReporterCredit(const Rules& rules, std::string_view text, KeyPlace place) {
  const std::vector<std::string_view> fields = CreditFields(rules, text);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!ReadReporterField(rules, fields, &i, place).names.empty()) return true;
  }
  return false;
}

// A bracketed span of a paragraph that may hold a credit.
struct Bracketed {
  std::string_view inner;  // between the brackets
  bool said_by_position;   // after a dateline or a sentence
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
  return Bracketed{line.substr(begin, close - begin), !before.empty(), whole};
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
    return Bracketed{line.substr(begin, close - begin), !before.empty(), before.empty()};
  }
  return std::nullopt;
}

// Reads a reporter credit in brackets inside a paragraph (新华社北京12月15日电
// （记者 王五）…, …。（记者王五）): the names go to *credits and the paragraph
// stays, as the schema keeps article text whole. True when the bracket is all
// the line holds: a credit line of its own. At the start of a paragraph, or
// alone on its line, the position says nothing (【记者观察】, （记者手记）), so
// there the words must: 【某报记者 王五】, （总台记者纪乐乐）.
bool ReadBracketedCredit(const Rules& rules, std::string_view line, Credits* credits) {
  for (const std::optional<Bracketed>& bracket : {LeadBracket(rules, line), TailBracket(line)}) {
    if (!bracket) continue;
    const std::string_view inner = Trim(bracket->inner);
    const KeyPlace place = bracket->said_by_position ? KeyPlace::kCredit : KeyPlace::kOwnLine;
    if (!HoldsReporterCredit(rules, inner, place)) continue;
    const bool all_credits = ReadCreditLine(rules, inner, credits);
    return bracket->whole_line && all_credits;
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
    const bool is_code =
        std::all_of(code.begin(), code.end(),
                    [](char c) { return isalnum(static_cast<unsigned char>(c)); }) &&
        isalpha(static_cast<unsigned char>(code[0])) &&
        isdigit(static_cast<unsigned char>(code.back()));
    if (is_code) value = Trim(value.substr(0, space));
  }
  return std::string(value);
}

// 张三 李四 -> 张三、李四; 曹 杨 -> 曹杨.
std::string JoinNames(std::string_view names) {
  std::string out;
  for (const std::string& name : SplitNames(names)) out += (out.empty() ? "" : "、") + name;
  return out;
}

// The staff key that opens `text` (编辑, 每经编辑, 校对), if any;
// *names_editor tells whether its names are the editor.
std::optional<CreditKey> FindStaffKey(const Rules& rules, std::string_view text,
                                      bool* names_editor) {
  *names_editor = true;
  if (const auto key = FindCreditKey(rules.editor_credits, text)) return key;
  *names_editor = false;
  return FindCreditKey(rules.staff_credits, text);
}

void ReadOriginalTitle(const Rules& rules, std::string_view rest, Credits* credits) {
  // 原标题：… 来源：… on one line.
  size_t cut = std::string_view::npos;
  for (const auto& p : rules.source_prefixes) cut = std::min(cut, rest.find(p));
  const std::string_view title = Trim(rest.substr(0, cut));
  if (!title.empty() && !credits->original_title) credits->original_title = std::string(title);
  if (cut != std::string_view::npos) ReadCreditLine(rules, rest.substr(cut), credits);
}

}  // namespace

std::string_view MatchPrefix(std::string_view line, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes) {
    if (StartsWith(line, p)) return p;
  }
  return {};
}

bool SpacedFromKey(std::string_view rest) {
  if (rest.empty()) return true;
  size_t len;
  const char32_t next = DecodeUtf8(rest, 0, &len);
  return IsSpace(next) || next == U'：' || next == ':';
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return isalnum(static_cast<int>(cp)) != 0;
  if (cp >= 0xFF10 && cp <= 0xFF5A)
    return !(cp >= 0xFF1A && cp <= 0xFF20) && !(cp >= 0xFF3B && cp <= 0xFF40);
  return cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
         !(cp >= 0xFE30 && cp <= 0xFE4F) && !(cp >= 0xFF00 && cp <= 0xFFEF);
}

bool ReadCredits(const Rules& rules, std::string_view line, Credits* credits) {
  if (const auto p = MatchPrefix(line, rules.original_title_prefixes); !p.empty()) {
    ReadOriginalTitle(rules, line.substr(p.size()), credits);
    return true;
  }
  // Most lines name no reporter: one search, no field split.
  const bool mentions_reporter = MentionsReporter(rules, line);
  if (!MatchPrefix(line, rules.source_prefixes).empty() ||
      !MatchPrefix(line, rules.secondary_source_prefixes).empty() ||
      (mentions_reporter && HoldsReporterCredit(rules, line, KeyPlace::kOwnLine))) {
    // A byline the article's text runs on after stays a paragraph.
    return ReadCreditLine(rules, line, credits);
  }
  if (const auto p = MatchPrefix(line, rules.editor_prefixes); !p.empty()) {
    const std::string name = EditorName(line.substr(p.size()));
    if (!name.empty() && !credits->editor) credits->editor = name;
    return true;
  }
  return mentions_reporter && ReadBracketedCredit(rules, line, credits);
}

bool ReadStaffCredits(const Rules& rules, std::string_view line,
                      std::optional<std::string>* editor) {
  bool names_editor;
  if (!FindStaffKey(rules, line, &names_editor)) return false;  // most lines: no field split
  const std::vector<std::string_view> fields = CreditFields(rules, line);
  std::optional<std::string> editor_names;
  for (size_t i = 0; i < fields.size(); ++i) {
    const std::optional<CreditKey> key = FindStaffKey(rules, fields[i], &names_editor);
    if (!key || !SpacedFromKey(fields[i].substr(key->end))) return false;
    std::string_view names = StripLead(fields[i].substr(key->end));
    if (names.empty() && i + 1 < fields.size()) names = fields[++i];  // 编辑 | 翟瑞民
    if (!LooksLikeNames(names)) return false;
    if (names_editor && !editor_names) editor_names = JoinNames(names);
  }
  if (!*editor) *editor = std::move(editor_names);
  return true;
}

std::optional<std::string_view> InsideBrackets(const Rules& rules, std::string_view line) {
  const std::optional<Bracketed> bracket = LeadBracket(rules, line);
  if (!bracket || !bracket->whole_line) return std::nullopt;
  return Trim(bracket->inner);
}

}  // namespace newsextract
