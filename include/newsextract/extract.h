// The per-article function: bytes + path + options in, Article or error out.
// Pure: no global state, no file system, so it parallelises and fuzzes as is.
#ifndef NEWSEXTRACT_EXTRACT_H_
#define NEWSEXTRACT_EXTRACT_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsextract/article.h"
#include "newsextract/options.h"
#include "newsextract/rules.h"

namespace newsextract {

struct ArticleResult {
  bool ok = false;
  Article article;    // when ok
  std::string error;  // when not ok: the reason, without the path
  // With ExtractOptions::explain: what became of each ranking cue, one line
  // each ("¶3 @12 '前十': list of 10 names").
  std::vector<std::string> explain;
  bool cancelled = false;  // not ok because ExtractOptions::cancel turned true
};

ArticleResult ExtractArticle(std::string_view path, std::string_view bytes,
                             const ExtractOptions& options, const Rules& rules);

}  // namespace newsextract

#endif  // NEWSEXTRACT_EXTRACT_H_
