// The keys of a rules file and the Rules fields they fill: one table that
// the YAML loader and the packed built-in set (rules_blob) both walk, so
// that a new key cannot reach one and miss the other.
#ifndef NEWSEXTRACT_RULES_FIELDS_H_
#define NEWSEXTRACT_RULES_FIELDS_H_

#include <cstddef>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "newsextract/rules.h"

namespace newsextract {

// rankings.cues: the one list of records, read field by field.
struct CueList {};

using RulesField = std::variant<std::vector<std::string> Rules::*, std::vector<Bracket> Rules::*,
                                std::vector<WordSubject> Rules::*, size_t Rules::*, CueList>;

// Section name -> key -> field, sorted by name.
using RulesSections = std::map<std::string, std::map<std::string, RulesField>>;
const RulesSections& RulesFields();

// Picks the lambda for the field's kind in std::visit.
template <typename... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
// Spelled out: clang 14 (the fuzz build) deduces no aggregate arguments.
template <typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace newsextract

#endif  // NEWSEXTRACT_RULES_FIELDS_H_
