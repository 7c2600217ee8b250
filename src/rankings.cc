// The rankings stage: lists found block by block (ranking_fragments), read
// for subject, metric and period in the context of their section, plus the
// lists that span blocks: <ol>/<ul> and tables after an announcing block,
// ranking tables.
#include "rankings.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "list_items.h"
#include "ranking_blocks.h"
#include "ranking_chains.h"
#include "ranking_cues.h"
#include "ranking_label.h"
#include "ranking_repeats.h"
#include "ranking_spans.h"
#include "ranking_tables.h"
#include "ranking_values.h"
#include "text_util.h"

namespace newsextract {
namespace {

// What a list inherits from the lists before it in its section.
struct Context {
  std::optional<std::string> subject, metric, period;
  std::string heading;
};

// 的街乡 after 前三 in 诉求量前三的街乡: the subject a label names after its cue.
std::optional<std::string> NounAfterCue(std::string_view tail) {
  if (StartsWith(tail, "的")) tail.remove_prefix(3);
  tail = Trim(tail);
  if (tail.empty()) return std::nullopt;
  return std::string(tail);
}

// 上交所以3654.26亿元拔得头筹, 特变电工获净流入14.78亿元居首, A以1419亿元
// 的研发投入领跑: an amount standing right before the cue, before a 的 or
// right after 以 is what a name holds, and it and the words saying it are
// no label. Where the label starts after the last such amount in
// text[begin, cue), else `begin`.
size_t AfterHeldAmount(std::string_view text, size_t begin, size_t cue, const Rules& rules) {
  constexpr std::string_view kYi = "以";
  size_t start = begin;
  for (size_t pos = begin; pos < cue;) {
    size_t len = 0;
    const auto value = isdigit(static_cast<unsigned char>(text[pos]))
                           ? ParseValue(text.substr(pos), &len)
                           : std::nullopt;
    // 2021年十大…: a date is when, not what a name holds.
    const bool date = value && StartsWithAny(value->unit, rules.time_units);
    const size_t after = value && !date ? AfterAmount(text, pos) : pos;
    if (after > pos && after <= cue) {
      if (after == cue) return after;
      if (StartsWith(text.substr(after), "的")) {
        start = after + std::string_view("的").size();
      } else if (pos == begin + kYi.size() && StartsWith(text.substr(begin), kYi)) {
        start = after;  // 以15.38亿融资额暂排第一: 以 and its amount
      }
      pos = after;
      continue;
    }
    DecodeUtf8(text, pos, &len);
    pos += len;
  }
  return start;
}

// The topic a sentence opens with before the list's clause: 在净资本排名方面，
// 排名前十的分别是…; 托管市值排名：A、B、C位列前三; 从增持金额看，… .
std::string_view TopicBefore(std::string_view text, size_t label_begin, const Rules& rules) {
  const size_t clause = ClauseBegin(text, label_begin);
  if (clause == 0) return {};
  const size_t punct = PrevCodePoint(text, clause);
  size_t len;
  const char32_t cp = DecodeUtf8(text, punct, &len);
  if (cp != U'，' && cp != U'：' && cp != ':' && cp != ',') return {};
  std::string_view topic = text.substr(ClauseBegin(text, punct), punct - ClauseBegin(text, punct));
  bool framed = cp == U'：' || cp == ':';
  // 但是从前三甲排名看: a clause opener before the topic's preposition.
  topic.remove_prefix(LongestStart(topic, rules.clause_openers).size());
  for (const std::string_view open : {"在", "从", "就", "按"}) {
    if (StartsWith(topic, open)) topic.remove_prefix(open.size());
  }
  for (const std::string_view close : {"方面", "来看", "看", "统计", "计算"}) {
    if (EndsWith(topic, close)) {
      topic.remove_suffix(close.size());
      framed = true;
    }
  }
  return framed ? topic : std::string_view();
}

class Extractor {
 public:
  Extractor(const std::vector<Block>& blocks, const Rules& rules, const RankingArticle& article,
            const Deadline& deadline)
      : blocks_(blocks), rules_(rules), cues_(rules), article_(article), deadline_(deadline) {
    if (auto m = MonthBefore(MonthsIn(article.title), article.title.size())) {
      title_period_ = PeriodFor(*m, article.year, article.month);
    }
  }

