#include "rankings.h"

#include <algorithm>
#include <bitset>
#include <optional>

#include "list_items.h"
#include "ranking_label.h"
#include "ranking_tables.h"
#include "text_util.h"

namespace newsextract {
namespace {

// A cue found in text: 前十, 排名靠后, 并列第一, TOP 10, 红榜.
struct CueMatch {
  const Cue* cue = nullptr;
  size_t begin = 0;
  size_t end = 0;  // after the number and a size suffix (名, 位)
  int number = -1;
};

// How the label hands over to its items.
struct Connection {
  size_t label_end = 0;
  size_t items_begin = 0;
  std::string_view noun;  // 诉求量前三的街乡依次是: 街乡
};

// Longer "labels" are sentences that happen to hold a cue.
constexpr size_t kMaxLabelChars = 80;

// What a list inherits from the lists before it in its section.
struct Context {
  std::optional<std::string> subject, metric, period;
  std::string heading;
};

bool EndsWithAny(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return EndsWith(text, w); });
}

bool NamesYearOnly(std::string_view label) {
  for (size_t at = label.find("年"); at != std::string_view::npos; at = label.find("年", at + 3)) {
    const bool year = at >= 4 && label.substr(at - 4, 4).find_first_not_of("0123456789") ==
                                     std::string_view::npos;
    if (year && MonthsIn(label).empty()) return true;
  }
  return false;
}

bool IsShortNoun(std::string_view noun) {
  if (CodePointCount(noun) > 4) return false;
  for (size_t i = 0; i < noun.size();) {
    size_t len;
    if (std::u32string_view(U"中有的是为在和与及").find(DecodeUtf8(noun, i, &len)) != std::u32string_view::npos) {
      return false;
    }
    i += len;
  }
  return true;
}

// An empty word matches nothing: a cue must take at least one character.
bool MatchWord(std::string_view text, const std::string& word) {
  if (word.empty()) return false;
  const bool ascii = static_cast<unsigned char>(word[0]) < 0x80;
  return ascii ? StartsWithNoCase(text, word) : StartsWith(text, word);
}

size_t SkipAsciiSpaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

std::optional<CueMatch> CueAt(std::string_view text, size_t pos, const Rules& rules) {
  const std::string_view rest = text.substr(pos);
  for (const Cue& cue : rules.cues) {  // longest first
    if (!MatchWord(rest, cue.word)) continue;
    CueMatch m{&cue, pos, pos + cue.word.size(), -1};
    if (cue.number != Cue::Number::kNone) {
      size_t len;
      const size_t at = SkipAsciiSpaces(text, m.end);
      m.number = ParseNumber(text.substr(at), &len);
      if (m.number < 1 || m.number > 1000) continue;
      m.end = at + len;
    }
    for (const auto& suffix : rules.size_suffixes) {
      if (StartsWith(text.substr(m.end), suffix)) {
        m.end += suffix.size();
        break;
      }
    }
    return m;
  }
  return std::nullopt;
}

// Finds cues left to right. Only positions whose code point starts some cue
// are tried, so plain text costs one decode per character.
class CueFinder {
 public:
  explicit CueFinder(const Rules& rules) : rules_(rules) {
    for (const Cue& cue : rules.cues) {
      if (cue.word.empty()) continue;
      size_t len;
      const char32_t first = DecodeUtf8(cue.word, 0, &len);
      AddFirst(first);
      if (first < 0x80) AddFirst(static_cast<char32_t>(tolower(static_cast<int>(first))));
    }
  }

  std::optional<CueMatch> Find(std::string_view text, size_t from) const {
    for (size_t pos = from; pos < text.size();) {
      size_t len;
      const char32_t cp = DecodeUtf8(text, pos, &len);
      if (IsFirst(cp)) {
        if (auto m = CueAt(text, pos, rules_)) return m;
      }
      pos += len;
    }
    return std::nullopt;
  }

