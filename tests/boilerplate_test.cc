#include "boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsextract {
namespace {

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.text);
  return out;
}

TEST(ReadBoilerplateLineTest, CreditLinesBecomeMetadata) {
  struct Case {
    const char* line;
    const char* original_title;  // nullptr: none
    const char* source;
    const char* editor;
    std::vector<std::string> reporters;
  };
  const Case cases[] = {
      {"原标题：本市召开月度工作点评会", "本市召开月度工作点评会", nullptr, nullptr, {}},
      {"原标题:本市召开月度工作点评会", "本市召开月度工作点评会", nullptr, nullptr, {}},
      {"原标题：本市召开月度工作点评会 来源：北京日报", "本市召开月度工作点评会", "北京日报",
       nullptr, {}},
      {"原标题：多家银行下调存款利率来源：证券时报", "多家银行下调存款利率", "证券时报", nullptr, {}},
      {"来源：北京日报", nullptr, "北京日报", nullptr, {}},
      {"来源:经济参考报", nullptr, "经济参考报", nullptr, {}},
      {"本文来源：第一财经", nullptr, "第一财经", nullptr, {}},
      {"来源：某某新闻微信公众号（ID：moumou）综合整理", nullptr, "某某新闻微信公众号", nullptr, {}},
      {"来源：光明日报 作者：王某某", nullptr, "光明日报", nullptr, {}},
      {"来源：新京报 记者 张小三 李小四", nullptr, "新京报", nullptr, {"张小三", "李小四"}},
      {"来源：新京报｜记者 张小三", nullptr, "新京报", nullptr, {"张小三"}},
      {"▌来源：经济日报", nullptr, "经济日报", nullptr, {}},
      {"责任编辑：刘万里 SF014", nullptr, nullptr, "刘万里", {}},
      {"责任编辑：王小明", nullptr, nullptr, "王小明", {}},
      {"责任编辑:赵小五 ", nullptr, nullptr, "赵小五", {}},
      {"【责任编辑：孙小六】", nullptr, nullptr, "孙小六", {}},
      {"【责任编辑:孙小六 SF099】", nullptr, nullptr, "孙小六", {}},
  };
  for (const Case& c : cases) {
    Credits credits;
    EXPECT_TRUE(ReadBoilerplateLine(DefaultRules(), c.line, &credits)) << c.line;
    if (c.original_title) {
      EXPECT_EQ(credits.original_title, c.original_title) << c.line;
    } else {
      EXPECT_FALSE(credits.original_title.has_value()) << c.line;
    }
    if (c.source) {
      EXPECT_EQ(credits.source, c.source) << c.line;
    } else {
      EXPECT_FALSE(credits.source.has_value()) << c.line;
    }
    if (c.editor) {
      EXPECT_EQ(credits.editor, c.editor) << c.line;
    } else {
      EXPECT_FALSE(credits.editor.has_value()) << c.line;
    }
    EXPECT_EQ(credits.reporters, c.reporters) << c.line;
  }
}

TEST(ReadBoilerplateLineTest, SiteLinesAndDecorationAreDroppedWithoutCredits) {
  const char* cases[] = {
      "海量资讯、精准解读，尽在新浪财经APP",
      "举报/反馈",
      "━━━━━━━━",
      "***",
      "",
  };
  for (const char* line : cases) {
    Credits credits;
    EXPECT_TRUE(ReadBoilerplateLine(DefaultRules(), line, &credits)) << line;
    EXPECT_FALSE(credits.source.has_value()) << line;
    EXPECT_FALSE(credits.editor.has_value()) << line;
    EXPECT_FALSE(credits.original_title.has_value()) << line;
  }
}