  RankingsResult Run() {
    for (size_t i = 0; i < blocks_.size() && !capped_; i = std::max(i + 1, resume_at_)) {
      deadline_.Check();
      const Block& block = blocks_[i];
      if (IsHeading(block)) {
        // A section keeps the time of the article before it (…发布2020年度
        // 证券公司经营业绩排名 over sections by business line), not what
        // its lists are of.
        std::optional<std::string> period = std::move(context_.period);
        context_ = Context{};
        context_.period = std::move(period);
        context_.heading = block.text;
        // 4月“接诉即办”排名情况: the section's lists are April's.
        if (auto m = MonthBefore(MonthsIn(block.text), block.text.size())) {
          context_.period = PeriodFor(*m, article_.year, article_.month);
        }
        // A bold paragraph may also hold a whole list (…前三的是：A、B、C。).
      } else if (IsCategoryLine(block)) {
        // 购物平台 between 黑猫投诉1月行业榜单 and 黑榜：…: names the lists
        // under it, without the weight of a heading that resets the context.
        context_.heading = block.text;
      }
      if (block.kind == BlockKind::kTableRow && block.row == 0) {
        if (const size_t rows = TableRanking(i)) {
          resume_at_ = i + rows;
          continue;
        }
      }
      ScanBlock(i);
    }
    DropRepeats(&result_.rankings, structured_, rules_);
    return std::move(result_);
  }

 private:
  // 黑榜：A、B、…: a paragraph that is a short label and its names and
  // nothing else is a list by its layout, like a table's rows (在线网校 is a
  // name there, though 在 opens clauses in prose). A sentence before the
  // names (…将重点查处七大违法违规行为：A；B) is prose.
  static bool IsListLine(const Block& block, const BlockList& list) {
    constexpr size_t kMaxLineLabelChars = 12;
    const std::string_view text = block.text;
    return list.label_begin == 0 && list.end <= text.size() &&
           CodePointCount(text.substr(0, list.label_end)) <= kMaxLineLabelChars &&
           CleanItem(text.substr(list.end)).empty();
  }

  void ScanBlock(size_t index) {
    const Block& block = blocks_[index];
    current_block_ = index;
    block_months_ = MonthsIn(block.text);
    block_years_.reset();
    BlockLists found = ListsInBlock(block, rules_, cues_, article_.explain);
    for (const auto& o : found.outcomes) {
      result_.explain.push_back(
          "¶" + std::to_string(index) + " @" +
          std::to_string(CodePointCount(std::string_view(block.text).substr(0, o.offset))) + " '" +
          o.cue + "': " + o.result);
    }
    for (BlockList& list : found.lists) {
      if (capped_) break;
      Ranking r = Describe(index, list);
      if (list.at_block_end && !ItemsAfter(index, &r)) continue;
      // Names given their places are compared, for repeats, with their kind
      // only: a prose claim about the first of them (…连续四年稳坐前三) is
      // another list.
      Accept(std::move(r), !list.at_block_end && !IsListLine(block, list),
             list.at_block_end || list.placed);
    }
    // A month named in a paragraph dates the lists of the paragraphs after
    // it (…排名情况如下。 then 排名前三的是…).
    // …in the later year or month named last (2020年度…经营业绩排名 before
    // paragraphs of lists).
    const auto year = LastYear(block.text.size());
    const MonthMention* month = block_months_.empty() ? nullptr : &block_months_.back();
    if (year && (!month || year->end > month->end)) {
      context_.period = YearPeriod(year->year);
    } else if (month) {
      context_.period = PeriodFor(*month, article_.year, article_.month);
    }
  }

  // A list most of whose names are stock links ranks stocks: what kind,
  // the words of its paragraph or else of the title tell (涨停 -> 涨停股,
  // 净利润 -> 上市公司; rules.stock_subjects).
  std::optional<std::string> StockScreenSubject(const Ranking& r) {
    if (rules_.stock_subjects.empty()) return std::nullopt;
    if (!stock_names_) {
      stock_names_.emplace();
      for (const Block& block : blocks_) {
        for (const auto& run : block.runs) {
          if (!run.stock_code.empty() && run.end <= block.text.size() && run.begin < run.end)
            stock_names_->emplace(block.text.substr(run.begin, run.end - run.begin));
        }
      }
    }
    const auto linked = std::count_if(r.items.begin(), r.items.end(), [&](const std::string& item) {
      return stock_names_->count(item) > 0;
    });
    if (linked == 0 || static_cast<size_t>(linked) * 2 < r.items.size()) return std::nullopt;
    // Every list is read from one of the blocks; should an index ever
    // point past them, only the title is read.
    const std::string_view paragraph =
        r.paragraph < blocks_.size() ? std::string_view(blocks_[r.paragraph].text) : "";
    for (const std::string_view text : {paragraph, article_.title}) {
      for (const auto& [word, subject] : rules_.stock_subjects) {
        if (Contains(text, word)) return subject;
      }
    }
    return std::nullopt;
  }

