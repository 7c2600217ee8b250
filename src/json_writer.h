// What the writer lends the rest of the library: the front matter as the
// article's JSON holds it (the SQLite archive stores it so too), and the
// text of a front matter number (a title written as 2021.5).
#ifndef NEWSEXTRACT_JSON_WRITER_H_
#define NEWSEXTRACT_JSON_WRITER_H_

#include <string>

#include "newsextract/front_matter_value.h"

namespace newsextract {

// The map as one line of JSON, as in the article's "front_matter"; a value
// of it as that line writes the value.
std::string FrontMatterToJson(const FrontMatterMap& map);
std::string FrontMatterToJson(const FrontMatterValue& value);

// A real as the front matter's JSON writes it: 1e5 as 100000.0, 1e16 as
// 1e+16, 0.1 as 0.1.
std::string FrontMatterRealText(double d);

}  // namespace newsextract

#endif  // NEWSEXTRACT_JSON_WRITER_H_
