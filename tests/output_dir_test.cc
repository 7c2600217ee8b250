#include "output_dir.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

namespace fs = std::filesystem;

// A fresh folder per test, removed after it.
class OutputDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = testing::FreshTestFolder("newsextract_output_dir_test");
    fs::create_directories(root_ / "out");
    ASSERT_EQ(folder_.Open((root_ / "out").string()), "");
  }
  void TearDown() override { fs::remove_all(root_); }

  static std::string Read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  static void Write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }

  fs::path root_;
  OutputFolder folder_;
};

TEST(IsPlainRelativeTest, OnlyPathsBelowAFolder) {
  for (const char* good : {"x.json", "a/b/x.json", ".x.json", "a/..b/x", "中文/新闻.json"}) {
    EXPECT_TRUE(IsPlainRelative(good)) << good;
  }
  for (const char* bad :
       {"", "/etc/passwd", "../x.json", "a/../../x", "a//x", "./x", "a/.", "a/"}) {
    EXPECT_FALSE(IsPlainRelative(bad)) << bad;
  }
  EXPECT_FALSE(IsPlainRelative(std::string("a\0b", 3)));
}

TEST_F(OutputDirTest, WritesLandBelowTheFolderAndNeverThroughASymbolicLink) {
  EXPECT_EQ(folder_.Write("a/b/x.json", "{}\n"), "");
  EXPECT_EQ(Read(root_ / "out/a/b/x.json"), "{}\n");
  // A subfolder planted as a link to elsewhere: refused, nothing lands there.
  fs::create_directories(root_ / "elsewhere");
  fs::create_directory_symlink(root_ / "elsewhere", root_ / "out/sub");
  EXPECT_EQ(folder_.Write("sub/x.json", "{}\n"), "cannot open folder " + (root_ / "out").string() +
                                                     "/sub: a symbolic link; not followed");
  EXPECT_TRUE(fs::is_empty(root_ / "elsewhere"));
  EXPECT_FALSE(folder_.Exists("sub/x.json"));
  EXPECT_NE(folder_.Write("../x.json", "{}\n"), "");
  EXPECT_FALSE(fs::exists(root_ / "x.json"));
}

// A fresh name is linked in at once, a taken one replaced through a temp
// file: either way the file is whole and nothing else is left.
TEST_F(OutputDirTest, WritesAndRewritesLeaveTheWholeFileAndNoTempFile) {
  const struct {
    const char* relative;
    const char* text;
  } cases[] = {{"x.json", "{\"a\":1}\n"},
               {"x.json", "{\"a\":22}\n"},
               {"d/e/y.json", "{}\n"},
               {"d/e/y.json", "[]\n"},
               {"d/z.json", "{\"b\":3}\n"}};
  for (const auto& c : cases) {
    for (const auto durable : {OutputFolder::Durable::kNow, OutputFolder::Durable::kAtSync}) {
      ASSERT_EQ(folder_.Write(c.relative, c.text, nullptr, durable), "") << c.relative;
      EXPECT_EQ(Read(root_ / "out" / c.relative), c.text) << c.relative;
    }
  }
  EXPECT_EQ(folder_.Sync(), "");
  for (const auto& entry : fs::recursive_directory_iterator(root_ / "out")) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp."), std::string::npos) << entry.path();
  }
}

// Folders are held open between writes: one removed or replaced by a
// symbolic link since is opened afresh, made again or refused.
TEST_F(OutputDirTest, AHeldFolderRemovedOrReplacedSinceIsOpenedAfresh) {
  ASSERT_EQ(folder_.Write("sub/a.json", "{}\n"), "");
  fs::remove_all(root_ / "out/sub");
  EXPECT_EQ(folder_.Write("sub/b.json", "{}\n"), "");
  EXPECT_EQ(Read(root_ / "out/sub/b.json"), "{}\n");
  fs::remove_all(root_ / "out/sub");
  fs::create_directories(root_ / "elsewhere");
  fs::create_directory_symlink(root_ / "elsewhere", root_ / "out/sub");
  EXPECT_EQ(folder_.Write("sub/c.json", "{}\n"), "cannot open folder " + (root_ / "out").string() +
                                                     "/sub: a symbolic link; not followed");
  EXPECT_TRUE(fs::is_empty(root_ / "elsewhere"));
}