  // A list whose label names no subject takes the one of the list before
  // it in its section; a stock screen takes the kind of stock it screens
  // instead, unless what it inherits is a kind of stock (科创板股). Only
  // named and inherited subjects are carried on.
  void SettleSubject(Ranking* r) {
    if (r->subject) {
      context_.subject = r->subject;
      return;
    }
    r->subject = context_.subject;
    if (!r->subject || !EndsWith(*r->subject, "股")) {
      if (auto stocks = StockScreenSubject(*r)) {
        // …股 for 个股, …公司 for 上市公司: a market list in 27家科创板公司…
        // still ranks stocks.
        const auto& kind = TitleStockKind();
        const bool alike = kind && LastCodePoint(*kind) == LastCodePoint(*stocks);
        if (alike) {
          r->subject = kind;
        } else {
          r->subject = std::move(stocks);
        }
      }
    }
    if (!r->subject) r->subject = InferredSubject(*r);
  }

  // 12只创业板股获杠杆资金加仓, 27家科创板公司提前预告: the title counts a
  // kind of stock narrower than any stock screen's (个股, 上市公司).
  const std::optional<std::string>& TitleStockKind() {
    if (!title_stock_kind_) {
      title_stock_kind_.emplace();
      if (!title_noun_) title_noun_ = TitleSubject(article_.title, rules_);
      if (const auto& noun = *title_noun_) {
        // A screen's own subject (上市公司, 个股) is no narrower kind.
        const bool screened =
            std::any_of(rules_.stock_subjects.begin(), rules_.stock_subjects.end(),
                        [&](const WordSubject& s) { return s.subject == *noun; });
        for (const std::string_view kind : {"股", "公司"}) {
          constexpr size_t kMinQualifierChars = 2;  // 科创板, 中概; not 个股
          if (!screened && EndsWith(*noun, kind) &&
              CodePointCount(*noun) >= CodePointCount(kind) + kMinQualifierChars) {
            *title_stock_kind_ = noun;
          }
        }
      }
    }
    return *title_stock_kind_;
  }

  // The subject of a list whose text names none (CONVENTIONS §5: every
  // list has one): the kind its names end with, else the noun the title
  // counts or the stock kind it names.
  std::optional<std::string> InferredSubject(const Ranking& r) {
    if (auto subject = SubjectOfNames(r.items, rules_)) return subject;
    if (!title_noun_) title_noun_ = TitleSubject(article_.title, rules_);
    if (*title_noun_) return *title_noun_;
    return StockKindInParagraph(r);
  }

  // …1240只个股有融资资金净买入。…，其中卓越新能、三生国健、东方园林排名
  // 前三: plain names in a paragraph that speaks of stocks (a kind of stock
  // in the vocabulary: 个股, 港股) are stocks of that kind.
  std::optional<std::string> StockKindInParagraph(const Ranking& r) const {
    if (r.paragraph >= blocks_.size()) return std::nullopt;
    const std::string_view paragraph = blocks_[r.paragraph].text;
    for (const std::string& subject : rules_.subjects) {
      if (EndsWith(subject, "股") && Contains(paragraph, subject)) return subject;
    }
    return std::nullopt;
  }

