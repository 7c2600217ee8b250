// Front matter: the YAML between the --- lines to a map of typed values, with
// title, date, author, categories and tags read out.
#include "front_matter.h"

#include <yaml-cpp/yaml.h>

#include <optional>
#include <variant>

#include "json_writer.h"
#include "simple_yaml.h"
#include "text_util.h"

namespace newsextract {
namespace {

constexpr int kMaxDepth = 64;

std::optional<FrontMatterValue> ToValue(const YAML::Node& node, int depth, size_t* budget);

std::optional<FrontMatterValue> ToList(const YAML::Node& node, int depth, size_t* budget) {
  FrontMatterList out;
  for (const auto& item : node) {
    auto value = ToValue(item, depth + 1, budget);
    if (!value) return std::nullopt;
    out.push_back(std::move(*value));
  }
  return out;
}

std::optional<FrontMatterValue> ToMap(const YAML::Node& node, int depth, size_t* budget) {
  FrontMatterMap out;
  for (const auto& entry : node) {
    std::string key = entry.first.IsScalar() ? entry.first.Scalar() : YAML::Dump(entry.first);
    auto value = ToValue(entry.second, depth + 1, budget);
    if (!value) return std::nullopt;
    SetKey(&out, std::move(key), std::move(*value));
  }
  return out;
}

// The tree as values; nullopt past the node budget or kMaxDepth, which
// alias bombs reach and real articles do not.
std::optional<FrontMatterValue> ToValue(const YAML::Node& node, int depth, size_t* budget) {
  if (*budget == 0 || depth > kMaxDepth) return std::nullopt;
  --*budget;
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      // "?" marks a plain scalar; quoted scalars ("!") are always strings.
      return node.Tag() == "?" ? ResolvePlainScalar(node.Scalar())
                               : FrontMatterValue(node.Scalar());
    case YAML::NodeType::Sequence:
      return ToList(node, depth, budget);
    case YAML::NodeType::Map:
      return ToMap(node, depth, budget);
    default:
      return FrontMatterValue(nullptr);
  }
}

// The text a typed field takes from a scalar: a number or boolean as the
// JSON writes it (title: 2021 -> "2021").
std::optional<std::string> ScalarText(const FrontMatterValue& v) {
  if (const auto* s = std::get_if<std::string>(&v.value)) return *s;
  if (const auto* b = std::get_if<bool>(&v.value)) return *b ? "true" : "false";
  if (const auto* n = std::get_if<long long>(&v.value)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v.value)) return FrontMatterRealText(*d);
  return std::nullopt;
}

std::vector<std::string> StringList(const FrontMatterValue& v) {
  std::vector<std::string> out;
  if (const auto* list = std::get_if<FrontMatterList>(&v.value)) {
    for (const auto& item : *list) {
      if (auto text = ScalarText(item)) out.push_back(*text);
    }
  } else if (auto text = ScalarText(v)) {
    out.push_back(*text);
  }
  return out;
}

void FillTypedFields(const FrontMatterMap& map, FrontMatter* fm) {
  // Text fields given a list or a map are dropped, with a word why.
  const auto text = [&](const char* key, std::optional<std::string>* field) {
    const FrontMatterValue* v = FindKey(map, key);
    if (v == nullptr) return;
    *field = ScalarText(*v);
    const bool list = std::holds_alternative<FrontMatterList>(v->value);
    if (list || std::holds_alternative<FrontMatterMap>(v->value)) {
      fm->warnings.push_back(std::string("front matter: ") + key + " is a " +
                             (list ? "list" : "map") + ", not text; ignored");
    }
  };
  text("title", &fm->title);
  text("author", &fm->author);
  text("date", &fm->date);
  if (const FrontMatterValue* v = FindKey(map, "categories")) fm->categories = StringList(*v);
  if (const FrontMatterValue* v = FindKey(map, "tags")) fm->tags = StringList(*v);
}

// The text of a scalar whose quoting is broken (`"""'标题'"""`): the raw
// value with the quote characters around it removed.
std::string StripQuotes(std::string_view raw) {
  raw = Trim(raw);
  while (!raw.empty() && (raw.front() == '"' || raw.front() == '\'')) raw.remove_prefix(1);
  while (!raw.empty() && (raw.back() == '"' || raw.back() == '\'')) raw.remove_suffix(1);
  return std::string(Trim(raw));
}

