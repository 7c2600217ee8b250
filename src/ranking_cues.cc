// Cue matching: words from the rules tried longest first at each position,
// with the numbers they carry (前十, 十大, 第一、二名, 十一到十五名).
#include "ranking_cues.h"

#include <algorithm>

#include "text_util.h"

namespace newsextract {
namespace {

std::optional<Connection> ConnectAfterNoun(std::string_view text, size_t pos, const Rules& rules,
                                           NounCount counted);

bool MatchWord(std::string_view text, const std::string& word) {
  const bool ascii = !word.empty() && static_cast<unsigned char>(word[0]) < 0x80;
  return ascii ? StartsWithNoCase(text, word) : StartsWith(text, word);
}

size_t SkipAsciiSpaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

// 十大, 500强: the numerals right before `pos`; nullopt when none.
std::optional<std::pair<size_t, int>> NumberBefore(std::string_view text, size_t pos) {
  size_t begin = pos, len;
  while (begin > 0 && IsNumeral(DecodeUtf8(text, PrevCodePoint(text, begin), &len))) {
    begin = PrevCodePoint(text, begin);
  }
  if (begin == pos) return std::nullopt;
  size_t used;
  const int n = ParseNumber(text.substr(begin, pos - begin), &used);
  if (n < 1 || used != pos - begin) return std::nullopt;
  return std::pair{begin, n};
}

// Places after 第 or 排在: 二, 一、二, 二和第三, 十一到十五 (a range gives
// every place in it). `*end` gets where they stop.
std::vector<int> ReadPlaces(std::string_view text, size_t pos, size_t* end) {
  std::vector<int> places;
  bool range = false;
  for (;;) {
    if (StartsWith(text.substr(pos), "第")) pos += 3;
    size_t len;
    const int n = ParseNumber(text.substr(pos), &len);
    if (n < 1 || n > 1000) break;
    if (range && !places.empty() && n > places.back() && n - places.back() <= 100) {
      for (int p = places.back() + 1; p <= n; ++p) places.push_back(p);
    } else {
      places.push_back(n);
    }
    pos += len;
    *end = pos;
    range = false;
    bool joined = false;
    // 第4位、第6位以及第10位: a place word before the next place.
    size_t next = pos;
    for (const std::string_view unit : {"位", "名"}) {
      if (StartsWith(text.substr(pos), unit)) next = pos + unit.size();
    }
    for (const std::string_view sep : {"、", "和", "以及", "及", "至", "到", "-", "~"}) {
      if (!StartsWith(text.substr(next), sep)) continue;
      pos = next;
      range = sep == "至" || sep == "到" || sep == "-" || sep == "~";
      pos += sep.size();
      joined = true;
      break;
    }
    // 第二第三分别为…: places written back to back.
    if (!joined && StartsWith(text.substr(next), "第")) {
      size_t digits;
      joined = ParseNumber(text.substr(next + 3), &digits) > 0;
      pos = joined ? next : pos;
    }
    if (!joined) break;
  }
  return places;
}

// 最受 + 追捧: up to `chars` characters that complete the cue, short of
// clause punctuation and 的.
size_t SkipAdjective(std::string_view text, size_t pos, size_t chars) {
  for (size_t n = 0; n < chars && pos < text.size(); ++n) {
    size_t len;
    const char32_t cp = DecodeUtf8(text, pos, &len);
    // 最高的是, 最高是北京: the adjective ends before a connective.
    if (IsClausePunct(cp) || cp < 0x80 ||
        std::u32string_view(U"的是为有在和与及等").find(cp) != std::u32string_view::npos) {
      break;
    }
    pos += len;
  }
  return pos;
}

// The size suffix after a number (前十名, 前三只, 前三甲); returns its end.
size_t SkipSizeSuffix(std::string_view text, size_t pos, const Rules& rules) {
  for (const auto& suffix : rules.size_suffixes) {
    if (StartsWith(text.substr(pos), suffix)) return pos + suffix.size();
  }
  return pos;
}

std::optional<CueMatch> MatchNumbered(std::string_view text, CueMatch m, const Rules& rules) {
  const Cue& cue = *m.cue;
  if (cue.number_before) {
    // 十大, 五强 announce lists; 世界500强 names a ranking.
    constexpr int kMaxListed = 50;
    const auto before = NumberBefore(text, m.begin);
    // 一大批, 一大亮点: one is no list.
    if (!before || before->second < 2 || before->second > kMaxListed) return std::nullopt;
    m.begin = before->first;
    m.number = before->second;
    return m;
  }
  const size_t at = SkipAsciiSpaces(text, m.end);
  if (cue.kind == Cue::Kind::kOrdinal) {
    size_t end = at;
    m.places = ReadPlaces(text, at, &end);
    if (m.places.empty()) return std::nullopt;
    m.number = m.places.front();
    m.end = end;
  } else {
    size_t len;
    m.number = ParseNumber(text.substr(at), &len);
    if (m.number < 1 || m.number > 1000) return std::nullopt;
    m.end = at + len;
    if (cue.number == Cue::Number::kRank) m.places = {m.number};
  }
  // 前三季度, 前10个月, 第二季度, 第三次: spans of time and sequences.
  if (StartsWithAny(text.substr(m.end), rules.time_units)) return std::nullopt;
  m.end = SkipSizeSuffix(text, m.end, rules);
  return m;
}

// The cue at `pos` among `candidates`, the cues that start with the code
// point there, longest first.
std::optional<CueMatch> CueAt(std::string_view text, size_t pos,
                              const std::vector<size_t>& candidates, const Rules& rules) {
  const std::string_view rest = text.substr(pos);
  for (const size_t candidate : candidates) {
    const Cue& cue = rules.cues[candidate];
    if (!MatchWord(rest, cue.word)) continue;
    // 最新, 最终: words that start like a cue and are none.
    if (StartsWithAny(rest, rules.non_cues)) return std::nullopt;
    CueMatch m{&cue, pos, pos + cue.word.size(), -1, {}};
    if (cue.number == Cue::Number::kNone && !cue.number_before) {
      // 居前三 is 居 + 前三: a word without a number leaves a number after
      // it to the cue that reads one. A head that moves reads none: the
      // number after it is its amount (领降27.8点).
      size_t len;
      if (!IsMoving(cue, rules) && ParseNumber(text.substr(m.end), &len) > 0) continue;
      m.end = SkipAdjective(text, m.end, cue.adjective_chars);
      return m;
    }
    if (auto numbered = MatchNumbered(text, m, rules)) return numbered;
  }
  return std::nullopt;
}

// 街乡, 名字: a plain noun of a few characters; a count before it (10个名字)
// does not make it longer. 基金或 is a noun and 或 (either … or), no noun.
bool IsShortNoun(std::string_view noun) {
  size_t digits;
  if (ParseNumber(noun, &digits) > 0) {
    noun.remove_prefix(digits);
    if (!noun.empty()) noun.remove_prefix(std::min(noun.size(), size_t{3}));  // 个, 家
  }
  // G7经济体: a run of ASCII letters and digits is one word.
  size_t words = 0;
  for (size_t i = 0; i < noun.size(); ++i) {
    const bool ascii = static_cast<unsigned char>(noun[i]) < 0x80;
    const bool goes_on = ascii && i > 0 && static_cast<unsigned char>(noun[i - 1]) < 0x80;
    words += (static_cast<unsigned char>(noun[i]) & 0xC0) != 0x80 && !goes_on;
  }
  if (noun.empty() || words > 4) return false;
  for (size_t i = 0; i < noun.size();) {
    size_t len;
    if (std::u32string_view(U"中有的是为在和与及或").find(DecodeUtf8(noun, i, &len)) !=
        std::u32string_view::npos) {
      return false;
    }
    i += len;
  }
  return true;
}

Connection Connected(std::string_view text, size_t label_end, size_t after, std::string_view noun,
                     const Rules& rules) {
  const std::string_view connective = text.substr(label_end, after - label_end);
  const auto ends_in = [&](const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& c) { return EndsWith(connective, c); });
  };
  const bool continues = ends_in(rules.continuation_connectives);
  // 分别是，A、B: a comma after a connective that ends in 是 or 为 only
  // pauses before the names.
  size_t items = SkipSeparators(text, after);
  if ((EndsWith(connective, "是") || EndsWith(connective, "为")) &&
      StartsWith(text.substr(items), "，")) {
    items = SkipSeparators(text, items + std::string_view("，").size());
  }
  return Connection{label_end, items, noun, continues, ends_in(rules.passive_connectives)};
}

