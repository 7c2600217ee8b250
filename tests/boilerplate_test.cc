#include "boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html_text.h"

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
      {"原标题：本市召开月度工作点评会 来源：北京日报",
       "本市召开月度工作点评会",
       "北京日报",
       nullptr,
       {}},
      {"原标题：多家银行下调存款利率来源：证券时报",
       "多家银行下调存款利率",
       "证券时报",
       nullptr,
       {}},
      {"来源：北京日报", nullptr, "北京日报", nullptr, {}},
      {"来源:经济参考报", nullptr, "经济参考报", nullptr, {}},
      {"本文来源：第一财经", nullptr, "第一财经", nullptr, {}},
      {"来源：某某新闻微信公众号（ID：moumou）综合整理",
       nullptr,
       "某某新闻微信公众号",
       nullptr,
       {}},
      {"来源：光明日报 作者：王某某", nullptr, "光明日报", nullptr, {}},
      {"来源：新京报 记者 张小三 李小四", nullptr, "新京报", nullptr, {"张小三", "李小四"}},
      {"来源：新京报｜记者 张小三", nullptr, "新京报", nullptr, {"张小三"}},
      // A head before the key names the paper or the rank; a word holding
      // another credit's key ends the names; a spaced-out name is one name.
      {"本报记者 包小安 见习记者 杨 洁", nullptr, nullptr, nullptr, {"包小安", "杨洁"}},
      {"本报记者 谭小娟 北京报道", nullptr, nullptr, nullptr, {"谭小娟"}},
      {"21世纪经济报道特约记者 缴小飞 北京报道", nullptr, nullptr, nullptr, {"缴小飞"}},
      {"某某新闻记者 王小鑫 通讯员 陈小健", nullptr, nullptr, nullptr, {"王小鑫"}},
      {"某某新闻资深记者 王小辉 实习生 邓小林", nullptr, nullptr, nullptr, {"王小辉"}},
      {"北京商报记者 陶小凤 吕小玲", nullptr, nullptr, nullptr, {"陶小凤", "吕小玲"}},
      // A name right after the key: a common surname, after a paper or a rank.
      {"中国基金报记者方小丽", nullptr, nullptr, nullptr, {"方小丽"}},
      {"新华社记者刘小平", nullptr, nullptr, nullptr, {"刘小平"}},
      {"某某日报记者欧阳小明", nullptr, nullptr, nullptr, {"欧阳小明"}},
      {"某某日报见习记者程小浩 东莞报道", nullptr, nullptr, nullptr, {"程小浩"}},
      {"本报记者 张小三 见习记者李小四", nullptr, nullptr, nullptr, {"张小三", "李小四"}},
      // A reporter credit inside an author field.
      {"作者：本报记者 王小五", nullptr, nullptr, nullptr, {"王小五"}},
      {"来源：光明日报 作者：本报记者 王小五", nullptr, "光明日报", nullptr, {"王小五"}},
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

// 原标题 and a space: ../shared/corpus/9分钟被美国主持人打断23次，秦刚：请让我说完！.md
TEST(ReadBoilerplateLineTest, OriginalTitleAfterASpace) {
  Credits credits;
  EXPECT_TRUE(ReadBoilerplateLine(
      DefaultRules(), "原标题 9分钟被美国主持人打断23次，秦刚：请让我说完！", &credits));
  EXPECT_EQ(credits.original_title, "9分钟被美国主持人打断23次，秦刚：请让我说完！");
}

TEST(ReadBoilerplateLineTest, SiteLinesAndDecorationAreDroppedWithoutCredits) {
  const char* cases[] = {
      "海量资讯、精准解读，尽在新浪财经APP", "举报/反馈", "━━━━━━━━", "***", "",
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
      "记者了解到，该价格自2021年1月起执行。",
      "老人告诉记者，中国知网已经不再收录他的文章。",
      "李某在接受《环球时报》记者采访时表示，双方仍需沟通。",
      "分析师对《证券日报》记者表示，市场预期改善。",
      "某某新闻记者：",  // an interview's label; the question follows
      // Picture credits: the names are photographers.
      "新华社记者 张小龙 摄",
      "▲观众仍络绎不绝。新京报记者 李小易 摄",
      "大连小京都商业街（极目新闻见习记者丁小伟摄）",
      "会后合影。（记者 张小三 摄）",
      "会后合影。（新华社记者李小贺摄）",
      // A bracket that neither follows a dateline nor ends a sentence.
      "相关负责人表示（记者王小五）将继续推进。",
      // At the start of a paragraph only a spaced credit counts.
      "【记者观察】楼市调控仍将延续。",
      "新华社北京12月15日电（记者从财政部获悉）今年以来彩票销量增长。",
      // No space after the key: sentences, columns and headings, not names.
      "本报记者获悉",
      "本报记者获悉，该项目已于近日开工。",
      "新华社记者从财政部了解到，今年彩票销量增长。",
      "接受本报记者采访时表示，市场预期改善。",
      "本报记者王小五获悉，该项目已于近日开工。",
      "新华社记者王小五获悉",
      "记者手记",
      "（记者手记）",
      "【记者手记】",
      "记者节",
      "记者观察",
      "新华社记者观察",
      "记者连线",
      "（记者连线）",
      "中国基金报记者方小丽摄",
      // An author alone is no reporter.
      "（作者：王某某 编辑：李某某）",
  };
  for (const char* line : cases) {
    Credits credits;
    EXPECT_FALSE(ReadBoilerplateLine(DefaultRules(), line, &credits)) << line;
    EXPECT_FALSE(credits.source.has_value()) << line;
    EXPECT_TRUE(credits.reporters.empty()) << line;
  }
}

