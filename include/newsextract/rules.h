// Rules: the words and site conventions the extractors look for, as data.
// The default set is data/rules.yaml, compiled into the binary; users replace
// it (--rules) or extend it (--rules-add) without touching C++.
#ifndef NEWSEXTRACT_RULES_H_
#define NEWSEXTRACT_RULES_H_

#include <array>
#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsextract {

// A delimited region such as `article_adlist[ ... ]article_adlist` or
// `但在 ... 等方面仍存不足`.
struct Bracket {
  std::string open;
  std::string close;

  bool operator==(const Bracket&) const = default;
};

// A word and the subject it implies for a list that names none: in
// stock_subjects, a word of the list's sentence or the article's title
// (涨停 -> 涨停股); in name_subjects, the ending of most of the list's
// names (证券 -> 券商).
struct WordSubject {
  std::string word;
  std::string subject;

  bool operator==(const WordSubject&) const = default;
};

// A ranking cue: the word that makes a phrase announce a ranked list.
struct Cue {
  enum class Number { kNone, kSize, kRank };
  // What the cue does to the names around it.
  enum class Kind {
    kRank,         // 前十, 居前, 排名靠后: the names it stands with are a list
    kSuperlative,  // 最高, 居首: names one entity, the head a chain continues
    kComparative,  // 较多, 较大: a list only with falling values or after a head
    kChain,        // 其次, 紧随其后, 次之: continues the list of a head
    kOrdinal,      // 第二, 第一、二名, 第四和第五位: places named one by one
  };
  std::string word;  // 前, 后, TOP, 排名靠后, 并列第, 红榜, ...
  Kind kind = Kind::kRank;
  Number number = Number::kNone;      // kSize: 前十 declares 10 items; kRank: 并列第一
  bool number_before = false;         // 十大, 百强: the number stands before the word
  bool top = true;                    // direction
  bool tied = false;                  // 并列…
  bool subject_from_heading = false;  // 红榜/黑榜 take the section heading as subject
  bool needs_ranking_word = false;    // weak cues (第一) count only near 排名/榜/...
  bool single = true;                 // one name after a connective is a list (排名靠后的是X)
  bool names_after_only = false;      // 排名方面，A、B: never names written before it
  bool orders = false;                // ＞: a sign between names, the higher one first
  size_t adjective_chars = 0;  // 最受 追捧, 最为 集中: characters the cue takes after it
  // A number before the word below this names a category (三大运营商), not a
  // ranking, unless a superlative or ranking word comes before it.
  size_t min_number = 0;

  bool operator==(const Cue&) const = default;
};

// Words looked up where a text starts, bucketed by their first code point:
// the extractors ask at many positions whether one of a hundred words
// starts there.
class WordSet {
 public:
  void Add(std::string_view word);
  // The longest of the words that `text` starts with; empty when none.
  std::string_view LongestAt(std::string_view text) const;

  bool operator==(const WordSet&) const = default;

 private:
  static constexpr char32_t kBmp = 0x10000;
  std::bitset<kBmp> firsts_;                                         // first code points
  std::unordered_map<char32_t, std::vector<std::string>> by_first_;  // longest first
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
  // Site notes, read only within site_note_reach paragraphs of the
  // article's start or end: note words before a colon, white space or
  // nothing (免责声明：…, 风险提示), link lines (点击查看…), and staff credit
  // lines (编辑：于红波; only editor_credits keys name the editor).
  std::vector<std::string> site_notes;
  std::vector<std::string> link_lines;
  std::vector<std::string> editor_credits;  // 编辑
  std::vector<std::string> staff_credits;   // 校对, 审核
  size_t site_note_reach = 5;

