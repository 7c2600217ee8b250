#include "newsextract/rules.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <map>
#include <stdexcept>
#include <system_error>
#include <unordered_map>

#include "charset.h"
#include "read_file.h"
#include "text_util.h"

namespace newsextract {

extern const char kDefaultRulesYaml[];  // generated from data/rules.yaml

namespace {

// What a rules file may hold. The built-in file is 8 KiB, its longest list
// 258 words, its longest word 55 bytes: these leave room for any real set
// and keep yaml-cpp (~90x its input in memory) and every matching loop
// (words x text) bounded when the file is hostile or broken.
constexpr size_t kMaxListEntries = 10000;
constexpr size_t kMaxWordBytes = 1024;
constexpr size_t kMaxCharLimit = 1000;  // max_item_chars and the like

// A rules problem found while walking the YAML tree; carries its line.
struct RulesError : std::runtime_error {
  RulesError(const YAML::Node& node, const std::string& message)
      : std::runtime_error(std::to_string(node.Mark().line + 1) + ": " + message) {}
};

int LineOf(const YAML::Node& node) { return node.Mark().line + 1; }

// The words each list holds, and the line this file gave each one (0: an
// earlier file): a word repeated within one file is a mistake worth an
// error, one an earlier file (the built-in set) has already is kept once.
class SeenWords {
 public:
  // False when `word` is already in `list` from an earlier file; throws
  // when this file gave it before.
  template <typename T, typename KeyOf>
  bool Add(const YAML::Node& node, const std::string& word, const std::vector<T>& list,
           std::string_view key, KeyOf key_of) {
    auto [lines, first_use] = lists_.try_emplace(&list);
    if (first_use) {
      for (const T& entry : list) lines->second.emplace(key_of(entry), 0);
    }
    const auto [at, added] = lines->second.emplace(word, LineOf(node));
    if (!added && at->second != 0) {
      throw RulesError(node, "'" + word + "' is already in " + std::string(key) + " (line " +
                                 std::to_string(at->second) + ")");
    }
    if (added && list.size() >= kMaxListEntries) {
      throw RulesError(
          node, std::string(key) + " has over " + std::to_string(kMaxListEntries) + " entries");
    }
    return added;
  }