 private:
  // A bitmap over the Basic Multilingual Plane, a list above it.
  void AddFirst(char32_t cp) {
    if (cp < kBmp) firsts_bmp_.set(cp);
    else others_.push_back(cp);
  }
  bool IsFirst(char32_t cp) const {
    if (cp < kBmp) return firsts_bmp_.test(cp);
    return std::find(others_.begin(), others_.end(), cp) != others_.end();
  }

  static constexpr char32_t kBmp = 0x10000;
  const Rules& rules_;
  std::bitset<kBmp> firsts_bmp_;
  std::vector<char32_t> others_;
};

// Skips the separators that may follow a connective (是：, 为: ).
size_t SkipSeparators(std::string_view text, size_t pos) {
  for (;;) {
    pos = SkipAsciiSpaces(text, pos);
    if (StartsWith(text.substr(pos), "：")) pos += 3;
    else if (pos < text.size() && text[pos] == ':') ++pos;
    else return pos;
  }
}

std::optional<Connection> ConnectAt(std::string_view text, size_t pos, const Rules& rules) {
  for (const auto& c : rules.connectives) {
    if (StartsWith(text.substr(pos), c)) return Connection{pos, SkipSeparators(text, pos + c.size()), {}};
  }
  if (!StartsWith(text.substr(pos), "的")) return std::nullopt;
  // 的 + a short subject noun + connective.
  const size_t noun_begin = pos + 3;
  size_t q = noun_begin;
  for (size_t n = 0; n <= rules.max_subject_chars && q < text.size(); ++n) {
    for (const auto& c : rules.subject_connectives) {
      if (q > noun_begin && StartsWith(text.substr(q), c)) {
        // The noun names what is ranked (街乡, 城市, 商场); 城市中有一半为…
        // is prose: a noun not from the vocabulary must be short and plain.
        const std::string_view noun = text.substr(noun_begin, q - noun_begin);
        if (!EndsWithAny(noun, rules.subjects) && !IsShortNoun(noun)) return std::nullopt;
        return Connection{q, SkipSeparators(text, q + c.size()), noun};
      }
    }
    size_t len;
    if (IsClausePunct(DecodeUtf8(text, q, &len))) break;
    q += len;
  }
  return std::nullopt;
}

