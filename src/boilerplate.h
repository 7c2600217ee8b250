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

// Reads one line; true when it is boilerplate (its facts go to *credits).
bool ReadBoilerplateLine(const Rules& rules, std::string_view line, Credits* credits);

}  // namespace newsextract

#endif  // NEWSEXTRACT_BOILERPLATE_H_