 private:
  std::map<const void*, std::unordered_map<std::string, int>> lists_;
};

// A word every matcher can use: an empty one would match everywhere (and
// loop, in a loop that advances by the match), one of white space only
// everywhere in some texts.
std::string CheckedWord(const YAML::Node& node) {
  if (!node.IsScalar()) throw RulesError(node, "expected a string");
  const std::string word = node.Scalar();
  if (word.empty()) throw RulesError(node, "an empty string matches everywhere");
  if (word.size() > kMaxWordBytes) {
    throw RulesError(node, "a word over " + std::to_string(kMaxWordBytes) + " bytes");
  }
  if (!IsValidUtf8(word)) throw RulesError(node, "not valid UTF-8");
  if (Trim(word).empty()) throw RulesError(node, "a word of white space only matches everywhere");
  return word;
}

void RequireList(const YAML::Node& node, const char* what) {
  if (!node.IsSequence()) throw RulesError(node, std::string("expected a list of ") + what);
}

void AppendStrings(const YAML::Node& node, std::string_view key, std::vector<std::string>* out,
                   SeenWords* seen) {
  RequireList(node, "strings");
  for (const auto& item : node) {
    std::string word = CheckedWord(item);
    if (seen->Add(item, word, *out, key, [](const std::string& s) { return s; })) {
      out->push_back(std::move(word));
    }
  }
}

void ReadSize(const YAML::Node& node, size_t* out) {
  if (!node.IsScalar()) throw RulesError(node, "expected a number");
  // Digits only: as<size_t> would read "-1" as 2^64 - 1.
  const std::string& text = node.Scalar();
  const bool digits = !text.empty() && text.size() <= 4 &&
                      text.find_first_not_of("0123456789") == std::string::npos;
  const size_t value = digits ? std::stoul(text) : 0;
  if (value < 1 || value > kMaxCharLimit) {
    throw RulesError(node, "expected a whole number from 1 to " + std::to_string(kMaxCharLimit) +
                               ", got '" + text + "'");
  }
  *out = value;
}

std::string RequiredWord(const YAML::Node& map, const char* key) {
  const YAML::Node value = map[key];
  if (!value) throw RulesError(map, std::string("missing '") + key + "'");
  return CheckedWord(value);
}

void AppendBrackets(const YAML::Node& node, std::string_view key, std::vector<Bracket>* out,
                    SeenWords* seen) {
  RequireList(node, "{open, close}");
  const auto key_of = [](const Bracket& b) { return b.open + '\n' + b.close; };
  for (const auto& item : node) {
    if (!item.IsMap()) throw RulesError(item, "expected {open: ..., close: ...}");
    Bracket bracket{RequiredWord(item, "open"), RequiredWord(item, "close")};
    if (seen->Add(item, key_of(bracket), *out, key, key_of)) out->push_back(std::move(bracket));
  }
}

bool ReadFlag(const YAML::Node& cue, const char* key) { return cue[key] && cue[key].as<bool>(); }

Cue ReadCue(const YAML::Node& item) {
  if (!item.IsMap()) throw RulesError(item, "expected {word: ..., direction: ...}");
  Cue cue;
  cue.word = RequiredWord(item, "word");
  const YAML::Node direction_node = item["direction"];
  if (!direction_node || !direction_node.IsScalar()) throw RulesError(item, "missing 'direction'");
  const std::string direction = direction_node.Scalar();
  if (direction != "top" && direction != "bottom") {
    throw RulesError(item, "direction must be top or bottom, got '" + direction + "'");
  }
  cue.top = direction == "top";
  if (const YAML::Node number = item["number"]) {
    const std::string kind = number.as<std::string>();
    if (kind == "size") {
      cue.number = Cue::Number::kSize;
    } else if (kind == "rank") {
      cue.number = Cue::Number::kRank;
    } else if (kind != "none") {
      throw RulesError(number, "number must be size, rank or none");
    }
  }
  cue.tied = ReadFlag(item, "tied");
  cue.subject_from_heading = ReadFlag(item, "subject_from_heading");
  cue.needs_ranking_word = ReadFlag(item, "needs_ranking_word");
  return cue;
}

void AppendCues(const YAML::Node& node, std::string_view key, std::vector<Cue>* out,
                SeenWords* seen) {
  RequireList(node, "cues");
  for (const auto& item : node) {
    Cue cue = ReadCue(item);
    if (seen->Add(item, cue.word, *out, key, [](const Cue& c) { return c.word; })) {
      out->push_back(std::move(cue));
    }
  }
}

using Reader = std::function<void(const YAML::Node&, std::string_view, Rules*, SeenWords*)>;

Reader Strings(std::vector<std::string> Rules::*field) {
  return [field](const YAML::Node& n, std::string_view key, Rules* r, SeenWords* seen) {
    AppendStrings(n, key, &(r->*field), seen);
  };
}
Reader Brackets(std::vector<Bracket> Rules::*field) {
  return [field](const YAML::Node& n, std::string_view key, Rules* r, SeenWords* seen) {
    AppendBrackets(n, key, &(r->*field), seen);
  };
}
Reader Size(size_t Rules::*field) {
  return [field](const YAML::Node& n, std::string_view, Rules* r, SeenWords*) {
    ReadSize(n, &(r->*field));
  };
}
Reader Cues() {
  return [](const YAML::Node& n, std::string_view key, Rules* r, SeenWords* seen) {
    AppendCues(n, key, &r->cues, seen);
  };
}

// Every key a rules file may hold, by section.
const std::map<std::string, std::map<std::string, Reader>>& Sections() {
  static const auto* sections = new std::map<std::string, std::map<std::string, Reader>>{
      {"text_layer",
       {{"skip_classes", Strings(&Rules::skip_classes)},
        {"caption_classes", Strings(&Rules::caption_classes)},
        {"skip_image_prefixes", Strings(&Rules::skip_image_prefixes)}}},
      {"boilerplate",
       {{"drop_lines", Strings(&Rules::drop_lines)},
        {"original_title", Strings(&Rules::original_title_prefixes)},
        {"source", Strings(&Rules::source_prefixes)},
        {"secondary_source", Strings(&Rules::secondary_source_prefixes)},
        {"reporters", Strings(&Rules::reporter_prefixes)},
        {"author", Strings(&Rules::author_prefixes)},
        {"editor", Strings(&Rules::editor_prefixes)},
        {"credit_separators", Strings(&Rules::credit_separators)},
        {"credit_keys", Strings(&Rules::credit_keys)},
        {"datelines", Strings(&Rules::datelines)},
        {"photo_marks", Strings(&Rules::photo_marks)},
        {"surnames", Strings(&Rules::surnames)},
        {"metadata_comments", Brackets(&Rules::metadata_comments)}}},
      {"rankings",
       {{"cues", Cues()},
        {"connectives", Strings(&Rules::connectives)},
        {"subject_connectives", Strings(&Rules::subject_connectives)},
        {"size_suffixes", Strings(&Rules::size_suffixes)},
        {"ranking_words", Strings(&Rules::ranking_words)},
        {"scope_words", Strings(&Rules::scope_words)},
        {"subjects", Strings(&Rules::subjects)},
        {"metrics", Strings(&Rules::metrics)},
        {"conjunctions", Strings(&Rules::conjunctions)},
        {"table_rank_headers", Strings(&Rules::table_rank_headers)},
        {"table_score_headers", Strings(&Rules::table_score_headers)},
        {"max_item_chars", Size(&Rules::max_item_chars)},
        {"max_subject_chars", Size(&Rules::max_subject_chars)}}},
      {"assessments",
       {{"entity_suffixes", Strings(&Rules::entity_suffixes)},
        {"shortcomings", Brackets(&Rules::shortcomings)},
        {"max_entity_chars", Size(&Rules::max_entity_chars)}}},
  };
  return *sections;
}

std::string KeyText(const YAML::Node& key) {
  if (!key.IsScalar()) throw RulesError(key, "expected a name");
  return key.Scalar();
}

void ReadSection(const YAML::Node& node, const std::string& section,
                 const std::map<std::string, Reader>& keys, Rules* rules, SeenWords* seen) {
  if (!node.IsMap()) throw RulesError(node, "expected a mapping");
  for (const auto& entry : node) {
    const std::string key = KeyText(entry.first);
    const auto reader = keys.find(key);
    if (reader == keys.end()) throw RulesError(entry.first, "unknown key '" + key + "'");
    reader->second(entry.second, section + "." + key, rules, seen);
  }
}

void ReadRoot(const YAML::Node& root, Rules* rules) {
  if (!root.IsMap()) throw RulesError(root, "a rules file is a mapping of sections");
  SeenWords seen;
  for (const auto& entry : root) {
    const std::string section = KeyText(entry.first);
    if (section == "version") continue;
    const auto keys = Sections().find(section);
    if (keys == Sections().end())
      throw RulesError(entry.first, "unknown section '" + section + "'");
    ReadSection(entry.second, section, keys->second, rules, &seen);
  }
}

// Longer words first, so that 并列第 wins over 第一 and 排名靠后 over 后.
void SortLongestFirst(Rules* rules) {
  const auto longer = [](const auto& a, const auto& b) { return a.size() > b.size(); };
  std::stable_sort(rules->cues.begin(), rules->cues.end(),
                   [](const Cue& a, const Cue& b) { return a.word.size() > b.word.size(); });
  for (auto* list : {&rules->connectives, &rules->subject_connectives, &rules->subjects,
                     &rules->metrics, &rules->scope_words, &rules->ranking_words}) {
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
  try {
    ReadRoot(YAML::Load(std::string(text)), &updated);
  } catch (const YAML::Exception& e) {
    // yaml-cpp quotes the character it stopped at, a newline too.
    *error = Printable(std::string(name) + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
    return false;
  } catch (const RulesError& e) {
    *error = Printable(std::string(name) + ":" + e.what());
    return false;
  }
  SortLongestFirst(&updated);
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

const Rules& DefaultRules() {
  // Parsed once, on first use, so that a run with --rules never pays for it.
  static const Rules* rules = [] {
    auto* loaded = new Rules;
    std::string error;
    if (!LoadRules("data/rules.yaml", kDefaultRulesYaml, loaded, &error)) {
      throw std::logic_error("built-in rules do not load: " + error);
    }
    return loaded;
  }();
  return *rules;
}

}  // namespace newsextract
