// The front matter's value type: looking a key up in a map, and setting one
// where YAML's repeated keys leave it.
#include "newsextract/front_matter_value.h"

namespace newsextract {

const FrontMatterValue* FindKey(const FrontMatterMap& map, std::string_view key) {
  for (const auto& [name, value] : map) {
    if (name == key) return &value;
  }
  return nullptr;
}

void SetKey(FrontMatterMap* map, std::string key, FrontMatterValue value) {
  for (auto& [name, old] : *map) {
    if (name == key) {
      old = std::move(value);
      return;
    }
  }
  map->emplace_back(std::move(key), std::move(value));
}

}  // namespace newsextract