// 的 (optional) + a short subject noun + connective: 诉求量前三的街乡依次是,
// 前十大重仓股分别为.
// A counted noun in quotes before 分别是 (十大消费维权舆情热点”，分别是：):
// the position of the connective after the closing quote and comma, or npos.
size_t AfterQuotedNoun(std::string_view text, size_t q) {
  for (const std::string_view close : {"”，", "》，", "」，"}) {
    if (!StartsWith(text.substr(q), close)) continue;
    const size_t after = q + close.size();
    if (StartsWith(text.substr(after), "分别") || StartsWith(text.substr(after), "依次"))
      return after;
  }
  return std::string_view::npos;
}

std::optional<Connection> ConnectAfterNoun(std::string_view text, size_t pos, const Rules& rules,
                                           NounCount counted) {
  const bool de = StartsWith(text.substr(pos), "的");
  const size_t noun_begin = de ? pos + 3 : pos;
  size_t q = noun_begin;
  for (size_t n = 0; n <= rules.max_subject_chars && q < text.size(); ++n) {
    // 十大X: the noun a number counts is what is ranked, whatever it is.
    if (const size_t after =
            counted == NounCount::kCounted ? AfterQuotedNoun(text, q) : std::string_view::npos;
        after != std::string_view::npos && q > noun_begin) {
      auto connection = ConnectAt(text, after, rules);
      if (connection) {
        connection->label_end = q;
        connection->noun = text.substr(noun_begin, q - noun_begin);
      }
      return connection;
    }
    for (const auto& c : rules.subject_connectives) {
      if (q > noun_begin && StartsWith(text.substr(q), c)) {
        // The noun names what is ranked (街乡, 城市, 商场); 城市中有一半为…
        // is prose: a noun not from the vocabulary must be short and plain,
        // and without 的 it must name a subject.
        const std::string_view noun = text.substr(noun_begin, q - noun_begin);
        const bool subject = EndsWithAny(noun, rules.subjects);
        const bool plain = (de || counted == NounCount::kSized) && IsShortNoun(noun);
        if (!subject && counted != NounCount::kCounted && !plain) return std::nullopt;
        return Connected(text, q, q + c.size(), noun, rules);
      }
    }
    size_t len;
    if (IsClausePunct(DecodeUtf8(text, q, &len))) break;
    q += len;
  }
  return std::nullopt;
}