  // Label, period, subject, metric, direction, size of a list.
  Ranking Describe(size_t index, BlockList& list) {
    const std::string_view text = blocks_[index].text;
    const CueMatch& cue = list.cue;
    Ranking r;
    r.paragraph = index;
    const size_t label_begin = list.label_begin < cue.begin && cue.begin <= list.label_end
                                   ? AfterHeldAmount(text, list.label_begin, cue.begin, rules_)
                                   : list.label_begin;
    const size_t label_end = LabelEnd(text, list);
    r.label = std::string(WithoutOpener(Trim(text.substr(label_begin, label_end - label_begin))));
    r.top = list.top;
    r.tied = list.tied;
    r.size = list.size;
    r.items = std::move(list.items);
    r.values = std::move(list.values);
    r.scores = ScoresOf(r.values);
    const size_t facts_end = std::max(label_begin, std::min(cue.begin, list.label_end));
    const std::string_view before_cue = text.substr(label_begin, facts_end - label_begin);
    LabelFacts facts = ReadLabel(before_cue, rules_);
    if (!facts.metric) {
      if (const auto topic = TopicBefore(text, list.label_begin, rules_); !topic.empty()) {
        facts.metric = ReadLabel(topic, rules_).metric;
      }
    }
    if (label_end > cue.end) {
      if (auto noun = NounAfterCue(text.substr(cue.end, label_end - cue.end))) facts.subject = noun;
    }
    if (!facts.subject) facts.subject = SharedNounBefore(text.substr(0, label_begin));
    // 10个名字 -> 名字; a heading's words (十大民生工程) are kept whole.
    if (facts.subject) facts.subject = std::string(WithoutCount(*facts.subject, rules_));
    if (cue.cue->subject_from_heading && !context_.heading.empty()) {
      facts.subject = HeadingSubject(context_.heading);
    }
    r.period = PeriodOf(text, list);
    r.subject = facts.subject;
    if (facts.metric)
      facts.metric = WithActor(std::move(*facts.metric), text.substr(0, label_begin));
    r.metric = facts.metric ? facts.metric : context_.metric;
    return r;
  }

  // Where a list's label ends: 最大的个股仍(是): an adverb before the
  // connective is no part of the noun after the cue.
  size_t LabelEnd(std::string_view text, const BlockList& list) const {
    if (list.label_end <= list.cue.end) return list.label_end;
    std::string_view after = text.substr(list.cue.end, list.label_end - list.cue.end);
    after.remove_suffix(LongestEnd(after, rules_.adverbs).size());
    // 最大的仍是: the 的 of the connective 的是 goes with it.
    constexpr std::string_view kOf = "的";
    if (EndsWith(after, kOf)) after.remove_suffix(kOf.size());
    return list.cue.end + after.size();
  }

  // 而本月涨幅靠前, 其中涨幅最高: a word opening the clause is no label.
  std::string_view WithoutOpener(std::string_view label) const {
    constexpr std::string_view kAmong = "其中";
    std::string_view opener = LongestStart(label, rules_.clause_openers);
    if (opener.empty() && StartsWith(label, kAmong)) opener = kAmong;
    return opener.size() < label.size() ? label.substr(opener.size()) : label;
  }

  // 钢铁、煤炭板块(皆)涨幅居前: the noun the names share, left out of the
  // label, is their kind when it names one.
  std::optional<std::string> SharedNounBefore(std::string_view before) const {
    before.remove_suffix(LongestEnd(before, rules_.adverbs).size());
    const std::string_view noun = LongestEnd(before, rules_.shared_suffixes);
    if (noun.empty() ||
        std::find(rules_.subjects.begin(), rules_.subjects.end(), noun) == rules_.subjects.end()) {
      return std::nullopt;
    }
    return std::string(noun);
  }

  // …有13股获沪股通增持…，增持量居前的有A、B: a metric of what an actor
  // does that names none is that of the last actor named before it in its
  // paragraph (涨幅 is no one's).
  std::string WithActor(std::string metric, std::string_view before) const {
    if (ContainsAny(metric, rules_.actors) || !ContainsAny(metric, rules_.actor_measures)) {
      return metric;
    }
    size_t at = std::string_view::npos;
    std::string_view actor;
    for (const std::string_view word : rules_.actors) {  // longest first: 融资客 over 融资
      const size_t found = FindLast(before, word);
      if (found != std::string_view::npos && (at == std::string_view::npos || found > at)) {
        at = found;
        actor = word;
      }
    }
    if (at == std::string_view::npos) return metric;
    // 主力资金 + 净流入资金: the money is named once.
    constexpr std::string_view kMoney = "资金";
    if (EndsWith(actor, kMoney) && EndsWith(metric, kMoney) && metric.size() > kMoney.size()) {
      metric.resize(metric.size() - kMoney.size());
    }
    return std::string(actor) + metric;
  }

