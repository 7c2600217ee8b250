// The rules as a blob of bytes. data/rules.yaml is packed at build time
// (tools/pack_rules.cc) and unpacked at start-up, so that a run on the
// built-in rules parses no YAML: yaml-cpp took 1-4 ms of every start, more
// than the rest of a small file's run.
#ifndef NEWSEXTRACT_RULES_BLOB_H_
#define NEWSEXTRACT_RULES_BLOB_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "newsextract/rules.h"

namespace newsextract {

// Every field of the table in rules_fields.h, by name, in a compact form.
std::string PackRules(const Rules& rules);

// Replaces the fields of *rules with those in `blob` and builds the
// indexes (IndexRules). False when `blob` is not what PackRules makes
// (*rules is then unspecified).
bool UnpackRules(std::string_view blob, Rules* rules);

// data/rules.yaml as PackRules made it (generated: default_rules_blob.cc).
extern const unsigned char kDefaultRulesBlob[];
extern const size_t kDefaultRulesBlobSize;

}  // namespace newsextract

#endif  // NEWSEXTRACT_RULES_BLOB_H_
