// Manifest lines: every entry reads back as written, the same as a JSON
// parser reads it; lines in any other layout are not taken.
#include "manifest_line.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace newsextract {
namespace {

struct Named {
  const char* name;
  std::string input;
  ManifestEntry entry;
};

std::vector<Named> Entries() {
  return {
      {"plain",
       "articles/a/b/x.md",
       {13238, 1700000000123456789, 0xd36a15d2fe359aeb, "a/b/x.json"}},
      {"recheck", "y.md", {4001, 1700000000987654321, 0x07343d359eed9e4b, "y.json", true}},
      {"before 1970, hash 0", "old.md", {0, -5, 0, "old.json"}},
      {"largest numbers", "big.md", {UINT64_MAX, INT64_MIN, UINT64_MAX, "big.json"}},
      {"quotes and backslashes", "a \"b\" \\c.md", {1, 2, 3, "a \"b\" \\c.json"}},
      {"control characters", std::string("tab\there\nline\x01\x1f\x7f.md"), {1, 2, 3, "t.json"}},
      {"CJK", "中文/新闻 第二.md", {1, 2, 3, "中文/新闻 第二.json"}},
      {"not UTF-8", "in/bad\xff\xfe.md", {1, 2, 3, "bad\xff\xfe.json"}},
      {"half a character", "in/\xe4\xb8.md", {1, 2, 3, "\xe4\xb8.json", true}},
  };
}

TEST(ManifestLineTest, EveryEntryReadsBackAsWrittenAndAsAJsonParserReadsIt) {
  for (const Named& c : Entries()) {
    const std::string line = ManifestLine(c.input, c.entry);
    std::string input;
    ManifestEntry entry;
    ASSERT_TRUE(ParseManifestLine(line, &input, &entry)) << c.name << ": " << line;
    EXPECT_EQ(input, c.input) << c.name;
    EXPECT_EQ(entry, c.entry) << c.name;
    ASSERT_TRUE(ParseManifestLine(line + ",", &input, &entry)) << c.name;
    EXPECT_EQ(input, c.input) << c.name;
    // The reference: nlohmann reads the same line as JSON.
    const nlohmann::json j = nlohmann::json::parse("{" + line + "}");
    const std::string key = j.begin().key();
    const nlohmann::json& value = j.begin().value();
    EXPECT_EQ(value["size"].get<uint64_t>(), c.entry.size) << c.name;
    EXPECT_EQ(value["mtime_ns"].get<int64_t>(), c.entry.mtime_ns) << c.name;
    EXPECT_EQ(std::stoull(value["hash"].get<std::string>(), nullptr, 16), c.entry.hash) << c.name;
    EXPECT_EQ(value.contains("path_hex") ? c.input : key, c.input) << c.name;
    if (!value.contains("output_hex")) {
      EXPECT_EQ(value["output"], c.entry.output) << c.name;
    }
  }
}

TEST(ManifestLineTest, LinesInAnotherLayoutAreNotTaken) {
  const char* lines[] = {
      "",
      "  \"x.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"3\", \"output\": \"x.json\"}",
      "  \"x.md\": {\"mtime_ns\": 2, \"size\": 1, \"hash\": \"0000000000000003\", \"output\": "
      "\"x.json\"}",
      "  \"x.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"0000000000000003\", \"output\": "
      "\"x.json\", \"note\": 1}",
      "  \"x.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"0000000000000003\", \"output\": "
      "\"x.json\"},,",
      "  \"x.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"0000000000000003\", \"output\": "
      "\"x.json\"",
      "  \"\\u4e2d.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"0000000000000003\", "
      "\"output\": \"x.json\"}",
      "  \"x.md\": {\"size\": -1, \"mtime_ns\": 2, \"hash\": \"0000000000000003\", \"output\": "
      "\"x.json\"}",
      "  \"x.md\": {\"size\": 18446744073709551616, \"mtime_ns\": 2, \"hash\": "
      "\"0000000000000003\", \"output\": \"x.json\"}",
      "  \"x.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"000000000000000G\", \"output\": "
      "\"x.json\"}",
      "  \"x.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"0000000000000003\", \"output\": "
      "\"x.json\", \"path_hex\": \"zz\"}",
      "{\"x.md\": {\"size\": 1, \"mtime_ns\": 2, \"hash\": \"0000000000000003\", \"output\": "
      "\"x.json\"}}",
  };
  for (const char* line : lines) {
    std::string input;
    ManifestEntry entry;
    EXPECT_FALSE(ParseManifestLine(line, &input, &entry)) << line;
  }
}

TEST(ManifestLineTest, TheHeaderGivesTheFingerprintBack) {
  for (const std::string fingerprint : {"0.1.0;1;2;3;4;5;0;8da2122476f4de7d", "", "a \"b\""}) {
    const std::string header = ManifestHeader(fingerprint);
    std::string found;
    size_t length = 0;
    ASSERT_TRUE(ParseManifestHeader(header + "  \"x\": {", &found, &length)) << header;
    EXPECT_EQ(found, fingerprint);
    EXPECT_EQ(length, header.size());
    const nlohmann::json j = nlohmann::json::parse(header + std::string(kManifestFooter));
    EXPECT_EQ(j["fingerprint"], fingerprint);
    EXPECT_TRUE(j["files"].empty());
  }
  std::string found;
  size_t length;
  EXPECT_FALSE(ParseManifestHeader("{\"fingerprint\": \"x\", \"files\": {", &found, &length));
  EXPECT_FALSE(ParseManifestHeader("[]", &found, &length));
}

}  // namespace
}  // namespace newsextract
