#include "rows.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsextract/extract.h"
#include "newsextract/json.h"

namespace newsextract {
namespace {

using Json = nlohmann::ordered_json;

Json RankingObject(bool tied, size_t items) {
  Json r = {{"label", "前三"},    {"period", nullptr}, {"subject", nullptr}, {"metric", nullptr},
            {"direction", "top"}, {"size", nullptr},   {"tied", tied},       {"paragraph", 0}};
  r["items"] = Json::array();
  for (size_t i = 0; i < items; ++i) r["items"].push_back("名" + std::to_string(i));
  return r;
}

Json Value(double number, const std::string& unit) {
  return {{"text", std::to_string(number) + unit}, {"number", number}, {"unit", unit}};
}

TEST(RanksTest, TiedItemsShareRankOne) {
  struct Case {
    const char* name;
    Json ranking;
    std::vector<int> ranks;
  } cases[] = {
      {"an untied list ranks by place", RankingObject(false, 3), {1, 2, 3}},
      {"a tie without figures ties every item (并列第一的是A、B、C)",
       RankingObject(true, 3),
       {1, 1, 1}},
      {"a tie with values ties the head with the first's value",
       RankingObject(true, 4),
       {1, 1, 3, 4}},
      {"a value in another unit is another place", RankingObject(true, 3), {1, 2, 3}},
      {"a tie with scores ties equal scores", RankingObject(true, 3), {1, 1, 1}},
      {"a head without a figure ties nothing further", RankingObject(true, 2), {1, 2}},
      {"an untied list with equal values keeps its order", RankingObject(false, 2), {1, 2}},
      {"an empty list has no ranks", RankingObject(true, 0), {}},
  };
  cases[2].ranking["values"] = {Value(9, "次"), Value(9, "次"), Value(8, "次"), nullptr};
  cases[3].ranking["values"] = {Value(9, "次"), Value(9, "家"), Value(9, "次")};
  cases[4].ranking["scores"] = {95.5, 95.5, 95.5};
  cases[5].ranking["values"] = {nullptr, nullptr};
  cases[6].ranking["values"] = {Value(9, "次"), Value(9, "次")};
  for (const Case& c : cases) EXPECT_EQ(Ranks(c.ranking), c.ranks) << c.name;
}

TEST(CellTextTest, JsonValuesAsCsvCells) {
  struct Case {
    Json value;
    std::string cell;
  } cases[] = {
      {nullptr, ""},
      {"中关村", "中关村"},
      {true, "true"},
      {false, "false"},
      {10, "10"},
      {95.2, "95.2"},
      {Json::array(), ""},
      {{"金融", "新浪财经"}, "金融;新浪财经"},
      {{"", "b"}, ";b"},
      // An object in a list by its first field: a stock's code, a list's label.
      {Json::parse(R"([{"code":"sz000931","name":"中关村"},{"code":"sh600000","name":"浦发"}])"),
       "sz000931;sh600000"},
      {Json::parse(R"({"comments":false,"n":[1,2]})"), R"({"comments":false,"n":[1,2]})"},
  };
  for (const Case& c : cases) EXPECT_EQ(CellText(c.value), c.cell) << c.value.dump();
}

TEST(CheckOutputFormatTest, UsageErrorsAreOneLine) {
  struct Case {
    OutputFormat format;
    bool output_dir, pretty;
    std::string error;
  } cases[] = {
      {{}, false, false, ""},
      {{}, true, true, ""},
      {{Emit::kRankings, Format::kCsv, {"rank", "item"}, true}, false, false, ""},
      {{Emit::kRankings, Format::kNdjson, {"paragraphs"}, false},
       false,
       false,
       "--fields: no field 'paragraphs' in --emit rankings (fields: path, title, date, period, "
       "list, label, subject, metric, direction, size, tied, rank, item, value, score)"},
      {{Emit::kArticles, Format::kCsv, {"path", "title", "path"}, false},
       false,
       false,
       "--fields: 'path' is named twice"},
      {{Emit::kArticles, Format::kNdjson, {}, true},
       false,
       false,
       "--bom is for --format csv or tsv"},
      {{Emit::kArticles, Format::kTsv, {}, false}, false, true, "--pretty is for --format ndjson"},
      {{Emit::kRankings, Format::kNdjson, {}, false},
       true,
       false,
       "--output-dir writes one JSON file per article: --emit rankings, --format csv or tsv and "
       "--fields write to standard output"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CheckOutputFormat(c.format, c.output_dir, c.pretty), c.error) << c.error;
  }
}

// The field list --fields checks against is the writer's, key for key.
TEST(FieldNamesTest, ArticleFieldsAreTheWritersKeysInOrder) {
  const Json article = Json::parse(ArticleToJson(Article(), false));
  std::vector<std::string> keys;
  for (auto it = article.begin(); it != article.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(FieldNames(Emit::kArticles), keys);
}

TEST(RowWriterTest, HeaderNamesTheColumnsWithValueInThree) {
  EXPECT_EQ(
      RowWriter({Emit::kRankings, Format::kCsv, {"item", "value", "rank"}, false}, false).Header(),
      "item,value.text,value.number,value.unit,rank\r\n");
  EXPECT_EQ(RowWriter({Emit::kArticles, Format::kTsv, {"path"}, true}, false).Header(),
            "\xEF\xBB\xBFpath\n");
  EXPECT_EQ(RowWriter({Emit::kRankings, Format::kNdjson, {}, false}, false).Header(), "");
}

TEST(RowWriterTest, OneRowPerItemWithRank) {
  Article a;
  a.path = "a.md";
  a.title = "标题";
  Ranking r;
  r.label = "并列第一";
  r.tied = true;
  r.items = {"甲", "乙", "丙"};
  r.values = {RankValue{"9次", 9, "次"}, RankValue{"9次", 9, "次"}, std::nullopt};
  a.rankings = {Ranking{}, r};
  a.rankings[0].label = "前一";
  a.rankings[0].items = {"丁"};
  const RowWriter csv({Emit::kRankings, Format::kCsv, {"list", "rank", "item", "value"}, false},
                      false);
  EXPECT_EQ(csv.Records(a), "0,1,丁,,,\r\n1,1,甲,9次,9,次\r\n1,1,乙,9次,9,次\r\n1,3,丙,,,\r\n");
  const RowWriter json({Emit::kRankings, Format::kNdjson, {"item", "score"}, false}, false);
  EXPECT_EQ(json.Records(a),
            "{\"item\":\"丁\",\"score\":null}\n{\"item\":\"甲\",\"score\":null}\n"
            "{\"item\":\"乙\",\"score\":null}\n{\"item\":\"丙\",\"score\":null}\n");
  a.rankings.clear();
  EXPECT_EQ(csv.Records(a), "");
}

}  // namespace
}  // namespace newsextract