  // Rankings.
  std::vector<Cue> cues;
  std::vector<std::string> connectives;          // 的是, 依次是, ：, ...
  std::vector<std::string> subject_connectives;  // after 的+subject: 依次是, 是, ...
  std::vector<std::string> size_suffixes;        // 名, 位 after 前十
  std::vector<std::string> ranking_words;        // 排名, 排行, 榜, ...
  std::vector<std::string> scope_words;          // 全市, 各, ...
  std::vector<std::string> subjects;
  std::vector<WordSubject> stock_subjects;  // the first that matches
  std::vector<WordSubject> name_subjects;   // the first that matches
  // Names known as what they are (上海 -> 城市, 广东 -> 省份): the kind most
  // of a list's names are, when its names end in no kind.
  std::vector<WordSubject> known_names;
  std::vector<std::string> metrics;
  std::vector<std::string> conjunctions;  // 和, 及, 与 before the last item
  std::vector<std::string> table_rank_headers;
  std::vector<std::string> table_score_headers;
  // Header cells naming the column of names in a table announced as a
  // ranking without a rank column (简称, 名称, 股票).
  std::vector<std::string> table_name_headers;
  // Connectives that continue the list before them (居前的还有, 较大的还有).
  std::vector<std::string> continuation_connectives;
  // Who trades or rates (沪股通, 北向资金, 融资, 机构): part of the metric
  // (沪股通增持量), named once in a paragraph for the lists after it.
  std::vector<std::string> actors;
  // What only an actor does (增持, 净买入, 关注): a metric without one of
  // these (涨幅) takes no actor from its paragraph.
  std::vector<std::string> actor_measures;
  // Connectives of the passive (前三名分别被A、B、C摘得): the names' clause
  // must end in a rank verb, else the sentence is no ranking.
  std::vector<std::string> passive_connectives;
  // Words that end a name written before its predicate (A关注度最高, A以…
  // 位居榜首, A等涨停板封单资金较多), found two or more characters in.
  std::vector<std::string> name_end_words;
  // Verbs that put names in a place (位列, 居, 包揽, 成为): the label of a
  // list written after its names starts at one.
  std::vector<std::string> rank_verbs;
  // Counters after a numeral (三个, 10家, 5只): 重庆、长沙、郑州三个新一线城市
  // ends its names at the numeral.
  std::vector<std::string> classifiers;
  // Units after 前N that make it a span of time, not a size (前三季度, 前10个月).
  std::vector<std::string> time_units;
  // Words that make a group a threshold set (超1亿元的, 均超3%): no order.
  std::vector<std::string> threshold_words;
  // Words that open a list of values matched to the names (分别为, 分别获).
  std::vector<std::string> value_openers;
  // A category noun written once after a coordinated series (纸浆、沪锡、
  // 沪镍期货): dropped from the last name.
  std::vector<std::string> shared_suffixes;
  // Words that close a scope written before the first name when a subject
  // precedes them (知名美股中A、B涨幅居前: 中).
  std::vector<std::string> scope_markers;
  // Words before the names that hold the places above a list's names
  // (芜湖和马鞍山仅次于铜陵、深圳和合肥居于第四和第五位).
  std::vector<std::string> behind_words;
  std::vector<std::string> after_words;       // A之后，B位居第二: A above
  std::vector<std::string> ahead_words;       // B位居第7，排在C之前: C below
  std::vector<std::string> appositive_nouns;  // 吃货大省广东: the name comes after
  std::vector<std::string> measure_endings;   // 经济密度居第二: a measure, not a name
  // Words before a year that make it a baseline compared with (较去年同期,
  // 比2020年), not the time a list is about.
  std::vector<std::string> baseline_words;
  // Words after a top N that make the names members of it, in no order
  // (四大…公司之一, 位列前十大城市之列).
  std::vector<std::string> member_words;
  // Verbs of entering or leaving a top group (进入前十, 跌出前十): the names
  // before them are members, in no order.
  std::vector<std::string> membership_verbs;
  // Words of moving up or down (涨, 升 / 降, 跌): a head that moves one way
  // (领降, 涨幅最大) goes on with the names of its sentence that move the same
  // way by falling amounts (北美地区降14.0点，亚洲地区降12.4点).
  // Adverbs that end a name before its verb (A和B都…), never before a
  // count: in 成都两地 the 都 is inside the name.
  std::vector<std::string> adverbs;
  // Words giving all the names before them one predicate (A、B均有2次,
  // 都达到了, 并列): a tie, or one value shared.
  std::vector<std::string> sharing_words;
  // Nouns a count selects in no order (九大要点, 十大典型案例).
  std::vector<std::string> unranked_nouns;
  // Words closing a scope a clause is about (十大城市上, 前十名中).
  std::vector<std::string> scope_postpositions;
  // Words saying names go on from the list before them (A、B也排名靠后,
  // 重庆、成都依次挤进前十); after a head, at its value (北京、成都的环比涨幅也
  // 在1%).
  std::vector<std::string> continuing_words;
  // Pronouns standing for the names of the list just before (它们分别排在了
  // 第11位和第17位).
  std::vector<std::string> pronouns;
  // Endings of names whose halves 和 joins (市文化和旅游局, 软件和信息技术
  // 服务业): two names alone, A和B, are split unless the second ends so.
  std::vector<std::string> compound_endings;
  // Connectives that hand out names, each of which may carry its place
  // (分别是中信证券（211名）、海通证券（282名）): with places rising, a
  // ranking without a cue word.
  std::vector<std::string> placed_connectives;
  // Words before an amount that make it approximate (跌近8%, 跌超6%).
  std::vector<std::string> approximations;
  std::vector<std::string> rise_words;
  std::vector<std::string> fall_words;
  // Words that start like a cue and are none (最新, 最终, 最近).
  std::vector<std::string> non_cues;
  // Words that open a clause of names continuing the list before
  // (其他还有A、B分红金额居前).
  std::vector<std::string> continuation_prefixes;
  std::vector<std::string> clause_openers;  // 而耀才证券…位列第二: not part of the name
  // Words that open a sequence of reasons or steps (首先, 一是): a 其次
  // after them continues no ranking.
  std::vector<std::string> reason_openers;
  // Words no name starts with: pronouns (其, 该, 上述) and the openers of
  // clauses (除…外, 即使, 在).
  std::vector<std::string> not_name_starts;
  // Words that open ；-delimited records of a top-N list announced before
  // them (排名前10家企业…。具体情况为：A…；B…).
  std::vector<std::string> record_openers;
  // Copulas (成为, 是, 为): the names before one, a superlative noun after it
  // (A和B成为…最多的两家公司); the label starts after one.
  std::vector<std::string> copulas;
  size_t max_item_chars = 30;
  size_t max_subject_chars = 10;  // 的 + subject + connective

