#include "sqlite_sink.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace newsextract {
namespace {

std::optional<RankValue> Value(const char* text) { return RankValue{text, 0, ""}; }

TEST(ItemRanksTest, EqualFiguresShareARankAndTheNextCountsOn) {
  struct Case {
    const char* name;
    size_t items;
    bool tied;
    std::vector<double> scores;
    std::vector<std::optional<RankValue>> values;
    std::vector<int> want;
  };
  const Case cases[] = {
      {"plain list", 4, false, {}, {}, {1, 2, 3, 4}},
      {"tied list without figures", 3, true, {}, {}, {1, 1, 1}},
      {"scores", 4, false, {95.2, 93.0, 93.0, 90.1}, {}, {1, 2, 2, 4}},
      {"scores outrank tied", 3, true, {9, 8, 8}, {}, {1, 2, 2}},
      {"values",
       4,
       false,
       {},
       {Value("3次"), Value("3次"), Value("2次"), Value("1次")},
       {1, 1, 3, 4}},
      {"a missing value is not equal",
       3,
       false,
       {},
       {Value("8亿"), std::nullopt, std::nullopt},
       {1, 2, 3}},
      {"empty list", 0, false, {}, {}, {}},
  };
  for (const Case& c : cases) {
    Ranking r;
    r.items.assign(c.items, "x");
    r.tied = c.tied;
    r.scores = c.scores;
    r.values = c.values;
    EXPECT_EQ(ItemRanks(r), c.want) << c.name;
  }
}

// A fresh database file per test, removed after it.
class SqliteSinkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() /
            ("newsextract_sqlite_sink_test_" + std::to_string(getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
    file_ = (root_ / "news.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  // Rows of each table, read with a connection of its own.
  std::vector<int64_t> Counts() const {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(file_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    std::vector<int64_t> counts;
    for (const char* table : {"articles", "rankings", "ranking_items", "paragraphs", "stocks",
                              "images", "assessments", "search"}) {
      sqlite3_stmt* stmt = nullptr;
      const std::string sql = std::string("SELECT count(*) FROM ") + table;
      EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << table;
      EXPECT_EQ(sqlite3_step(stmt), SQLITE_ROW) << table;
      counts.push_back(sqlite3_column_int64(stmt, 0));
      sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return counts;
  }

  static Article Sample(const std::string& path, size_t paragraphs) {
    Article a;
    a.path = path;
    a.title = "标题";
    a.paragraphs.assign(paragraphs, "段落文字");
    Ranking r;
    r.label = "排名前三";
    r.items = {"甲", "乙", "丙"};
    a.rankings = {r};
    a.stocks = {{"sz000931", "中关村"}};
    a.images = {{"a.png", std::nullopt}};
    a.assessments = {{"甲", "评价", {"不足"}, 0}};
    return a;
  }

  std::filesystem::path root_;
  std::string file_;
};

TEST_F(SqliteSinkTest, WritingAPathAgainReplacesItsRowsAndRemoveDeletesThemAll) {
  {
    SqliteSink sink;
    bool busy = true;
    ASSERT_EQ(sink.Open(file_, "f", &busy), "");
    EXPECT_FALSE(busy);
    ASSERT_EQ(sink.Write(Sample("a.md", 2), {}), "");
    ASSERT_EQ(sink.Write(Sample("b.md", 1), {}), "");
    ASSERT_EQ(sink.Commit(), "");
    // articles, rankings, items, paragraphs, stocks, images, assessments, search (title + ¶)
    EXPECT_EQ(Counts(), (std::vector<int64_t>{2, 2, 6, 3, 2, 2, 2, 5}));
    ASSERT_EQ(sink.Write(Sample("a.md", 4), {}), "");
    ASSERT_EQ(sink.Commit(), "");
    EXPECT_EQ(Counts(), (std::vector<int64_t>{2, 2, 6, 5, 2, 2, 2, 7}));
    ASSERT_EQ(sink.Remove("a.md"), "");
    ASSERT_EQ(sink.Remove("never-stored.md"), "");
    ASSERT_EQ(sink.Commit(), "");
    EXPECT_EQ(Counts(), (std::vector<int64_t>{1, 1, 3, 1, 1, 1, 1, 2}));
  }
  SqliteSink reopened;  // the first one's lock went with it
  bool busy = true;
  EXPECT_EQ(reopened.Open(file_, "f", &busy), "");
}

TEST_F(SqliteSinkTest, ASecondSinkOnTheFileIsBusy) {
  SqliteSink first, second;
  bool busy = false;
  ASSERT_EQ(first.Open(file_, "f", &busy), "");
  EXPECT_EQ(second.Open(file_, "f", &busy), file_ + " is locked by another run");
  EXPECT_TRUE(busy);
}

TEST_F(SqliteSinkTest, AnUncommittedBatchIsLeftOut) {
  {
    SqliteSink sink;
    bool busy = false;
    ASSERT_EQ(sink.Open(file_, "f", &busy), "");
    ASSERT_EQ(sink.Write(Sample("a.md", 2), {}), "");
  }
  EXPECT_EQ(Counts(), (std::vector<int64_t>{0, 0, 0, 0, 0, 0, 0, 0}));
}

// The upsert with RETURNING made FTS5 write its pending terms out at every
// article: a segment each (search_idx holds a row per segment and leaf).
TEST_F(SqliteSinkTest, ABatchOfNewArticlesIsIndexedAsOneSegment) {
  {
    SqliteSink sink;
    bool busy = false;
    ASSERT_EQ(sink.Open(file_, "f", &busy), "");
    for (int i = 0; i < 20; ++i) ASSERT_EQ(sink.Write(Sample(std::to_string(i), 3), {}), "");
    ASSERT_EQ(sink.Commit(), "");
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(file_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(
      sqlite3_prepare_v2(db, "SELECT count(DISTINCT segid) FROM search_idx", -1, &stmt, nullptr),
      SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int64(stmt, 0), 1);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

}  // namespace
}  // namespace newsextract
