// Delimited text for spreadsheets and shell tools: a row of cells as one
// line of CSV (RFC 4180) or TSV.
#ifndef NEWSEXTRACT_CSV_H_
#define NEWSEXTRACT_CSV_H_

#include <string>
#include <vector>

namespace newsextract {

// One CSV record, CRLF ended: a cell holding a comma, quote, CR or LF is
// quoted, its quotes doubled (RFC 4180 section 2).
std::string CsvLine(const std::vector<std::string>& cells);

// One TSV line, LF ended: tab, newline, carriage return and backslash in a
// cell written \t \n \r \\ (as jq's @tsv and PostgreSQL's COPY do), so that
// every line is a record and every tab a boundary.
std::string TsvLine(const std::vector<std::string>& cells);

}  // namespace newsextract

#endif  // NEWSEXTRACT_CSV_H_