// A power cut can leave an output that was not on the disk yet as an
// empty file: it is not trusted, and a batch write is there after Sync.
TEST_F(OutputDirTest, AnEmptyOutputDoesNotCountAsWrittenAndABatchWriteDoesAfterSync) {
  Write(root_ / "out/e.json", "");
  EXPECT_FALSE(folder_.Exists("e.json"));
  EXPECT_EQ(folder_.Write("sub/e.json", "{}\n", nullptr, OutputFolder::Durable::kAtSync), "");
  EXPECT_EQ(folder_.Sync(), "");
  EXPECT_EQ(Read(root_ / "out/sub/e.json"), "{}\n");
  EXPECT_TRUE(folder_.Exists("sub/e.json"));
}

TEST_F(OutputDirTest, RemoveTakesALinkAwayAndLeavesWhatItPointsTo) {
  Write(root_ / "precious.txt", "keep");
  fs::create_symlink(root_ / "precious.txt", root_ / "out/x.json");
  EXPECT_TRUE(folder_.Remove("x.json"));
  EXPECT_EQ(Read(root_ / "precious.txt"), "keep");
  EXPECT_FALSE(folder_.Remove("../precious.txt"));
  EXPECT_TRUE(fs::exists(root_ / "precious.txt"));
}

// NAME_MAX is 255 bytes: a temp name longer than the final name made names
// of 243-253 bytes fail.
TEST_F(OutputDirTest, ANameThatFitsTheFolderCanBeWrittenWhateverItsLength) {
  const std::string name = std::string(250, 'x') + ".json";
  ASSERT_EQ(name.size(), 255u);
  EXPECT_EQ(folder_.Write(name, "{}\n"), "");
  EXPECT_TRUE(folder_.Exists(name));
}

TEST_F(OutputDirTest, AnInputIsNeverOverwrittenByItsOwnOutput) {
  Write(root_ / "out/a.json", "input");
  struct stat st;
  ASSERT_EQ(stat((root_ / "out/a.json").c_str(), &st), 0);
  const FileId input{st.st_dev, st.st_ino};
  EXPECT_EQ(
      folder_.Write("a.json", "{}\n", &input),
      "its output " + (root_ / "out").string() + "/a.json is the input itself; not overwritten");
  EXPECT_EQ(Read(root_ / "out/a.json"), "input");
}

TEST_F(OutputDirTest, AStreamIsWrittenAtomicallyAndAFailedOneLeavesTheOldFile) {
  EXPECT_EQ(
      folder_.WriteWith("a.json", [](int fd) { return WriteAll(fd, "{}") && WriteAll(fd, "\n"); }),
      "");
  EXPECT_EQ(Read(root_ / "out/a.json"), "{}\n");
  EXPECT_NE(folder_.WriteWith("a.json",
                              [](int fd) {
                                errno = ENOSPC;
                                return WriteAll(fd, "partial") && false;
                              }),
            "");
  EXPECT_EQ(Read(root_ / "out/a.json"), "{}\n");
  const auto files = std::distance(fs::directory_iterator(root_ / "out"), {});
  EXPECT_EQ(files, 1);  // no temp file left
}

TEST_F(OutputDirTest, ScratchFilesHaveNoNameInTheFolder) {
  std::string error;
  const int fd = folder_.ScratchFile(&error);
  ASSERT_GE(fd, 0) << error;
  EXPECT_TRUE(WriteAll(fd, "scratch"));
  EXPECT_TRUE(fs::is_empty(root_ / "out"));
  close(fd);
}

TEST_F(OutputDirTest, StatsFileIsWrittenOnlyOverARegularFile) {
  const fs::path link = root_ / "link.json", fifo = root_ / "fifo.json";
  Write(root_ / "target", "keep");
  fs::create_symlink(root_ / "target", link);
  ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
  EXPECT_EQ(WriteFileAtomic(link.string(), "{}"),
            "a symbolic link, not a regular file; not replaced");
  EXPECT_EQ(WriteFileAtomic(fifo.string(), "{}"), "a named pipe, not a regular file; not replaced");
  EXPECT_EQ(WriteFileAtomic("/dev/null", "{}"), "a device, not a regular file; not replaced");
  EXPECT_EQ(Read(root_ / "target"), "keep");
  // A bare name is a file in the current folder.
  const fs::path here = fs::current_path();
  fs::current_path(root_);
  EXPECT_EQ(WriteFileAtomic("stats.json", "{}"), "");
  fs::current_path(here);
  EXPECT_EQ(Read(root_ / "stats.json"), "{}");
}

}  // namespace
}  // namespace newsextract
