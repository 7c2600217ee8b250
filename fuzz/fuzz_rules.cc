// libFuzzer harness: bytes in as a rules file (--rules-add and --rules),
// then the rules it gives used on an article.
//
// Checks, beyond "no crash, no sanitizer report, no hang, no OOM":
//  - a refused file has a one-line reason that names it ("NAME: ..." or
//    "NAME:LINE: ...") and leaves the rules as they were;
//  - accepted rules hold no empty or blank word, and an article extracted
//    with them ends (a matching loop that does not advance shows as a
//    libFuzzer timeout) with an object or a reason that is not "internal
//    error".
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "newsextract/extract.h"
#include "newsextract/rules.h"
#include "text_util.h"

namespace {

constexpr char kName[] = "fuzz/rules.yaml";

// An article that gives every kind of rule something to match: classes,
// captions, credit lines and comments, ranked lists in text, lists and
// tables, reviews with shortcomings.
constexpr char kArticle[] =
    "---\ntitle: '本市召开12月区委书记月度工作点评会'\ndate: 2022-01-15 08:00:00\n---\n"
    "<div><p>　　原标题：本市召开月度工作点评会 来源：北京日报</p>\n"
    "<p>本报记者 张三 李四</p><p>新华社北京1月14日电（记者 王五）</p>\n"
    "<p>会议通报，<b>12月全市各区综合评分排名前三</b>的是：东城区、西城区和朝阳区，"
    "排名靠后的是门头沟区。4月份空气质量后三名依次为甲区、乙区、丙区。</p>\n"
    "<div class=\"img_wrapper\"><img src=\"https://n.sinaimg.cn/a.jpg\">"
    "<span class=\"img_descr\">会议现场</span></div>\n"
    "<p>持仓前列的<span id=\"stock_sh600000\"><a href=\"x\">浦发银行</a></span>表现平稳。</p>\n"
    "<p><b>海淀区</b>聚焦科技创新。但在财源建设、大气污染治理等方面仍存不足。</p>\n"
    "<p>榜单如下：</p><ol><li>甲公司</li><li>乙公司</li></ol>\n"
    "<table><tr><td>排名</td><td>名称</td><td>得分</td></tr>"
    "<tr><td>1</td><td>丙</td><td>95.2</td></tr></table>\n"
    "<!-- article_adlist[<p>责任编辑：刘万里</p>]article_adlist -->\n"
    "<div class=\"appendQr_wrap\">海量资讯、精准解读，尽在新浪财经APP</div></div>\n";

void Check(bool ok, const char* what, const std::string& detail = "") {
  if (ok) return;
  fprintf(stderr, "fuzz_rules: check failed: %s %s\n", what, detail.c_str());
  abort();
}

bool Usable(const std::string& word) { return !newsextract::Trim(word).empty(); }

void CheckWords(const newsextract::Rules& r) {
  using List = std::vector<std::string> newsextract::Rules::*;
  for (const List list : {&newsextract::Rules::skip_classes,
                          &newsextract::Rules::caption_classes,
                          &newsextract::Rules::skip_image_prefixes,
                          &newsextract::Rules::drop_lines,
                          &newsextract::Rules::original_title_prefixes,
                          &newsextract::Rules::source_prefixes,
                          &newsextract::Rules::secondary_source_prefixes,
                          &newsextract::Rules::reporter_prefixes,
                          &newsextract::Rules::author_prefixes,
                          &newsextract::Rules::editor_prefixes,
                          &newsextract::Rules::credit_separators,
                          &newsextract::Rules::credit_keys,
                          &newsextract::Rules::datelines,
                          &newsextract::Rules::photo_marks,
                          &newsextract::Rules::surnames,
                          &newsextract::Rules::connectives,
                          &newsextract::Rules::subject_connectives,
                          &newsextract::Rules::size_suffixes,
                          &newsextract::Rules::ranking_words,
                          &newsextract::Rules::scope_words,
                          &newsextract::Rules::subjects,
                          &newsextract::Rules::metrics,
                          &newsextract::Rules::conjunctions,
                          &newsextract::Rules::table_rank_headers,
                          &newsextract::Rules::table_score_headers,
                          &newsextract::Rules::entity_suffixes}) {
    for (const auto& word : r.*list) Check(Usable(word), "an accepted word is usable", word);
  }
  for (const auto& cue : r.cues) Check(Usable(cue.word), "an accepted cue is usable", cue.word);
  for (const auto* brackets : {&r.metadata_comments, &r.shortcomings}) {
    for (const auto& b : *brackets) Check(Usable(b.open) && Usable(b.close), "usable brackets");
  }
}

void LoadAndUse(std::string_view text, const newsextract::Rules& base) {
  newsextract::Rules rules = base;
  std::string error;
  if (!newsextract::LoadRules(kName, text, &rules, &error)) {
    Check(error.rfind(std::string(kName) + ":", 0) == 0, "the reason names the file", error);
    Check(error.find('\n') == std::string::npos, "the reason is one line", error);
    Check(rules.subjects == base.subjects && rules.cues.size() == base.cues.size(),
          "a refused file leaves the rules as they were");
    return;
  }
  CheckWords(rules);
  newsextract::ExtractOptions options;
  options.timeout_seconds = 0;  // a loop that never ends must show as a libFuzzer timeout
  const newsextract::ArticleResult r =
      newsextract::ExtractArticle("fuzz/article.md", kArticle, options, rules);
  Check(r.ok || r.error.rfind("internal error", 0) != 0, "no exception escapes a stage", r.error);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const newsextract::Rules& defaults = newsextract::DefaultRules();
  LoadAndUse(text, defaults);              // --rules-add
  LoadAndUse(text, newsextract::Rules());  // --rules
  return 0;
}
