#include "newsextract/extract.h"

#include <gtest/gtest.h>
#include <iconv.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "json_writer.h"
#include "newsextract/batch.h"
#include "newsextract/json.h"
#include "test_util.h"
#include "text_util.h"

namespace newsextract {
namespace {

using Json = nlohmann::ordered_json;
using Strings = std::vector<std::string>;

// A Hexo post like the scraped ones: a blank line, front matter, Sina body.
const char kArticle[] =
    "\n"
    "---\n"
    "title: '本市召开12月区委书记月度工作点评会'\n"
    "categories: \n"
    " - 金融\n"
    " - 新浪财经\n"
    "tags: 点评会\n"
    "author: 新浪财经\n"
    "comments: false\n"
    "views: 3\n"
    "code: '0042'\n"
    "date: Sat, 15 Jan 2022 08:00:00 +0800\n"
    "---\n"
    "\n"
    "<div>\n"
    "<p>　　原标题：本市召开月度工作点评会 来源：北京日报</p>\n"
    "<p>　　会议通报，<b>12月全市各区综合评分排名前三</b>的是：东城区、西城区和朝阳区，"
    "排名靠后的是门头沟区。</p>\n"
    "<div class=\"img_wrapper\"><img src=\"https://n.sinaimg.cn/finance/a.jpg\">"
    "<span class=\"img_descr\">会议现场</span></div>\n"
    "<p>　　持仓前列的<span id=\"stock_sh600000\"><a href=\"https://finance.sina.com.cn/realstock/"
    "company/sh600000/nc.shtml\">浦发银行</a></span>表现平稳&nbsp;&nbsp;。</p>\n"
    "<p><font cms-style=\"font-L strong-Bold\">海淀区</font>聚焦科技创新。但在财源建设、"
    "大气污染治理等方面仍存不足。</p>\n"
    "<p> </p>\n"
    "<script>var x = '不要';</script>\n"
    "<p class=\"article-editor\">责任编辑：刘万里 SF014</p>\n"
    "<div class=\"clearfix appendQr_wrap\"><div class=\"appendQr_normal\">"
    "<img src=\"https://n.sinaimg.cn/qr.png\"></div>"
    "<div class=\"appendQr_normal_txt\">海量资讯、精准解读，尽在新浪财经APP</div></div>\n"
    "</div>\n";

const Strings kParagraphs = {
    "会议通报，12月全市各区综合评分排名前三的是：东城区、西城区和朝阳区，排名靠后的是门头沟区。",
    "持仓前列的浦发银行表现平稳 。",
    "海淀区聚焦科技创新。但在财源建设、大气污染治理等方面仍存不足。",
};

ArticleResult ExtractBytes(std::string_view path, std::string_view bytes,
                           const ExtractOptions& options = ExtractOptions()) {
  return ExtractArticle(path, bytes, options, DefaultRules());
}

std::string Joined(const Strings& lines) {
  std::string out;
  for (const auto& s : lines) out += s + "\n";
  return out;
}

bool AnyContains(const Strings& warnings, std::string_view part) {
  for (const auto& w : warnings) {
    if (Contains(w, part)) return true;
  }
  return false;
}

std::string WithCrlf(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

TEST(ExtractArticleTest, WholeArticleFromBytes) {
  const ArticleResult r = ExtractBytes("posts/2022/a.md", kArticle);
  ASSERT_TRUE(r.ok) << r.error;
  const Article& a = r.article;
  EXPECT_EQ(a.path, "posts/2022/a.md");
  EXPECT_EQ(a.title, "本市召开12月区委书记月度工作点评会");
  EXPECT_EQ(a.original_title, "本市召开月度工作点评会");
  EXPECT_EQ(a.source, "北京日报");
  EXPECT_EQ(a.editor, "刘万里");
  EXPECT_EQ(a.author, "新浪财经");
  EXPECT_EQ(a.date, "2022-01-15T00:00:00Z");
  EXPECT_EQ(a.categories, (Strings{"金融", "新浪财经"}));
  EXPECT_EQ(a.tags, Strings{"点评会"});
  ASSERT_NE(FindKey(a.front_matter, "comments"), nullptr);
  EXPECT_EQ(*FindKey(a.front_matter, "comments"), FrontMatterValue(false));
  EXPECT_TRUE(std::holds_alternative<bool>(FindKey(a.front_matter, "comments")->value));
  ASSERT_NE(FindKey(a.front_matter, "views"), nullptr);
  EXPECT_EQ(*FindKey(a.front_matter, "views"), FrontMatterValue(3));
  ASSERT_NE(FindKey(a.front_matter, "code"), nullptr);
  EXPECT_EQ(*FindKey(a.front_matter, "code"), FrontMatterValue("0042"));
  EXPECT_EQ(a.paragraphs, kParagraphs);
  ASSERT_EQ(a.stocks.size(), 1u);
  EXPECT_EQ(a.stocks[0].code, "sh600000");
  EXPECT_EQ(a.stocks[0].name, "浦发银行");
  ASSERT_EQ(a.images.size(), 1u);
  EXPECT_EQ(a.images[0].src, "https://n.sinaimg.cn/finance/a.jpg");
  EXPECT_EQ(a.images[0].caption, "会议现场");
  ASSERT_EQ(a.rankings.size(), 2u);
  EXPECT_EQ(a.rankings[0].label, "12月全市各区综合评分排名前三");
  EXPECT_EQ(a.rankings[0].period, "2021-12");  // 12月 in a January article
  EXPECT_EQ(a.rankings[0].items, (Strings{"东城区", "西城区", "朝阳区"}));
  EXPECT_EQ(a.rankings[0].paragraph, 0u);
  EXPECT_EQ(a.rankings[1].label, "排名靠后");
  EXPECT_FALSE(a.rankings[1].top);
  EXPECT_EQ(a.rankings[1].subject, "区");
  EXPECT_EQ(a.rankings[1].items, Strings{"门头沟区"});
  ASSERT_EQ(a.assessments.size(), 1u);
  EXPECT_EQ(a.assessments[0].name, "海淀区");
  EXPECT_EQ(a.assessments[0].paragraph, 2u);
  EXPECT_TRUE(a.warnings.empty()) << Joined(a.warnings);
}

TEST(ExtractArticleTest, CrlfBomAndGb18030GiveTheSameArticle) {
  const std::string utf8 = kArticle;
  struct Case {
    const char* name;
    std::string bytes;
    const char* warning;  // expected among the warnings; nullptr: none at all
  };
  const Case cases[] = {
      {"crlf", WithCrlf(utf8), nullptr},
      {"bom", "\xEF\xBB\xBF" + utf8, nullptr},
      {"bom+crlf", "\xEF\xBB\xBF" + WithCrlf(utf8), nullptr},
      {"gb18030", testing::Encode("GB18030", utf8), "GB18030"},
  };
  const ArticleResult want = ExtractBytes("a.md", utf8);
  ASSERT_TRUE(want.ok) << want.error;
  for (const Case& c : cases) {
    const ArticleResult r = ExtractBytes("a.md", c.bytes);
    ASSERT_TRUE(r.ok) << c.name << ": " << r.error;
    EXPECT_EQ(r.article.title, want.article.title) << c.name;
    EXPECT_EQ(r.article.front_matter, want.article.front_matter)
        << c.name << ": " << FrontMatterToJson(r.article.front_matter);
    EXPECT_EQ(r.article.paragraphs, want.article.paragraphs) << c.name;
    EXPECT_EQ(r.article.editor, want.article.editor) << c.name;
    EXPECT_EQ(r.article.rankings.size(), want.article.rankings.size()) << c.name;
    if (c.warning == nullptr) {
      EXPECT_TRUE(r.article.warnings.empty()) << c.name << ": " << Joined(r.article.warnings);
    } else {
      ASSERT_EQ(r.article.warnings.size(), 1u) << c.name << ": " << Joined(r.article.warnings);
      EXPECT_TRUE(Contains(r.article.warnings[0], c.warning)) << r.article.warnings[0];
    }
  }
}

TEST(ExtractArticleTest, FrontMatterProblemsAreWarningsNotErrors) {
  struct Case {
    const char* name;
    const char* bytes;
    const char* title;  // nullptr: null
    const char* warning;
    Strings paragraphs;
  };
  const Case cases[] = {
      {"missing", "<p>只有正文。</p>", nullptr, "no front matter", {"只有正文。"}},
      {"unterminated",
       "---\ntitle: 没有结束\n<p>正文。</p>",
       nullptr,
       "no closing",
       {"--- title: 没有结束", "正文。"}},
      {"not a map", "---\n- 甲\n- 乙\n---\n<p>正文。</p>", nullptr, "not a mapping", {"正文。"}},
      // A blank line and the fence come first: the broken title is file line 4.
      {"broken quoting",
       "\n---\nauthor: 新浪财经\ntitle: \"\"\"\"\"'某银行发布年报'\"\"\"\"\"\ncomments: "
       "false\n---\n"
       "<p>正文。</p>",
       "某银行发布年报",
       "line 4",
       {"正文。"}},
  };
  for (const Case& c : cases) {
    const ArticleResult r = ExtractBytes("x.md", c.bytes);
    ASSERT_TRUE(r.ok) << c.name << ": " << r.error;
    const Article& a = r.article;
    if (c.title == nullptr) {
      EXPECT_FALSE(a.title.has_value()) << c.name;
    } else {
      EXPECT_EQ(a.title, c.title) << c.name;
    }
    EXPECT_EQ(FrontMatterToJson(a.front_matter), "{}") << c.name;
    EXPECT_TRUE(a.front_matter.empty()) << c.name << ": " << FrontMatterToJson(a.front_matter);
    EXPECT_TRUE(AnyContains(a.warnings, c.warning)) << c.name << ": " << Joined(a.warnings);
    EXPECT_EQ(a.paragraphs, c.paragraphs) << c.name;
  }
}

TEST(ExtractArticleTest, BrokenQuotingStillRecoversAuthor) {
  const ArticleResult r = ExtractBytes(
      "x.md",
      "---\ntitle: \"\"\"'标题'\"\"\"\nauthor: 新浪财经\ndate: 2022-03-01 09:30\n---\n<p>正文</p>");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.article.title, "标题");
  EXPECT_EQ(r.article.author, "新浪财经");
  EXPECT_EQ(r.article.date, "2022-03-01T09:30:00");
  EXPECT_TRUE(r.article.front_matter.empty());
}

TEST(ExtractArticleTest, UnparseableDateIsNullWithAWarning) {
  const ArticleResult r =
      ExtractBytes("x.md", "---\ntitle: 标题\ndate: 昨天下午\n---\n<p>正文</p>");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_FALSE(r.article.date.has_value());
  EXPECT_TRUE(AnyContains(r.article.warnings, "昨天下午")) << Joined(r.article.warnings);
  ASSERT_NE(FindKey(r.article.front_matter, "date"), nullptr);
  EXPECT_EQ(*FindKey(r.article.front_matter, "date"), FrontMatterValue("昨天下午"));
}

TEST(ExtractArticleTest, InvalidUtf8IsReplacedNotRefused) {
  const ArticleResult r = ExtractBytes("x.md", "---\ntitle: 标题\n---\n<p>收盘\xFF上涨</p>");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.article.paragraphs, Strings{"收盘\uFFFD上涨"});
  EXPECT_FALSE(r.article.warnings.empty());
}

TEST(ExtractArticleTest, OverlongNumericEntityDoesNotCrash) {
  const ArticleResult r = ExtractBytes("x.md", "---\ntitle: 标题\n---\n<p>甲&#x19debd0041;乙</p>");
  ASSERT_TRUE(r.ok) << r.error;
  ASSERT_EQ(r.article.paragraphs.size(), 1u);
  EXPECT_TRUE(StartsWith(r.article.paragraphs[0], "甲"));
  EXPECT_TRUE(EndsWith(r.article.paragraphs[0], "乙"));
}

TEST(ExtractArticleTest, ErrorsAreValuesWithTheReasonWordForWord) {
  ExtractOptions shallow;
  shallow.max_html_depth = 5;
  ExtractOptions few_attributes;
  few_attributes.max_html_attributes = 2;
  struct Case {
    const char* name;
    std::string bytes;
    ExtractOptions options;
    const char* want;
  };
  const Case cases[] = {
      {"binary", std::string("---\ntitle: a\n---\n<p>a\0b</p>", 27), ExtractOptions(),
       "binary file (NUL byte at offset 21)"},
      {"deep", "<div><div><div><div><div><div>甲</div></div></div></div></div></div>", shallow,
       "HTML nested deeper than 5 elements"},
      {"attributes", "<p a=\"1\" b=\"2\" c=\"3\">甲</p>", few_attributes,
       "a <p> tag has 3 attributes, over the limit of 2"},
  };
  for (const Case& c : cases) {
    const ArticleResult r = ExtractBytes("dir/bad.md", c.bytes, c.options);
    EXPECT_FALSE(r.ok) << c.name;
    EXPECT_EQ(r.error, c.want) << c.name;
    EXPECT_FALSE(Contains(r.error, "dir/bad.md")) << c.name << ": the caller adds the path";
  }
}

// A batch that got SIGTERM cancels the articles in flight: each stops at its
// next budget check, whatever its own budget, and says it was cancelled
// rather than failed.
TEST(ExtractArticleTest, ACancelledArticleStopsAtItsNextCheckAndSaysSo) {
  std::atomic<bool> cancel{true};
  ExtractOptions options;
  options.timeout_seconds = 0;  // no budget: only the cancel stops it
  options.cancel = &cancel;
  const ArticleResult r = ExtractBytes("a.md", kArticle, options);
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.cancelled);
  EXPECT_EQ(r.error, "cancelled");
  cancel = false;
  const ArticleResult again = ExtractBytes("a.md", kArticle, options);
  EXPECT_TRUE(again.ok) << again.error;
  EXPECT_FALSE(again.cancelled);
}

