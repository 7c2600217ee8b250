// The Article: everything newsextract learns from one file, as plain data.
// Extractors fill it; only json_writer knows how it is serialised
// (SCHEMA.md is the contract for that).
#ifndef NEWSEXTRACT_ARTICLE_H_
#define NEWSEXTRACT_ARTICLE_H_

#include <optional>
#include <string>
#include <vector>

#include "newsextract/front_matter_value.h"

namespace newsextract {

struct Stock {
  std::string code;  // as in the span id, e.g. "sz000931"
  std::string name;  // the link text
};

struct Image {
  std::string src;
  std::optional<std::string> caption;
};

// The number that ranks an item, as written beside it: 8103亿, 15.46%,
// 3次, 95.2分.
struct RankValue {
  std::string text;   // as written, without brackets
  double number = 0;  // the figure, in the unit written (8103 for 8103亿)
  std::string unit;   // what follows the figure: 亿, %, 次, 分, 万元; may be empty
};

struct Ranking {
  std::string label;                  // the announcing phrase, without the connective
  std::optional<std::string> period;  // YYYY-MM
  std::optional<std::string> subject;
  std::optional<std::string> metric;
  bool top = true;  // direction: top or bottom
  std::optional<int> size;
  bool tied = false;
  std::vector<std::string> items;
  std::vector<double> scores;  // empty unless the source scores every item
  // One per item when the text gives the ranking figure of at least one
  // (nullopt for the others); empty when it gives none.
  std::vector<std::optional<RankValue>> values;
  size_t paragraph = 0;
};

struct Assessment {
  std::string name;
  std::string text;
  std::vector<std::string> shortcomings;
  size_t paragraph = 0;
};

struct Article {
  std::string path;
  std::optional<std::string> title;
  std::optional<std::string> original_title;
  std::optional<std::string> date;  // ISO 8601
  std::optional<std::string> author;
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  FrontMatterMap front_matter;  // YAML types and key order kept
  std::optional<std::string> source;
  std::vector<std::string> reporters;
  std::optional<std::string> editor;
  std::vector<Stock> stocks;
  std::vector<Image> images;
  std::vector<std::string> paragraphs;
  std::vector<Ranking> rankings;
  std::vector<Assessment> assessments;
  std::vector<std::string> warnings;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_ARTICLE_H_
