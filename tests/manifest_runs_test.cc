// Sorted runs: records added in any order come back in path order, the last
// added for a path winning, however many runs they were spilled to; merged
// streams and manifest lines read a chunk at a time.
#include "manifest_runs.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "output_dir.h"

namespace newsextract {
namespace {

int MemoryFile(std::string* error) {
  const int fd = memfd_create("manifest_runs_test", MFD_CLOEXEC);
  if (fd < 0) *error = "memfd_create failed";
  return fd;
}

ManifestEntry Entry(uint64_t n) { return {n, static_cast<int64_t>(n) * 2, n * 3, "o.json"}; }

std::string Path(size_t n) { return "in/" + std::to_string(n % 7) + "/file" + std::to_string(n); }

// Reads a stream to its end.
std::vector<std::pair<std::string, ManifestEntry>> All(RecordStream* records) {
  std::vector<std::pair<std::string, ManifestEntry>> all;
  std::string path;
  ManifestEntry entry;
  while (records->Next(&path, &entry)) all.emplace_back(path, entry);
  return all;
}

TEST(SortedRunsTest, RecordsInAnyOrderComeBackSortedTheLastAddedWinning) {
  struct Case {
    const char* name;
    size_t records, distinct;
  } cases[] = {
      {"none", 0, 1},
      {"in the buffer only", 100, 60},
      {"spilled to runs, merged a level up", 120000, 90000},
  };
  for (const Case& c : cases) {
    SortedRuns runs(MemoryFile);
    std::map<std::string, ManifestEntry> expected;
    std::mt19937_64 random(7);
    for (size_t i = 0; i < c.records; ++i) {
      const std::string path = Path(random() % c.distinct);
      expected[path] = Entry(i);
      ASSERT_EQ(runs.Add(path, Entry(i)), "") << c.name;
    }
    const std::vector<std::pair<std::string, ManifestEntry>> want(expected.begin(), expected.end());
    MergedRecords merged(runs.Streams());
    EXPECT_EQ(All(&merged), want) << c.name;
    EXPECT_FALSE(merged.failed()) << c.name;
    int fd = -1;
    uint64_t size = 0;
    ASSERT_EQ(runs.Compact(&fd, &size), "") << c.name;
    FileRecords compacted(fd, 0, size, 4096);
    EXPECT_EQ(All(&compacted), want) << c.name;
  }
}

TEST(MergedRecordsTest, OfEqualPathsTheLastStreamWins) {
  SortedRuns first(MemoryFile), second(MemoryFile);
  ASSERT_EQ(first.Add("a", Entry(1)), "");
  ASSERT_EQ(first.Add("b", Entry(2)), "");
  ASSERT_EQ(second.Add("b", Entry(3)), "");
  ASSERT_EQ(second.Add("c", Entry(4)), "");
  std::vector<std::unique_ptr<RecordStream>> streams = first.Streams();
  for (auto& s : second.Streams()) streams.push_back(std::move(s));
  MergedRecords merged(std::move(streams));
  std::string path;
  ManifestEntry entry;
  size_t source;
  std::vector<std::pair<std::string, uint64_t>> got;
  while (merged.Next(&path, &entry, &source)) got.emplace_back(path, entry.size);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, uint64_t>>{{"a", 1}, {"b", 3}, {"c", 4}}));
}

TEST(LineReaderTest, LinesComeWholeWhateverTheChunk) {
  std::string error;
  const int fd = MemoryFile(&error);
  const std::string text = "first\n\nthird line, longer than a chunk\nlast without newline";
  ASSERT_TRUE(WriteAll(fd, text));
  for (const size_t chunk : {1, 3, 7, 4096}) {
    LineReader lines(fd, 0, text.size(), chunk);
    std::vector<std::string> got;
    std::string_view line;
    while (lines.Next(&line)) got.emplace_back(line);
    EXPECT_FALSE(lines.failed());
    EXPECT_EQ(got, (std::vector<std::string>{"first", "", "third line, longer than a chunk",
                                             "last without newline"}))
        << chunk;
    lines.Seek(6);
    ASSERT_TRUE(lines.Next(&line));
    EXPECT_EQ(line, "");
    EXPECT_EQ(lines.line_offset(), 6u);
  }
  close(fd);
}

}  // namespace
}  // namespace newsextract
