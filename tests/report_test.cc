// What a run says: every error line in one format, the summary line and
// --stats-json, word for word.
#include "report.h"

#include <gtest/gtest.h>

#include <string>

namespace newsextract {
namespace {

TEST(ReportTest, EveryErrorLineHasOneFormat) {
  struct Case {
    std::string got, want;
  } cases[] = {
      {ErrorLine("a/b.md", "binary file (NUL byte at offset 21)"),
       "newsextract: error: a/b.md: binary file (NUL byte at offset 21)\n"},
      {ErrorLine("out/: cannot lock"), "newsextract: error: out/: cannot lock\n"},
      // An entry of a list that was too long comes out empty: still a place.
      {ErrorLine("", "name too long"), "newsextract: error: : name too long\n"},
      // A NUL byte ends a part, as printf's %s did.
      {ErrorLine(std::string("a\0b", 3), std::string("x\0y", 3)), "newsextract: error: a: x\n"},
  };
  for (const Case& c : cases) EXPECT_EQ(c.got, c.want);
}

TEST(ReportTest, TheSummaryLineAndStatsJsonSayTheSameCounts) {
  RunStats s;
  s.files = 10, s.ok = 7, s.failed = 1, s.skipped = 2, s.bytes = 2'500'000, s.lists = 4;
  s.warnings = 3, s.elapsed = 2;
  struct Case {
    size_t pruned;
    std::string line;
  } cases[] = {
      {0,
       "newsextract: 10 files (2.5 MB): 7 ok, 1 failed, 2 skipped (unchanged); 4 lists, 3 "
       "warnings; 2.00 s, 5 files/s\n"},
      {2,
       "newsextract: 10 files (2.5 MB): 7 ok, 1 failed, 2 skipped (unchanged), 2 pruned; 4 lists, "
       "3 warnings; 2.00 s, 5 files/s\n"},
  };
  for (const Case& c : cases) {
    s.pruned = c.pruned;
    EXPECT_EQ(SummaryLine(s), c.line);
  }
  EXPECT_EQ(StatsJson(s, true),
            "{\"files\":10,\"ok\":7,\"failed\":1,\"skipped\":2,\"pruned\":2,\"bytes\":2500000,"
            "\"lists\":4,\"warnings\":3,\"elapsed_s\":2.0,\"files_per_s\":5.0,\"interrupted\":true}"
            "\n");
  EXPECT_EQ(RunStats().FilesPerSecond(), 0);  // no time elapsed: no rate
}

}  // namespace
}  // namespace newsextract