// What RunBatch printed for `paths` at -j1: exit code, stdout and stderr.
struct BatchRun {
  int code = -1;
  std::string out, err;
};

std::string ReadAll(FILE* f) {
  std::string text;
  rewind(f);
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
  fclose(f);
  return text;
}

BatchRun RunQuietly(const std::vector<std::string>& paths) {
  BatchOptions options;
  options.inputs.paths = paths;
  options.jobs = 1;
  options.quiet = true;
  options.progress = 0;
  FILE* out = tmpfile();
  FILE* err = tmpfile();
  EXPECT_NE(out, nullptr);
  EXPECT_NE(err, nullptr);
  if (out == nullptr || err == nullptr) return {};
  BatchRun run;
  run.code = RunBatch(options, DefaultRules(), out, err);
  run.out = ReadAll(out);
  run.err = ReadAll(err);
  return run;
}

TEST(ExtractArticleTest, BatchPrintsErrorsAsProgramPathMessage) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("newsextract_extract_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "bad.md").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string("<p>a\0b</p>", 10);
  }
  const BatchRun run = RunQuietly({path});
  std::filesystem::remove_all(dir);
  EXPECT_EQ(run.code, kExitSomeFailed);
  EXPECT_TRUE(
      Contains(run.err, "newsextract: error: " + path + ": binary file (NUL byte at offset 4)\n"))
      << run.err;
}