  // Built from the lists above by IndexRules (LoadRules calls it).
  WordSet predicate_starts;  // name_end_words, metrics, rank_verbs: a name ends at one
  WordSet predicate_words;   // rank_verbs, ranking_words, name_end_words: no name is one
  WordSet non_name_starts;   // not_name_starts
  // Cues by their first code point (of the Basic Multilingual Plane, where
  // every cue word starts): cue_bucket[cp] is 0 for none, else 1 + the
  // index of the bucket in cue_buckets, which lists indexes into `cues`,
  // longest word first. Looked up for every character of every block.
  std::vector<uint8_t> cue_bucket;
  std::vector<std::vector<size_t>> cue_buckets;
  // For three-byte characters, whether some cue's first character starts
  // with these two bytes (indexed by the low 4 bits of the first and the
  // low 6 of the second): the scan decodes only those characters, about
  // one in twenty of Chinese text.
  std::array<bool, 1024> cue_lead_pair{};
  // The last characters of rank verbs that also start a cue (居 of 位居 and
  // 居首位): only a cue starting with one may take the verb before it.
  std::vector<char32_t> verb_cue_joints;

  // Assessments.
  std::vector<std::string> entity_suffixes;
  std::vector<Bracket> shortcomings;
  size_t max_entity_chars = 15;

  // Every field, the indexes too: the compiled-in set is checked against
  // what LoadRules makes of data/rules.yaml.
  bool operator==(const Rules&) const = default;
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

// Builds the word sets of `rules` from its lists (after any change to them).
void IndexRules(Rules* rules);
// Reads the rules file at `path` (at most kMaxRulesFileBytes, whatever it
// is: a file, a pipe, /dev/zero) and loads it as LoadRules does; *text gets
// its bytes. On error *error is "PATH: message" or "PATH:LINE: message".
bool LoadRulesFile(const std::string& path, Rules* rules, std::string* text, std::string* error);

// The compiled-in default rules (data/rules.yaml).
const Rules& DefaultRules();

}  // namespace newsextract

#endif  // NEWSEXTRACT_RULES_H_