// 英科医疗位居首位: a rank verb whose last character opens the cue (位居 +
// 居首位) belongs to it, and the name before ends where the verb starts.
size_t WithVerbBefore(std::string_view text, size_t begin, const Rules& rules) {
  if (begin == 0) return begin;
  const size_t prev = PrevCodePoint(text, begin);
  for (const std::string_view verb : rules.rank_verbs) {
    if (verb.size() > begin - prev && StartsWith(text.substr(prev), verb)) {
      return prev;
    }
  }
  return begin;
}

}  // namespace

bool IsMoving(const Cue& cue, const Rules& rules) {
  return cue.kind == Cue::Kind::kSuperlative &&
         (ContainsAny(cue.word, rules.rise_words) || ContainsAny(cue.word, rules.fall_words));
}

CueFinder::CueFinder(const Rules& rules) : rules_(rules) {}

std::optional<CueMatch> CueFinder::Find(std::string_view text, size_t from) const {
  // Most characters are three-byte CJK: their first two bytes tell whether
  // they may start a cue, before any decoding (decoding every character
  // was half of all ranking time on ordinary articles).
  const auto& bucket_of = rules_.cue_bucket;
  for (size_t pos = from; pos < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if ((b0 & 0xF0) == 0xE0 && pos + 2 < text.size() &&
        !rules_.cue_lead_pair[((b0 & 0x0F) << 6) | (text[pos + 1] & 0x3F)]) {
      pos += 3;
      continue;
    }
    size_t len;
    const char32_t cp = DecodeUtf8(text, pos, &len);
    if (cp < bucket_of.size() && bucket_of[cp] != 0) {
      if (auto m = CueAt(text, pos, rules_.cue_buckets[bucket_of[cp] - 1], rules_)) {
        const auto& joints = rules_.verb_cue_joints;
        if (std::find(joints.begin(), joints.end(), cp) != joints.end()) {
          m->begin = WithVerbBefore(text, m->begin, rules_);
        }
        return m;
      }
    }
    pos += len;
  }
  return std::nullopt;
}

size_t SkipSeparators(std::string_view text, size_t pos) {
  for (;;) {
    pos = SkipAsciiSpaces(text, pos);
    if (StartsWith(text.substr(pos), "："))
      pos += 3;
    else if (pos < text.size() && text[pos] == ':')
      ++pos;
    else
      return pos;
  }
}

std::optional<Connection> ConnectAt(std::string_view text, size_t pos, const Rules& rules,
                                    NounCount counted) {
  for (const auto& c : rules.connectives) {
    if (StartsWith(text.substr(pos), c)) return Connected(text, pos, pos + c.size(), {}, rules);
  }
  return ConnectAfterNoun(text, pos, rules, counted);
}

}  // namespace newsextract