// Regression from review: /dev/zero named as an input was read until memory
// ran out and the whole batch aborted.
TEST(ExtractArticleTest, ADeviceIsRefusedAndTheBatchGoesOn) {
  const BatchRun run =
      RunQuietly({"/dev/zero", NEWSEXTRACT_SOURCE_DIR "/data/000_99af02c5c58b7f1b.txt"});
  EXPECT_EQ(run.code, kExitSomeFailed);
  EXPECT_EQ(run.err, "newsextract: error: /dev/zero: not a regular file\n");
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 1);
}

TEST(ArticleToJsonTest, EveryFieldIsPresentWithNullOrEmptyWhenUnknown) {
  Article a;
  a.path = "a.md";
  const Json j = Json::parse(ArticleToJson(a, false));
  const char* nulls[] = {"title", "original_title", "date", "author", "source", "editor"};
  for (const char* key : nulls) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j[key].is_null()) << key;
  }
  const char* lists[] = {"categories", "tags",     "reporters",   "stocks",  "images",
                         "paragraphs", "rankings", "assessments", "warnings"};
  for (const char* key : lists) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j[key], Json::array()) << key;
  }
  EXPECT_EQ(j["schema_version"], 1);
  EXPECT_EQ(j["path"], "a.md");
  EXPECT_EQ(j["front_matter"], Json::object());
}