// Recovers what it can when the whole document fails: each top-level
// `key: value` entry (with its indented continuation lines) is parsed on its
// own; a scalar entry that still fails keeps its raw text. Nothing (nullopt)
// when the entries together pass the node budget.
std::optional<FrontMatterMap> RecoverEntries(std::string_view yaml, bool fast_path,
                                             size_t* budget) {
  FrontMatterMap out;
  std::vector<std::string_view> lines = SplitOn(yaml, "\n");
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const size_t colon = line.find(':');
    if (line.empty() || line[0] == ' ' || line[0] == '#' || colon == std::string_view::npos) {
      continue;
    }
    size_t end = i + 1;
    while (end < lines.size() &&
           (lines[end].empty() || lines[end][0] == ' ' || lines[end][0] == '-')) {
      ++end;
    }
    std::string entry;
    for (size_t j = i; j < end; ++j) entry.append(lines[j]).push_back('\n');
    const std::string key(Trim(line.substr(0, colon)));
    // Most entries of a broken document are fine on their own: flat ones
    // skip yaml-cpp (which costs more per call than a whole article body).
    if (fast_path) {
      const auto simple = ReadSimpleYaml(entry);
      if (const FrontMatterValue* value = simple ? FindKey(*simple, key) : nullptr) {
        SetKey(&out, key, *value);
        i = end - 1;
        continue;
      }
    }
    try {
      const YAML::Node node = YAML::Load(entry);
      if (node.IsMap() && node[key]) {
        auto value = ToValue(node[key], 1, budget);
        if (!value) return std::nullopt;
        SetKey(&out, key, std::move(*value));
      }
    } catch (const YAML::Exception&) {
      if (end == i + 1) SetKey(&out, key, StripQuotes(line.substr(colon + 1)));
    }
    i = end - 1;
  }
  return out;
}

constexpr const char* kOverBudget =
    "front matter: front matter expands to too many YAML nodes; ignored";

std::string YamlError(const YAML::Exception& e, int first_line) {
  const int line = e.mark.line >= 0 ? first_line + e.mark.line : first_line;
  return "front matter: YAML error at line " + std::to_string(line) + ": " + e.msg;
}

}  // namespace

FrontMatter ParseFrontMatter(std::string_view yaml, int first_line,
                             const FrontMatterLimits& limits) {
  FrontMatter fm;
  if (yaml.size() > limits.max_bytes) {
    fm.warnings.push_back("front matter: " + std::to_string(yaml.size()) +
                          " bytes, over the limit of " + std::to_string(limits.max_bytes) +
                          "; ignored");
    return fm;
  }
  if (limits.fast_path) {
    if (auto simple = ReadSimpleYaml(yaml)) {
      fm.map = std::move(*simple);
      FillTypedFields(fm.map, &fm);
      return fm;
    }
  }
  size_t budget = limits.max_nodes;
  try {
    // Load, not LoadAll: yaml-cpp 0.7's LoadAll never returns on some inputs.
    const YAML::Node root = YAML::Load(std::string(yaml));
    if (!root.IsMap()) {
      if (!root.IsNull()) fm.warnings.push_back("front matter: not a mapping; ignored");
      return fm;
    }
    auto map = ToValue(root, 0, &budget);
    if (!map) {
      fm.warnings.push_back(kOverBudget);
      return fm;
    }
    fm.map = std::get<FrontMatterMap>(std::move(map->value));
    FillTypedFields(fm.map, &fm);
    return fm;
  } catch (const YAML::Exception& e) {
    fm.warnings.push_back(YamlError(e, first_line));
  }
  // The document as a whole is broken: `front_matter` stays {}, but the
  // typed fields are worth recovering (scraped titles with stray quotes).
  budget = limits.max_nodes;
  const auto recovered = RecoverEntries(yaml, limits.fast_path, &budget);
  if (recovered) {
    FillTypedFields(*recovered, &fm);
    if (!recovered->empty()) fm.warnings.push_back("front matter: fields recovered line by line");
  }
  return fm;
}

}  // namespace newsextract
