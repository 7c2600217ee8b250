// html + text layer stage: HTML body -> a Document (document.h): a flat
// list of blocks of runs, and the text of the comments as plain lines.
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
// (skipped classes, caption classes, skipped image sources). The markup of
// a metadata comment (rules.metadata_comments) is parsed the same way when
// its guards let it: a size cap, MayHoldCredit and CheckMarkup, as for the
// body. Throws TimeoutError when `deadline` passes during the walk.
// `spans`, what CheckMarkup read of the body, lets gumbo skip what no stage
// reads (unread attributes, skipped elements' text, white space runs,
// comments, whose text is taken from `spans`): the Document is the same,
// the parse shorter, when `html` is valid UTF-8 (as DecodeToUtf8 makes
// every body); gumbo replaces invalid bytes by rules of its own.
Document BuildDocument(std::string_view html, const Rules& rules,
                       const Deadline& deadline = Deadline(), const MarkupSpans* spans = nullptr);

// Whether the text of `markup` may hold a credit line, decided without
// parsing it: most metadata comments are lists of recommended articles, and
// parsing them cost more than the rest of the boilerplate stage. A credit
// line holds the first two characters of a credit prefix, and every
// character of the parsed text is in the markup as written or spelled by a
// character reference: so no reference and not both characters of any
// prefix's head means no credit. (Adjacency cannot be asked: skipped
// elements, text moved out of tables and '>' in attributes join characters
// apart in the markup.)
bool MayHoldCredit(const Rules& rules, std::string_view markup);

}  // namespace newsextract

#endif  // NEWSEXTRACT_HTML_TEXT_H_
