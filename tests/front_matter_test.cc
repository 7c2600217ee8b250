#include "front_matter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text_util.h"

namespace newsextract {
namespace {

using Json = nlohmann::ordered_json;

FrontMatter Parse(std::string_view yaml, int first_line = 2) {
  return ParseFrontMatter(yaml, first_line, FrontMatterLimits());
}

std::string Joined(const std::vector<std::string>& warnings) {
  std::string out;
  for (const auto& w : warnings) out += w + "\n";
  return out;
}

TEST(ParseFrontMatterTest, YamlTypesAreKept) {
  const FrontMatter fm = Parse(
      "title: '本市召开月度点评会'\n"
      "comments: false\n"
      "top: true\n"
      "views: 12\n"
      "ratio: 0.5\n"
      "code: '007'\n"
      "flag: \"true\"\n"
      "count: \"42\"\n"
      "empty:\n"
      "headimg: 'https://n.sinaimg.cn/a.png'\n"
      "meta: {a: 1, b: [x, 2]}\n");
  EXPECT_TRUE(fm.warnings.empty()) << Joined(fm.warnings);
  struct Case {
    const char* key;
    Json want;
  };
  const Case cases[] = {
      {"title", "本市召开月度点评会"},
      {"comments", false},
      {"top", true},
      {"views", 12},
      {"ratio", 0.5},
      {"code", "007"},   // quoted: stays a string
      {"flag", "true"},  // quoted: not a boolean
      {"count", "42"},   // quoted: not a number
      {"empty", nullptr},
      {"headimg", "https://n.sinaimg.cn/a.png"},
      {"meta", Json::parse(R"({"a": 1, "b": ["x", 2]})")},
  };
  for (const Case& c : cases) {
    ASSERT_TRUE(fm.map.contains(c.key)) << c.key;
    EXPECT_EQ(fm.map[c.key], c.want) << c.key << ": " << fm.map[c.key].dump();
    EXPECT_EQ(fm.map[c.key].type(), c.want.type()) << c.key;
  }
  EXPECT_TRUE(fm.map["comments"].is_boolean());
  EXPECT_TRUE(fm.map["views"].is_number_integer());
}

TEST(ParseFrontMatterTest, FlatFrontMatterKeepsTypesToo) {
  // Flat `key: scalar` lines, as most scraped posts are written.
  const FrontMatter fm = Parse(
      "title: '标题'\n"
      "comments: false\n"
      "views: 12\n"
      "ratio: 0.5\n"
      "neg: -3\n"
      "code: '007'\n"
      "flag: \"false\"\n"
      "version: 1.2.3\n"
      "empty:\n"
      "tags:\n"
      "  - 宏观\n"
      "  - '2021'\n");
  EXPECT_TRUE(fm.warnings.empty()) << Joined(fm.warnings);
  EXPECT_EQ(fm.map, Json::parse(R"({"title": "标题", "comments": false, "views": 12, "ratio": 0.5,
      "neg": -3, "code": "007", "flag": "false", "version": "1.2.3", "empty": null,
      "tags": ["宏观", "2021"]})"));
  EXPECT_TRUE(fm.map["comments"].is_boolean());
  EXPECT_TRUE(fm.map["flag"].is_string());
  EXPECT_EQ(fm.tags, (std::vector<std::string>{"宏观", "2021"}));
}

TEST(ParseFrontMatterTest, TypedFieldsComeFromTheMap) {
  const FrontMatter fm = Parse(
      "title: 央行发布三季度货币政策执行报告\n"
      "categories: \n"
      " - 金融\n"
      " - 新浪财经\n"
      "tags: 宏观\n"
      "author: 新浪财经\n"
      "date: Fri, 30 Apr 2021 00:00:19 GMT\n");
  EXPECT_EQ(fm.title, "央行发布三季度货币政策执行报告");
  EXPECT_EQ(fm.author, "新浪财经");
  EXPECT_EQ(fm.date, "Fri, 30 Apr 2021 00:00:19 GMT");  // normalised later
  EXPECT_EQ(fm.categories, (std::vector<std::string>{"金融", "新浪财经"}));
  EXPECT_EQ(fm.tags, (std::vector<std::string>{"宏观"}));  // a scalar is a one-element list
  EXPECT_TRUE(fm.warnings.empty()) << Joined(fm.warnings);
}

TEST(ParseFrontMatterTest, MissingTypedFieldsStayEmpty) {
  const FrontMatter fm = Parse("comments: false\n");
  EXPECT_FALSE(fm.title.has_value());
  EXPECT_FALSE(fm.author.has_value());
  EXPECT_FALSE(fm.date.has_value());
  EXPECT_TRUE(fm.categories.empty());
  EXPECT_TRUE(fm.tags.empty());
  EXPECT_EQ(fm.map, Json::parse(R"({"comments": false})"));
}

TEST(ParseFrontMatterTest, EmptyFrontMatterIsAnEmptyMap) {
  const FrontMatter fm = Parse("");
  EXPECT_TRUE(fm.map.is_object());
  EXPECT_TRUE(fm.map.empty());
  EXPECT_FALSE(fm.title.has_value());
}

TEST(ParseFrontMatterTest, NotAMappingIsIgnoredWithAWarning) {
  const char* cases[] = {
      "- 金融\n- 新浪财经\n",
      "只是一行文字\n",
      "42\n",
  };
  for (const char* yaml : cases) {
    const FrontMatter fm = Parse(yaml);
    EXPECT_TRUE(fm.map.is_object()) << yaml;
    EXPECT_TRUE(fm.map.empty()) << yaml;
    EXPECT_FALSE(fm.title.has_value()) << yaml;
    ASSERT_EQ(fm.warnings.size(), 1u) << yaml;
    EXPECT_TRUE(Contains(fm.warnings[0], "not a mapping")) << fm.warnings[0];
  }
}

TEST(ParseFrontMatterTest, BrokenQuotingRecoversTypedFieldsAndNamesTheFileLine) {
  // The YAML starts on file line 3 (a blank line and the fence before it);
  // the broken title is its second line, file line 4.
  const FrontMatter fm = Parse(
      "author: 新浪财经\n"
      "title: \"\"\"\"\"\"\"\"\"'某银行发布年度报告'\"\"\"\"\"\"\"\"\"\n"
      "categories: \n"
      " - 金融\n"
      "date: 2021-04-30 08:00:00\n"
      "comments: false\n",
      3);
  EXPECT_TRUE(fm.map.is_object());
  EXPECT_TRUE(fm.map.empty()) << fm.map.dump();
  EXPECT_EQ(fm.title, "某银行发布年度报告");
  EXPECT_EQ(fm.author, "新浪财经");
  EXPECT_EQ(fm.date, "2021-04-30 08:00:00");
  EXPECT_EQ(fm.categories, (std::vector<std::string>{"金融"}));
  ASSERT_FALSE(fm.warnings.empty());
  EXPECT_TRUE(Contains(fm.warnings[0], "line 4")) << Joined(fm.warnings);
}

TEST(ParseFrontMatterTest, YamlErrorsNameTheFileLine) {
  struct Case {
    const char* yaml;
    int first_line;
    const char* want;  // in the first warning
  };
  const Case cases[] = {
      {"title: \"\"\"'某标题'\"\"\"\n", 2, "line 2"},
      {"a: 1\nb: 2\nc: d: e\n", 5, "line 7"},
      {"a: 1\n\tb: 2\n", 10, "line 11"},
      {"a: 1\nb: [1, 2\n", 2, "line "},
  };
  for (const Case& c : cases) {
    const FrontMatter fm = Parse(c.yaml, c.first_line);
    EXPECT_TRUE(fm.map.empty()) << c.yaml;
    ASSERT_FALSE(fm.warnings.empty()) << c.yaml;
    EXPECT_TRUE(Contains(fm.warnings[0], c.want)) << c.yaml << ": " << Joined(fm.warnings);
    EXPECT_TRUE(StartsWith(fm.warnings[0], "front matter")) << fm.warnings[0];
  }
}

TEST(ParseFrontMatterTest, OversizedFrontMatterIsNotParsed) {
  FrontMatterLimits limits;
  limits.max_bytes = 16;
  const FrontMatter fm = ParseFrontMatter("title: 一个超过十六字节的标题\n", 2, limits);
  EXPECT_TRUE(fm.map.empty());
  EXPECT_FALSE(fm.title.has_value());
  ASSERT_EQ(fm.warnings.size(), 1u);
  EXPECT_TRUE(Contains(fm.warnings[0], "16")) << fm.warnings[0];
}

TEST(ParseFrontMatterTest, AliasBombStopsAtTheNodeBudget) {
  FrontMatterLimits limits;
  limits.max_nodes = 50;
  const FrontMatter fm = ParseFrontMatter(
      "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
      "title: 标题\n",
      2, limits);
  EXPECT_TRUE(fm.map.empty());
  ASSERT_FALSE(fm.warnings.empty());
  EXPECT_TRUE(Contains(fm.warnings[0], "too many")) << Joined(fm.warnings);
}

TEST(ParseFrontMatterTest, ScalarTitlesOfOtherTypesBecomeText) {
  const FrontMatter fm = Parse("title: 2021\ntags: [1, 年报]\n");
  EXPECT_EQ(fm.title, "2021");
  EXPECT_EQ(fm.map["title"], 2021);
  EXPECT_EQ(fm.tags, (std::vector<std::string>{"1", "年报"}));
}

}  // namespace
}  // namespace newsextract