// A credit in brackets inside a paragraph, or a byline the article's text
// runs on after, gives reporters and leaves the paragraph as written; a
// bracket that is all the line holds is a credit line and leaves the text.
TEST(ReadBoilerplateLineTest, CreditsInParagraphsGiveReportersAndKeepTheParagraph) {
  struct Case {
    const char* line;
    bool dropped;
    std::vector<std::string> reporters;
  };
  const Case cases[] = {
      {"新华社北京12月15日电（记者 赵小华）财政部15日公布数据。", false, {"赵小华"}},
      {"某某网北京12月31日电 （记者 赵小华）财政部31日公布数据。", false, {"赵小华"}},
      {"新华社华盛顿1月20日电（记者许小缘 高小攀）美国国会众议院议员20日致信。",
       false,
       {"许小缘", "高小攀"}},
      {"新华社北京2月8日电（记者邹小为、于小欣）据中国政府网8日消息。",
       false,
       {"邹小为", "于小欣"}},
      {"某某网消息（记者 刘小宇 报道员 陈小璞）12月1日，某局召开大会。", false, {"刘小宇"}},
      {"某某报快讯（记者 吴小婷 通讯员 王小涵）7年前的今天，水库来水入京。", false, {"吴小婷"}},
      {"某某晚报讯(记者李小莹)12月6日上午8时刚过，教授开始修订书稿。", false, {"李小莹"}},
      {"本报讯【记者 李小鸾】2022年1月11日，年度人物揭晓。", false, {"李小鸾"}},
      {"【某某时报记者 赵小珵 胡小薇】纪念活动24日在北京举行。", false, {"赵小珵", "胡小薇"}},
      {"国民经济继续保持恢复态势。（记者魏小坤、邹小为，海报设计杨小群）",
       false,
       {"魏小坤", "邹小为"}},
      {"将进一步提升质量。（总台央视记者 王小涛）", false, {"王小涛"}},
      {"（总台记者 金小珠）", true, {"金小珠"}},
      {"（驻京记者 宋小华）", true, {"宋小华"}},
      {"（总台记者纪小乐 邓小洲）", true, {"纪小乐", "邓小洲"}},
      {"（作者：南方财经全媒体记者 钟小韵 编辑：杜小禹）", true, {"钟小韵"}},
      {"（作者：见习记者,李小莎）", true, {"李小莎"}},
      // Bylines the article's text runs on after, on the place they were
      // filed from (regression: the byline's paragraph was dropped whole).
      {"本报记者 谭小娟 北京报道 10月份多项经济指标超预期回暖。", false, {"谭小娟"}},
      {"南方财经全媒体见习记者程小浩 东莞报道 5月24日，东莞市开展企业遴选工作。",
       false,
       {"程小浩"}},
      {"21世纪经济报道记者舒小婷 北京报道 商务部新闻发言人2月17日称，双边贸易额增长。",
       false,
       {"舒小婷"}},
  };
  for (const Case& c : cases) {
    Credits credits;
    EXPECT_EQ(ReadBoilerplateLine(DefaultRules(), c.line, &credits), c.dropped) << c.line;
    EXPECT_EQ(credits.reporters, c.reporters) << c.line;
  }
}

