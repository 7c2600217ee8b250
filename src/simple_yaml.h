// A fast path for the flat YAML most front matter is written in, so that
// yaml-cpp (slower than gumbo on the body, for a dozen lines) parses only
// what needs it. Anything outside the subset returns nullopt and goes to
// yaml-cpp; tests/simple_yaml_test.cc checks both agree wherever this
// answers.
#ifndef NEWSEXTRACT_SIMPLE_YAML_H_
#define NEWSEXTRACT_SIMPLE_YAML_H_

#include <optional>
#include <string>
#include <string_view>

#include "newsextract/front_matter_value.h"

namespace newsextract {

// The subset: `key: scalar` lines at column 0, and `key:` followed by
// `- scalar` lines; scalars plain, 'single quoted' or "double quoted"
// without escapes, each on one line; blank and `#` comment lines.
std::optional<FrontMatterMap> ReadSimpleYaml(std::string_view yaml);

// A plain (unquoted) scalar resolved by the YAML 1.2 core schema: null,
// booleans, integers and floats become typed values, the rest strings.
FrontMatterValue ResolvePlainScalar(const std::string& s);

}  // namespace newsextract

#endif  // NEWSEXTRACT_SIMPLE_YAML_H_
