#include "csv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsextract {
namespace {

struct Case {
  std::vector<std::string> cells;
  std::string csv, tsv;
};

TEST(CsvTest, CellsAreQuotedOrEscapedOnlyWhereTheyMustBe) {
  const Case cases[] = {
      {{"a", "b"}, "a,b\r\n", "a\tb\n"},
      {{}, "\r\n", "\n"},
      {{""}, "\r\n", "\n"},
      {{"", ""}, ",\r\n", "\t\n"},
      // RFC 4180 2.6, 2.7: a comma, quote, CR or LF quotes the cell; quotes double.
      {{"中信证券（8103亿）", "8,103"},
       "中信证券（8103亿）,\"8,103\"\r\n",
       "中信证券（8103亿）\t8,103\n"},
      {{"say \"hi\""}, "\"say \"\"hi\"\"\"\r\n", "say \"hi\"\n"},
      {{"two\nlines", "cr\r"}, "\"two\nlines\",\"cr\r\"\r\n", "two\\nlines\tcr\\r\n"},
      // jq's @tsv: tab and backslash escaped, so every tab is a boundary.
      {{"a\tb", "c:\\d"}, "a\tb,c:\\d\r\n", "a\\tb\tc:\\\\d\n"},
      {{" padded ", ";"}, " padded ,;\r\n", " padded \t;\n"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CsvLine(c.cells), c.csv) << c.csv;
    EXPECT_EQ(TsvLine(c.cells), c.tsv) << c.tsv;
  }
}

}  // namespace
}  // namespace newsextract
