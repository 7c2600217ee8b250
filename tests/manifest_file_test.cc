// The output folder's manifest as a stream: lookups in any order, entries
// merged and written only when something differs, other layouts migrated,
// hostile entries dropped, special files and oversized manifests not read.
#include "manifest_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

namespace fs = std::filesystem;

class ManifestFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = testing::FreshTestFolder("newsextract_manifest_file_test");
    ASSERT_EQ(folder_.Open((root_ / "out").string()), "");
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path ManifestPath() const { return root_ / "out" / std::string(kManifestName); }
  std::string Text() const {
    std::ifstream in(ManifestPath(), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  void Write(const std::string& text) const {
    std::ofstream(ManifestPath(), std::ios::binary) << text;
  }
  // The manifest's entries as a JSON parser reads them.
  nlohmann::json Files() const { return nlohmann::json::parse(Text())["files"]; }
  // Saves `count` entries made by Entry(i), recorded in a shuffled order.
  void SaveEntries(size_t count, const std::string& fingerprint = "f") {
    ManifestFile manifest(&folder_);
    manifest.Load(fingerprint);
    std::vector<size_t> order(count);
    for (size_t i = 0; i < count; ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), std::mt19937(3));
    for (const size_t i : order) manifest.Record(Input(i), Entry(i));
    size_t pruned = 0;
    ASSERT_EQ(manifest.Save(nullptr, &pruned), "");
  }
  static std::string Input(size_t i) {
    return "in/" + std::to_string(i % 13) + "/a" + std::to_string(i) + ".md";
  }
  static ManifestEntry Entry(size_t i) {
    return {i, static_cast<int64_t>(i) + 1, i * 7, "o/" + std::to_string(i) + ".json"};
  }

  fs::path root_;
  OutputFolder folder_;
};

TEST_F(ManifestFileTest, EveryEntryIsFoundWhateverTheOrderOfTheLookups) {
  constexpr size_t kCount = 20000;  // a few hundred blocks of the index
  SaveEntries(kCount);
  ASSERT_EQ(Files().size(), kCount);
  std::vector<size_t> sorted(kCount);
  for (size_t i = 0; i < kCount; ++i) sorted[i] = i;
  std::sort(sorted.begin(), sorted.end(), [](size_t a, size_t b) { return Input(a) < Input(b); });
  std::vector<size_t> reversed(sorted.rbegin(), sorted.rend()), shuffled = sorted;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(5));
  for (const auto* order : {&sorted, &reversed, &shuffled}) {
    ManifestFile manifest(&folder_);
    ASSERT_TRUE(manifest.Load("f").empty());
    for (const size_t i : *order) {
      const std::optional<ManifestEntry> found = manifest.Find(Input(i));
      ASSERT_TRUE(found) << Input(i);
      EXPECT_EQ(*found, Entry(i));
      EXPECT_FALSE(manifest.Find(Input(i) + "x"));
      EXPECT_FALSE(manifest.Find(Input(i).substr(0, Input(i).size() - 1)));
    }
    EXPECT_FALSE(manifest.Find(""));
    EXPECT_FALSE(manifest.Find("\xff"));
  }
}

TEST_F(ManifestFileTest, ARunThatChangesNothingRewritesNothing) {
  SaveEntries(500);
  const std::string before = Text();
  struct stat old_st;
  ASSERT_EQ(stat(ManifestPath().c_str(), &old_st), 0);
  ManifestFile manifest(&folder_);
  manifest.Load("f");
  size_t pruned = 0;
  ASSERT_EQ(manifest.Save([](const std::string&, const ManifestEntry&) { return false; }, &pruned),
            "");
  struct stat st;
  ASSERT_EQ(stat(ManifestPath().c_str(), &st), 0);
  EXPECT_EQ(st.st_ino, old_st.st_ino);
  // One entry changed, one new, one gone: the rest stays byte for byte.
  ManifestFile changed(&folder_);
  changed.Load("f");
  ManifestEntry e = Entry(250);
  e.recheck = true;
  changed.Record(Input(250), e);
  changed.Record("in/new.md", Entry(9));
  const auto gone = [](const std::string& input, const ManifestEntry&) {
    return input == Input(499);
  };
  ASSERT_EQ(changed.Save(gone, &pruned), "");
  EXPECT_EQ(pruned, 1u);
  const nlohmann::json files = Files();
  EXPECT_EQ(files.size(), 500u);
  EXPECT_TRUE(files[Input(250)]["recheck"]);
  EXPECT_FALSE(files.contains(Input(499)));
  EXPECT_EQ(files["in/new.md"]["size"], 9);
  ManifestFile again(&folder_);
  again.Load("f");
  EXPECT_EQ(*again.Find(Input(3)), Entry(3));
}

TEST_F(ManifestFileTest, AnotherFingerprintKeepsTheEntriesButNoHashMatches) {
  SaveEntries(10, "rules A");
  ManifestFile manifest(&folder_);
  EXPECT_TRUE(manifest.Load("rules B").empty());
  const std::optional<ManifestEntry> found = manifest.Find(Input(4));
  ASSERT_TRUE(found);
  EXPECT_EQ(found->output, Entry(4).output);
  EXPECT_EQ(found->hash, 0u);
  EXPECT_TRUE(found->recheck);
  size_t pruned = 0;
  ASSERT_EQ(manifest.Save(nullptr, &pruned), "");  // rewritten with the new fingerprint
  EXPECT_EQ(nlohmann::json::parse(Text())["fingerprint"], "rules B");
  EXPECT_EQ(Files().size(), 10u);
}

