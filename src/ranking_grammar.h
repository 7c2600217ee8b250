// ranking grammar: how the text of a block reads around a cue (its
// clauses, nouns, copulas and predicates, captions, names before a place
// or after a year), and the list forms that need no other cue of the block
// (names in brackets or in apposition after a cue, a name after its place,
// records after a cue, numbered enumerations). The fragment scanner
// (ranking_fragments) builds on it.
#ifndef NEWSEXTRACT_RANKING_GRAMMAR_H_
#define NEWSEXTRACT_RANKING_GRAMMAR_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document.h"
#include "newsextract/rules.h"
#include "ranking_cues.h"
#include "ranking_fragments.h"
#include "ranking_spans.h"

namespace newsextract {

// A name read after its place (第二名恒大) with no list around it to bound it.
inline constexpr size_t kMaxPlacedNameChars = 8;

// Whether `text` holds a ranking word or a rank verb (排名, 位居).
bool HasRankingWord(std::string_view text, const Rules& rules);

// One block's text, read for the fragment scanner.
class BlockGrammar {
 protected:
  BlockGrammar(const Block& block, const Rules& rules, const CueFinder& cues)
      : block_(block), text_(block.text), rules_(rules), cues_(cues) {}

  // Where the first of the ordered names starts: after the last copula,
  // colon or scope word (风格上) in text[clause, sign). A scope word needs a
  // noun before it and a name after it: 中国平安 starts with no scope.
  size_t FirstOrderedName(size_t clause, size_t sign) const;

  // 行业上的排序是 -> 行业上的排序: the label stops before a copula or colon.
  std::string_view LabelBeforeCopula(std::string_view label) const;

  static bool NamesAny(const std::vector<std::string>& names, const std::vector<std::string>& of);

  // 与第二名恒大（4465.6亿元）拉开差距, 第五名的武汉: one place written before
  // the name that holds it goes on from the list before it.
  std::optional<Fragment> WithNameAfterPlace(const CueMatch& cue) const;

  // 排名前10家企业原煤产量合计…。具体情况为：A…；B…: a top-N phrase whose
  // names come later as records.
  std::optional<Fragment> WithRecordsAfter(const CueMatch& cue, std::string* why);

  // 前10家企业原煤产量…: the label takes the noun the cue counts (企业).
  size_t NounEndAfter(size_t pos) const;

  std::string_view ClauseUpTo(size_t pos) const;

  BlockList ListOf(const CueMatch& cue, size_t label_begin, size_t label_end, Names names) const;

  // 最为悲观的五大行业: a bottom cue in the label turns the list's cue.
  bool BottomCueIn(size_t from, size_t to) const;

  // A line of a few words with no clause in it: a heading or a table's
  // caption (近五日龙虎榜机构净买入金额最多个股).
  bool IsCaption() const;

  // A plain noun of one to four characters from `pos` to the block's end
  // (个股, 城市).
  bool CaptionNoun(size_t pos) const;

  // 十大GDP主要城市（上海、北京、…、南京和武汉）: the names of a top N in
  // brackets right after its noun, exactly N of them.
  std::optional<Fragment> WithBracketedNames(const CueMatch& cue) const;

  // 前五大贸易伙伴东盟、欧盟、美国、韩国和日本: the names of a top N right
  // after its noun, which ends in a subject word (rules.subjects), exactly
  // N of them.
  std::optional<Fragment> WithApposedNames(const CueMatch& cue) const;

  // Where names written before their cue stand: up to `names_to` in the
  // clause from `clause`; the label ends at `label_end`.
  struct Before {
    size_t clause = 0, names_to = 0, label_end = 0;
    std::optional<std::pair<size_t, size_t>> copula;  // A…成为…最多的两家公司
  };

  // The cue ends its clause (A、B、C位居前三), or a copula comes before it and
  // a noun after it (A是上榜公司最多的行业; A和B…，成为…最多的两家公司).
  std::optional<Before> LayoutBefore(const CueMatch& cue, std::string* why) const;

  int DeclaredBefore(const CueMatch& cue, const Before& at) const;

  // 保利2021年全年新增…: a year after two characters or more opens what the
  // clause says of the name; where it starts, else the name's end.
  static size_t BeforeYear(std::string_view name);