TEST(ArticleToJsonTest, ArticleFromBytesMatchesTheSchema) {
  const ArticleResult r = ExtractBytes("posts/a.md", kArticle);
  ASSERT_TRUE(r.ok) << r.error;
  const std::string line = ArticleToJson(r.article, false);
  EXPECT_EQ(line.find('\n'), std::string::npos);  // NDJSON: one line
  const Json j = Json::parse(line);
  EXPECT_EQ(j["path"], "posts/a.md");
  EXPECT_EQ(j["front_matter"]["comments"], false);
  EXPECT_EQ(j["front_matter"]["code"], "0042");
  EXPECT_EQ(j["date"], "2022-01-15T00:00:00Z");
  EXPECT_EQ(j["stocks"], Json::parse(R"([{"code": "sh600000", "name": "浦发银行"}])"));
  EXPECT_EQ(
      j["images"],
      Json::parse(R"([{"src": "https://n.sinaimg.cn/finance/a.jpg", "caption": "会议现场"}])"));
  ASSERT_EQ(j["rankings"].size(), 2u);
  const Json& first = j["rankings"][0];
  EXPECT_EQ(first["direction"], "top");
  EXPECT_EQ(first["size"], 3);
  EXPECT_EQ(first["tied"], false);
  EXPECT_EQ(first["period"], "2021-12");
  EXPECT_EQ(first["subject"], "区");
  EXPECT_EQ(first["metric"], "综合评分");
  EXPECT_EQ(first["paragraph"], 0);
  EXPECT_FALSE(first.contains("scores"));  // only when the source scores items
  const Json& second = j["rankings"][1];
  EXPECT_EQ(second["direction"], "bottom");
  EXPECT_TRUE(second["size"].is_null());
  EXPECT_EQ(j["assessments"][0]["shortcomings"], Json::parse(R"(["财源建设", "大气污染治理"])"));

  const std::string pretty = ArticleToJson(r.article, true);
  EXPECT_NE(pretty.find('\n'), std::string::npos);
  EXPECT_EQ(Json::parse(pretty), j);
}

TEST(ArticleToJsonTest, ScoresAppearWhenTheSourceGivesThem) {
  Article a;
  Ranking r;
  r.label = "综合得分排名前二";
  r.items = {"甲银行", "乙银行"};
  r.scores = {91.5, 88};
  r.size = 2;
  a.rankings.push_back(r);
  const Json j = Json::parse(ArticleToJson(a, false));
  EXPECT_EQ(j["rankings"][0]["scores"], Json::parse("[91.5, 88.0]"));
}

TEST(ArticleToJsonTest, InvalidUtf8IsReplacedNotThrown) {
  Article a;
  a.paragraphs = {"坏\xFF字节"};
  std::string line;
  ASSERT_NO_THROW(line = ArticleToJson(a, false));
  const Json j = Json::parse(line);
  EXPECT_EQ(j["paragraphs"][0], "坏\uFFFD字节");
}

}  // namespace
}  // namespace newsextract