// Site notes: the lines are those of real articles in ../shared (file named
// above each), but the two link lines, which issue 16 quotes from articles
// of the same feeds.
TEST(ReadSiteNoteTest, SiteNotesAreDroppedAndOnlyEditorsNameTheEditor) {
  struct Case {
    const char* line;
    const char* staff_editor;  // nullptr: none
  };
  const Case cases[] = {
      // corpus-ranked/articles/10月19日龙虎榜解析：正邦科技单日净买入额最多，….md (每经网)
      {"免责声明：本文内容与数据仅供参考，不构成投资建议，使用前核实。据此操作，风险自担。",
       nullptr},
      // corpus/5天4板妖股创4年新高，…低估值的大幅预增股曝光（附名单）.md (数据宝)
      {"声明：数据宝所有资讯内容不构成投资建议，股市有风险，投资需谨慎。", nullptr},
      // corpus/"""""""""'专家：我国货币政策主要关注CPI而非PPI 年内无加息压力'""""""""".md
      {"风险提示", nullptr},
      // corpus/2021年中国企业IPO图谱：广东106家，全国唯一破百省份！….md: in brackets.
      {"（声明：文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。）", nullptr},
      {"点击查看所有龙虎榜数据", nullptr},
      {"点击查看更多行业红黑榜单：https：//example.com/hhb", nullptr},  // URL shortened
      // corpus/10月煤炭行业利润增逾4倍！规模以上工业企业利润连续两月回升.md (证券时报网)
      {"编辑：于红波", "于红波"},
      // corpus/14岁全价！国家铁路局拟出新规：孩子买实名制火车票不再看身高.md (每经网): a head.
      {"每经编辑 杜宇", "杜宇"},
      // corpus/10年送出300万个馒头，这家免费馒头店谢幕.md
      {"本期资深编辑 邢潭", "邢潭"},
      // corpus/2018年以来全国检察机关对82名原省部级干部提起公诉.md: 校对 is no editor.
      {"编辑 刘梦婕 校对 王心", "刘梦婕"},
      // corpus/6家企业负责人落实安全生产不力被处罚.md; corpus/00后职场图鉴：….md
      {"编辑 | 翟瑞民", "翟瑞民"},
      {"编辑 | 曹 杨", "曹杨"},
      // corpus/10年再添4座千万人口省会城市，下一个会是哪里？.md (每经网)
      {"校对|何小桃", nullptr},
      // Made up: 审核 is no editor either, wherever it stands.
      {"审核：王小五", nullptr},
      {"校对：李小四 审核：王小五 编辑：赵小六", "赵小六"},
  };
  for (const Case& c : cases) {
    Credits credits;
    EXPECT_TRUE(ReadSiteNote(DefaultRules(), c.line, &credits)) << c.line;
    if (c.staff_editor) {
      EXPECT_EQ(credits.staff_editor, c.staff_editor) << c.line;
    } else {
      EXPECT_FALSE(credits.staff_editor.has_value()) << c.line;
    }
    EXPECT_FALSE(credits.editor.has_value()) << c.line;
  }
}

TEST(ReadSiteNoteTest, DataNotesAndRunningTextAreTheArticles) {
  const char* cases[] = {
      // corpus-ranked/articles/10只科创板股获北向资金减仓.md; 10股获杠杆资金净买入超亿元.md
      "注：持股增减量及市值根据香港交易所公布的数据为基准进行测算，如有差异请以交易所和上市公司披露"
      "为准。"
      "本文系新闻报道，不构成投资建议，股市有风险，投资需谨慎。",
      "注：本文系新闻报道，不构成投资建议，股市有风险，投资需谨慎。",
      "数据来源：国家统计局",
      // corpus/00后不再扎堆一线城市，对中小企业接受度显著提升.md (a caption there)
      "（数据来源：第一财经记者根据各地统计公报和公开数据整理）",
      // A disclaimer quoted in running text; note words that open a sentence.
      "他表示，文末一句“免责声明：本文内容与数据仅供参考”并不能让平台免责。",
      "声明发布后，公司股价应声上涨。",
      "风险提示函已于昨日送达相关机构。",
      // 编辑 in running text, and a field that is no credit (corpus/00后职场图鉴：….md).
      "编辑部认为，这一做法值得推广。",
      "编辑认为，这一做法值得推广。",
      "编辑：您如何看待这一变化？",
      "总编辑王小五表示，将加快转型。",
      "小羊 | 18岁 网络编辑",
      "校对工作已经完成。",
  };
  for (const char* line : cases) {
    Credits credits;
    EXPECT_FALSE(ReadSiteNote(DefaultRules(), line, &credits)) << line;
    EXPECT_FALSE(credits.staff_editor.has_value()) << line;
  }
}

