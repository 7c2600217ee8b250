#include "front_matter.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "json_writer.h"
#include "text_util.h"

namespace newsextract {
namespace {

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
    FrontMatterValue want;
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
      {"meta", FrontMatterMap{{"a", 1}, {"b", FrontMatterList{"x", 2}}}},
  };
  for (const Case& c : cases) {
    const FrontMatterValue* got = FindKey(fm.map, c.key);
    ASSERT_NE(got, nullptr) << c.key;
    EXPECT_EQ(*got, c.want) << c.key << ": " << FrontMatterToJson(*got);
    EXPECT_EQ(got->value.index(), c.want.value.index()) << c.key;
  }
  EXPECT_TRUE(std::holds_alternative<bool>(FindKey(fm.map, "comments")->value));
  EXPECT_TRUE(std::holds_alternative<long long>(FindKey(fm.map, "views")->value));
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
  const FrontMatterMap want = {
      {"title", "标题"},  {"comments", false},
      {"views", 12},      {"ratio", 0.5},
      {"neg", -3},        {"code", "007"},
      {"flag", "false"},  {"version", "1.2.3"},
      {"empty", nullptr}, {"tags", FrontMatterList{"宏观", "2021"}},
  };
  EXPECT_EQ(fm.map, want) << FrontMatterToJson(fm.map);
  EXPECT_TRUE(std::holds_alternative<bool>(FindKey(fm.map, "comments")->value));
  EXPECT_TRUE(std::holds_alternative<std::string>(FindKey(fm.map, "flag")->value));
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
  EXPECT_EQ(fm.map, (FrontMatterMap{{"comments", false}})) << FrontMatterToJson(fm.map);
}

TEST(ParseFrontMatterTest, EmptyFrontMatterIsAnEmptyMap) {
  const FrontMatter fm = Parse("");
  EXPECT_EQ(FrontMatterToJson(fm.map), "{}");
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
    EXPECT_EQ(FrontMatterToJson(fm.map), "{}") << yaml;
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
  EXPECT_EQ(FrontMatterToJson(fm.map), "{}");
  EXPECT_TRUE(fm.map.empty()) << FrontMatterToJson(fm.map);
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
  ASSERT_NE(FindKey(fm.map, "title"), nullptr);
  EXPECT_EQ(*FindKey(fm.map, "title"), FrontMatterValue(2021));
  EXPECT_EQ(fm.tags, (std::vector<std::string>{"1", "年报"}));
}

// Odd values, each written as the JSON has always shown it (the texts are
// what the writer gave before the front matter had a type of its own), by
// the fast path and by yaml-cpp alike.
TEST(ParseFrontMatterTest, OddValuesKeepTheirTypeAndText) {
  struct Case {
    const char* yaml;
    const char* json;
  };
  const Case cases[] = {
      {"n: 9223372036854775807", R"({"n":9223372036854775807})"},
      {"n: -9223372036854775808", R"({"n":-9223372036854775808})"},
      {"n: 9223372036854775808", R"({"n":9.223372036854776e+18})"},  // past int64: a real
      {"n: 99999999999999999999", R"({"n":1e+20})"},
      {"n: +12", R"({"n":12})"},
      {"n: 0.1", R"({"n":0.1})"},
      {"n: 1e5", R"({"n":100000.0})"},
      {"n: 1.0", R"({"n":1.0})"},
      {"n: .5", R"({"n":0.5})"},
      {"n: -0.0", R"({"n":-0.0})"},
      {"n: 1e15", R"({"n":1e+15})"},
      {"n: 100000000000000.0", R"({"n":100000000000000.0})"},
      {"n: 0.0001", R"({"n":0.0001})"},
      {"n: 0.00001", R"({"n":1e-05})"},
      {"n: 2.5e-7", R"({"n":2.5e-07})"},
      {"n: 123456789012345678.5", R"({"n":1.2345678901234568e+17})"},
      {"n: 1.7976931348623157e308", R"({"n":1.7976931348623157e+308})"},
      {"n: 4.9e-324", R"({"n":5e-324})"},
      {"n: 3.14159265358979", R"({"n":3.14159265358979})"},
      {"n: 1e400", R"({"n":"1e400"})"},  // out of range: text
      {"n: 1e-400", R"({"n":"1e-400"})"},
      {"n: .inf", R"({"n":".inf"})"},
      {"n: .nan", R"({"n":".nan"})"},
      {"n: 0x1F", R"({"n":"0x1F"})"},
      {"n: 1_000", R"({"n":"1_000"})"},
      {"n: ~", R"({"n":null})"},
      {"n: null", R"({"n":null})"},
      {"n:", R"({"n":null})"},
      {"n: True", R"({"n":true})"},
      {"n: FALSE", R"({"n":false})"},
      {"n: yes", R"({"n":"yes"})"},  // YAML 1.2: not a boolean
      {"n: on", R"({"n":"on"})"},
      {"date: 2021-04-30", R"({"date":"2021-04-30"})"},
      {"date: 2021-04-30 08:00:00", R"({"date":"2021-04-30 08:00:00"})"},
      {"a: 1\nb: 2\na: 3", R"({"a":3,"b":2})"},  // a repeated key keeps its first place
      {"? [a, b]\n: 1\nz: {}", R"({"[a, b]":1,"z":{}})"},
      {"meta: {a: {b: [1, {c: null}, 2.5e-7]}, d: []}",
       R"({"meta":{"a":{"b":[1,{"c":null},2.5e-07]},"d":[]}})"},
      {"l:\n  - a\n  - [b, c]\n  - {d: e}\nm:\n  x: 1\n  y:\n    z: 2",
       R"({"l":["a",["b","c"],{"d":"e"}],"m":{"x":1,"y":{"z":2}}})"},
      {R"(n: "a\tb\u0001\u00e9\\ \" x")", R"({"n":"a\tb\u0001é\\ \" x"})"},
  };
  for (const bool fast_path : {true, false}) {
    FrontMatterLimits limits;
    limits.fast_path = fast_path;
    for (const Case& c : cases) {
      const FrontMatter fm = ParseFrontMatter(c.yaml, 2, limits);
      EXPECT_TRUE(fm.warnings.empty()) << c.yaml << ": " << Joined(fm.warnings);
      EXPECT_EQ(FrontMatterToJson(fm.map), c.json) << c.yaml << " (fast path " << fast_path << ")";
    }
  }
}

TEST(ParseFrontMatterTest, NumbersInTypedFieldsAreWrittenAsTheJsonWritesThem) {
  struct Case {
    const char* yaml;
    const char* title;
    std::vector<std::string> tags;
  };
  const Case cases[] = {
      {"title: 1e5", "100000.0", {}},
      {"title: 2.50", "2.5", {}},
      {"title: 2021.5\ntags: [1, 2.0, true, null, 年报]", "2021.5", {"1", "2.0", "true", "年报"}},
      {"title: -9223372036854775808\ntags: 99999999999999999999",
       "-9223372036854775808",
       {"1e+20"}},
      {"title: false\ntags:\n  - 0.00001\n  - ~", "false", {"1e-05"}},
  };
  for (const Case& c : cases) {
    const FrontMatter fm = Parse(c.yaml);
    EXPECT_EQ(fm.title, c.title) << c.yaml;
    EXPECT_EQ(fm.tags, c.tags) << c.yaml;
  }
}

}  // namespace
}  // namespace newsextract
