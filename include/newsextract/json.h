// The Article as JSON: the format docs/SCHEMA.md describes (json_writer).
#ifndef NEWSEXTRACT_JSON_H_
#define NEWSEXTRACT_JSON_H_

#include <string>

#include "newsextract/article.h"

namespace newsextract {

// The article as one line of JSON (SCHEMA.md), or indented when `pretty`.
// Invalid UTF-8 cannot reach here; were it to, it is replaced, not thrown.
std::string ArticleToJson(const Article& article, bool pretty);

}  // namespace newsextract

#endif  // NEWSEXTRACT_JSON_H_