// A site note is read within site_note_reach (5) paragraphs of either end;
// credit lines the stage drops do not count. Deeper in, the same words are
// the article's.
TEST(ApplyBoilerplateTest, SiteNotesLeaveOnlyAtTheArticlesEdges) {
  Document doc = BuildDocument(
      "<p>每经编辑 杜小宇</p>"
      "<p>第一段。</p><p>第二段。</p><p>第三段。</p><p>第四段。</p>"
      "<p>声明：本公司从未授权任何机构代销其产品。</p>"  // the 6th paragraph
      "<p>风险提示</p>"
      "<p>第五段。</p><p>第六段。</p>"
      "<p>点击查看所有龙虎榜数据</p>"  // the 5th from the end
      "<p>他说，“免责声明：本文内容仅供参考”不能免责。</p>"
      "<p>第七段。</p>"
      "<p>(记者 曾小辉)</p>"
      "<p>免责声明：本文内容与数据仅供参考，不构成投资建议，使用前核实。据此操作，风险自担。</p>"
      "<p>编辑：于小波</p>",
      DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(Texts(doc),
            (std::vector<std::string>{"第一段。", "第二段。", "第三段。", "第四段。",
                                      "声明：本公司从未授权任何机构代销其产品。", "风险提示",
                                      "第五段。", "第六段。",
                                      "他说，“免责声明：本文内容仅供参考”不能免责。", "第七段。"}));
  EXPECT_EQ(credits.editor, "杜小宇");  // the first 编辑 line
  EXPECT_EQ(credits.reporters, std::vector<std::string>{"曾小辉"});
}

// Only 编辑 names the editor, and only when no 责任编辑 line does, wherever
// that stands (the body's end, a credit comment).
TEST(ApplyBoilerplateTest, ResponsibleEditorWinsOverAStaffEditor) {
  struct Case {
    const char* html;
    const char* editor;  // nullptr: none
  };
  const Case cases[] = {
      {"<p>正文。</p><p>编辑：于小波</p>", "于小波"},
      {"<p>编辑：于小波</p><p>正文。</p><p>责任编辑：薛小玮</p>", "薛小玮"},
      {"<p>正文。</p><p>编辑：于小波</p><!-- 【责任编辑:薛小玮 SF020】 -->", "薛小玮"},
      {"<p>正文。</p><p>校对：何小桃</p>", nullptr},
  };
  for (const Case& c : cases) {
    Document doc = BuildDocument(c.html, DefaultRules());
    const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
    if (c.editor) {
      EXPECT_EQ(credits.editor, c.editor) << c.html;
    } else {
      EXPECT_FALSE(credits.editor.has_value()) << c.html;
    }
    EXPECT_EQ(Texts(doc), std::vector<std::string>{"正文。"}) << c.html;
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
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"会议指出，各区要抓好落实。",
                                                  "会议要求，持续改善营商环境。"}));
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

// The byline in the lead and the credit line both name the reporter: once.
TEST(ApplyBoilerplateTest, ReporterCreditedTwiceIsListedOnce) {
  Document doc = BuildDocument(
      "<p>　　<font>某某报讯（记者 冯小琪）</font>11月30日，教育部公布统计公告。</p>"
      "<p>　　某某报记者 冯小琪</p>",
      DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(credits.reporters, std::vector<std::string>{"冯小琪"});
  EXPECT_EQ(Texts(doc),
            std::vector<std::string>{"某某报讯（记者 冯小琪）11月30日，教育部公布统计公告。"});
}

// Whatever the pre-check skips, the credits are those a full parse gives.
TEST(ApplyBoilerplateTest, CommentCreditsTheParseJoinsAreRead) {
  Document doc = BuildDocument(
      "<p>正文。</p><!--article_adlist[<p><b>来</b>源：某某都市报</p>]article_adlist-->"
      "<!--article_adlist[<p>原<b title=\"a>b\">标题：某某报道</b></p>]article_adlist-->"
      "<!--article_adlist[<p>百万用户都在看</p>]article_adlist-->",
      DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(credits.source, "某某都市报");
  EXPECT_EQ(credits.original_title, "某某报道");
}

// Regression: the credit comment's markup reached gumbo unchecked, and
// 400k nested <div> in it took minutes.
TEST(ApplyBoilerplateTest, DeeplyNestedCreditCommentIsNotParsed) {
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += "<div>";
  Document doc = BuildDocument(
      "<p>正文。</p><!--article_adlist[" + nested + "<p>来源：某报</p>]article_adlist-->",
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
      "<p>记者：您如何看待今年的房地产市场走势？</p><p>“记者 我想问一下”，他说。</p><p>记者 "
      "王五</p>",
      DefaultRules());
  const Credits credits = ApplyBoilerplate(DefaultRules(), &doc);
  EXPECT_EQ(credits.reporters, std::vector<std::string>{"王五"});
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "记者：您如何看待今年的房地产市场走势？");
}

}  // namespace
}  // namespace newsextract
