#include "inputs.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace newsextract {
namespace {

namespace fs = std::filesystem;

// What a ListReader makes of `text`: each entry, or "!" + its error, and
// at the end "fatal: " + the error that stopped it.
std::vector<std::string> ReadList(const std::string& text, char separator) {
  FILE* file = tmpfile();
  fwrite(text.data(), 1, text.size(), file);
  rewind(file);
  ListReader reader(fileno(file), separator, [] { return false; });
  std::vector<std::string> got;
  for (std::string entry; reader.Next(&entry);) {
    got.push_back(reader.entry_error().empty() ? entry : "!" + reader.entry_error());
  }
  if (reader.fatal()) got.push_back("fatal: " + reader.error());
  fclose(file);
  return got;
}

TEST(ListReaderTest, ANulInAListOfLinesStopsTheRun) {
  // find -print0 read without -0: one line holding every path.
  EXPECT_EQ(ReadList(std::string("./a.md\0./b.md\0", 14), '\n'),
            std::vector<std::string>{
                "fatal: line 1 holds a NUL byte: a NUL-separated list (find -print0) needs -0"});
  EXPECT_EQ(ReadList(std::string("a.md\nb\0.md\nc.md\n", 16), '\n'),
            (std::vector<std::string>{"a.md",
                                      "fatal: line 2 holds a NUL byte: a NUL-separated "
                                      "list (find -print0) needs -0"}));
  EXPECT_EQ(ReadList(std::string("a.md\0b\nc.md\0", 12), '\0'),
            (std::vector<std::string>{"a.md", "b\nc.md"}));
}

TEST(ListReaderTest, AnOverlongEntryIsSkippedWithoutBeingHeld) {
  const std::string huge(10u << 20, 'x');  // more than one read, far over PATH_MAX
  EXPECT_EQ(ReadList("a.md\n" + huge + "\nb.md\n", '\n'),
            (std::vector<std::string>{"a.md", "!line 2: a path over 4096 bytes; skipped", "b.md"}));
  EXPECT_EQ(ReadList("a.md\n" + huge, '\n'),
            (std::vector<std::string>{"a.md", "!line 2: a path over 4096 bytes; skipped"}));
  EXPECT_EQ(ReadList(std::string(4097, 'y') + '\0', '\0'),
            std::vector<std::string>{"!entry 1: a path over 4096 bytes; skipped"});
  EXPECT_EQ(ReadList(std::string(4096, 'y') + '\n', '\n'),
            std::vector<std::string>{std::string(4096, 'y')});
}

// A run whose output folder is inside an input folder must not read its own
// outputs, manifest, lock and temp files as inputs (with --glob '*').
TEST(FolderWalkTest, TheOutputFolderIsPassedOver) {
  const fs::path root =
      fs::temp_directory_path() / ("newsextract_inputs_test_" + std::to_string(getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "out/sub");
  std::ofstream(root / "a.md") << "a";
  std::ofstream(root / "out/a.json") << "{}";
  std::ofstream(root / "out/sub/b.json") << "{}";
  struct stat st;
  ASSERT_EQ(stat((root / "out").c_str(), &st), 0);
  InputOptions options;
  options.globs = {"*"};
  FolderWalk walk(root.string(), "", options, std::pair(st.st_dev, st.st_ino));
  std::vector<std::string> got;
  for (InputItem item; walk.Next(&item);) got.push_back(item.relative);
  EXPECT_EQ(got, std::vector<std::string>{"a.md"});
  FolderWalk everything(root.string(), "", options);
  got.clear();
  for (InputItem item; everything.Next(&item);) got.push_back(item.relative);
  EXPECT_EQ(got, (std::vector<std::string>{"a.md", "out/a.json", "out/sub/b.json"}));
  fs::remove_all(root);
}

// Where each input's output goes below -o, for the paths named on the
// command line (relative to a scratch folder holding a/2021/x.md,
// a/2022/x.md, a/2022/sub/y.md and z.md).
TEST(InputSourceTest, SeveralFoldersEachKeepTheirName) {
  const fs::path root =
      fs::temp_directory_path() / ("newsextract_named_test_" + std::to_string(getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "a/2021");
  fs::create_directories(root / "a/2022/sub");
  for (const char* file : {"a/2021/x.md", "a/2022/x.md", "a/2022/sub/y.md", "z.md"}) {
    std::ofstream(root / file) << "x";
  }
  const std::string r = root.string() + "/";
  struct Case {
    std::vector<std::string> paths;
    std::vector<std::string> relatives;
  } cases[] = {
      // One folder: its files at the top, as runs have always written them.
      {{r + "a/2022"}, {"sub/y.md", "x.md"}},
      {{r + "a"}, {"2021/x.md", "2022/sub/y.md", "2022/x.md"}},
      // Several: each under its own name, like cp -r; a trailing / changes nothing.
      {{r + "a/2021", r + "a/2022/"}, {"2021/x.md", "2022/sub/y.md", "2022/x.md"}},
      {{r + "a/2022", r + "a/2022/sub"}, {"2022/sub/y.md", "2022/x.md", "sub/y.md"}},
      // A file named beside them stays at the top.
      {{r + "a/2021", r + "z.md", r + "a/2022"},
       {"2021/x.md", "z.md", "2022/sub/y.md", "2022/x.md"}},
      // The same folder twice: truly equal relative paths, which the batch reports.
      {{r + "a/2021", r + "a/2021/."}, {"2021/x.md", "2021/x.md"}},
  };
  for (const Case& c : cases) {
    InputOptions options;
    options.paths = c.paths;
    InputSource inputs(options, nullptr);
    std::vector<std::string> got;
    for (InputItem item; inputs.Next(&item);) got.push_back(item.relative);
    EXPECT_EQ(got, c.relatives) << c.paths[0] << " and " << c.paths.size() - 1 << " more";
  }
  fs::remove_all(root);
}

}  // namespace
}  // namespace newsextract
