// The rules loader: rules.yaml (or --rules/--rules-add files) to Rules,
// every word and list checked, files and lists capped.
#include "newsextract/rules.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <system_error>
#include <unordered_map>
#include <variant>

#include "charset.h"
#include "file_io.h"
#include "rules_fields.h"
#include "text_util.h"

namespace newsextract {

namespace {

// What a rules file may hold. The built-in file is 8 KiB, its longest list
// 258 words, its longest word 55 bytes: these leave room for any real set
// and keep yaml-cpp (~90x its input in memory) and every matching loop
// (words x text) bounded when the file is hostile or broken.
constexpr size_t kMaxListEntries = 10000;
constexpr size_t kMaxWordBytes = 1024;
constexpr size_t kMaxCharLimit = 1000;  // max_item_chars and the like

int LineOf(const YAML::Node& node) { return node.Mark().line + 1; }

// A rules problem found while walking the YAML tree: *error gets "LINE:
// message" (LoadRules puts the file name before it); false, to be returned.
bool Fail(const YAML::Node& node, std::string_view message, std::string* error) {
  *error = std::to_string(LineOf(node)) + ": " + std::string(message);
  return false;
}

// The words each list holds, and the line this file gave each one (0: an
// earlier file): a word repeated within one file is a mistake worth an
// error, one an earlier file (the built-in set) has already is kept once.
class SeenWords {
 public:
  // Appends `item` to `list` unless an earlier file gave it; false when
  // this file gave it before or the list is full.
  template <typename T, typename KeyOf>
  bool Append(const YAML::Node& node, T item, std::vector<T>* list, std::string_view key,
              KeyOf key_of, std::string* error) {
    auto [lines, first_use] = lists_.try_emplace(list);
    if (first_use) {
      for (const T& entry : *list) lines->second.emplace(key_of(entry), 0);
    }
    const std::string word = key_of(item);
    const auto [at, added] = lines->second.emplace(word, LineOf(node));
    if (!added && at->second != 0) {
      return Fail(node,
                  "'" + word + "' is already in " + std::string(key) + " (line " +
                      std::to_string(at->second) + ")",
                  error);
    }
    if (added && list->size() >= kMaxListEntries) {
      return Fail(node,
                  std::string(key) + " has over " + std::to_string(kMaxListEntries) + " entries",
                  error);
    }
    if (added) list->push_back(std::move(item));
    return true;
  }