  // The last place a fragment holds: its last ordinal, 1 for a single
  // name on top (居首, 最高), the places after `before` for names after
  // 其次, else 0.
  static int LastPlace(const Fragment& f, int before);

  // 证券业10家上榜公司…，分别是中信证券（211名）、海通证券（282名）…: names
  // each given its place, the places rising, after a connective that hands
  // them out (分别是, 依次为): a ranking with no cue word. Added in text order
  // where no list read so far stands.
  void AddPlacedEnumerations(std::vector<Fragment>* fragments) const;

  // Whether a bracket closes right after 名 or 位 (211名）, 第46位）)
  // somewhere in `text`.
  static bool HasPlaceBracket(std::string_view text);

  // 证券业10家上榜公司: a count in `label` of exactly `items` things.
  static std::optional<int> CountOf(std::string_view label, size_t items);

  // Two names or more, each with a place of its own (211名, 第46位), rising.
  static bool RisingPlaces(const Names& names);

  // The names opening each of the `count` clauses before `clause` in its
  // sentence, in order; nullopt unless every one opens with a name.
  std::optional<Names> ClauseOpeners(size_t clause, int count) const;

  // 国企仍然运行稳定，54.9%的国企白领可以拿到年终奖，在不同性质企业中排名
  // 第一: a place's holder is the subject of an earlier clause of the
  // sentence when the clause right before it holds a figure, not a name.
  std::optional<Names> EarlierSubject(size_t clause) const;

  // 华夏基金和易方达基金…都达到了48.5亿美元; A、B关注度最高，均有2次: a
  // stated equality of the head. 其他还有A、B分红金额居前; A、B也排名靠后;
  // 重庆、成都依次挤进前十: names that go on from the list before; places
  // from the first are a list of their own (A、B、C依次排名第一、第二、第三).
  void MarkTiesAndContinuation(const CueMatch& cue, size_t clause, std::string_view predicate,
                               Fragment* f) const;

  // Whether the noun after a count (…要点, …典型案例) is one of
  // rules.unranked_nouns: within its first few characters, in its clause.
  bool SelectsUnranked(size_t noun_begin) const;

  // Why the words between names and cue say they are no ranked list.
  // 中国的国家电网公司位居第三位: a name before 的 that goes on to no
  // metric qualifies the name after it, which then ends at the predicate.
  Names NameAfterDe(Names names, size_t to) const;

  bool StartsAtMetric(size_t pos) const;

  std::string PredicateProblem(const Names& names, size_t to, bool copula_form) const;

  // 的 + a short noun (两家公司, 行业) that ends the clause: its end, or npos.
  size_t NounEnd(size_t pos) const;

  // The last copula (rules: 成为, 作为, 是, 为) in text[from, to): its begin
  // and end (成为 over the 为 inside it).
  std::optional<std::pair<size_t, size_t>> CopulaIn(size_t from, size_t to) const;

  // Where the cue's clause ends when the cue ends it, or a short noun after
  // it does (第七大股东，: the noun belongs to the label); npos when the
  // clause goes on (排名第一的态势).
  size_t ClauseEndAfterCue(const CueMatch& cue) const;

  struct Relatives {
    bool above = false;  // names above the place came first
    size_t below = 0;    // names below it, last
    size_t end = 0;      // where the names below end
  };

  // 芜湖和马鞍山…，仅次于铜陵、深圳和合肥居于第四和第五位; 深圳之后，广州…位居
  // 第二; 宁波…位居第7，排在青岛之前: the names a place is written against
  // join its holders in rank order.
  Relatives AddRelatives(const CueMatch& cue, size_t clause, Names* names,
                         size_t* label_begin) const;

  // The names of `first`, then those of `second`, values kept in step; the
  // span stays the holders' (their predicate follows it).
  static Names Concat(Names first, Names second, const Names& holders);

  // 成为 and 是 hand the subject over; the label starts after them.
  size_t SkipCopula(size_t pos) const;

  const Block& block_;
  const std::string_view text_;
  const Rules& rules_;
  const CueFinder& cues_;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_GRAMMAR_H_
