// The front matter of an article as plain data: the YAML map with the types
// YAML gave its values and its keys in the order written. The library's own
// type, so that no public header needs a JSON library.
#ifndef NEWSEXTRACT_FRONT_MATTER_VALUE_H_
#define NEWSEXTRACT_FRONT_MATTER_VALUE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace newsextract {

struct FrontMatterValue;
using FrontMatterList = std::vector<FrontMatterValue>;
// Keys in the order the YAML gives them, each once.
using FrontMatterMap = std::vector<std::pair<std::string, FrontMatterValue>>;

// One YAML value: null, a boolean, an integer (64-bit), a real, a string, a
// list or a map. A plain scalar is resolved by the YAML 1.2 core schema
// (`12` an integer, `0.5` a real, `'12'` a string); dates stay strings.
struct FrontMatterValue {
  using Variant = std::variant<std::nullptr_t, bool, long long, double, std::string,
                               FrontMatterList, FrontMatterMap>;

  FrontMatterValue() = default;
  FrontMatterValue(std::nullptr_t) {}
  FrontMatterValue(bool b) : value(b) {}
  FrontMatterValue(int n) : value(static_cast<long long>(n)) {}
  FrontMatterValue(long long n) : value(n) {}
  FrontMatterValue(double d) : value(d) {}
  FrontMatterValue(const char* s) : value(std::string(s)) {}
  FrontMatterValue(std::string s) : value(std::move(s)) {}
  FrontMatterValue(FrontMatterList list) : value(std::move(list)) {}
  FrontMatterValue(FrontMatterMap map) : value(std::move(map)) {}

  bool operator==(const FrontMatterValue&) const = default;

  Variant value;
};

// The value of `key` in `map`, or nullptr.
const FrontMatterValue* FindKey(const FrontMatterMap& map, std::string_view key);

// Sets `key` to `value`. A key already there keeps its place: a key YAML
// gives twice stands where first written, with the last value.
void SetKey(FrontMatterMap* map, std::string key, FrontMatterValue value);

}  // namespace newsextract

#endif  // NEWSEXTRACT_FRONT_MATTER_VALUE_H_