TEST(ReadBoilerplateLineTest, ArticleSentencesAreNotBoilerplate) {
  const char* cases[] = {
      "记者从市统计局获悉，前三季度全市经济稳中向好。",
      "资金来源：主要为自有资金和银行贷款，来源渠道稳定。",
      "据了解，本次调整的来源是市场化定价机制。",
      "编辑部认为，这一做法值得推广。",
      "海量资讯、精准解读，尽在新浪财经APP之外的渠道",
  };
  for (const char* line : cases) {
    Credits credits;
    EXPECT_FALSE(ReadBoilerplateLine(DefaultRules(), line, &credits)) << line;
    EXPECT_FALSE(credits.source.has_value()) << line;
    EXPECT_TRUE(credits.reporters.empty()) << line;
  }
}

TEST(ReadBoilerplateLineTest, PictureCreditIsOnlyASecondarySource) {
  Credits credits;
  EXPECT_TRUE(ReadBoilerplateLine(DefaultRules(), "图片来源：视觉中国", &credits));
  EXPECT_FALSE(credits.source.has_value());
  EXPECT_EQ(credits.secondary_source, "视觉中国");
}

TEST(ReadBoilerplateLineTest, FirstEditorAndFirstSourceWin) {
  Credits credits;
  ReadBoilerplateLine(DefaultRules(), "来源：甲日报", &credits);
  ReadBoilerplateLine(DefaultRules(), "来源：乙晚报", &credits);
  ReadBoilerplateLine(DefaultRules(), "责任编辑：钱小七", &credits);
  ReadBoilerplateLine(DefaultRules(), "责任编辑：周小八", &credits);
  EXPECT_EQ(credits.source, "甲日报");
  EXPECT_EQ(credits.editor, "钱小七");
}

