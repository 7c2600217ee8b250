// html + text layer stage: HTML body -> a flat list of blocks of runs.
// gumbo's DOM lives only inside BuildDocument; nothing after this stage
// sees it.
#ifndef NEWSEXTRACT_HTML_TEXT_H_
#define NEWSEXTRACT_HTML_TEXT_H_

#include <string_view>

#include "deadline.h"
#include "document.h"
#include "markup_check.h"
#include "newsextract/rules.h"

namespace newsextract {

// Parses `html` with gumbo and flattens it. Uses the text-layer rules
// (skipped classes, caption classes, skipped image sources).
// Throws TimeoutError when `deadline` passes during the walk.
Document BuildDocument(std::string_view html, const Rules& rules,
                       const Deadline& deadline = Deadline());

}  // namespace newsextract

#endif  // NEWSEXTRACT_HTML_TEXT_H_
