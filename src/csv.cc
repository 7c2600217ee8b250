// Delimited text: one CSV line (RFC 4180 quoting) or one TSV line (jq @tsv
// escapes) from a row of cells.
#include "csv.h"

namespace newsextract {
namespace {

void AppendCsvCell(const std::string& cell, std::string* out) {
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    *out += cell;
    return;
  }
  *out += '"';
  for (const char c : cell) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

void AppendTsvCell(const std::string& cell, std::string* out) {
  for (const char c : cell) {
    switch (c) {
      case '\t':
        *out += "\\t";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\\':
        *out += "\\\\";
        break;
      default:
        *out += c;
    }
  }
}

template <typename AppendCell>
std::string Line(const std::vector<std::string>& cells, char separator, const char* end,
                 AppendCell append) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) line += separator;
    append(cells[i], &line);
  }
  return line + end;
}

}  // namespace

std::string CsvLine(const std::vector<std::string>& cells) {
  return Line(cells, ',', "\r\n", AppendCsvCell);
}

std::string TsvLine(const std::vector<std::string>& cells) {
  return Line(cells, '\t', "\n", AppendTsvCell);
}

}  // namespace newsextract
