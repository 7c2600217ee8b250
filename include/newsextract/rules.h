// Rules: the words and site conventions the extractors look for, as data.
// The default set is data/rules.yaml, compiled into the binary; users replace
// it (--rules) or extend it (--rules-add) without touching C++.
#ifndef NEWSEXTRACT_RULES_H_
#define NEWSEXTRACT_RULES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsextract {

// A delimited region such as `article_adlist[ ... ]article_adlist` or
// `但在 ... 等方面仍存不足`.
struct Bracket {
  std::string open;
  std::string close;
};

// A ranking cue: the word that makes a phrase announce a ranked list.
struct Cue {
  enum class Number { kNone, kSize, kRank };
  std::string word;                   // 前, 后, TOP, 排名靠后, 并列第, 红榜, ...
  Number number = Number::kNone;      // kSize: 前十 declares 10 items; kRank: 并列第一
  bool top = true;                    // direction
  bool tied = false;                  // 并列…
  bool subject_from_heading = false;  // 红榜/黑榜 take the section heading as subject
  bool needs_ranking_word = false;    // weak cues (第一) count only near 排名/榜/...
};

struct Rules {
  // Text layer: element subtrees that are site chrome (class names).
  std::vector<std::string> skip_classes;
  // Elements whose text is an image caption, not a paragraph.
  std::vector<std::string> caption_classes;
  // Image sources that are never content (tracking pixels, inline data).
  std::vector<std::string> skip_image_prefixes;

  // Boilerplate: whole lines that are dropped.
  std::vector<std::string> drop_lines;
  // Line prefixes that turn a paragraph into metadata.
  std::vector<std::string> original_title_prefixes;
  std::vector<std::string> source_prefixes;
  std::vector<std::string> secondary_source_prefixes;
  std::vector<std::string> reporter_prefixes;
  // Author fields (作者：): a reporter credit inside one gives reporters.
  std::vector<std::string> author_prefixes;
  std::vector<std::string> editor_prefixes;
  // Separators between the fields of a credit line (来源：… | 记者 …).
  std::vector<std::string> credit_separators;
  // Other credit keys (作者, 编辑, 通讯员): they end a source name on the
  // same line and a reporter's names.
  std::vector<std::string> credit_keys;
  // Words that end a dateline (…电, …讯): a bracketed credit after one is a byline.
  std::vector<std::string> datelines;
  // Words after a credit's names that make it a picture credit (… 摄).
  std::vector<std::string> photo_marks;
  // Common Chinese surnames (王, 欧阳): a name written right after the
  // reporter key (新华社记者刘诗平) must start with one.
  std::vector<std::string> surnames;
  // HTML comments whose content is markup carrying metadata.
  std::vector<Bracket> metadata_comments;

  // Rankings.
  std::vector<Cue> cues;
  std::vector<std::string> connectives;          // 的是, 依次是, ：, ...
  std::vector<std::string> subject_connectives;  // after 的+subject: 依次是, 是, ...
  std::vector<std::string> size_suffixes;        // 名, 位 after 前十
  std::vector<std::string> ranking_words;        // 排名, 排行, 榜, ...
  std::vector<std::string> scope_words;          // 全市, 各, ...
  std::vector<std::string> subjects;
  std::vector<std::string> metrics;
  std::vector<std::string> conjunctions;  // 和, 及, 与 before the last item
  std::vector<std::string> table_rank_headers;
  std::vector<std::string> table_score_headers;
  size_t max_item_chars = 30;
  size_t max_subject_chars = 10;  // 的 + subject + connective

  // Assessments.
  std::vector<std::string> entity_suffixes;
  std::vector<Bracket> shortcomings;
  size_t max_entity_chars = 15;
};

// A rules file is refused past this size: yaml-cpp takes ~90 times its
// input in memory, and the built-in set is 8 KiB.
inline constexpr size_t kMaxRulesFileBytes = 1u << 20;

// Parses rules YAML (`name` is used in messages). On error returns false and
// sets *error to "NAME:LINE: message" (*rules unchanged). Lists in `text`
// are appended to those already in *rules, so loading twice extends; a word
// an earlier load gave is kept once. Every word is checked: not empty, not
// white space only, valid UTF-8, at most 1024 bytes, not repeated within
// the file; lists hold at most 10,000 entries, and the numbers are 1-1000.
bool LoadRules(std::string_view name, std::string_view text, Rules* rules, std::string* error);

// Reads the rules file at `path` (at most kMaxRulesFileBytes, whatever it
// is: a file, a pipe, /dev/zero) and loads it as LoadRules does; *text gets
// its bytes. On error *error is "PATH: message" or "PATH:LINE: message".
bool LoadRulesFile(const std::string& path, Rules* rules, std::string* text, std::string* error);

// The compiled-in default rules (data/rules.yaml).
const Rules& DefaultRules();

}  // namespace newsextract

#endif  // NEWSEXTRACT_RULES_H_