  // The time a list is about: the reference nearest to it (CONVENTIONS §7).
  // A month named before it in its sentence; else a year named in its
  // sentence, before its label's end first (2020年…前三名分别是A、B，2021年，
  // B…), then after it (营业收入最高的是A，去年实现…); else the last month or
  // year named before it in the block or the blocks before; else the
  // title's month.
  std::optional<std::string> PeriodOf(std::string_view text, const BlockList& list) {
    const size_t sentence = SentenceStart(text, list.label_begin);
    const size_t sentence_end = SentenceEnd(text, list.label_end);
    const auto month = MonthBefore(block_months_, list.label_end);
    if (month && month->begin >= sentence) return MonthPeriod(*month);
    const auto in_label = LastYear(list.label_end);
    if (in_label && in_label->begin >= sentence) return PeriodOfYear(*in_label);
    const auto year = LastYear(sentence_end);
    if (year && year->begin >= sentence) return PeriodOfYear(*year);
    if (year && (!month || year->end > month->end)) return PeriodOfYear(*year);
    if (month) return MonthPeriod(*month);
    return context_.period ? context_.period : title_period_;
  }

  // A year, or for 今年以来 the month the span ends in: the article's
  // (CONVENTIONS §7: a span gives its end month).
  std::optional<std::string> PeriodOfYear(const YearMention& year) const {
    if (year.to_date && article_.month >= 1 && article_.month <= 12) {
      return PeriodFor(MonthMention{year.begin, year.end, year.year, article_.month}, article_.year,
                       article_.month);
    }
    return YearPeriod(year.year);
  }

  std::optional<std::string> MonthPeriod(const MonthMention& month) {
    context_.period = PeriodFor(month, article_.year, article_.month);
    return context_.period;
  }

  // The last year named (without a month) before `limit` in the block.
  std::optional<YearMention> LastYear(size_t limit) {
    if (!block_years_) block_years_ = YearsIn(blocks_[current_block_].text, article_.year, rules_);
    std::optional<YearMention> found;
    for (const auto& y : *block_years_) {
      if (y.end <= limit) found = y;
    }
    return found;
  }

  // Items of an <ol>/<ul> or a ranking table right after the announcing
  // block; the blocks they take are not scanned again.
  bool ItemsAfter(size_t index, Ranking* r) {
    size_t next = index + 1;
    if (next >= blocks_.size()) return false;
    if (blocks_[next].kind == BlockKind::kTableRow && blocks_[next].row == 0) {
      auto table = ReadRankingTable(blocks_, next, rules_, /*announced=*/true);
      if (!table) return false;
      r->items = std::move(table->items);
      r->scores = std::move(table->scores);
      if (!r->metric && !table->score_header.empty()) r->metric = table->score_header;
      resume_at_ = next + table->rows;
      return true;
    }
    if (blocks_[next].kind != BlockKind::kListItem) return NumberedAfter(index, r);
    const int list = blocks_[next].list_id;
    for (; next < blocks_.size() && blocks_[next].kind == BlockKind::kListItem &&
           blocks_[next].list_id == list;
         ++next) {
      r->items.emplace_back(CleanItem(blocks_[next].text));
    }
    resume_at_ = next;
    return true;
  }

  // 一、A / 二、B / 1. A / NO.1 A: numbered paragraphs after the announcing
  // block, in order from 1, with other paragraphs between them allowed (a
  // description under each); a heading or a break in the numbers ends them.
  bool NumberedAfter(size_t index, Ranking* r) {
    const size_t limit = r->size ? static_cast<size_t>(*r->size) : SIZE_MAX;
    size_t next = index + 1, last = index;
    for (; next < blocks_.size() && r->items.size() < limit; ++next) {
      const auto numbered = NumberedText(blocks_[next].text);
      if (numbered && numbered->first == static_cast<int>(r->items.size()) + 1) {
        r->items.emplace_back(
            CleanItem(numbered->second.substr(0, ClauseEnd(numbered->second, 0))));
        last = next;
      } else if (numbered || blocks_[next].kind == BlockKind::kHeading || r->items.empty()) {
        break;
      }
    }
    if (r->items.size() < 2) {
      r->items.clear();
      return false;
    }
    resume_at_ = last + 1;
    return true;
  }

