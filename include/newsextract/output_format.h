// What a run writes to standard output: which records (an object per
// article, or a row per ranked item) and in which format (NDJSON for jq,
// CSV or TSV for spreadsheets), with which fields. rows.h writes them.
#ifndef NEWSEXTRACT_OUTPUT_FORMAT_H_
#define NEWSEXTRACT_OUTPUT_FORMAT_H_

#include <string>
#include <vector>

namespace newsextract {

// --emit: the records.
enum class Emit {
  kArticles,  // one per article: the object of docs/SCHEMA.md
  kRankings,  // one per item of a ranked list (schema/ranking-row.schema.json)
};

// --format: how each record is written.
enum class Format {
  kNdjson,  // one JSON object per line
  kCsv,     // RFC 4180: a header row, CRLF line ends, quotes where needed
  kTsv,     // tab-separated as jq's @tsv writes it: \t \n \r \\ escaped
};

struct OutputFormat {
  Emit emit = Emit::kArticles;
  Format format = Format::kNdjson;
  // --fields: the fields of each record, in this order; empty: the
  // emit's default ones.
  std::vector<std::string> fields;
  // --bom: a UTF-8 byte order mark first, for spreadsheet programs that
  // read CSV as UTF-8 only with one (CSV and TSV only).
  bool bom = false;
};

// The fields a record of `emit` has, in the order the full record has them.
const std::vector<std::string>& FieldNames(Emit emit);

// Empty when `format` can be written as asked; else the usage error, one
// line: an unknown or repeated field, --bom on NDJSON, --pretty on CSV, or
// anything but whole articles as JSON with --output-dir (which writes one
// .json file per article).
std::string CheckOutputFormat(const OutputFormat& format, bool output_dir, bool pretty);

}  // namespace newsextract

#endif  // NEWSEXTRACT_OUTPUT_FORMAT_H_