// What the first versions wrote: a tree dumped by nlohmann, hashes without
// leading zeros, keys in any order. Read as JSON, written again as lines.
TEST_F(ManifestFileTest, AManifestInAnEarlierLayoutIsMigrated) {
  nlohmann::ordered_json files = nlohmann::ordered_json::object();
  for (const size_t i : {7, 3, 11, 5}) {
    files[Input(i)] = {
        {"size", i}, {"mtime_ns", i + 1}, {"hash", "7"}, {"output", Entry(i).output}};
  }
  Write(nlohmann::ordered_json{{"fingerprint", "f"}, {"files", files}}.dump(1) + "\n");
  ManifestFile manifest(&folder_);
  EXPECT_TRUE(manifest.Load("f").empty());
  for (const size_t i : {3, 5, 7, 11}) {
    ASSERT_TRUE(manifest.Find(Input(i))) << i;
    EXPECT_EQ(manifest.Find(Input(i))->hash, 7u);
    EXPECT_EQ(manifest.Find(Input(i))->size, i);
  }
  size_t pruned = 0;
  ASSERT_EQ(manifest.Save(nullptr, &pruned), "");
  const std::string text = Text();
  std::string fingerprint;
  size_t header = 0;
  ASSERT_TRUE(ParseManifestHeader(text, &fingerprint, &header)) << text;
  EXPECT_EQ(text.substr(header, 2), "  ");  // an entry a line
  EXPECT_EQ(Files().size(), 4u);
  ManifestFile again(&folder_);
  EXPECT_TRUE(again.Load("f").empty());
  EXPECT_EQ(again.Find(Input(11))->hash, 7u);
}

TEST_F(ManifestFileTest, EntriesNamingOutputsElsewhereAreDroppedWithAWarning) {
  Write(
      "{\"fingerprint\": \"f\", \"files\": {\n"
      "\"in/a.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"3\", \"output\": \"a.json\"},\n"
      "\"in/b.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"3\", \"output\": \"../victim\"},\n"
      "\"in/c.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"3\", \"output\": \"/etc/x.json\"},\n"
      "\"in/d.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"3\", \"output\": \"notes.txt\"},\n"
      "\"in/e.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"3\", "
      "\"output\": \".newsextract-manifest.json\"}}}\n");
  ManifestFile manifest(&folder_);
  const std::vector<std::string> warnings = manifest.Load("f");
  ASSERT_EQ(warnings.size(), 4u);
  EXPECT_EQ(warnings[0], (root_ / "out").string() +
                             "/.newsextract-manifest.json: the entry of 'in/b.md' names "
                             "'../victim', not a .json file below the folder; ignored");
  EXPECT_TRUE(manifest.Find("in/a.md"));
  for (const char* input : {"in/b.md", "in/c.md", "in/d.md", "in/e.md"}) {
    EXPECT_FALSE(manifest.Find(input)) << input;
  }
  size_t pruned = 0;
  ASSERT_EQ(manifest.Save(nullptr, &pruned), "");
  EXPECT_EQ(Files().size(), 1u);
}

TEST_F(ManifestFileTest, NamesThatAreNotUtf8AreKeptByteForByte) {
  const std::string input = "in/bad\xff\xfe.md", output = "bad\xff\xfe.json";
  {
    ManifestFile manifest(&folder_);
    manifest.Load("f");
    manifest.Record(input, {1, 2, 3, output, false});
    manifest.Record("in/good.md", {1, 2, 3, "good.json", false});
    size_t pruned = 0;
    ASSERT_EQ(manifest.Save(nullptr, &pruned), "");
  }
  ManifestFile again(&folder_);
  EXPECT_TRUE(again.Load("f").empty());
  ASSERT_TRUE(again.Find(input));
  EXPECT_EQ(again.Find(input)->output, output);
  EXPECT_EQ(again.Find("in/good.md")->output, "good.json");
  EXPECT_EQ(Files().size(), 2u);
}

TEST_F(ManifestFileTest, AManifestThatIsNoRegularFileOrTooBigIsNotRead) {
  const fs::path path = ManifestPath();
  fs::create_symlink("/dev/zero", path);
  ManifestFile manifest(&folder_);
  std::vector<std::string> warnings = manifest.Load("f");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], path.string() +
                             ": cannot read: a symbolic link; not followed; "
                             "every input is redone");
  fs::remove(path);
  { std::ofstream(path).flush(); }
  fs::resize_file(path, ManifestFile::kMaxBytes + 1);  // sparse: no disk used
  warnings = manifest.Load("f");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], path.string() +
                             ": 268435457 bytes, over the limit of 268435456; "
                             "every input is redone");
  EXPECT_FALSE(manifest.Find("in/a.md"));
}

TEST_F(ManifestFileTest, ADamagedManifestIsEmptyAndRewritten) {
  SaveEntries(50);
  const std::string text = Text();
  for (const std::string& damaged :
       {text.substr(0, text.size() / 2), std::string("[]"), std::string("\0\0\0", 3)}) {
    Write(damaged);
    ManifestFile manifest(&folder_);
    EXPECT_TRUE(manifest.Load("f").empty());
    EXPECT_FALSE(manifest.Find(Input(1)));
    manifest.Record(Input(1), Entry(1));
    size_t pruned = 0;
    ASSERT_EQ(manifest.Save(nullptr, &pruned), "");
    EXPECT_EQ(Files().size(), 1u);
  }
}

}  // namespace
}  // namespace newsextract
