#include "html_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "markup_check.h"
#include "text_util.h"

namespace newsextract {
namespace {

Document Build(std::string_view html) { return BuildDocument(html, DefaultRules()); }

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.text);
  return out;
}

// The text of `block` covered by bold runs, in order.
std::string BoldText(const Block& block) {
  std::string out;
  for (const auto& r : block.runs) {
    if (r.bold) out += block.text.substr(r.begin, r.end - r.begin);
  }
  return out;
}

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(BuildDocumentTest, ParagraphTextIsFoldedTrimmedAndDecoded) {
  struct Case {
    const char* html;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"<p>　　会议指出</p>", {"会议指出"}},
      {"<p>\u3000\u3000全年增长\u3000</p>", {"全年增长"}},
      {"<p>甲&nbsp;&nbsp;乙</p>", {"甲 乙"}},
      {"<p>\u00a0甲\u00a0\u00a0乙\u00a0</p>", {"甲 乙"}},
      {"<p>甲\n   乙\t\t丙</p>", {"甲 乙 丙"}},
      {"<p>&lt;b&gt;不是标签&lt;/b&gt; &amp; 其他</p>", {"<b>不是标签</b> & 其他"}},
      {"<p>&#x4E2D;&#22269;&ldquo;两区&rdquo;</p>", {"中国\u201c两区\u201d"}},
      {"<p>前</p><script>var a = '脚本';</script><style>p { color: red }</style><p>后</p>",
       {"前", "后"}},
      {"<p>甲<!-- 注释 -->乙</p>", {"甲乙"}},
      {"<p> </p><p>\u3000</p><p>&nbsp;</p><p>有字</p>", {"有字"}},
      {"<p>第一行<br>第二行<br/>第三行</p>", {"第一行", "第二行", "第三行"}},
      {"<p>　　甲<br>　　乙<br> </p>", {"甲", "乙"}},
      {"<p>&#12288;&#12288;全角空格实体&#160;</p>", {"全角空格实体"}},
      {"<div>直接文字<p>段落</p>尾巴</div>", {"直接文字", "段落", "尾巴"}},
      {"<p>甲<b>乙</b><a href=\"http://finance.sina.com.cn/x.shtml\">丙</a><font>丁</font></p>",
       {"甲乙丙丁"}},
      {"<p><span>上涨</span> <span>5%</span></p>", {"上涨 5%"}},
      {"<p>正文</p><noscript>请启用脚本</noscript>", {"正文"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Texts(Build(c.html)), c.want) << c.html;
}

TEST(BuildDocumentTest, CommentsAreKeptAsideNotInText) {
  const Document doc =
      Build("<p>正文<!-- article_adlist[<p>来源：某某日报</p>]article_adlist --></p>");
  EXPECT_EQ(Texts(doc), std::vector<std::string>{"正文"});
  EXPECT_EQ(doc.comment_lines, std::vector<std::string>{"来源：某某日报"});
}

// A metadata comment's markup becomes the lines of its blocks when its
// guards let it be parsed; another comment is one folded line.
TEST(BuildDocumentTest, CommentsBecomeLinesOfText) {
  struct Case {
    std::string html;
    std::vector<std::string> lines;
  };
  // (A comment before the first element is not walked: gumbo puts it
  // outside the <html> element the walk starts from.)
  const Case cases[] = {
      {"<p>正文</p><!--  来源：\n 某某日报  -->", {"来源： 某某日报"}},
      {"<p>正文</p><!--article_adlist[<p>来源：某报</p><p>责任编辑：张三</p>]article_adlist-->",
       {"来源：某报", "责任编辑：张三"}},
      {"<p>正文</p><!--article_adlist[<p><b>来</b>源：某某都市报</p>]article_adlist-->",
       {"来源：某某都市报"}},
      // No close: the markup runs to the comment's end.
      {"<p>正文</p><!--article_adlist[<p>来源：某报</p>-->", {"来源：某报"}},
      // Lists of recommended articles are not parsed (MayHoldCredit).
      {"<p>正文</p><!--article_adlist[<p>百万用户都在看</p>]article_adlist-->", {}},
      // Markup the body would be refused for is not parsed either.
      {"<p>正文</p><!--article_adlist[" + Repeat("<div>", 5000) +
           "<p>来源：某报</p>]article_adlist-->",
       {}},
      {"<p>正文</p><!--article_adlist[<p>来源：某报</p>" + Repeat("<p>段</p>", 20000) +
           "]article_adlist-->",
       {}},
      {"<p>正文</p>", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Build(c.html).comment_lines, c.lines) << c.html.substr(0, 80);
  }
}

TEST(BuildDocumentTest, BlocksKnowTheirKind) {
  const Document doc = Build(
      "<h2>一、共享服务</h2>"
      "<p>说明</p>"
      "<ol><li>甲基金</li><li>乙基金</li></ol>"
      "<ul><li>提示</li></ul>");
  ASSERT_EQ(doc.blocks.size(), 5u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.blocks[2].list_id, doc.blocks[3].list_id);
  EXPECT_EQ(doc.blocks[2].list_index, 0);
  EXPECT_EQ(doc.blocks[3].list_index, 1);
  EXPECT_EQ(doc.blocks[4].kind, BlockKind::kListItem);
  EXPECT_NE(doc.blocks[4].list_id, doc.blocks[2].list_id);
  EXPECT_EQ(doc.blocks[4].list_index, 0);
}

TEST(BuildDocumentTest, TableRowsAreBlocksWithCells) {
  const Document doc = Build(
      "<table><tr><th>排名</th><th>银行</th><th>综合得分</th></tr>"
      "<tr><td>1</td><td><p>甲银行</p></td><td> 91.5 </td></tr></table>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const Block& header = doc.blocks[0];
  const Block& row = doc.blocks[1];
  EXPECT_EQ(header.kind, BlockKind::kTableRow);
  EXPECT_EQ(header.row, 0);
  EXPECT_EQ(row.row, 1);
  EXPECT_EQ(header.table_id, row.table_id);
  EXPECT_EQ(header.text, "排名 | 银行 | 综合得分");
  ASSERT_EQ(header.cells.size(), 3u);
  EXPECT_EQ(header.Cell(0), "排名");
  EXPECT_EQ(header.Cell(1), "银行");
  EXPECT_EQ(header.Cell(2), "综合得分");
  ASSERT_EQ(row.cells.size(), 3u);
  EXPECT_EQ(row.Cell(0), "1");
}

TEST(BuildDocumentTest, SpaceAtTheEdgeOfACellIsTrimmed) {
  // A <p> inside a cell, or white space around its text, must not leave a
  // second space after the separator: paragraphs fold every run to one space.
  const Document doc =
      BuildDocument("<table><tr><td>1</td><td><p>甲银行</p></td><td>\n  91.5  \n</td></tr></table>",
                    DefaultRules());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& row = doc.blocks[0];
  EXPECT_EQ(row.text, "1 | 甲银行 | 91.5");
  ASSERT_EQ(row.cells.size(), 3u);
  EXPECT_EQ(row.Cell(1), "甲银行");
  EXPECT_EQ(row.Cell(2), "91.5");
}

// Regression: empty cells left a double space and a trailing one in the
// row's text. The first row is 数据宝's, from ../shared/corpus-ranked/articles/
// 今年以来定增累计募资322亿元.md (证券时报网).
TEST(BuildDocumentTest, EmptyCellsKeepTheirBarsWithoutDoubleSpaces) {
  const Document doc = Build(
      "<table><tr class=\"row1\"><td align=\"center\">002875</td><td align=\"center\">安 奈 儿</td>"
      "<td align=\"right\">3.22</td><td align=\"center\">纺织服饰</td><td align=\"center\"></td>"
      "<td align=\"center\"></td><td align=\"right\"></td><td align=\"center\"> </td></tr>"
      "<tr><td></td><td>甲</td><td></td><td>乙</td></tr></table>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const Block& row = doc.blocks[0];
  EXPECT_EQ(row.text, "002875 | 安 奈 儿 | 3.22 | 纺织服饰 | | | |");
  ASSERT_EQ(row.cells.size(), 8u);
  EXPECT_EQ(row.Cell(1), "安 奈 儿");
  EXPECT_EQ(row.Cell(3), "纺织服饰");
  for (size_t i = 4; i < 8; ++i) EXPECT_EQ(row.Cell(i), "") << i;
  // An empty first cell adds no bar: the text starts with the first word.
  const Block& gaps = doc.blocks[1];
  EXPECT_EQ(gaps.text, "甲 | | 乙");
  ASSERT_EQ(gaps.cells.size(), 4u);
  EXPECT_EQ(gaps.Cell(0), "");
  EXPECT_EQ(gaps.Cell(1), "甲");
  EXPECT_EQ(gaps.Cell(2), "");
  EXPECT_EQ(gaps.Cell(3), "乙");
}

TEST(BuildDocumentTest, BoldRunsFromTagsStylesAndCmsClasses) {
  struct Case {
    const char* html;
    const char* bold;  // the block's bold text
  };
  const Case cases[] = {
      {"<p><b>4月全市</b><b>各街道排名前十</b>的是：甲街道</p>", "4月全市各街道排名前十"},
      {"<p><strong>海淀区</strong>聚焦创新</p>", "海淀区"},
      {"<p><font cms-style=\"font-L strong-Bold\">昌平区</font>推进建设</p>", "昌平区"},
      {"<p><span style=\"font-weight: bold\">怀柔区</span>持续发力</p>", "怀柔区"},
      {"<p><span style=\"font-weight:700\">密云区</span>生态优先</p>", "密云区"},
      {"<p>没有加粗</p>", ""},
  };
  for (const Case& c : cases) {
    const Document doc = Build(c.html);
    ASSERT_EQ(doc.blocks.size(), 1u) << c.html;
    EXPECT_EQ(BoldText(doc.blocks[0]), c.bold) << c.html;
  }
}

TEST(BuildDocumentTest, RunsCoverTheTextWithTheirAttributes) {
  const Document doc = Build("<p>会议通报<b>4月全市</b><b>各街道排名前十</b>的是：甲街道</p>");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& b = doc.blocks[0];
  EXPECT_EQ(b.text, "会议通报4月全市各街道排名前十的是：甲街道");
  EXPECT_FALSE(b.AllBold());
  size_t at = 0;
  for (const auto& r : b.runs) {
    EXPECT_EQ(r.begin, at);
    EXPECT_LT(r.begin, r.end);
    at = r.end;
  }
  EXPECT_EQ(at, b.text.size());
  const std::string label = "4月全市各街道排名前十";
  const size_t label_at = b.text.find(label);
  for (const auto& r : b.runs) {
    const bool inside = r.begin >= label_at && r.end <= label_at + label.size();
    EXPECT_EQ(r.bold, inside) << b.text.substr(r.begin, r.end - r.begin);
  }
}

TEST(BuildDocumentTest, AllBoldParagraphIsAHeadingCandidate) {
  const Document doc = Build("<p><b>生活垃圾分类</b></p><p><b>红榜</b>：甲街道</p>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_TRUE(doc.blocks[0].AllBold());
  EXPECT_FALSE(doc.blocks[1].AllBold());
}

TEST(BuildDocumentTest, StockSpansGiveStocksInOrderEachCodeOnce) {
  const Document doc = Build(
      "<p>净买入<span id=\"stock_sh600000\"><a href=\"https://finance.sina.com.cn/realstock/"
      "company/sh600000/nc.shtml\">浦发银行</a></span>、"
      "<span id=\"stock_sz000001\"><a>平安银行</a></span>，"
      "再次买入<span id=\"stock_sh600000\"><a>浦发银行</a></span>。</p>");
  ASSERT_EQ(doc.stocks.size(), 2u);
  EXPECT_EQ(doc.stocks[0].code, "sh600000");
  EXPECT_EQ(doc.stocks[0].name, "浦发银行");
  EXPECT_EQ(doc.stocks[1].code, "sz000001");
  EXPECT_EQ(doc.stocks[1].name, "平安银行");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& b = doc.blocks[0];
  EXPECT_EQ(b.text, "净买入浦发银行、平安银行，再次买入浦发银行。");
  bool found = false;
  for (const auto& r : b.runs) {
    if (b.text.substr(r.begin, r.end - r.begin) == "浦发银行") {
      EXPECT_EQ(r.stock_code, "sh600000");
      EXPECT_TRUE(Contains(r.href, "sh600000"));
      found = true;
      break;
    }
  }
  EXPECT_TRUE(found);
}

// 证券时报网 links stocks to quote pages; the code is written as Sina writes it.
TEST(BuildDocumentTest, QuotePageLinksAreStocksToo) {
  struct Case {
    const char* href;
    const char* code;  // empty: not a stock link
  };
  const Case cases[] = {
      {"http://info.stcn.com/dc/stock/?stockcode=SS603918", "sh603918"},
      {"https://info.stcn.com/dc/stock/?stockcode=SZ300750&from=a", "sz300750"},
      {"https://info.stcn.com/dc/stock/?stockcode=bj830799", "bj830799"},
      {"https://info.stcn.com/dc/stock/?stockcode=SZ3007500", ""},  // seven digits
      {"https://info.stcn.com/dc/stock/?stockcode=HK00700", ""},
      {"https://info.stcn.com/dc/stock/?stockcode=SZ30075X", ""},
      {"https://example.com/?q=stockcode", ""},
  };
  for (const Case& c : cases) {
    const Document doc = Build(std::string("<p>其次是<a class=\"trsHotWords\" href=\"") + c.href +
                               "\" code=\"603918\">金桥信息</a>。</p>");
    if (*c.code == '\0') {
      EXPECT_TRUE(doc.stocks.empty()) << c.href;
      continue;
    }
    ASSERT_EQ(doc.stocks.size(), 1u) << c.href;
    EXPECT_EQ(doc.stocks[0].code, c.code);
    EXPECT_EQ(doc.stocks[0].name, "金桥信息");
  }
}

TEST(BuildDocumentTest, ImagesWithCaptionsAreNotParagraphs) {
  const Document doc = Build(
      "<p>正文一</p>"
      "<div class=\"img_wrapper\"><img src=\"https://n.sinaimg.cn/a.jpg\">"
      "<span class=\"img_descr\">会议现场　摄影</span></div>"
      "<p><img src=\"https://n.sinaimg.cn/b.jpg\" alt=\"无说明\"></p>"
      "<p><img data-src=\"https://n.sinaimg.cn/c.jpg\"></p>"
      "<p><img src=\"data:image/gif;base64,R0lGODlh\"></p>"
      "<p>正文二</p>");
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"正文一", "正文二"}));
  ASSERT_EQ(doc.images.size(), 3u);
  EXPECT_EQ(doc.images[0].src, "https://n.sinaimg.cn/a.jpg");
  EXPECT_EQ(doc.images[0].caption, "会议现场 摄影");
  EXPECT_EQ(doc.images[1].src, "https://n.sinaimg.cn/b.jpg");
  EXPECT_FALSE(doc.images[1].caption.has_value());
  EXPECT_EQ(doc.images[2].src, "https://n.sinaimg.cn/c.jpg");
}

TEST(BuildDocumentTest, QrBlockIsSkippedWholesale) {
  const Document doc = Build(
      "<p>正文</p>"
      "<div class=\"clearfix appendQr_wrap\">"
      "<div class=\"appendQr_normal\"><img src=\"https://n.sinaimg.cn/qr.png\"></div>"
      "<div class=\"appendQr_normal_txt\">扫码下载客户端</div></div>");
  EXPECT_EQ(Texts(doc), std::vector<std::string>{"正文"});
  EXPECT_TRUE(doc.images.empty());
}

TEST(BuildDocumentTest, SkipClassMustBeAWholeClassWord) {
  const Document doc = Build("<div class=\"appendQr_wrapper\">不是二维码块</div>");
  EXPECT_EQ(Texts(doc), std::vector<std::string>{"不是二维码块"});
}

TEST(BuildDocumentTest, OverlongNumericEntityDoesNotCrash) {
  const char* cases[] = {
      "<p>甲&#x19debd0041;乙</p>",
      "<p>甲&#99999999999999;乙</p>",
      "<p>甲&#x19debd0041乙</p>",
  };
  for (const char* html : cases) {
    const Document doc = Build(html);
    ASSERT_EQ(doc.blocks.size(), 1u) << html;
    EXPECT_TRUE(StartsWith(doc.blocks[0].text, "甲")) << html;
    EXPECT_TRUE(EndsWith(doc.blocks[0].text, "乙")) << html;
    EXPECT_TRUE(Contains(doc.blocks[0].text, "\uFFFD")) << html << " -> " << doc.blocks[0].text;
  }
}

// Only digits gumbo would read count: a decimal reference followed by
// letters is an ordinary reference and its text stays.
TEST(BuildDocumentTest, ReferencesOfNormalLengthAreDecoded) {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"<p>&#20013;abcdef</p>", "中abcdef"},
      {"<p>&#20013abcdef</p>", "中abcdef"},  // no ';': still five digits, then text
      {"<p>&#x4E2D;&#x4E2Dxyz</p>", "中中xyz"},
  };
  for (const Case& c : cases) {
    const Document doc = Build(c.html);
    ASSERT_EQ(doc.blocks.size(), 1u) << c.html;
    EXPECT_EQ(doc.blocks[0].text, c.text) << c.html;
  }
}