  // A ranking table at blocks_[first]; returns the rows it spans, 0 if none.
  size_t TableRanking(size_t first) {
    auto table = ReadRankingTable(blocks_, first, rules_);
    if (!table) return 0;
    Ranking r;
    r.paragraph = first;
    std::string_view label = first > 0 ? std::string_view(blocks_[first - 1].text) : "";
    // The paragraph before a table announces it when it is short.
    if (label.empty() || CodePointCount(label) > 60 ||
        blocks_[first - 1].kind == BlockKind::kTableRow) {
      label = Trim(blocks_[first].Cell(0));
    }
    while (!label.empty() && IsClausePunct(LastCodePoint(label))) {
      label = label.substr(0, PrevCodePoint(label, label.size()));
    }
    r.label = std::string(label);
    const auto cue = cues_.Find(label, 0);
    if (cue) {
      r.top = cue->cue->top;
      if (cue->cue->number == Cue::Number::kSize) r.size = cue->number;
    }
    const LabelFacts facts = ReadLabel(label.substr(0, cue ? cue->begin : label.size()), rules_);
    if (auto m = MonthBefore(MonthsIn(label), label.size())) {
      context_.period = PeriodFor(*m, article_.year, article_.month);
    }
    r.period = context_.period;
    r.subject = facts.subject;
    r.metric = facts.metric                   ? facts.metric
               : !table->score_header.empty() ? std::optional<std::string>(table->score_header)
                                              : context_.metric;
    r.items = std::move(table->items);
    r.scores = std::move(table->scores);
    Accept(std::move(r), /*prose=*/false, /*structured=*/true);
    return table->rows;
  }

  // Keeps a list whose items all look like names; the rest are wrong
  // matches, dropped with a warning.
  // `structured`: the items are the rows of a table, a list or numbered
  // paragraphs, not names in a sentence.
  void Accept(Ranking r, bool prose, bool structured) {
    // No article has thousands of lists; a generated one must not turn a
    // 16 MiB file into gigabytes of output.
    constexpr size_t kMaxRankings = 1000;
    if (result_.rankings.size() >= kMaxRankings) {
      if (result_.rankings.size() == kMaxRankings && !capped_) {
        result_.warnings.push_back("more than " + std::to_string(kMaxRankings) +
                                   " ranked lists; the rest are not extracted");
      }
      capped_ = true;
      return;
    }
    for (const auto& item : r.items) {
      std::string problem = ItemProblem(item, rules_);
      // Names read from running text must look like names; the rows of a
      // list or a table are names by their place.
      if (problem.empty() && prose) problem = NameProblem(item, rules_);
      if (problem.empty()) continue;
      result_.warnings.push_back("ranking '" + r.label + "' dropped: " + problem + " ('" +
                                 Abbreviate(item, 40) + "')");
      return;
    }
    if (r.items.empty()) return;
    if (r.size && static_cast<size_t>(*r.size) != r.items.size() && !r.tied) {
      result_.warnings.push_back("ranking '" + r.label + "' declares " + std::to_string(*r.size) +
                                 " items, found " + std::to_string(r.items.size()));
    }
    SettleSubject(&r);
    context_.metric = r.metric;
    // Read after the context takes it, as subjects are.
    if (!r.metric) {
      if (!title_metric_) title_metric_ = TitleMetric(article_.title, rules_);
      r.metric = *title_metric_;
    }
    result_.rankings.push_back(std::move(r));
    structured_.push_back(structured);
  }

  // The places a label writes out (第7和第11位 → 7, 11).
  // A metric without the actor that opens it (融资净买入额 -> 净买入额).

  const std::vector<Block>& blocks_;
  const Rules& rules_;
  const CueFinder cues_;
  const RankingArticle& article_;
  const Deadline& deadline_;
  std::optional<std::string> title_period_;
  std::optional<std::unordered_set<std::string>> stock_names_;  // read when a list needs them
  std::optional<std::optional<std::string>> title_metric_;      // TitleMetric, read when needed
  std::optional<std::optional<std::string>> title_noun_;        // TitleSubject, read when needed
  std::optional<std::optional<std::string>> title_stock_kind_;  // TitleStockKind, likewise
  bool capped_ = false;
  std::vector<MonthMention> block_months_;               // of the block being scanned
  std::optional<std::vector<YearMention>> block_years_;  // read when a list needs them
  Context context_;
  std::vector<bool> structured_;  // per list in result_.rankings: see Accept
  size_t resume_at_ = 0;          // blocks before this were taken by a list or table
  size_t current_block_ = 0;
  RankingsResult result_;
};

}  // namespace

RankingsResult ExtractRankings(const std::vector<Block>& blocks, const Rules& rules,
                               const RankingArticle& article, const Deadline& deadline) {
  auto joined = JoinRunOnSentences(blocks);
  if (!joined) return Extractor(blocks, rules, article, deadline).Run();
  RankingsResult result = Extractor(joined->blocks, rules, article, deadline).Run();
  for (Ranking& r : result.rankings) {
    if (r.paragraph < joined->first.size()) r.paragraph = joined->first[r.paragraph];
  }
  return result;
}

}  // namespace newsextract
