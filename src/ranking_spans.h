// Where the names of a list stand around its cue: after a connective up to
// the end of the clause, or before the cue in its clause (A、B、C位居前三,
// 知名美股中A、B涨幅居前, A关注度最高), and how they are cleaned.
#ifndef NEWSEXTRACT_RANKING_SPANS_H_
#define NEWSEXTRACT_RANKING_SPANS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "newsextract/article.h"
#include "newsextract/rules.h"
#include "ranking_clauses.h"

namespace newsextract {

// Names found in a block, with the values written beside them.
struct Names {
  size_t begin = 0;  // byte range of the names in the block's text
  size_t end = 0;
  std::vector<std::string> items;
  std::vector<std::optional<RankValue>> values;  // empty when none was written
};

// The names written in block.text[from, to) right before a cue: the
// enumeration that ends at the first word of the predicate (等, 以, a metric,
// a rank verb, 三个) and starts at the clause or after a scope (知名美股中).
// `declared` is the number of names the cue announces (0: unknown). Nullopt,
// with `*why`, when no name stands there.
std::optional<Names> NamesBefore(const Block& block, size_t from, size_t to, const Rules& rules,
                                 int declared, std::string* why);

// The names after a connective at `begin`, up to the end of the clause;
// names delimited by ；(A，描述；B，描述) when the declared size says so;
// with `follower`, a bare name in the clause after (其次是A，B。).
Names NamesAfter(const Block& block, size_t begin, const Rules& rules, int declared, bool follower);

// The rank verb of two or more characters ending `text` (…和C包揽), or "".
// One-character verbs (居, 列) do not count: names end so (欧派家居).
std::string_view ClosingRankVerb(std::string_view text, const Rules& rules);

// 排名前10家企业…。具体情况为：A 4.1亿吨，…；B 2.1亿吨…: the `declared`
// names of ；-delimited records after an opener (具体情况为) in the block
// after `from`; nullopt when there are not that many.
std::optional<Names> RecordsAfter(const Block& block, size_t from, int declared,
                                  const Rules& rules);

// Where the first name of block.text[begin, end) starts: after 其中, a
// clause opener or continuation word, a year or a recent span opening the
// clause (2021年, 近5日), a scope closed by 中.
size_t NameStart(const Block& block, size_t begin, size_t end, const Rules& rules);

// 著名吃货大省广东, 特斯拉公司首席执行官马斯克: after a noun that describes
// the name written after it, when two characters or more follow in
// text[start, end of text); else `start`. Give it the name's own span.
size_t AfterAppositive(std::string_view text, size_t start, const Rules& rules);

// The first word of a predicate in block.text[begin, end) two or more
// characters in (A关注度最高: 关注), or `end` when there is none.
size_t NameEnd(const Block& block, size_t begin, size_t end, const Rules& rules);

// Why `item` reads as part of a sentence rather than a name (的, 是, 了, a
// figure with its unit, over 20 characters); empty when it is a name.
std::string NameProblem(std::string_view item, const Rules& rules);

// A name of two to `max_chars` characters with no NameProblem: what a list
// read from looser text (records, brackets, a clause's opening) accepts.
bool IsPlainName(std::string_view item, const Rules& rules, size_t max_chars = SIZE_MAX);

// The one plain name of at most eight characters that opens
// block.text[clause, end) and ends before `end` (亚洲地区小幅上扬1.7点:
// 亚洲地区), as a byte range; nullopt when none does.
std::optional<std::pair<size_t, size_t>> OpeningName(const Block& block, size_t clause, size_t end,
                                                     const Rules& rules);

// Cleans names as lists write them: 《》 removed, a quoted epithet before a
// name dropped (“扫地机器人第一股”科沃斯), brackets with values moved out.
std::vector<std::optional<RankValue>> FinishItems(std::vector<std::string>* items);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_SPANS_H_
