// Flat front matter (key: value lines) read without yaml-cpp, for speed;
// anything else goes to yaml-cpp.
#include "simple_yaml.h"

#include <charconv>
#include <cmath>

#include "text_util.h"

namespace newsextract {
namespace {

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> words) {
  for (const auto w : words) {
    if (s == w) return true;
  }
  return false;
}

// Strips ASCII blanks only: YAML does not treat U+3000 as white space.
std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// A scalar of the subset, or nullopt.
std::optional<FrontMatterValue> ReadScalar(std::string_view s) {
  s = TrimBlanks(s);
  if (s.empty()) return std::nullopt;
  if (s.front() == '\'') {
    if (s.size() < 2 || s.back() != '\'') return std::nullopt;
    std::string out;
    const std::string_view inner = s.substr(1, s.size() - 2);
    for (size_t i = 0; i < inner.size(); ++i) {
      if (inner[i] != '\'') {
        out += inner[i];
      } else if (i + 1 < inner.size() && inner[i + 1] == '\'') {
        out += '\'';
        ++i;
      } else {
        return std::nullopt;  // a lone quote: not a simple scalar
      }
    }
    return FrontMatterValue(std::move(out));
  }
  if (s.front() == '"') {
    const std::string_view inner = s.substr(1, s.size() - 2);
    if (s.size() < 2 || s.back() != '"' || inner.find_first_of("\"\\") != std::string_view::npos) {
      return std::nullopt;
    }
    return FrontMatterValue(std::string(inner));
  }
  // Plain: no indicator first, no `: ` or ` #` inside, no tab, no flow or
  // block markers.
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string_view::npos) {
    return std::nullopt;
  }
  if (Contains(s, ": ") || Contains(s, " #") || s.back() == ':' || Contains(s, "\t")) {
    return std::nullopt;
  }
  return ResolvePlainScalar(std::string(s));
}

bool IsSimpleKey(std::string_view key) {
  return !key.empty() && key.find_first_of(" \t:#{}[],&*!|>'\"%@`?-") == std::string_view::npos;
}

}  // namespace

FrontMatterValue ResolvePlainScalar(const std::string& s) {
  if (IsOneOf(s, {"", "~", "null", "Null", "NULL"})) return nullptr;
  if (IsOneOf(s, {"true", "True", "TRUE"})) return true;
  if (IsOneOf(s, {"false", "False", "FALSE"})) return false;
  // inf and nan spelled without digits stay strings (JSON has no such numbers).
  if (s.find_first_of("0123456789") == std::string::npos) return s;
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  const char* end = s.data() + s.size();
  long long integer;
  auto [p, ec] = std::from_chars(begin, end, integer);
  if (ec == std::errc() && p == end) return integer;
  double real;
  auto [q, ec2] = std::from_chars(begin, end, real, std::chars_format::general);
  if (ec2 == std::errc() && q == end && std::isfinite(real)) return real;
  return s;
}

std::optional<FrontMatterMap> ReadSimpleYaml(std::string_view yaml) {
  FrontMatterMap map;
  const std::vector<std::string_view> lines = SplitOn(yaml, "\n");
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = TrimBlanks(lines[i]);
    if (line.empty() || line.front() == '#') continue;
    if (lines[i].front() == ' ' || lines[i].front() == '\t') return std::nullopt;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    const std::string key(line.substr(0, colon));
    const std::string_view rest = line.substr(colon + 1);
    if (!IsSimpleKey(key) || FindKey(map, key) != nullptr ||
        (!rest.empty() && rest.front() != ' ')) {
      return std::nullopt;
    }
    if (!TrimBlanks(rest).empty()) {
      auto value = ReadScalar(rest);
      if (!value) return std::nullopt;
      map.emplace_back(key, std::move(*value));
      continue;
    }
    // `key:` alone: a block sequence of scalars follows, or nothing (null).
    FrontMatterList list;
    size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      const std::string_view item = TrimBlanks(lines[j]);
      if (item.empty()) continue;
      if (!StartsWith(item, "- ")) break;
      auto value = ReadScalar(item.substr(2));
      if (!value) return std::nullopt;
      list.push_back(std::move(*value));
    }
    if (list.empty()) {
      map.emplace_back(key, nullptr);
    } else {
      map.emplace_back(key, std::move(list));
      i = j - 1;
    }
  }
  return map;
}

}  // namespace newsextract