 private:
  std::map<const void*, std::unordered_map<std::string, int>> lists_;
};

// A word every matcher can use: an empty one would match everywhere (and
// loop, in a loop that advances by the match), one of white space only
// everywhere in some texts.
bool CheckedWord(const YAML::Node& node, std::string* word, std::string* error) {
  if (!node.IsScalar()) return Fail(node, "expected a string", error);
  *word = node.Scalar();
  if (word->empty()) return Fail(node, "an empty string matches everywhere", error);
  if (word->size() > kMaxWordBytes) {
    return Fail(node, "a word over " + std::to_string(kMaxWordBytes) + " bytes", error);
  }
  if (!IsValidUtf8(*word)) return Fail(node, "not valid UTF-8", error);
  if (Trim(*word).empty()) {
    return Fail(node, "a word of white space only matches everywhere", error);
  }
  return true;
}

bool RequireList(const YAML::Node& node, const char* what, std::string* error) {
  return node.IsSequence() || Fail(node, std::string("expected a list of ") + what, error);
}

bool AppendStrings(const YAML::Node& node, std::string_view key, std::vector<std::string>* out,
                   SeenWords* seen, std::string* error) {
  if (!RequireList(node, "strings", error)) return false;
  const auto key_of = [](const std::string& s) { return s; };
  for (const auto& item : node) {
    std::string word;
    if (!CheckedWord(item, &word, error) ||
        !seen->Append(item, std::move(word), out, key, key_of, error)) {
      return false;
    }
  }
  return true;
}

bool ReadSize(const YAML::Node& node, size_t* out, std::string* error) {
  if (!node.IsScalar()) return Fail(node, "expected a number", error);
  // Digits only: as<size_t> would read "-1" as 2^64 - 1.
  const std::string& text = node.Scalar();
  const bool digits = !text.empty() && text.size() <= 4 &&
                      text.find_first_not_of("0123456789") == std::string::npos;
  const size_t value = digits ? std::stoul(text) : 0;
  if (value < 1 || value > kMaxCharLimit) {
    return Fail(node,
                "expected a whole number from 1 to " + std::to_string(kMaxCharLimit) + ", got '" +
                    text + "'",
                error);
  }
  *out = value;
  return true;
}

// `map` is a mapping (checked by the caller): yaml-cpp's [] throws on a
// scalar only.
bool RequiredWord(const YAML::Node& map, const char* key, std::string* word, std::string* error) {
  const YAML::Node value = map[key];
  if (!value) return Fail(map, std::string("missing '") + key + "'", error);
  return CheckedWord(value, word, error);
}

// The records of two words: their keys in a rules file, and what makes one
// a repeat of another.
template <typename T>
struct WordPair;

template <>
struct WordPair<Bracket> {
  static constexpr const char* kFirst = "open";
  static constexpr const char* kSecond = "close";
  static constexpr const char* kShape = "{open, close}";
  static constexpr const char* kExpected = "expected {open: ..., close: ...}";
  static constexpr auto first = &Bracket::open;
  static constexpr auto second = &Bracket::close;
  static std::string Key(const Bracket& b) { return b.open + '\n' + b.close; }
};

template <>
struct WordPair<WordSubject> {
  static constexpr const char* kFirst = "word";
  static constexpr const char* kSecond = "subject";
  static constexpr const char* kShape = "{word, subject}";
  static constexpr const char* kExpected = "expected {word: ..., subject: ...}";
  static constexpr auto first = &WordSubject::word;
  static constexpr auto second = &WordSubject::subject;
  static std::string Key(const WordSubject& s) { return s.word; }
};

template <typename T>
bool AppendWordPairs(const YAML::Node& node, std::string_view key, std::vector<T>* out,
                     SeenWords* seen, std::string* error) {
  using Pair = WordPair<T>;
  if (!RequireList(node, Pair::kShape, error)) return false;
  for (const auto& item : node) {
    if (!item.IsMap()) return Fail(item, Pair::kExpected, error);
    T entry;
    if (!RequiredWord(item, Pair::kFirst, &(entry.*Pair::first), error) ||
        !RequiredWord(item, Pair::kSecond, &(entry.*Pair::second), error) ||
        !seen->Append(item, std::move(entry), out, key, Pair::Key, error)) {
      return false;
    }
  }
  return true;
}

// *flag keeps its value when `map` has no `key`. convert<bool>::decode is
// yaml-cpp's as<bool> without the throw: the same words (true, yes, on, ...).
bool ReadFlag(const YAML::Node& map, const char* key, bool* flag, std::string* error) {
  const YAML::Node value = map[key];
  if (!value || YAML::convert<bool>::decode(value, *flag)) return true;
  return Fail(value, std::string(key) + " must be true or false, got '" + value.Scalar() + "'",
              error);
}

bool ReadCueKind(const YAML::Node& node, Cue::Kind* out, std::string* error) {
  static const std::map<std::string, Cue::Kind> kKinds = {
      {"rank", Cue::Kind::kRank},
      {"superlative", Cue::Kind::kSuperlative},
      {"comparative", Cue::Kind::kComparative},
      {"chain", Cue::Kind::kChain},
      {"ordinal", Cue::Kind::kOrdinal},
  };
  const auto kind = node.IsScalar() ? kKinds.find(node.Scalar()) : kKinds.end();
  if (kind == kKinds.end()) {
    return Fail(node, "kind must be rank, superlative, comparative, chain or ordinal", error);
  }
  *out = kind->second;
  return true;
}

// The text yaml-cpp's as<std::string> gives (null reads "null"); a list or
// a map is its "bad conversion", in its words, as the message has always been.
bool ReadCueNumber(const YAML::Node& node, Cue::Number* out, std::string* error) {
  if (!node.IsScalar() && !node.IsNull()) return Fail(node, "bad conversion", error);
  const std::string kind = node.IsNull() ? "null" : node.Scalar();
  if (kind == "size") {
    *out = Cue::Number::kSize;
  } else if (kind == "rank") {
    *out = Cue::Number::kRank;
  } else if (kind != "none") {
    return Fail(node, "number must be size, rank or none", error);
  }
  return true;
}

bool ReadDirection(const YAML::Node& item, bool* top, std::string* error) {
  const YAML::Node node = item["direction"];
  if (!node || !node.IsScalar()) return Fail(item, "missing 'direction'", error);
  const std::string& direction = node.Scalar();
  if (direction != "top" && direction != "bottom") {
    return Fail(item, "direction must be top or bottom, got '" + direction + "'", error);
  }
  *top = direction == "top";
  return true;
}

// The flags in the order they are checked (the first bad one is reported).
bool ReadCueFlags(const YAML::Node& item, Cue* cue, std::string* error) {
  if (!ReadFlag(item, "tied", &cue->tied, error) ||
      !ReadFlag(item, "subject_from_heading", &cue->subject_from_heading, error) ||
      !ReadFlag(item, "needs_ranking_word", &cue->needs_ranking_word, error) ||
      !ReadFlag(item, "number_before", &cue->number_before, error) ||
      !ReadFlag(item, "names_after_only", &cue->names_after_only, error) ||
      !ReadFlag(item, "orders", &cue->orders, error)) {
    return false;
  }
  const YAML::Node chars = item["adjective_chars"];
  if (chars && !ReadSize(chars, &cue->adjective_chars, error)) return false;
  const YAML::Node min_number = item["min_number"];
  if (min_number && !ReadSize(min_number, &cue->min_number, error)) return false;
  // One name makes a list only for the rank words the review reports use
  // (排名靠后的是X); a lone superlative is a single entity's rank.
  cue->single = cue->kind == Cue::Kind::kRank;
  return ReadFlag(item, "single", &cue->single, error);
}

bool ReadCue(const YAML::Node& item, Cue* cue, std::string* error) {
  if (!item.IsMap()) return Fail(item, "expected {word: ..., direction: ...}", error);
  if (!RequiredWord(item, "word", &cue->word, error) || !ReadDirection(item, &cue->top, error)) {
    return false;
  }
  const YAML::Node number = item["number"];
  if (number && !ReadCueNumber(number, &cue->number, error)) return false;
  const YAML::Node kind = item["kind"];
  if (kind && !ReadCueKind(kind, &cue->kind, error)) return false;
  return ReadCueFlags(item, cue, error);
}

bool AppendCues(const YAML::Node& node, std::string_view key, std::vector<Cue>* out,
                SeenWords* seen, std::string* error) {
  if (!RequireList(node, "cues", error)) return false;
  const auto key_of = [](const Cue& c) { return c.word; };
  for (const auto& item : node) {
    Cue cue;
    if (!ReadCue(item, &cue, error) ||
        !seen->Append(item, std::move(cue), out, key, key_of, error)) {
      return false;
    }
  }
  return true;
}

bool ReadField(const YAML::Node& node, const std::string& key, const RulesField& field,
               Rules* rules, SeenWords* seen, std::string* error) {
  return std::visit(
      Overloaded{
          [&](std::vector<std::string> Rules::*list) {
            return AppendStrings(node, key, &(rules->*list), seen, error);
          },
          [&](std::vector<Bracket> Rules::*list) {
            return AppendWordPairs(node, key, &(rules->*list), seen, error);
          },
          [&](std::vector<WordSubject> Rules::*list) {
            return AppendWordPairs(node, key, &(rules->*list), seen, error);
          },
          [&](size_t Rules::*number) { return ReadSize(node, &(rules->*number), error); },
          [&](CueList) { return AppendCues(node, key, &rules->cues, seen, error); },
      },
      field);
}

bool KeyText(const YAML::Node& key, std::string* text, std::string* error) {
  if (!key.IsScalar()) return Fail(key, "expected a name", error);
  *text = key.Scalar();
  return true;
}

bool ReadSection(const YAML::Node& node, const std::string& section,
                 const std::map<std::string, RulesField>& keys, Rules* rules, SeenWords* seen,
                 std::string* error) {
  if (!node.IsMap()) return Fail(node, "expected a mapping", error);
  for (const auto& entry : node) {
    std::string key;
    if (!KeyText(entry.first, &key, error)) return false;
    const auto field = keys.find(key);
    if (field == keys.end()) {
      return Fail(entry.first, std::string("unknown key '").append(key).append("'"), error);
    }
    if (!ReadField(entry.second, std::string(section).append(".").append(key), field->second, rules,
                   seen, error)) {
      return false;
    }
  }
  return true;
}

bool ReadRoot(const YAML::Node& root, Rules* rules, std::string* error) {
  if (!root.IsMap()) return Fail(root, "a rules file is a mapping of sections", error);
  SeenWords seen;
  for (const auto& entry : root) {
    std::string section;
    if (!KeyText(entry.first, &section, error)) return false;
    if (section == "version") continue;
    const auto keys = RulesFields().find(section);
    if (keys == RulesFields().end()) {
      return Fail(entry.first, "unknown section '" + section + "'", error);
    }
    if (!ReadSection(entry.second, section, keys->second, rules, &seen, error)) return false;
  }
  return true;
}

// The one call into yaml-cpp that throws on bad input (the walk above
// checks each node's type before it reads it): its exceptions end here, as
// "LINE: message".
bool ParseYaml(std::string_view text, YAML::Node* root, std::string* error) {
  try {
    *root = YAML::Load(std::string(text));
    return true;
  } catch (const YAML::Exception& e) {
    // yaml-cpp quotes the character it stopped at, a newline too.
    *error = std::to_string(e.mark.line + 1) + ": " + e.msg;
    return false;
  }
}

// Longer words first, so that 并列第 wins over 第一 and 排名靠后 over 后.
void SortLongestFirst(Rules* rules) {
  const auto longer = [](const auto& a, const auto& b) { return a.size() > b.size(); };
  std::stable_sort(rules->cues.begin(), rules->cues.end(),
                   [](const Cue& a, const Cue& b) { return a.word.size() > b.word.size(); });
  for (auto* list :
       {&rules->connectives, &rules->subject_connectives, &rules->subjects, &rules->metrics,
        &rules->scope_words, &rules->ranking_words, &rules->continuation_connectives,
        &rules->name_end_words, &rules->rank_verbs, &rules->time_units, &rules->value_openers,
        &rules->shared_suffixes, &rules->continuation_prefixes, &rules->copulas, &rules->actors}) {
    std::stable_sort(list->begin(), list->end(), longer);
  }
}

}  // namespace

bool LoadRules(std::string_view name, std::string_view text, Rules* rules, std::string* error) {
  if (text.size() > kMaxRulesFileBytes) {
    *error = Printable(name) + ": " + std::to_string(text.size()) + " bytes, over the limit of " +
             std::to_string(kMaxRulesFileBytes) + " for a rules file";
    return false;
  }
  Rules updated = *rules;
  YAML::Node root;
  std::string problem;  // "LINE: message"
  if (!ParseYaml(text, &root, &problem) || !ReadRoot(root, &updated, &problem)) {
    *error = Printable(std::string(name) + ":" + problem);
    return false;
  }
  SortLongestFirst(&updated);
  IndexRules(&updated);
  *rules = std::move(updated);
  return true;
}

bool LoadRulesFile(const std::string& path, Rules* rules, std::string* text, std::string* error) {
  const int failed = ReadFileLimited(path, kMaxRulesFileBytes, text);
  if (failed == EFBIG) {
    *error = Printable(path) + ": over the limit of " + std::to_string(kMaxRulesFileBytes) +
             " bytes for a rules file";
    return false;
  }
  if (failed != 0) {
    *error =
        Printable(path) + ": cannot read rules file: " + std::generic_category().message(failed);
    return false;
  }
  return LoadRules(path, *text, rules, error);
}

void WordSet::Add(std::string_view word) {
  if (word.empty()) return;
  size_t len;
  const char32_t first = DecodeUtf8(word, 0, &len);
  auto& words = by_first_[first];
  if (std::find(words.begin(), words.end(), word) != words.end()) return;
  words.emplace_back(word);
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  if (first < kBmp) firsts_.set(first);
}

std::string_view WordSet::LongestAt(std::string_view text) const {
  if (text.empty()) return {};
  size_t len;
  const char32_t first = DecodeUtf8(text, 0, &len);
  if (first < kBmp && !firsts_.test(first)) return {};
  const auto words = by_first_.find(first);
  if (words == by_first_.end()) return {};
  for (const auto& word : words->second) {
    if (StartsWith(text, word)) return word;
  }
  return {};
}

namespace {

void AddCueFirst(char32_t cp, size_t cue, Rules* rules) {
  if (cp >= rules->cue_bucket.size()) return;
  uint8_t& bucket = rules->cue_bucket[cp];
  if (bucket == 0) {
    if (rules->cue_buckets.size() >= 255) return;  // more first characters than any rules file has
    rules->cue_buckets.emplace_back();
    bucket = static_cast<uint8_t>(rules->cue_buckets.size());
  }
  auto& cues = rules->cue_buckets[bucket - 1];
  if (std::find(cues.begin(), cues.end(), cue) == cues.end()) cues.push_back(cue);
  std::string utf8;
  AppendUtf8(cp, &utf8);
  if (utf8.size() == 3) {
    rules->cue_lead_pair[((utf8[0] & 0x0F) << 6) | (utf8[1] & 0x3F)] = true;
  }
}

void IndexCues(Rules* rules) {
  rules->cue_bucket.assign(0x10000, 0);
  rules->cue_buckets.clear();
  rules->cue_lead_pair.fill(false);
  for (size_t i = 0; i < rules->cues.size(); ++i) {  // longest first: kept per bucket
    const std::string& word = rules->cues[i].word;
    if (word.empty()) continue;
    size_t len;
    const char32_t first = DecodeUtf8(word, 0, &len);
    AddCueFirst(first, i, rules);
    if (first < 0x80 && isalpha(static_cast<int>(first))) {  // TOP, Top, top
      AddCueFirst(static_cast<char32_t>(tolower(static_cast<int>(first))), i, rules);
      AddCueFirst(static_cast<char32_t>(toupper(static_cast<int>(first))), i, rules);
    }
  }
  rules->verb_cue_joints.clear();
  for (const std::string& verb : rules->rank_verbs) {
    if (CodePointCount(verb) < 2) continue;
    const char32_t last = LastCodePoint(verb);
    const bool starts_cue = last < rules->cue_bucket.size() && rules->cue_bucket[last] != 0;
    if (starts_cue && std::find(rules->verb_cue_joints.begin(), rules->verb_cue_joints.end(),
                                last) == rules->verb_cue_joints.end()) {
      rules->verb_cue_joints.push_back(last);
    }
  }
}

}  // namespace

void IndexRules(Rules* rules) {
  rules->predicate_starts = rules->predicate_words = rules->non_name_starts = WordSet();
  // 成都进入前二十: a verb of entering a top group ends the name before it.
  for (const auto* list :
       {&rules->name_end_words, &rules->metrics, &rules->rank_verbs, &rules->membership_verbs}) {
    for (const auto& word : *list) rules->predicate_starts.Add(word);
  }
  // 钢铁行业陆股通持股市值…最大: an actor after a name starts its measure.
  // Two-character actors (券商, 机构) also end names (香港本地券商耀才证券).
  for (const auto& actor : rules->actors) {
    if (CodePointCount(actor) >= 3) rules->predicate_starts.Add(actor);
  }
  for (const auto* list : {&rules->rank_verbs, &rules->ranking_words, &rules->name_end_words}) {
    for (const auto& word : *list) rules->predicate_words.Add(word);
  }
  for (const auto& word : rules->not_name_starts) rules->non_name_starts.Add(word);
  IndexCues(rules);
}

}  // namespace newsextract