// Past a few hundred levels the walk moves to a thread with a large stack:
// the text is the same, and a timeout there still reaches the caller.
TEST(BuildDocumentTest, DeepTreesAreWalkedWhole) {
  for (const int depth : {300, 1000, 3900}) {
    const std::string html =
        Repeat("<div>", depth) + "<p>深处<b>加粗</b></p>" + Repeat("</div>", depth);
    const Document doc = Build(html);
    ASSERT_EQ(doc.blocks.size(), 1u) << depth;
    EXPECT_EQ(doc.blocks[0].text, "深处加粗") << depth;
    EXPECT_TRUE(doc.blocks[0].runs.back().bold) << depth;
  }
  const std::string deep = Repeat("<span>", 3000) + Repeat("<p>段落</p>", 3000);
  EXPECT_THROW(BuildDocument(deep, DefaultRules(), Deadline(1e-9)), TimeoutError);
}

TEST(BuildDocumentTest, ExpiredDeadlineThrowsTimeout) {
  const std::string html = Repeat("<p>段落</p>", 3000);
  const Deadline expired(1e-9);
  EXPECT_THROW(BuildDocument(html, DefaultRules(), expired), TimeoutError);
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
      {"<p><b>来</b><font>源</font>：某某都市报</p>", true},  // a run splits the word
      {"<p>&#26469;源：某某都市报</p>", true},                // spelled by a reference
      {"<textarea><b>来源：某报</b></textarea>", true},       // tags there are text
      {"<math><![CDATA[来源：某报]]></math>", true},
      {"<p>原标题：某文</p>", true},
      {"<p>责任编辑：张三</p>", true},
      {"<p>记者 张小三</p>", true},
      // Characters the parse joins that stand apart in the markup (found in review).
      {"原<b title=\"a>b\">标题：某某报道</b>", true},
      {"原<script>x</script>标题：某某报道", true},
      {"<table>原<tr><td>x</td></tr>标题：某某报道</table>", true},
      {"<p>来自某地的消息</p>", false},  // 来 without 源
      {"<p>百万用户都在看</p><p><a href=\"x\">某某新闻标题</a></p>", false},
      {"<img src=\"https://example.com/a.png\"/>", false},
      {"", false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(MayHoldCredit(DefaultRules(), c.markup), c.want) << c.markup;
}

// Everything a Document holds, one line each, to compare two.
std::string Describe(const Document& doc) {
  std::string out;
  for (const Block& b : doc.blocks) {
    out += "block " + std::to_string(static_cast<int>(b.kind)) + " " + std::to_string(b.list_id) +
           "." + std::to_string(b.list_index) + " " + std::to_string(b.table_id) + "." +
           std::to_string(b.row) + " [" + b.text + "]";
    for (const Run& r : b.runs) {
      out += " (" + std::to_string(r.begin) + "," + std::to_string(r.end) + "," +
             (r.bold ? "b" : "-") + "," + r.href + "," + r.stock_code + ")";
    }
    for (const auto& [begin, end] : b.cells) {
      out += " |" + std::to_string(begin) + "," + std::to_string(end);
    }
    out += "\n";
  }
  for (const auto& line : doc.comment_lines) out += "comment [" + line + "]\n";
  for (const auto& i : doc.images) out += "image " + i.src + " " + i.caption.value_or("-") + "\n";
  for (const auto& s : doc.stocks) out += "stock " + s.code + " " + s.name + "\n";
  return out;
}

// With the spans of CheckMarkup, gumbo is spared unread attributes, skipped
// raw text, white space runs and comment text: the Document must not
// change. Each case is markup where a careless cut would change it.
TEST(BuildDocumentTest, SparingGumboChangesNothing) {
  const std::vector<std::string> cases = {
      // Bold from cms-style, style and repeats (gumbo keeps the first).
      "<p><font cms-style=\"font-L\">甲</font><font cms-style=\"font-L strong-Bold\">乙</font>"
      "<font cms-style=\"font-L\" cms-style=\"strong-Bold\">丙</font>"
      "<span style=\"font-weight: bold\" title=\"t\">丁</span>"
      "<font CMS-STYLE=\"strong&#45;Bold\">戊</font></p>",
      // Classes: skipped, caption, other; ids: stock and not.
      "<div class=\"clearfix appendQr_wrap\"><p>扫码</p></div><p class=\"x\" id=\"y\">正文"
      "<span id=\"stock_sz000001\" data-x=\"1\">平安银行</span></p>"
      "<div class=img_wrapper><img src=\"a.png\" alt=\"a\" referrerpolicy=\"no-referrer\">"
      "<span class=\"img_descr\">图注</span></div>",
      // Misnested formatting elements with and without attributes (Noah's Ark).
      "<p><font a=1><font a=2><font a=3><font a=4><b>甲<p>乙</font></b>丙<p>丁",
      "<b x=1><b x=2><b x=3><b x=4><p>甲</b>乙<div>丙</div>",
      // Comments: where they stand, in skipped elements, in metadata, in a table.
      "<p>甲<!-- x -->乙</p><select><!-- 来源：不读 --></select>"
      "<!-- article_adlist<p>来源：某报</p>article_adlist --><table><!--t--><tr><td>1</td></tr>"
      "</table><pre><!--p-->\nx</pre>",
      // Raw text and white space.
      "<script>var a = '<p>x</p>';</script><style>p{}</style><title>t  t</title>"
      "<p>甲  \n\t 乙</p><pre>\n\n  pre</pre><listing>\n\nl</listing>"
      "<textarea>\n\n t  t</textarea><table>  \n <tr> <td> 1 </td></tr>  </table>",
      // Attributes gumbo reads, and a link.
      "<table><input type=hidden x=1><tr><td>1</td></tr></table>"
      "<svg><font color=red>甲</font></svg><p>乙</p><isindex prompt=\"提示\" x=1>"
      "<a href=\"https://finance.sina.com.cn/realstock/company/sh600000/nc.shtml\" "
      "target=\"_blank\">浦发银行</a>",
      // Comment text gumbo changes: controls, noncharacters, a carriage return.
      "<p>甲</p><!--a\x01b--><!--\xEF\xBF\xBE--><!--c\rd-->",
      // Character references and bytes that join across a cut.
      "<p>&amp  <!--x-->amp; a<<!--y-->b &#x41  ;</p><p title=\"a>b\">x</p><p a=b/>y</p>",
  };
  for (const std::string& html : cases) {
    MarkupSpans spans;
    ASSERT_EQ(CheckMarkup(html, HtmlLimits(), &spans), "") << html;
    EXPECT_EQ(Describe(BuildDocument(html, DefaultRules(), Deadline(), &spans)),
              Describe(BuildDocument(html, DefaultRules())))
        << html;
  }
}

// Each word CheckMarkup lists reaches gumbo as one character, U+F0000 + N,
// that the walk puts the word back for. gumbo treats every character of a
// word alike, wherever its insertion mode moves text; each case holds
// words, in places where a careless stand-in would change the Document.
TEST(BuildDocumentTest, WordStandInsChangeNothing) {
  const std::vector<std::string> cases = {
      // Runs across bold, links, stock spans and cells; spaces in a word.
      "<p>净利润最高的是<b>贵州茅台股份</b>，其次是<span id=\"stock_sz000858\">五粮液股份</span>"
      "和<a href=\"https://x.cn/?stockcode=SH600519\">贵州茅台集团</a>。</p>"
      "<table><tr><td> 排名第一位 </td><td>上证指数收涨\xE3\x80\x80百分之一</td></tr></table>"
      "<p>甲乙丙\xC2\xA0丁戊己庚辛</p>",
      // Text before <body>, in <head>, after </body> and </html>.
      "上证指数收涨<head>创业板指数收涨<p>深证成指收涨</p>",
      "<html><head> 创业板指数收涨 </head><body><p>上证指数</p></body>尾声的一段文字</html>"
      "最后还有一段文字",
      // Text moved out of a table (foster parenting), around a column group,
      // in a caption and a select.
      "<table>表格前面的文字<tr>行里面的文字<td>单元格的文字</td>行尾的文字</tr></table>",
      "<table><colgroup>列组里的文字<col></colgroup><caption>标题里的文字</caption>"
      "<tr><td><select>选项里的文字<option>另一个选项</select>单元格</td></tr></table>",
      // Formatting elements reopened by text, and in foreign content.
      "<p><b><i>加粗倾斜的文字<p>再次打开的格式</i></b>之后的文字</p>"
      "<svg><text>矢量图里的文字</text></svg><math><mi>数学里的文字</mi></math>",
      // A frameset ignores text; <pre> drops its first newline only.
      "<frameset>被忽略的文字<frame></frameset>之后被忽略的文字",
      "<pre>\n预格式化的文字\n第二行的文字</pre><listing>列表里的文字</listing>",
      // Text '<' between words, references next to words, code points gumbo
      // replaces inside one.
      "<p>上证指数收涨<创业板指数收涨 &amp;深证成指收涨&lt;沪深三百收涨 &#x4E00;二三四五六七</p>"
      "<p>甲乙丙\xEF\xB7\x90丁戊己 甲乙丙\xC2\x85丁戊己 甲乙\xF0\x9F\x98\x80丙丁戊 "
      "甲乙\xF0\x9F\xBF\xBE丙丁戊</p>",
      // A character of the stand-ins' plane, written or as a reference:
      // nothing stands in.
      "<p>上证指数收涨 \xF3\xB0\x80\x80 创业板指数收涨</p><p "
      "title=\"\xF3\xB0\x80\x81\">深证成指收涨</p>",
      "<p>上证指数收涨&#983040;创业板指数收涨&#xF0001;深证成指收涨</p>",
  };
  for (const std::string& html : cases) {
    MarkupSpans spans;
    ASSERT_EQ(CheckMarkup(html, HtmlLimits(), &spans), "") << html;
    EXPECT_FALSE(spans.words.empty()) << html;
    EXPECT_EQ(Describe(BuildDocument(html, DefaultRules(), Deadline(), &spans)),
              Describe(BuildDocument(html, DefaultRules())))
        << html;
  }
}

}  // namespace
}  // namespace newsextract
