// ranking clauses: where the clauses, sentences and labels of a block's
// text begin and end, and the counts written in them (两个, 3家, 五大).
#ifndef NEWSEXTRACT_RANKING_CLAUSES_H_
#define NEWSEXTRACT_RANKING_CLAUSES_H_

#include <optional>
#include <string_view>

#include "document.h"
#include "newsextract/rules.h"

namespace newsextract {

// 。！？ (and ! ?) end a sentence.
bool IsSentenceEnd(char32_t cp);

// Brackets and quotes, inside which clause punctuation ends no clause.
bool OpensBracket(char32_t cp);
bool ClosesBracket(char32_t cp);

// 三个, 10家: a numeral followed by a counter at `pos`.
bool CountAt(std::string_view text, size_t pos, const Rules& rules);

// Start of the clause holding byte `pos`: just after the clause punctuation
// before it, or 0.
size_t ClauseBegin(std::string_view text, size_t pos);

// The clause punctuation at or after `pos`, or text.size().
size_t ClauseEnd(std::string_view text, size_t pos);

// Where the clause after the one ending at `end` (its punctuation) begins.
size_t NextClause(std::string_view text, size_t end);

// Just after the 。！？ before `pos`, or 0.
size_t SentenceStart(std::string_view text, size_t pos);

// Just after the 。！？ at or after `pos`, or text.size().
size_t SentenceEnd(std::string_view text, size_t pos);

// Where a label ends before its cue begins: after the last clause
// punctuation, a leading 在, an opening quote; or, when the cue is bold, at
// the first bold run of its clause (会议通报了**4月…排名前十**).
size_t LabelBegin(const Block& block, size_t cue_begin);

// Where the label of names written before their cue starts: past a 的
// (A和C的净利润率排名则相对靠后), at the first rank verb (A、B分别以…位列同业
// 排名第一、二名), past 等; else at `from`.
size_t LabelAfterNames(std::string_view text, size_t from, size_t to, const Rules& rules);

// 的五家基金管理公司, 10个名字: the count a noun after a cue gives.
std::optional<int> CountIn(std::string_view noun);

// The number of a count at `pos` (两个, 3家, 五大: numerals and a
// classifier), else 0.
int CountNumberAt(std::string_view text, size_t pos, const Rules& rules);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_CLAUSES_H_
