// boilerplate stage: drops site chrome from the blocks and turns credit
// lines (原标题, 来源, 记者, 责任编辑), wherever they stand, into metadata.
#ifndef NEWSEXTRACT_BOILERPLATE_H_
#define NEWSEXTRACT_BOILERPLATE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "html_text.h"
#include "newsextract/rules.h"

namespace newsextract {

struct Credits {
  std::optional<std::string> original_title;
  std::optional<std::string> source;
  std::vector<std::string> reporters;
  std::optional<std::string> editor;
  std::optional<std::string> secondary_source;  // a picture credit, used when no source
};

// Removes boilerplate blocks from `doc` and returns what they said, together
// with the credits found in metadata comments (article_adlist).
Credits ApplyBoilerplate(const Rules& rules, Document* doc);

// Whether the text of `markup` may hold a credit line, decided without
// parsing it: most metadata comments are lists of recommended articles, and
// parsing them cost more than the rest of the stage. A credit line holds the
// first two characters of a credit prefix unbroken, so the markup's text
// with its tags taken out (a bold run may split a word) must too; true
// whenever the text cannot be known without a parse (character references,
// textarea, xmp, plaintext, noembed, noframes, CDATA).
bool MayHoldCredit(const Rules& rules, std::string_view markup);

// Reads one line; true when it is boilerplate (its facts go to *credits).
bool ReadBoilerplateLine(const Rules& rules, std::string_view line, Credits* credits);

}  // namespace newsextract

#endif  // NEWSEXTRACT_BOILERPLATE_H_
