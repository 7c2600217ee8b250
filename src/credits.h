// credits: the grammar of credit lines. 原标题, 来源, 记者, 责任编辑 lines
// become metadata, wherever they stand; the reporters of a byline in
// brackets (…电（记者 张三）) or of one the text runs on after (本报记者
// 张三 北京报道 5月24日，…) are read and its paragraph kept; lines of staff
// credits (编辑：于红波) give the editor when no 责任编辑 does.
#ifndef NEWSEXTRACT_CREDITS_H_
#define NEWSEXTRACT_CREDITS_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newsextract/rules.h"

namespace newsextract {

struct Credits {
  std::optional<std::string> original_title;
  std::optional<std::string> source;
  std::vector<std::string> reporters;
  // The names in `reporters`: a search of the list per name took 68 s for
  // 240,000 credit lines.
  std::unordered_set<std::string> reporter_set;
  std::optional<std::string> editor;
  std::optional<std::string> secondary_source;  // a picture credit, used when no source
  std::optional<std::string> staff_editor;      // 编辑：…, used when no 责任编辑
};

// Reads one trimmed line; true when it is a credit line (to be dropped).
// Its facts go to *credits, as do the reporters of a byline in a line that
// stays. The first value of each kind wins.
bool ReadCredits(const Rules& rules, std::string_view line, Credits* credits);

// Reads a line made only of staff credits (编辑：于红波, 编辑 刘梦婕 校对 王心,
// 校对|何小桃, 每经编辑 杜宇): in each field a key, then a colon, white space
// or a separator, then names. True when it is one; the names after an
// editor key then go to *editor unless it holds some. Reads nothing from a
// line with any other field (编辑部认为…, 小羊 | 网络编辑).
bool ReadStaffCredits(const Rules& rules, std::string_view line,
                      std::optional<std::string>* editor);

// The inside of a line that is wholly in brackets (（声明：…）), trimmed;
// nullopt for any other line.
std::optional<std::string_view> InsideBrackets(const Rules& rules, std::string_view line);

// Shared with the site-note reader, whose note words are keys too.

// The prefix of `line` among `prefixes`, or empty.
std::string_view MatchPrefix(std::string_view line, const std::vector<std::string>& prefixes);

// Whether white space, a colon or nothing follows a key (记者 张三, 记者：张三):
// `rest` is what follows it.
bool SpacedFromKey(std::string_view rest);

// True for a code point that carries words: letters, digits, ideographs.
bool IsWordChar(char32_t cp);

}  // namespace newsextract

#endif  // NEWSEXTRACT_CREDITS_H_