TEST(ApplyBoilerplateTest, CreditBlocksLeaveTheDocumentAndBecomeCredits) {
  Document doc = BuildDocument(
      "<p>　　原标题：本市召开月度工作点评会</p>"
      "<p>　　会议指出，各区要抓好落实。</p>"
      "<p>来源：北京日报</p>"
      "<p>　　会议要求，持续改善营商环境。</p>"
      "<p> </p>"
      "<p class=\"article-editor\">责任编辑：刘万里 SF014</p>"
      "<div class=\"clearfix appendQr_wrap\"><div class=\"appendQr_normal\">"
      "<img src=\"https://n.sinaimg.cn/qr.png\"></div>"
      "<div class=\"appendQr_normal_txt\">海量资讯、精准解读，尽在新浪财经APP</div></div>",
      DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(Texts(doc),
            (std::vector<std::string>{"会议指出，各区要抓好落实。", "会议要求，持续改善营商环境。"}));
  EXPECT_EQ(credits.original_title, "本市召开月度工作点评会");
  EXPECT_EQ(credits.source, "北京日报");
  EXPECT_EQ(credits.editor, "刘万里");
  EXPECT_TRUE(doc.images.empty());
}

TEST(ApplyBoilerplateTest, OriginalTitleAndSourceOnOneLine) {
  Document doc = BuildDocument(
      "<p>原标题：多家银行下调存款利率 来源：证券时报</p><p>正文内容。</p>", DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(Texts(doc), std::vector<std::string>{"正文内容。"});
  EXPECT_EQ(credits.original_title, "多家银行下调存款利率");
  EXPECT_EQ(credits.source, "证券时报");
}

TEST(ApplyBoilerplateTest, ArticleAdlistCommentCarriesCredits) {
  Document doc = BuildDocument(
      "<p>正文内容。</p>"
      "<!-- article_adlist[<p cms-style=\"font-L\"><font cms-style=\"font-L strong-Bold\">"
      "来源：某某都市报</font></p>]article_adlist -->"
      "<!-- 【责任编辑:吴小九 SF020】 -->",
      DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(Texts(doc), std::vector<std::string>{"正文内容。"});
  EXPECT_EQ(credits.source, "某某都市报");
  EXPECT_EQ(credits.editor, "吴小九");
}

TEST(ApplyBoilerplateTest, BodySourceWinsOverAdlistSource) {
  Document doc = BuildDocument(
      "<p>来源：甲日报</p><p>正文内容。</p>"
      "<!-- article_adlist[<p>来源：乙晚报</p>]article_adlist -->",
      DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(credits.source, "甲日报");
}

TEST(ApplyBoilerplateTest, PictureCreditIsTheSourceOnlyWhenNothingElseIs) {
  struct Case {
    const char* html;
    const char* source;
  };
  const Case cases[] = {
      {"<p>正文。</p><p>图片来源：视觉中国</p>", "视觉中国"},
      {"<p>图片来源：视觉中国</p><p>正文。</p><p>来源：中国证券报</p>", "中国证券报"},
  };
  for (const Case& c : cases) {
    Document doc = BuildDocument(c.html, DefaultRules());
    const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
    EXPECT_EQ(credits.source, c.source) << c.html;
    EXPECT_EQ(Texts(doc), std::vector<std::string>{"正文。"}) << c.html;
  }
}

TEST(ApplyBoilerplateTest, ReporterCreditLinesGiveReporters) {
  struct Case {
    const char* html;
    std::vector<std::string> reporters;
  };
  const Case cases[] = {
      {"<p>　　某某客户端 | 记者 张小三</p><p>正文。</p>", {"张小三"}},
      {"<p>　　记者 张小三 李小四</p><p>正文。</p>", {"张小三", "李小四"}},
      {"<p>　　记者｜王小五</p><p>正文。</p>", {"王小五"}},
  };
  for (const Case& c : cases) {
    Document doc = BuildDocument(c.html, DefaultRules());
    const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
    EXPECT_EQ(credits.reporters, c.reporters) << c.html;
  }
}

// The pre-check that spares gumbo most metadata comments must say yes to
// every markup whose parsed text could hold a credit line.
TEST(MayHoldCreditTest, YesWheneverTheParsedTextCouldHoldACredit) {
  struct Case {
    const char* markup;
    bool want;
  };
  const Case cases[] = {
      {"<p>来源：某某都市报</p>", true},
      {"<p><b>来</b><font>源</font>：某某都市报</p>", true},   // a run splits the word
      {"<p>&#26469;源：某某都市报</p>", true},                 // spelled by a reference
      {"<textarea><b>来源：某报</b></textarea>", true},         // tags there are text
      {"<math><![CDATA[来源：某报]]></math>", true},
      {"<p>原标题：某文</p>", true},
      {"<p>责任编辑：张三</p>", true},
      {"<p>记者 张小三</p>", true},
      {"<p title=\"来源\">x</p>", false},                      // an attribute is not text
      {"<p>百万用户都在看</p><p><a href=\"x\">某某新闻标题</a></p>", false},
      {"<img src=\"https://example.com/a.png\"/>", false},
      {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(MayHoldCredit(DefaultRules(), c.markup), c.want) << c.markup;
}

// Whatever the pre-check skips, the credits are those a full parse gives.
TEST(ApplyBoilerplateTest, CommentCreditSplitByRunsIsRead) {
  Document doc = BuildDocument(
      "<p>正文。</p><!--article_adlist[<p><b>来</b>源：某某都市报</p>]article_adlist-->"
      "<!--article_adlist[<p>百万用户都在看</p>]article_adlist-->",
      DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(credits.source, "某某都市报");
}

// Regression: the credit comment's markup reached gumbo unchecked, and
// 400k nested <div> in it took minutes.
TEST(ApplyBoilerplateTest, DeeplyNestedCreditCommentIsNotParsed) {
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += "<div>";
  Document doc = BuildDocument("<p>正文。</p><!--article_adlist[" + nested +
                                   "<p>来源：某报</p>]article_adlist-->",
                               DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_FALSE(credits.source.has_value());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "正文。");
}

// Regression from review: interview questions were taken as reporter
// credits and dropped from the text.
TEST(ApplyBoilerplateTest, InterviewQuestionsAreTextNotCredits) {
  Document doc = BuildDocument(
      "<p>记者：您如何看待今年的房地产市场走势？</p><p>“记者 我想问一下”，他说。</p><p>记者 王五</p>",
      DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(credits.reporters, std::vector<std::string>{"王五"});
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "记者：您如何看待今年的房地产市场走势？");
}

}  // namespace
}  // namespace newsextract