// Where the label starts: after the last clause punctuation before the cue,
// or, when the cue is bold, at the first bold run of that clause (会议通报了
// **4月…排名前十** starts at the bold run).
size_t LabelBegin(const Block& block, size_t cue_begin) {
  const std::string_view text = block.text;
  size_t delim = cue_begin;
  while (delim > 0) {
    const size_t prev = PrevCodePoint(text, delim);
    size_t len;
    const char32_t cp = DecodeUtf8(text, prev, &len);
    if (IsClausePunct(cp) || cp == U'（' || cp == '(') break;
    delim = prev;
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

size_t ItemsEnd(std::string_view text, size_t begin) {
  for (size_t pos = begin; pos < text.size();) {
    size_t len;
    if (IsClausePunct(DecodeUtf8(text, pos, &len))) return pos;
    pos += len;
  }
  return text.size();
}

bool HasRankingWord(std::string_view label, const Rules& rules) {
  for (const auto& w : rules.ranking_words) {
    if (Contains(label, w)) return true;
  }
  return false;
}

bool IsHeading(const Block& block) {
  if (block.kind == BlockKind::kHeading) return true;
  return block.kind == BlockKind::kParagraph && block.AllBold() && CodePointCount(block.text) <= 40;
}

// 一、共享服务 / （二）… / 3. … -> the heading's words. A number counts as
// numbering only before 、 or a dot, or in brackets: 二手房交易 keeps its 二.
std::string HeadingSubject(std::string_view heading) {
  static constexpr std::u32string_view kNumerals = U"0123456789一二三四五六七八九十";
  size_t pos = 0, len;
  while (pos < heading.size() && kNumerals.find(DecodeUtf8(heading, pos, &len)) != kNumerals.npos) {
    pos += len;
  }
  std::string_view rest = heading;
  if (pos > 0 && pos < heading.size()) {
    const char32_t after = DecodeUtf8(heading, pos, &len);
    if (after == U'、' || after == '.' || after == U'．') rest = heading.substr(pos + len);
  } else if (StartsWith(heading, "（") || StartsWith(heading, "(")) {
    const size_t close = heading.find(StartsWith(heading, "（") ? "）" : ")");
    if (close != std::string_view::npos) {
      rest = heading.substr(close + (StartsWith(heading, "（") ? 3 : 1));
    }
  }
  rest = Trim(rest);
  while (!rest.empty() && IsClausePunct(LastCodePoint(rest))) {
    rest = rest.substr(0, PrevCodePoint(rest, rest.size()));
  }
  return std::string(rest);
}

class Extractor {
 public:
  Extractor(const std::vector<Block>& blocks, const Rules& rules, int year, int month,
            const Deadline& deadline)
      : blocks_(blocks), rules_(rules), cues_(rules), year_(year), month_(month), deadline_(deadline) {}

  RankingsResult Run() {
    for (size_t i = 0; i < blocks_.size(); i = std::max(i + 1, resume_at_)) {
      const Block& block = blocks_[i];
      if (IsHeading(block)) {
        context_ = Context{};
        context_.heading = block.text;
        // 4月“接诉即办”排名情况: the section's lists are April's.
        if (auto m = MonthBefore(MonthsIn(block.text), block.text.size())) {
          context_.period = PeriodFor(*m, year_, month_);
        }
        // A bold paragraph may also hold a whole list (…前三的是：A、B、C。).
      }
      if (block.kind == BlockKind::kTableRow && block.row == 0) {
        if (const size_t rows = TableRanking(i)) {
          resume_at_ = i + rows;
          continue;
        }
      }
      ScanBlock(i);
    }
    return std::move(result_);
  }

 private:
  void ScanBlock(size_t index) {
    const std::string_view text = blocks_[index].text;
    block_months_ = MonthsIn(text);
    size_t pos = 0;
    while (auto cue = cues_.Find(text, pos)) {
      if ((++cues_seen_ & 63) == 0) deadline_.Check();
      pos = cue->end;
      auto connection = ConnectAt(text, cue->end, rules_);
      const bool at_end = connection ? connection->items_begin >= text.size()
                                     : SkipSeparators(text, cue->end) >= text.size();
      if (!connection && !at_end) continue;
      if (!connection) connection = Connection{cue->end, text.size(), {}};
      const size_t label_begin = LabelBegin(blocks_[index], cue->begin);
      const std::string_view label = text.substr(label_begin, connection->label_end - label_begin);
      if (cue->cue->needs_ranking_word && !HasRankingWord(label, rules_)) continue;
      // A label is a phrase; a clause running on for a paragraph is prose.
      if (CodePointCount(label) > kMaxLabelChars) continue;
      const size_t items_end = ItemsEnd(text, connection->items_begin);
      Ranking r = Describe(index, label_begin, *cue, *connection);
      if (at_end) {
        if (!ItemsAfter(index, &r)) continue;
      } else {
        r.items = SplitItems(text.substr(connection->items_begin, items_end - connection->items_begin),
                             rules_, r.size.value_or(0));
        r.scores = TakeBracketedScores(&r.items);
      }
      Accept(std::move(r));
      pos = std::max(pos, items_end);
    }
    // A month named in a paragraph dates the lists of the paragraphs after
    // it (…排名情况如下。 then 排名前三的是…).
    if (!block_months_.empty()) context_.period = PeriodFor(block_months_.back(), year_, month_);
  }

  // Label, period, subject, metric, direction, size of a list at `cue`.
  Ranking Describe(size_t index, size_t label_begin, const CueMatch& cue, const Connection& c) {
    const std::string_view text = blocks_[index].text;
    Ranking r;
    r.paragraph = index;
    r.label = std::string(text.substr(label_begin, c.label_end - label_begin));
    r.top = cue.cue->top;
    r.tied = cue.cue->tied;
    if (cue.cue->number == Cue::Number::kSize) r.size = cue.number;
    const std::string_view before_cue = text.substr(label_begin, cue.begin - label_begin);
    LabelFacts facts = ReadLabel(before_cue, rules_);
    if (!c.noun.empty()) facts.subject = std::string(c.noun);
    if (cue.cue->subject_from_heading && !context_.heading.empty()) {
      facts.subject = HeadingSubject(context_.heading);
    }
    // The month named last before the list, in its label or its paragraph.
    if (auto m = MonthBefore(block_months_, c.label_end)) context_.period = PeriodFor(*m, year_, month_);
    r.period = context_.period;
    // 2020年…前三名: a label that names a whole year is not the month that
    // an earlier sentence named.
    if (NamesYearOnly(before_cue)) r.period.reset();
    r.subject = facts.subject ? facts.subject : context_.subject;
    r.metric = facts.metric ? facts.metric : context_.metric;
    return r;
  }

  // Items of an <ol>/<ul> or a ranking table right after the announcing
  // block; the blocks they take are not scanned again.
  bool ItemsAfter(size_t index, Ranking* r) {
    size_t next = index + 1;
    if (next >= blocks_.size()) return false;
    if (blocks_[next].kind == BlockKind::kTableRow && blocks_[next].row == 0) {
      auto table = ReadRankingTable(blocks_, next, rules_);
      if (!table) return false;
      r->items = std::move(table->items);
      r->scores = std::move(table->scores);
      if (!r->metric && !table->score_header.empty()) r->metric = table->score_header;
      resume_at_ = next + table->rows;
      return true;
    }
    if (blocks_[next].kind != BlockKind::kListItem) return false;
    const int list = blocks_[next].list_id;
    for (; next < blocks_.size() && blocks_[next].kind == BlockKind::kListItem &&
           blocks_[next].list_id == list;
         ++next) {
      r->items.emplace_back(CleanItem(blocks_[next].text));
    }
    resume_at_ = next;
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
    if (label.empty() || CodePointCount(label) > 60 || blocks_[first - 1].kind == BlockKind::kTableRow) {
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
    if (auto m = MonthBefore(MonthsIn(label), label.size())) context_.period = PeriodFor(*m, year_, month_);
    r.period = context_.period;
    r.subject = facts.subject ? facts.subject : context_.subject;
    r.metric = facts.metric ? facts.metric
               : !table->score_header.empty() ? std::optional<std::string>(table->score_header)
                                              : context_.metric;
    r.items = std::move(table->items);
    r.scores = std::move(table->scores);
    Accept(std::move(r));
    return table->rows;
  }

  // Keeps a list whose items all look like names; the rest are wrong
  // matches, dropped with a warning.
  void Accept(Ranking r) {
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
      const std::string problem = ItemProblem(item, rules_);
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
    context_.subject = r.subject;
    context_.metric = r.metric;
    result_.rankings.push_back(std::move(r));
  }

  const std::vector<Block>& blocks_;
  const Rules& rules_;
  const CueFinder cues_;
  const int year_, month_;
  const Deadline& deadline_;
  size_t cues_seen_ = 0;
  bool capped_ = false;
  std::vector<MonthMention> block_months_;  // of the block being scanned
  Context context_;
  size_t resume_at_ = 0;  // blocks before this were taken by a list or table
  RankingsResult result_;
};

}  // namespace

RankingsResult ExtractRankings(const std::vector<Block>& blocks, const Rules& rules,
                               int article_year, int article_month, const Deadline& deadline) {
  return Extractor(blocks, rules, article_year, article_month, deadline).Run();
}

}  // namespace newsextract
