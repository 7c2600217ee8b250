// Bounded reads of article inputs: files and named pipes, the size check
// and the time budget, each error word for word.
#include "file_io.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "test_util.h"

namespace newsextract {
namespace {

namespace fs = std::filesystem;

class FileIoTest : public ::testing::Test {
 protected:
  void SetUp() override { root_ = testing::FreshTestFolder("newsextract_file_io_test"); }
  void TearDown() override { fs::remove_all(root_); }

  std::string Path(const char* name) const { return (root_ / name).string(); }

  fs::path root_;
};

TEST_F(FileIoTest, RegularFilesAreReadWithinTheLimitOrRefusedWordForWord) {
  std::ofstream(Path("a.md"), std::ios::binary) << "0123456789A";
  struct Case {
    const char* name;
    const char* path;
    uint64_t size;  // as stat gave it
    size_t limit;
    bool ok;
    std::string want;  // the bytes, or the error
  } cases[] = {
      {"under the limit", "a.md", 11, 11, true, "0123456789A"},
      {"over the limit by its size", "a.md", 11, 10, false,
       "file is 11 bytes, over the limit of 10 (--max-file-size)"},
      {"grew after stat", "a.md", 5, 10, false,
       "file grew past the limit of 10 bytes while read (--max-file-size)"},
      {"missing", "none.md", 0, 10, false, "cannot open: No such file or directory"},
  };
  for (const Case& c : cases) {
    std::string bytes, error;
    const ReadLimits limits{c.limit, 0, nullptr};
    EXPECT_EQ(ReadInput(Path(c.path), false, c.size, limits, &bytes, &error), c.ok) << c.name;
    EXPECT_EQ(c.ok ? bytes : error, c.want) << c.name;
  }
}

TEST_F(FileIoTest, APipeIsReadUntilItsWriterClosesIt) {
  ASSERT_EQ(mkfifo(Path("p").c_str(), 0600), 0);
  struct Case {
    const char* name;
    std::string written;
    size_t limit;
    bool ok;
    std::string want;
  } cases[] = {
      {"whole", "<p>甲</p>", 100, true, "<p>甲</p>"},
      {"over the limit", std::string(20, 'x'), 10, false,
       "more than 10 bytes from the pipe (--max-file-size)"},
  };
  for (const Case& c : cases) {
    // The writer opens after the reader: the reader's open does not wait.
    std::thread writer([&] { std::ofstream(Path("p"), std::ios::binary) << c.written; });
    std::string bytes, error;
    const bool ok = ReadInput(Path("p"), true, 0, {c.limit, 5, nullptr}, &bytes, &error);
    writer.join();
    EXPECT_EQ(ok, c.ok) << c.name;
    EXPECT_EQ(ok ? bytes : error, c.want) << c.name;
  }
}

TEST_F(FileIoTest, APipeNobodyWritesToEndsAtTheBudgetOrTheCancel) {
  ASSERT_EQ(mkfifo(Path("p").c_str(), 0600), 0);
  std::string bytes, error;
  EXPECT_FALSE(ReadInput(Path("p"), true, 0, {100, 0.2, nullptr}, &bytes, &error));
  EXPECT_EQ(error, "no data from the pipe within the time budget (--timeout-per-file)");
  const std::atomic<bool> cancel{true};
  error.clear();
  EXPECT_FALSE(ReadInput(Path("p"), true, 0, {100, 0, &cancel}, &bytes, &error));
  EXPECT_EQ(error, "cancelled");
}

}  // namespace
}  // namespace newsextract
