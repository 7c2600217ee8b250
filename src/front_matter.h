// front matter stage: YAML text -> the map with its YAML types + typed fields.
#ifndef NEWSEXTRACT_FRONT_MATTER_H_
#define NEWSEXTRACT_FRONT_MATTER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsextract/front_matter_value.h"

namespace newsextract {

struct FrontMatter {
  FrontMatterMap map;  // YAML types and key order kept
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::optional<std::string> date;  // as written; dates.h normalises it
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  std::vector<std::string> warnings;
};

struct FrontMatterLimits {
  size_t max_bytes = 64u << 10;  // yaml-cpp takes ~90x its input in memory
  size_t max_nodes = 100000;     // alias bombs expand past any real article
  bool fast_path = true;         // flat YAML without yaml-cpp (simple_yaml.h)
};

// Parses the YAML between the fences. `first_line` is the file line of the
// first YAML line, so that warnings name file lines. Never throws: YAML that
// does not parse, or is not a mapping, leaves `map` empty with a warning, and
// the typed fields are then recovered line by line where possible.
FrontMatter ParseFrontMatter(std::string_view yaml, int first_line,
                             const FrontMatterLimits& limits);

}  // namespace newsextract

#endif  // NEWSEXTRACT_FRONT_MATTER_H_
