// The incremental decisions: which inputs a run skips, which output each
// input claims, what --prune removes, and that a new fingerprint redoes
// everything.
#include "incremental.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "test_util.h"

namespace newsextract {
namespace {

namespace fs = std::filesystem;

// An input folder and an output folder, fresh per test.
class IncrementalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = testing::FreshTestFolder("newsextract_incremental_test");
    fs::create_directories(root_ / "in");
    ASSERT_EQ(folder_.Open((root_ / "out").string()), "");
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string Input(const std::string& name, const std::string& text = "<p>甲</p>") {
    const std::string path = (root_ / "in" / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  // The entry a run records for `path` after writing its output `output`.
  ManifestEntry Written(const std::string& path, const std::string& output) {
    struct stat st;
    EXPECT_EQ(stat(path.c_str(), &st), 0);
    ManifestEntry e;
    e.output = output;
    SetStat(st, st.st_mtim.tv_sec * 1000000000ll + 10'000'000'000ll, &e);  // 10 s later
    e.hash = 42;
    EXPECT_EQ(folder_.Write(output, "{}\n"), "");
    return e;
  }

  // A manifest that records `entry` for `path`, as a run leaves it.
  void Remember(const std::string& path, const ManifestEntry& entry,
                const std::string& fingerprint = "f") {
    Incremental run(true, &folder_);
    run.Load(fingerprint);
    run.Record(path, std::nullopt, entry);
    size_t pruned = 0;
    ASSERT_EQ(run.Save(false, &pruned), "");
  }

  fs::path root_;
  OutputFolder folder_;
};

TEST_F(IncrementalTest, UnchangedInputsAreSkippedAndChangedOnesRedone) {
  struct Case {
    const char* name;
    std::function<void(ManifestEntry*)> change;  // what the input looks like now
    bool output_deleted;
    bool by_stat, by_content;  // skipped before reading, after reading
  } cases[] = {
      {"unchanged", [](ManifestEntry*) {}, false, true, true},
      {"size changed", [](ManifestEntry* e) { e->size += 1, e->hash = 7; }, false, false, false},
      {"mtime changed", [](ManifestEntry* e) { e->mtime_ns += 1, e->hash = 7; }, false, false,
       false},
      {"touched, same content", [](ManifestEntry* e) { e->mtime_ns += 1; }, false, false, true},
      {"output deleted", [](ManifestEntry*) {}, true, false, false},
      {"another output name", [](ManifestEntry* e) { e->output = "b.json"; }, false, false, false},
  };
  for (const Case& c : cases) {
    const std::string path = Input("a.md");
    const ManifestEntry old = Written(path, "a.json");
    Remember(path, old);
    Incremental records(true, &folder_);
    records.Load("f");
    if (c.output_deleted) folder_.Remove("a.json");
    ManifestEntry now = old;
    c.change(&now);
    const std::optional<ManifestEntry> recorded = records.Recorded(path);
    ASSERT_TRUE(recorded) << c.name;
    EXPECT_EQ(records.UnchangedByStat(recorded, now), c.by_stat) << c.name;
    EXPECT_EQ(records.UnchangedByContent(recorded, now), c.by_content) << c.name;
  }
}

TEST_F(IncrementalTest, AnMtimeTooRecentToTrustIsCheckedByContent) {
  const std::string path = Input("a.md");
  struct stat st;
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  ManifestEntry e;
  SetStat(st, st.st_mtim.tv_sec * 1000000000ll + st.st_mtim.tv_nsec + 1'000'000'000, &e);
  EXPECT_TRUE(e.recheck);
  SetStat(st, st.st_mtim.tv_sec * 1000000000ll + st.st_mtim.tv_nsec + 3'000'000'000, &e);
  EXPECT_FALSE(e.recheck);
  e.recheck = true;
  e.output = "a.json";
  EXPECT_EQ(folder_.Write("a.json", "{}\n"), "");
  Remember(path, e);
  Incremental records(true, &folder_);
  records.Load("f");
  EXPECT_FALSE(records.UnchangedByStat(records.Recorded(path), e));
  EXPECT_TRUE(records.UnchangedByContent(records.Recorded(path), e));
}

TEST_F(IncrementalTest, NothingIsSkippedWithoutIncrementalOrForANewInput) {
  const std::string path = Input("a.md");
  const ManifestEntry e = Written(path, "a.json");
  Remember(path, e);
  Incremental full(false, &folder_);
  full.Load("f");
  ASSERT_TRUE(full.Recorded(path));  // known, so that an unchanged entry is not rewritten
  EXPECT_FALSE(full.UnchangedByStat(full.Recorded(path), e));
  EXPECT_FALSE(full.UnchangedByContent(full.Recorded(path), e));
  Incremental records(true, &folder_);
  records.Load("f");
  EXPECT_FALSE(records.UnchangedByContent(records.Recorded(Input("b.md")), e));
}

// A database's entries are its rows: no output file to look for.
TEST_F(IncrementalTest, WithoutAnOutputFolderTheOutputsExist) {
  Incremental records(true, nullptr);
  ManifestEntry e;
  e.output = "never/written.json";
  records.manifest()->Set("a.md", e);
  EXPECT_TRUE(records.UnchangedByStat(records.Recorded("a.md"), e));
}

TEST_F(IncrementalTest, ANewFingerprintRedoesEveryInput) {
  const std::string path = Input("a.md");
  const ManifestEntry e = Written(path, "a.json");
  Remember(path, e, "rules A");
  Incremental same(true, &folder_);
  same.Load("rules A");
  EXPECT_TRUE(same.UnchangedByStat(same.Recorded(path), e));
  Incremental changed(true, &folder_);
  changed.Load("rules B");
  ASSERT_TRUE(changed.Recorded(path));  // still known, for --prune
  EXPECT_FALSE(changed.UnchangedByStat(changed.Recorded(path), e));
  EXPECT_FALSE(changed.UnchangedByContent(changed.Recorded(path), e));
}

TEST(FingerprintTest, ChangesWithTheRulesAndTheOptionsThatChangeTheJson) {
  const ExtractOptions options;
  ExtractOptions pretty;
  pretty.pretty = true;
  ExtractOptions deeper;
  deeper.max_html_depth = 3000;
  ExtractOptions slower;
  slower.timeout_seconds = 99;  // a budget changes no JSON that is written
  const std::string base = Fingerprint(options, "rules");
  EXPECT_EQ(Fingerprint(options, "rules"), base);
  EXPECT_NE(Fingerprint(options, "rules 2"), base);
  EXPECT_NE(Fingerprint(pretty, "rules"), base);
  EXPECT_NE(Fingerprint(deeper, "rules"), base);
  EXPECT_EQ(Fingerprint(slower, "rules"), base);
}

TEST_F(IncrementalTest, EachOutputIsClaimedByTheFirstInputThatMapsToIt) {
  Incremental records(false, &folder_);
  struct Case {
    const char* relative;
    const char* output;
    const char* error;
  } cases[] = {
      {"x.md", "x.json", ""},
      {"sub/x.md", "sub/x.json", ""},
      {"x.html", "x.json", "its output x.json is already written for an earlier input of this run"},
      {".newsextract-manifest.md", ".newsextract-manifest.json",
       "its output name .newsextract-manifest.json is the manifest's; rename the input"},
  };
  for (const Case& c : cases) {
    std::string output;
    EXPECT_EQ(records.Claim(c.relative, &output), c.error) << c.relative;
    EXPECT_EQ(output, c.output) << c.relative;
  }
}

TEST_F(IncrementalTest, PruneRemovesOnlyTheOutputsOfInputsThatAreGone) {
  const std::string kept = Input("kept.md"), gone = Input("gone.md");
  const std::string replaced = Input("x.md"), folder = Input("folder.md");
  const std::string not_in_run = Input("other.md");
  {
    Incremental first(true, &folder_);
    first.Load("f");
    for (const auto& [input, output] :
         {std::pair(kept, "kept.json"), std::pair(gone, "gone.json"), std::pair(replaced, "x.json"),
          std::pair(folder, "folder.json"), std::pair(not_in_run, "other.json")}) {
      first.Record(input, std::nullopt, Written(input, output));
    }
    size_t none = 0;
    ASSERT_EQ(first.Save(false, &none), "");
  }
  Incremental records(true, &folder_);
  records.Load("f");
  std::string output;
  ASSERT_EQ(records.Claim("kept.md", &output), "");
  ASSERT_EQ(records.Claim("x.html", &output), "");  // x.md deleted, x.html added
  fs::remove(gone);
  fs::remove(replaced);
  fs::remove(folder);
  fs::create_directory(folder);  // not a file any more
  size_t pruned = 0;
  ASSERT_EQ(records.Save(true, &pruned), "");
  EXPECT_EQ(pruned, 3u);
  EXPECT_TRUE(folder_.Exists("kept.json"));
  EXPECT_TRUE(folder_.Exists("other.json"));  // not looked at this run, still there
  EXPECT_FALSE(folder_.Exists("gone.json"));
  EXPECT_FALSE(folder_.Exists("folder.json"));
  EXPECT_TRUE(folder_.Exists("x.json"));  // the new input's output now
  Incremental next(true, &folder_);
  next.Load("f");
  for (const auto& input : {kept, not_in_run}) EXPECT_TRUE(next.Recorded(input)) << input;
  for (const auto& input : {gone, replaced, folder}) EXPECT_FALSE(next.Recorded(input)) << input;
}

TEST(ClaimSetTest, EachHashIsClaimedOnceHoweverManyThereAre) {
  ClaimSet claimed;
  for (uint64_t i = 0; i < 100000; ++i) {
    ASSERT_TRUE(claimed.Insert(ContentHash(std::to_string(i)))) << i;
  }
  for (uint64_t i = 0; i < 100000; ++i) {
    ASSERT_FALSE(claimed.Insert(ContentHash(std::to_string(i)))) << i;
    ASSERT_TRUE(claimed.Contains(ContentHash(std::to_string(i)))) << i;
  }
  EXPECT_FALSE(claimed.Contains(ContentHash("100000")));
  EXPECT_TRUE(claimed.Insert(0));
  EXPECT_FALSE(claimed.Insert(0));
}

}  // namespace
}  // namespace newsextract
