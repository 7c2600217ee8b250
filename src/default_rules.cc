// The built-in rules: data/rules.yaml, packed at build time.
#include <stdexcept>
#include <string_view>

#include "newsextract/rules.h"
#include "rules_blob.h"

namespace newsextract {

const Rules& DefaultRules() {
  // Unpacked once, on first use, so that a run with --rules never pays for
  // it; about 0.1 ms, where parsing the YAML took 1-4 ms.
  static const Rules* rules = [] {
    auto* unpacked = new Rules;
    const std::string_view blob(reinterpret_cast<const char*>(kDefaultRulesBlob),
                                kDefaultRulesBlobSize);
    if (!UnpackRules(blob, unpacked)) throw std::logic_error("built-in rules do not unpack");
    return unpacked;
  }();
  return *rules;
}

}  // namespace newsextract
