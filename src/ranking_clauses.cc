// ranking clauses: clause, sentence and label edges, and counts.
#include "ranking_clauses.h"

#include "text_util.h"

namespace newsextract {
namespace {

// No sentence that holds a list runs this long (about 1,000 characters);
// bounding the scans keeps a paragraph of a million cues linear.
constexpr size_t kMaxClauseBytes = 3000;

}  // namespace

bool OpensBracket(char32_t cp) { return cp == U'（' || cp == '(' || cp == U'《' || cp == U'“'; }
bool ClosesBracket(char32_t cp) { return cp == U'）' || cp == ')' || cp == U'》' || cp == U'”'; }

bool CountAt(std::string_view text, size_t pos, const Rules& rules) {
  size_t len, q = pos;
  while (q < text.size() && IsNumeral(DecodeUtf8(text, q, &len))) q += len;
  return q > pos && StartsWithAny(text.substr(q), rules.classifiers);
}

bool IsSentenceEnd(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == '!' || cp == '?';
}

size_t ClauseBegin(std::string_view text, size_t pos) {
  // Punctuation inside brackets is the bracket's: 中国平安（601318.SH，收盘价：
  // 59.7元）增持市值最大 is one clause.
  const size_t floor = pos > kMaxClauseBytes ? pos - kMaxClauseBytes : 0;
  int depth = 0;
  while (pos > floor) {
    const size_t prev = PrevCodePoint(text, pos);
    size_t len;
    const char32_t cp = DecodeUtf8(text, prev, &len);
    if (ClosesBracket(cp)) ++depth;
    if (OpensBracket(cp) && depth > 0) --depth;
    if (IsClausePunct(cp) && depth == 0) break;
    pos = prev;
  }
  return pos;
}

size_t ClauseEnd(std::string_view text, size_t pos) {
  int depth = 0;
  const size_t limit = std::min(text.size(), pos + kMaxClauseBytes);
  for (; pos < limit;) {
    size_t len;
    const char32_t cp = DecodeUtf8(text, pos, &len);
    if (OpensBracket(cp)) ++depth;
    if (ClosesBracket(cp) && depth > 0) --depth;
    if (IsClausePunct(cp) && depth == 0) return pos;
    pos += len;
  }
  return std::min(pos, text.size());
}

size_t NextClause(std::string_view text, size_t end) {
  size_t len = 1;
  if (end < text.size()) DecodeUtf8(text, end, &len);
  return end + len;
}

size_t SentenceStart(std::string_view text, size_t pos) {
  const size_t floor = pos > kMaxClauseBytes ? pos - kMaxClauseBytes : 0;
  while (pos > floor) {
    const size_t prev = PrevCodePoint(text, pos);
    size_t len;
    if (IsSentenceEnd(DecodeUtf8(text, prev, &len))) break;
    pos = prev;
  }
  return pos;
}

size_t SentenceEnd(std::string_view text, size_t pos) {
  const size_t limit = std::min(text.size(), pos + kMaxClauseBytes);
  while (pos < limit) {
    size_t len;
    const char32_t cp = DecodeUtf8(text, pos, &len);
    pos += len;
    if (IsSentenceEnd(cp)) return pos;
  }
  return std::min(pos, text.size());
}

// Where the label starts: after the last clause punctuation before the cue,
// or, when the cue is bold, at the first bold run of that clause (会议通报了
// **4月…排名前十** starts at the bold run).
size_t LabelBegin(const Block& block, size_t cue_begin) {
  const std::string_view text = block.text;
  size_t delim = ClauseBegin(text, cue_begin);
  // 在净资本排名方面: the label is what is ranked, not the preposition;
  // 梳理出“2021年十大…热点”: the quoted name of the ranking.
  if (StartsWith(text.substr(delim), "在") && delim + 3 < cue_begin) delim += 3;
  // …入榜，分别位列第4位、第6位: 分别 points back at the names.
  if (StartsWith(text.substr(delim), "分别") && delim + 6 < cue_begin) delim += 6;
  // Searched in the clause only: from the text's start it was quadratic.
  if (const size_t quote = FindLast(text.substr(delim, cue_begin - delim), "“");
      quote != std::string_view::npos) {
    delim += quote + 3;
  }
  const Run* cue_run = nullptr;
  for (const Run& r : block.runs) {
    if (r.begin <= cue_begin && cue_begin < r.end) cue_run = &r;
  }
  if (cue_run == nullptr || !cue_run->bold) return delim;
  for (const Run& r : block.runs) {
    if (r.bold && r.end > delim && r.begin <= cue_begin) return std::max(r.begin, delim);
  }
  return delim;
}

// The first rank verb in text[from, to), or `from` past 等, a shared noun
// and an adverb (see below): the label of
// a list written after its names (A、B分别以…位列同业排名第一、二名 ->
// 位列同业排名第一、二名).
size_t LabelAfterNames(std::string_view text, size_t from, size_t to, const Rules& rules) {
  // A、B和C的净利润率排名则相对靠后: the label is what they are ranked by.
  if (StartsWith(text.substr(from), "的")) return from + 3;
  for (size_t pos = from; pos < to;) {
    if (StartsWithAny(text.substr(pos, to - pos), rules.rank_verbs)) return pos;
    size_t len;
    DecodeUtf8(text, pos, &len);
    pos += len;
  }
  // 在副省级城市中分列第四和第五位: a cue that is itself a rank verb ends a
  // scope before it as a verb of its own would.
  if (StartsWith(text.substr(from), "在") && StartsWithAny(text.substr(to), rules.rank_verbs)) {
    return to;
  }
  // A、B等股的解禁比例居前; 钢铁、煤炭(等)板块(指数)(皆)跌幅居前: 等, the noun
  // the names share and an adverb after them are no label either.
  size_t start = from;
  if (StartsWith(text.substr(start), "等")) {
    start += std::string_view("等").size();
    const std::string_view rest = text.substr(start, to - start);
    if (StartsWith(rest, "的")) return start + std::string_view("的").size();
    for (const auto* nouns : {&rules.classifiers, &rules.subjects}) {
      const std::string_view noun = LongestStart(rest, *nouns);
      if (!noun.empty() && StartsWith(rest.substr(noun.size()), "的")) {
        return start + noun.size() + std::string_view("的").size();
      }
    }
  }
  size_t after = start;
  while (true) {
    const std::string_view noun =
        LongestStart(text.substr(after, to - after), rules.shared_suffixes);
    if (noun.empty()) break;
    after += noun.size();
  }
  // 板块皆: an adverb after the noun (均在…前四 alone stays).
  if (after > start || EndsWithAny(text.substr(0, start), rules.shared_suffixes)) {
    after += LongestStart(text.substr(after, to - after), rules.adverbs).size();
  }
  // …行业最为集中: a noun right before the cue names what is ranked; it stays.
  return after < to ? after : start;
}

// 纳税最多的五家基金管理公司: the count in the noun a superlative names is
// the list's size.
std::optional<int> CountIn(std::string_view noun) {
  if (StartsWith(noun, "的")) noun.remove_prefix(3);
  if (StartsWith(noun, "前")) noun.remove_prefix(3);  // …最多的前三只个股
  size_t len;
  const int n = ParseNumber(noun, &len);
  if (n < 2 || len == noun.size()) return std::nullopt;
  size_t cp_len;
  const char32_t counter = DecodeUtf8(noun, len, &cp_len);
  if (std::u32string_view(U"个家只名位款座所部").find(counter) == std::u32string_view::npos) {
    return std::nullopt;
  }
  return n;
}

// After a scope that closes with 中 when a subject precedes it (知名美股中
// 网易), after 其中; at a link that ends at `end`; else at `begin`.
int CountNumberAt(std::string_view text, size_t pos, const Rules& rules) {
  if (!CountAt(text, pos, rules)) return 0;
  size_t len;
  return std::max(ParseNumber(text.substr(pos), &len), 0);
}

}  // namespace newsextract
