// The role of a fragment: a whole list, the head of a chain or a
// continuation, decided from its cue and names (ranking_fragments builds the
// fragments, ranking_chains joins them).
#ifndef NEWSEXTRACT_RANKING_ROLES_H_
#define NEWSEXTRACT_RANKING_ROLES_H_

#include <optional>
#include <string>
#include <string_view>

#include "newsextract/rules.h"
#include "ranking_cues.h"
#include "ranking_fragments.h"

namespace newsextract {

// 十一到十五名: places written as a range (text is the block's text).
bool IsRange(std::string_view text, const CueMatch& cue);

// Sets f.role from the cue's kind and the names; `connected`: the names
// came after a connective. Nothing, with `why`, when they are no list.
std::optional<Fragment> Classify(std::string_view text, const Rules& rules, Fragment f,
                                 const CueMatch& cue, bool connected, std::string* why);

// What a fragment is, for --explain.
std::string Describe(const Fragment& f);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_ROLES_H_
