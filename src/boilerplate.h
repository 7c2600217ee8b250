// boilerplate stage: drops site chrome from the blocks and turns credit
// lines (原标题, 来源, 记者, 责任编辑), wherever they stand, into metadata;
// reads the reporters of a byline in brackets (…电（记者 张三）) or of one
// the text runs on after (本报记者 张三 北京报道 5月24日，…) and keeps its
// paragraph. Near the article's start or end it also drops site notes:
// disclaimers, risk notes, link lines and staff credits (编辑：于红波).
#ifndef NEWSEXTRACT_BOILERPLATE_H_
#define NEWSEXTRACT_BOILERPLATE_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "deadline.h"
#include "document.h"
#include "newsextract/rules.h"

namespace newsextract {

struct Credits {
  std::optional<std::string> original_title;
  std::optional<std::string> source;
  std::vector<std::string> reporters;
  // The names in `reporters`: a search of the list per name took 68 s for
  // 240,000 credit lines.
  std::unordered_set<std::string> reporter_set;
  std::optional<std::string> editor;
  std::optional<std::string> secondary_source;  // a picture credit, used when no source
  std::optional<std::string> staff_editor;      // 编辑：…, used when no 责任编辑
};

// Removes boilerplate blocks from `doc` and returns what they said, together
// with the credits in its comment lines (a metadata comment's, as the text
// layer parsed it: article_adlist). Throws TimeoutError when `deadline`
// passes.
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
