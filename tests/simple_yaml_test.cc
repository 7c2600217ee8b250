#include "simple_yaml.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "charset.h"
#include "front_matter.h"
#include "split.h"

namespace newsextract {
namespace {

// What yaml-cpp makes of `yaml` (the fast path switched off).
FrontMatterMap ViaYamlCpp(std::string_view yaml) {
  FrontMatterLimits limits;
  limits.fast_path = false;
  return ParseFrontMatter(yaml, 1, limits).map;
}

// A broken document is recovered entry by entry; the fast path may read
// the flat entries, and what comes out must not change.
TEST(SimpleYamlTest, RecoveryIsTheSameWithTheFastPath) {
  const char* cases[] = {
      "title: \"\"\"\"'专家：年内无加息压力'\"\"\"\"\ncategories: \n    - 金融\n    - 新浪财经\n"
      "author: 新浪财经\ncomments: false\ndate: Mon, 22 Mar 2021 03:28:55 GMT\nthumbnail: ''\n",
      "title: a: b: c\ntags: [x, y]\nn: 42\n",
      "title: \"\"x\"\"\nnested:\n  key: v\nlist:\n- a\n- b\n",
  };
  for (const char* yaml : cases) {
    FrontMatterLimits slow;
    slow.fast_path = false;
    const FrontMatter a = ParseFrontMatter(yaml, 2, {});
    const FrontMatter b = ParseFrontMatter(yaml, 2, slow);
    EXPECT_FALSE(a.warnings.empty()) << yaml;  // the case is a broken document
    EXPECT_EQ(a.map, b.map) << yaml;
    EXPECT_EQ(a.title, b.title) << yaml;
    EXPECT_EQ(a.author, b.author) << yaml;
    EXPECT_EQ(a.date, b.date) << yaml;
    EXPECT_EQ(a.categories, b.categories) << yaml;
    EXPECT_EQ(a.tags, b.tags) << yaml;
    EXPECT_EQ(a.warnings, b.warnings) << yaml;
  }
}

TEST(SimpleYamlTest, AgreesWithYamlCppWhereverItAnswers) {
  struct Case {
    const char* yaml;
    bool answers;  // the fast path must take it
  };
  const Case cases[] = {
      {"title: '房屋使用、老旧小区改造 蔡奇提要求'\ncomments: false\n", true},
      {"categories: \n - 金融\n - 新浪财经\n", true},
      {"categories:\n- a\n- b\nauthor: x\n", true},
      {"date: Fri, 30 Apr 2021 00:00:19 GMT\n", true},
      {"headimg: 'https://n.sinaimg.cn/a.png'\nurl: http://x.cn/a?b=c\n", true},
      {"n: 42\nf: 3.5\ne: 1e3\nneg: +7\nz: ~\nnul: null\nt: True\n", true},
      {"it: 'it''s'\nq: \"double 'q'\"\n", true},
      {"inf: .inf\nnan: .nan\nword: inf\n", true},
      {"empty:\nnext: 1\n", true},
      {"# a comment\n\ntitle: x\n", true},
      {"author: 新浪财经 - 新浪财经－国內\n", true},
      {"version: 1.0.0\nzip: 010\n", true},
      {"title: \"\"\"\"\"'专家'\"\"\"\"\"\n", false},
      {"title: a: b\n", false},
      {"title: a #comment\n", false},
      {"tags: [a, b]\n", false},
      {"anchor: &a x\nalias: *a\n", false},
      {"nested:\n  key: v\n", false},
      {"text: |\n  line\n", false},
      {"title: multi\n  line\n", false},
      {"dup: 1\ndup: 2\n", false},
      {"esc: \"a\\nb\"\n", false},
      {"neg: -5\n", false},
      {"- a\n- b\n", false},
      {"just text\n", false},
  };
  for (const Case& c : cases) {
    const auto fast = ReadSimpleYaml(c.yaml);
    EXPECT_EQ(fast.has_value(), c.answers) << c.yaml;
    if (fast) {
      EXPECT_EQ(*fast, ViaYamlCpp(c.yaml)) << c.yaml;
    }
  }
}

// Every article the project has (data/, tests/rankset/ and, when it is
// beside the checkout, the shared corpus): same front matter both ways.
TEST(SimpleYamlTest, AgreesWithYamlCppOnRealFrontMatter) {
  namespace fs = std::filesystem;
  const fs::path root(NEWSEXTRACT_SOURCE_DIR);
  size_t answered = 0, total = 0;
  const fs::path dirs[] = {root / "data", root / "tests/rankset/articles",
                           root / "../shared/corpus"};
  for (const fs::path& dir : dirs) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".md" && ext != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      DecodedText text = DecodeToUtf8(bytes.str());
      NormalizeNewlines(&text.text);
      const SplitText split = SplitFrontMatter(text.text);
      if (split.front_matter_state != SplitText::FrontMatter::kFound) continue;
      ++total;
      const auto fast = ReadSimpleYaml(split.front_matter);
      if (!fast) continue;
      ++answered;
      EXPECT_EQ(*fast, ViaYamlCpp(split.front_matter)) << entry.path();
    }
  }
  EXPECT_GT(total, 0u);
  EXPECT_GT(answered, total / 2) << "the fast path should take most real front matter";
}

}  // namespace
}  // namespace newsextract
