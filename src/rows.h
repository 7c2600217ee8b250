// The records a run writes on standard output (output_format.h). They are
// built from the article's JSON (ArticleToJson), so that every value reads
// as in the article object; then cut to --fields and written as NDJSON,
// CSV or TSV.
#ifndef NEWSEXTRACT_ROWS_H_
#define NEWSEXTRACT_ROWS_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsextract/article.h"
#include "newsextract/output_format.h"

namespace newsextract {

class RowWriter {
 public:
  // `format` must have passed CheckOutputFormat.
  RowWriter(const OutputFormat& format, bool pretty);

  // What comes before the first record: the BOM and the header line of CSV
  // and TSV; empty for NDJSON.
  std::string Header() const;
  // Every record of one article, each line ended; empty when it has none
  // (--emit rankings on an article without lists).
  std::string Records(const Article& article) const;

 private:
  // A CSV/TSV column: a field, or one key of an object field (value.text).
  struct Column {
    std::string field, key;
  };
  std::string Line(const nlohmann::ordered_json& record) const;
  std::string NdjsonLine(const nlohmann::ordered_json& record) const;

  OutputFormat format_;
  bool pretty_;
  std::vector<std::string> fields_;  // --fields, or the emit's default ones
  std::vector<Column> columns_;      // CSV, TSV
};

// --emit rankings: one row per item of each ranked list of an article
// object (ArticleToJson parsed), in document order, with the fields of
// FieldNames(Emit::kRankings).
std::vector<nlohmann::ordered_json> RankingRows(const nlohmann::ordered_json& article);

// The 1-based rank of each item of a ranking object: its place in the list,
// except that the items a tied list states as equal share rank 1.
std::vector<int> Ranks(const nlohmann::ordered_json& ranking);

// A JSON value as one CSV/TSV cell: null is empty, a string itself, a
// number as in JSON, a list its elements joined with ';' (an object in a
// list by its first field: a stock's code, an image's src, a list's label),
// an object as compact JSON.
std::string CellText(const nlohmann::ordered_json& value);

}  // namespace newsextract

#endif  // NEWSEXTRACT_ROWS_H_
