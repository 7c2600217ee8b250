// boilerplate stage: drops site chrome and credit lines from the blocks and
// returns the credits (credits.h reads them) of the blocks and of the
// comments' lines. Near the article's start or end it also drops site
// notes: disclaimers, risk notes, link lines and staff credits (编辑：于红波).
#ifndef NEWSEXTRACT_BOILERPLATE_H_
#define NEWSEXTRACT_BOILERPLATE_H_

#include <string_view>

#include "credits.h"
#include "deadline.h"
#include "document.h"
#include "newsextract/rules.h"

namespace newsextract {

// Removes boilerplate blocks from `doc` and returns what they said, together
// with the credits in its comment lines (a metadata comment's, as the text
// layer parsed it). Throws TimeoutError when `deadline` passes.
Credits ApplyBoilerplate(const Rules& rules, Document* doc, const Deadline& deadline = Deadline());

// Reads one line; true when it is boilerplate. Its facts go to *credits, as
// do the reporters of a byline in a line that stays.
bool ReadBoilerplateLine(const Rules& rules, std::string_view line, Credits* credits);

// Reads one line that stands near the article's start or end; true when it
// is a site note (a disclaimer, a risk note, a link line, a line of staff
// credits). The editor of a staff credit goes to credits->staff_editor.
bool ReadSiteNote(const Rules& rules, std::string_view line, Credits* credits);

}  // namespace newsextract

#endif  // NEWSEXTRACT_BOILERPLATE_H_
