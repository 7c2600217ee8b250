// The writer's front matter: every kind of value written as nlohmann's dump
// wrote it before the front matter had a type of its own, compact and pretty.
#include "json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "newsextract/json.h"

namespace newsextract {
namespace {

using Json = nlohmann::ordered_json;

// What nlohmann writes for the same JSON text (the old writer's call).
std::string NlohmannDump(const std::string& json, int indent = -1) {
  return Json::parse(json).dump(indent, ' ', false, Json::error_handler_t::replace);
}

TEST(FrontMatterToJsonTest, EveryKindOfValueIsWrittenAsNlohmannWroteIt) {
  struct Case {
    FrontMatterValue value;
    const char* json;
  };
  const Case cases[] = {
      {nullptr, "null"},
      {true, "true"},
      {false, "false"},
      {0, "0"},
      {-3, "-3"},
      {9223372036854775807LL, "9223372036854775807"},
      {-9223372036854775807LL - 1, "-9223372036854775808"},
      {0.5, "0.5"},
      {1.0, "1.0"},
      {-0.0, "-0.0"},
      {1e5, "100000.0"},
      {1e15, "1e+15"},
      {1e16, "1e+16"},
      {1e20, "1e+20"},
      {0.0001, "0.0001"},
      {0.00001, "1e-05"},
      {0.1 + 0.2, "0.30000000000000004"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
      {5e-324, "5e-324"},
      {"", R"("")"},
      {"2021-04-30 08:00:00", R"("2021-04-30 08:00:00")"},
      {"新浪财经", R"("新浪财经")"},
      {"quote \" backslash \\ slash /", R"("quote \" backslash \\ slash /")"},
      {"\b\f\n\r\t\x01\x1f\x7f", R"("\b\f\n\r\t\u0001\u001f)"
                                 "\x7f"
                                 R"(")"},
      {FrontMatterList{}, "[]"},
      {FrontMatterMap{}, "{}"},
      {FrontMatterList{1, "a", nullptr, FrontMatterList{2.5}}, R"([1,"a",null,[2.5]])"},
      {FrontMatterMap{{"z", 1}, {"a", FrontMatterMap{{"m", FrontMatterList{}}}}, {"中", false}},
       R"({"z":1,"a":{"m":[]},"中":false})"},  // keys in the order given
  };
  for (const Case& c : cases) {
    const std::string got = FrontMatterToJson(c.value);
    EXPECT_EQ(got, c.json);
    EXPECT_EQ(got, NlohmannDump(c.json)) << c.json;
  }
}

TEST(FrontMatterToJsonTest, RealsRoundTripInNlohmannsForm) {
  const double reals[] = {3.14159265358979,
                          2.5e-7,
                          123456789012345678.5,
                          1e-300,
                          4.35,
                          1e21,
                          100000000000000.0,
                          9007199254740993.0,
                          0.1,
                          1.0 / 3};
  for (const double d : reals) {
    const std::string text = FrontMatterRealText(d);
    EXPECT_EQ(text, Json(d).dump());
    EXPECT_EQ(std::stod(text), d) << text;
  }
}

// Pretty output nests the front matter under the article's indentation, as
// nlohmann's dump(2) of the whole article would.
TEST(FrontMatterToJsonTest, PrettyArticleNestsTheFrontMatter) {
  Article a;
  a.path = "a.md";
  a.front_matter = {{"title", "标题"},
                    {"meta", FrontMatterMap{{"a", FrontMatterList{1, 0.5, FrontMatterMap{}}},
                                            {"b", FrontMatterList{}}}},
                    {"n", nullptr}};
  a.paragraphs = {"正文。"};
  const std::string compact = ArticleToJson(a, false);
  EXPECT_NE(compact.find(R"("front_matter":{"title":"标题","meta":{"a":[1,0.5,{}],"b":[]},)"
                         R"("n":null})"),
            std::string::npos)
      << compact;
  EXPECT_EQ(ArticleToJson(a, true), NlohmannDump(compact, 2));
}

}  // namespace
}  // namespace newsextract
