// Front matter: the YAML between the --- lines to a JSON object, with title,
// date, author, categories and tags read out.
#include "front_matter.h"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <stdexcept>

#include "simple_yaml.h"
#include "text_util.h"

namespace newsextract {
namespace {

using Json = nlohmann::ordered_json;

struct BudgetExceeded : std::runtime_error {
  BudgetExceeded() : std::runtime_error("front matter expands to too many YAML nodes") {}
};

constexpr int kMaxDepth = 64;

Json ToJson(const YAML::Node& node, int depth, size_t* budget) {
  if (*budget == 0) throw BudgetExceeded();
  --*budget;
  if (depth > kMaxDepth) throw BudgetExceeded();
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      // "?" marks a plain scalar; quoted scalars ("!") are always strings.
      return node.Tag() == "?" ? ResolvePlainScalar(node.Scalar()) : Json(node.Scalar());
    case YAML::NodeType::Sequence: {
      Json out = Json::array();
      for (const auto& item : node) out.push_back(ToJson(item, depth + 1, budget));
      return out;
    }
    case YAML::NodeType::Map: {
      Json out = Json::object();
      for (const auto& entry : node) {
        const std::string key =
            entry.first.IsScalar() ? entry.first.Scalar() : YAML::Dump(entry.first);
        out[key] = ToJson(entry.second, depth + 1, budget);
      }
      return out;
    }
    default:
      return nullptr;
  }
}

std::optional<std::string> ScalarText(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number() || value.is_boolean()) return value.dump();
  return std::nullopt;
}

std::vector<std::string> StringList(const Json& value) {
  std::vector<std::string> out;
  if (value.is_array()) {
    for (const auto& item : value) {
      if (auto text = ScalarText(item)) out.push_back(*text);
    }
  } else if (auto text = ScalarText(value)) {
    out.push_back(*text);
  }
  return out;
}

void FillTypedFields(const Json& map, FrontMatter* fm) {
  const auto get = [&](const char* key) -> const Json* {
    auto it = map.find(key);
    return it == map.end() ? nullptr : &*it;
  };
  // Text fields given a list or a map are dropped, with a word why.
  const auto text = [&](const char* key, std::optional<std::string>* field) {
    const Json* v = get(key);
    if (v == nullptr) return;
    *field = ScalarText(*v);
    if (v->is_structured()) {
      fm->warnings.push_back(std::string("front matter: ") + key + " is a " +
                             (v->is_array() ? "list" : "map") + ", not text; ignored");
    }
  };
  text("title", &fm->title);
  text("author", &fm->author);
  text("date", &fm->date);
  if (const Json* v = get("categories")) fm->categories = StringList(*v);
  if (const Json* v = get("tags")) fm->tags = StringList(*v);
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
// own; a scalar entry that still fails keeps its raw text.
Json RecoverEntries(std::string_view yaml, bool fast_path, size_t* budget) {
  Json out = Json::object();
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
      if (auto simple = ReadSimpleYaml(entry); simple && simple->contains(key)) {
        out[key] = std::move((*simple)[key]);
        i = end - 1;
        continue;
      }
    }
    try {
      const YAML::Node node = YAML::Load(entry);
      if (node.IsMap() && node[key]) out[key] = ToJson(node[key], 1, budget);
    } catch (const YAML::Exception&) {
      if (end == i + 1) out[key] = StripQuotes(line.substr(colon + 1));
    }
    i = end - 1;
  }
  return out;
}

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
    if (root.IsMap()) {
      fm.map = ToJson(root, 0, &budget);
      FillTypedFields(fm.map, &fm);
      return fm;
    }
    if (!root.IsNull()) fm.warnings.push_back("front matter: not a mapping; ignored");
    return fm;
  } catch (const YAML::Exception& e) {
    fm.warnings.push_back(YamlError(e, first_line));
  } catch (const BudgetExceeded& e) {
    fm.warnings.push_back(std::string("front matter: ") + e.what() + "; ignored");
    return fm;
  }
  // The document as a whole is broken: `front_matter` stays {}, but the
  // typed fields are worth recovering (scraped titles with stray quotes).
  try {
    budget = limits.max_nodes;
    const Json recovered = RecoverEntries(yaml, limits.fast_path, &budget);
    FillTypedFields(recovered, &fm);
    if (!recovered.empty()) {
      fm.warnings.push_back("front matter: fields recovered line by line");
    }
  } catch (const BudgetExceeded&) {
  } catch (const YAML::Exception&) {
  }
  return fm;
}

}  // namespace newsextract
