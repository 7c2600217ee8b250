// The markup guard: the tag table, the depth the model predicts for gumbo
// in each insertion mode it tells apart, its verdicts, and the input gumbo
// is given.
#include "markup_check.h"

#include <gtest/gtest.h>
#include <gumbo.h>

#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gumbo_input.h"
#include "markup_tags.h"
#include "text_util.h"

namespace newsextract {
namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The deepest the model says gumbo's stack of open elements gets below
// <body>: the smallest max_depth it lets the markup through with.
size_t PredictedDepth(const std::string& html) {
  HtmlLimits limits;
  for (limits.max_depth = 0; limits.max_depth < 100; ++limits.max_depth) {
    if (CheckMarkup(html, limits).empty()) break;
  }
  return limits.max_depth;
}

// The depth of gumbo's deepest element below <body>, as gumbo really
// builds it: the model may keep more open, never less.
size_t GumboDepth(const GumboNode* node, size_t depth) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return 0;
  size_t deepest = depth;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    deepest =
        std::max(deepest, GumboDepth(static_cast<const GumboNode*>(children.data[i]), depth + 1));
  }
  return deepest;
}

size_t GumboDepth(const std::string& html) {
  const GumboInput input(html);
  GumboOutput* output =
      gumbo_parse_with_options(&input.options(), input.html().data(), input.html().size());
  const size_t depth = GumboDepth(output->root, 0);
  gumbo_destroy_output(&input.options(), output);
  return depth > 1 ? depth - 1 : 0;  // html is 0, body 1
}

TEST(MarkupCheckTest, PredictsGumbosDepthInEachInsertionMode) {
  struct Case {
    const char* mode;
    std::string html;
    size_t depth;  // the model's
    size_t gumbo;  // gumbo's tree
  };
  const Case cases[] = {
      // in body
      {"body", "<div><p>x</p></div>", 2, 2},
      {"body: a p closes the p before it", "<p>a<p>b<p>c", 1, 1},
      {"body: a list item closes the one open", "<ul><li>a<li>b</ul>", 2, 2},
      {"body: a heading closes a heading", "<h1><h2>x", 1, 1},
      {"body: a button closes a button", "<button><button>x", 1, 1},
      {"body: ruby text closes ruby text", "<ruby>a<rt>b<rt>c</ruby>", 2, 2},
      {"body: a second <a> closes the first", "<a>1<a>2<a>3", 1, 1},
      {"body: formatting reopened after a block", "<b><i>x</b>y", 2, 2},
      {"body: adoption agency under a block", "<b><div>x</b>y</div>", 2, 2},
      {"body: </form> leaves what is above it", "<form><div></form>x", 2, 2},
      {"body: raw text is not markup", "<style><div><div></style><p>x", 1, 1},
      {"body: script data escapes", "<script><!--<script></script><div></script>x", 0, 1},
      {"body: comments are not markup", "<!--<div><div>-->x", 0, 0},
      {"body: plaintext to the end", "<plaintext><div><div>", 1, 1},
      {"body: void tags do not nest", "<br><img src=x><hr>x", 0, 1},
      {"body: table parts outside a table are dropped", "<td><tr>x", 0, 0},
      // in foreign content
      {"foreign: elements nest", "<svg><g><g>x</g></g></svg>", 3, 3},
      {"foreign: self-closing is honoured", "<svg><g/><g/><g/></svg>", 1, 2},
      {"foreign: an HTML tag breaks out", "<svg><g><g><p>x", 3, 3},
      {"foreign: HTML in an integration point", "<svg><foreignObject><div>x", 3, 3},
      {"foreign: HTML in a text integration point", "<math><mi><b>x", 3, 3},
      // in select
      {"select: options close options", "<select><option>a<option>b</select>", 2, 2},
      {"select: optgroup closes an option", "<select><option>a<optgroup><option>b", 3, 3},
      {"select: other tags kept (the safe side)", "<select><div><div>x", 3, 1},
      // in table
      {"table: caption", "<table><caption>x</caption></table>", 2, 2},
      {"table: col implies a colgroup", "<table><col><col></table>", 2, 3},
      {"table: a section closes the open one", "<table><thead><tr><td>a<tbody><tr><td>b", 4, 4},
      {"table: a table straight in a table closes it", "<table><table>x", 1, 1},
      // in table body
      {"table body: a row closes the open row", "<table><tr><td>a<tr><td>b", 4, 4},
      // in row
      {"row: a cell closes the open cell", "<table><td>a<td>b<th>c", 4, 4},
      {"row: a table in a cell nests", "<table><td><table><td>x", 8, 8},
      // in template
      {"template: a cell's row, maybe implied", "<template><td>x", 3, 2},
      {"template: rows never close (the safe side)", "<template><tr><tr><tr>", 4, 2},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PredictedDepth(c.html), c.depth) << c.mode << ": " << c.html;
    EXPECT_EQ(GumboDepth(c.html), c.gumbo) << c.mode << ": " << c.html;
  }
}

TEST(MarkupCheckTest, RefusesWhatWouldBlowUpGumbo) {
  std::string distinct_bold;  // beyond Noah's Ark clause, which keeps three alike
  for (int i = 0; i < 50; ++i) distinct_bold += "<b id=" + std::to_string(i) + ">";
  struct Case {
    const char* what;
    std::string html;
    const char* reason;  // in the refusal; "" when the markup passes
  };
  const Case cases[] = {
      {"body nested past the limit", Repeat("<div>", 2001), "nested deeper than 2000"},
      {"body nested to the limit", Repeat("<div>", 2000) + "x", ""},
      {"svg nested past the limit", "<svg>" + Repeat("<g>", 2000), "nested deeper than 2000"},
      {"rows in a template", "<template>" + Repeat("<tr>", 2001), "nested deeper than 2000"},
      {"rows in a table", "<table>" + Repeat("<tr><td>x", 100000), ""},
      {"options in a select", "<select>" + Repeat("<option>x", 100000), ""},
      {"unclosed formatting reopened in each paragraph",
       "<div>" + distinct_bold + "</div>" + Repeat("<p>x</p>", 20000), "nodes"},
      {"the same, fewer paragraphs", "<div>" + distinct_bold + "</div>" + Repeat("<p>x</p>", 50),
       ""},
      {"a tag with too many attributes", "<p" + Repeat(" a", 1001) + ">", "1001 attributes"},
  };
  for (const Case& c : cases) {
    const std::string got = CheckMarkup(c.html, HtmlLimits());
    if (*c.reason == '\0') {
      EXPECT_EQ(got, "") << c.what;
    } else {
      EXPECT_NE(got.find(c.reason), std::string::npos) << c.what << " -> '" << got << "'";
    }
  }
}

TEST(MarkupCheckTest, TagTableAgreesWithGumbo) {
  for (int t = 0; t < GUMBO_TAG_UNKNOWN; ++t) {
    std::string name = gumbo_normalized_tagname(static_cast<GumboTag>(t));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(markup::LookUpTag(name).tag, t) << name;
    EXPECT_EQ(gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size())), t) << name;
  }
  EXPECT_EQ(markup::LookUpTag("x-card").tag, GUMBO_TAG_UNKNOWN);
  EXPECT_EQ(markup::LookUpTag("x-card").flags, 0u);
  EXPECT_EQ(markup::LookUpTag("").tag, GUMBO_TAG_UNKNOWN);
  EXPECT_NE(markup::HtmlTagFlags("br") & markup::kVoid, 0u);
}

TEST(GumboInputTest, CapsCharRefsLongerThanAnyCodePoint) {
  const std::pair<std::string, std::string> cases[] = {
      {"&#x19debd0041;", "&#xFFFD;"},                      // gumbo 0.10.1 overflows on it
      {"a&#X1234567;b", "a&#xFFFD;b"},                     // 7 hex digits
      {"&#12345678;x", "&#xFFFD;x"},                       // 8 decimal digits
      {"&#x1234567", "&#xFFFD;"},                          // no semicolon
      {"&#x10FFFF; &#1114111;", "&#x10FFFF; &#1114111;"},  // as long as a code point: kept
      {"&#;&#x;&amp;", "&#;&#x;&amp;"},
      {"甲&#99999999;乙&#x41;", "甲&#xFFFD;乙&#x41;"},
  };
  for (const auto& [html, want] : cases) {
    const GumboInput input(html);
    EXPECT_EQ(input.html(), want) << html;
  }
  const std::string plain = "<p>no references</p>";
  EXPECT_EQ(GumboInput(plain).html().data(), plain.data());  // nothing copied
}

TEST(GumboInputTest, ReadsNumericReferencesAsGumboIsGivenThem) {
  struct Case {
    std::string html;
    size_t end;
    std::optional<char32_t> code_point;
  };
  for (const Case& c : std::vector<Case>{{"&#65;", 4, 65},
                                         {"&#x41 ", 5, 0x41},
                                         {"&#XF0000;", 8, 0xF0000},
                                         {"&#9999999;", 9, 9999999},
                                         {"&#10000000;", 10, std::nullopt},
                                         {"&#x19debd0041;", 13, std::nullopt},
                                         {"&#;", 2, 0}}) {
    const NumericReference ref = ReadNumericReference(c.html, 0);
    EXPECT_EQ(ref.end, c.end) << c.html;
    EXPECT_EQ(ref.code_point, c.code_point) << c.html;
  }
}

TEST(GumboInputTest, RecordsNoParseErrors) {
  const GumboInput input("<p>x");
  EXPECT_EQ(input.options().max_errors, 0);
  EXPECT_EQ(input.options().tab_stop, kGumboDefaultOptions.tab_stop);
}

// Moved from html_text_test: the guard as the text layer meets it.
TEST(CheckMarkupTest, RefusesDeepNestingAndTooManyAttributes) {
  HtmlLimits limits;
  limits.max_depth = 100;
  limits.max_attributes = 10;
  std::string many_attributes = "<p";
  for (int i = 0; i < 11; ++i) many_attributes += " a" + std::to_string(i) + "=\"1\"";
  many_attributes += ">甲</p>";
  std::string ten_attributes = "<p";
  for (int i = 0; i < 10; ++i) ten_attributes += " a" + std::to_string(i) + "=\"1\"";
  ten_attributes += ">甲</p>";
  struct Case {
    std::string html;
    const char* want;  // in the reason; nullptr: accepted
  };
  const Case cases[] = {
      {"<p>正常的段落</p>", nullptr},
      {Repeat("<div>", 100) + "甲" + Repeat("</div>", 100), nullptr},
      {Repeat("<div>", 101) + "甲", "deeper than 100"},
      {Repeat("<font>", 150), "deeper than 100"},
      {Repeat("<div>甲</div>", 1000), nullptr},                      // siblings do not deepen
      {Repeat("<p>甲", 1000), nullptr},                              // p closes the p before it
      {Repeat("<br>", 1000) + Repeat("<img src=x>", 500), nullptr},  // void tags
      {"<!--" + Repeat("<div>", 500) + "-->", nullptr},              // comments are not markup
      {Repeat("<br/>", 500), nullptr},
      {ten_attributes, nullptr},
      {many_attributes, "11 attributes"},
  };
  for (const Case& c : cases) {
    const std::string got = CheckMarkup(c.html, limits);
    if (c.want == nullptr) {
      EXPECT_EQ(got, "") << c.html.substr(0, 60);
    } else {
      EXPECT_TRUE(Contains(got, c.want)) << c.html.substr(0, 60) << " -> " << got;
    }
  }
}

TEST(CheckMarkupTest, SelfClosingSlashOnANonVoidTagStillNests) {
  // HTML has no self-closing <div/>: gumbo ignores the slash and opens a
  // div each time, so 400k of them nest 400k deep (and take minutes).
  HtmlLimits limits;
  limits.max_depth = 100;
  const char* tags[] = {"<div/>", "<font/>", "<span />"};
  for (const char* tag : tags) {
    const std::string got = CheckMarkup(Repeat(tag, 500) + "甲", limits);
    EXPECT_TRUE(Contains(got, "deeper than 100")) << tag << " -> '" << got << "'";
  }
}

TEST(CheckMarkupTest, DefaultLimitsRefuseAnAttackButNotAnArticle) {
  const HtmlLimits limits;
  EXPECT_EQ(CheckMarkup("<div><p><font cms-style=\"font-L\">正文</font></p></div>", limits), "");
  EXPECT_NE(CheckMarkup(Repeat("<div>", 300000), limits), "");
  std::string attributes = "<p";
  for (int i = 0; i < 5000; ++i) attributes += " a" + std::to_string(i);
  attributes += ">";
  EXPECT_NE(CheckMarkup(attributes, limits), "");
}

// " a0 a1 ...", or with a value " a0=1 a1=1 ...".
std::string Attributes(int count, const std::string& name = "a", const std::string& value = "") {
  std::string out;
  for (int i = 0; i < count; ++i) out += " " + name + std::to_string(i) + value;
  return out;
}

// Each of these ran for minutes in gumbo 0.10.1 on a file of a few MB
// while the pre-scan let it through.
TEST(CheckMarkupTest, GumboPathsQuadraticInOneDimensionAreRefused) {
  HtmlLimits limits;
  limits.max_attributes = 10;
  const std::string annotation = "<math><annotation-xml" + Attributes(999) + ">";
  std::string long_names = "<svg>";
  for (int i = 0; i < 1990; ++i) {
    long_names += "<" + std::string(3000, 'a') + std::to_string(i) + ">";
  }
  std::string noah;
  for (int i = 0; i < 190; ++i) {
    noah += "<b" + Attributes(998, "a", "=1") + " z=" + std::to_string(i) + ">";
  }
  struct Case {
    std::string html;
    const char* want;
    HtmlLimits limits;
  };
  const Case cases[] = {
      // Tags the end of the input cuts off are dropped after their attributes are read.
      {"<p" + Attributes(11), "a <p> tag has 11 attributes, over the limit of 10", limits},
      {"<p a" + Repeat(" a", 20), "a <p> tag has 21 attributes", limits},
      {"<p>x</p" + Attributes(11), "a </p> tag has 11 attributes", limits},
      // The end tag of a raw text element carries attributes too.
      {"<style>x</style" + Attributes(11) + ">", "a </style> tag has 11 attributes", limits},
      {"<textarea>x</textarea" + Attributes(11), "a </textarea> tag has 11 attributes", limits},
      // gumbo merges the attributes of every <html> and <body> into one element.
      {Repeat("<body" + Attributes(3) + ">", 2) + "<html" + Attributes(5, "b") + ">",
       "<html> and <body> tags have 11 attributes in all, over the limit of 10", limits},
      // Per text character under an annotation-xml, its attributes are walked.
      {annotation + std::string(2000000, 'x'), "steps", HtmlLimits()},
      // Per end tag in svg, the names of the open elements are read again.
      {long_names + Repeat("</" + std::string(3000, 'a') + "z>", 2000), "steps", HtmlLimits()},
      // Per formatting tag, the attributes of its like on the list are compared.
      {noah + "x", "steps", HtmlLimits()},
  };
  for (const Case& c : cases) {
    EXPECT_TRUE(Contains(CheckMarkup(c.html, c.limits), c.want))
        << c.html.substr(0, 60) << " -> '" << CheckMarkup(c.html, c.limits) << "'";
  }
  // Their everyday forms pass.
  const std::string fine[] = {
      "<html lang=zh><body class=a id=b><p>x</p><body style=c>",
      "<math><annotation-xml encoding=\"text/html\"><p>x</p></annotation-xml></math>",
      "<svg><g><path d=x></path></g></svg>" + std::string(100000, 'x'),
      Repeat("<font color=red>x</font>", 10000),
      "<p class=x>cut off at the end <a href=",
  };
  for (const std::string& html : fine) EXPECT_EQ(CheckMarkup(html, HtmlLimits()), "") << html;
}

// What the scan lists of a body for html_text to spare gumbo.
TEST(CheckMarkupTest, ListsAttributesCommentsRawTextsAndSpaces) {
  const std::string html =
      "<p cms-style=\"font-L\" class=x ID = 'a'>甲  \n 乙</p><!-- c -- d --><!-->"
      "<!--->x<!--e--!><style>s  s</style><pre>\n\n p</pre><a href>q</a>";
  MarkupSpans spans;
  ASSERT_EQ(CheckMarkup(html, HtmlLimits(), &spans), "");
  ASSERT_TRUE(spans.complete);
  std::vector<std::string> attributes;
  for (const AttributeSpan& a : spans.attributes) {
    attributes.push_back(std::to_string(a.tag) + " " + std::string(a.name) + "=" +
                         std::string(a.value) + " [" + html.substr(a.begin, a.end - a.begin) + "]");
  }
  EXPECT_EQ(attributes, (std::vector<std::string>{"0 cms-style=font-L [cms-style=\"font-L\"]",
                                                  "0 class=x [class=x]", "0 ID=a [ID = 'a']",
                                                  "3 href= [href]"}));
  std::vector<std::string> comments;
  for (const CommentSpan& c : spans.comments) {
    comments.push_back(std::string(c.text) + "|" + html.substr(c.begin, c.end - c.begin));
  }
  EXPECT_EQ(comments, (std::vector<std::string>{" c -- d |<!-- c -- d -->", "|<!-->", "|<!--->",
                                                "e|<!--e--!>"}));
  EXPECT_TRUE(spans.comments_replaceable);
  ASSERT_EQ(spans.raw_texts.size(), 1u);
  EXPECT_EQ(spans.raw_texts[0].name, "style");
  EXPECT_EQ(
      html.substr(spans.raw_texts[0].begin, spans.raw_texts[0].end - spans.raw_texts[0].begin),
      "s  s");
  // One run in the paragraph ("  \n " keeps its first byte); none after
  // <pre>, whose first newline gumbo drops; none in the style's raw text.
  ASSERT_EQ(spans.spaces.size(), 1u);
  EXPECT_EQ(html.substr(spans.spaces[0].first, spans.spaces[0].second - spans.spaces[0].first),
            " \n ");
}

// Runs of text a character may stand in for: longer than
// kMinListedWordBytes, without white space, '<', '&' or a control, not a
// reference's name, and not touching a code point gumbo replaces.
TEST(CheckMarkupTest, ListsWordsGumboGivesBackAsWritten) {
  struct Case {
    std::string html;
    std::vector<std::string> words;
  };
  const std::vector<Case> cases = {
      {"<p>上证指数收涨 short 创业板指数</p>", {"上证指数收涨", "创业板指数"}},
      {"<p>abcdefgh abcdefghi</p>", {"abcdefghi"}},  // eight bytes are not worth it
      {"<p>净利润最高的是<b>贵州茅台</b>，其次是五粮液。</p>",
       {"净利润最高的是", "贵州茅台", "，其次是五粮液。"}},
      // Not a reference's name, nor a code point gumbo replaces (U+FDD0,
      // U+0085, U+1FFFE), but other four-byte characters; a '<' that is text
      // ends a word.
      {"<p>&amp;甲乙丙丁 &#x41;甲乙丙丁 甲乙丙\xEF\xB7\x90丁 甲乙丙\xC2\x85丁 "
       "甲乙\xF0\x9F\xBF\xBE丙丁 甲乙\xF0\x9F\x98\x80丙丁 甲乙丙丁<戊己庚辛</p>",
       {"甲乙\xF0\x9F\x98\x80丙丁", "甲乙丙丁", "戊己庚辛"}},
      {"<p>甲乙丙\xC2\xA0丁戊己\xEF\xBC\x8C</p>", {"甲乙丙\xC2\xA0丁戊己\xEF\xBC\x8C"}},
      // Not in comments, raw text, RCDATA or attributes.
      {"<!--上证指数收涨--><style>上证指数收涨</style><title>上证指数收涨</title>"
       "<textarea>上证指数收涨</textarea><p title=上证指数收涨>创业板指数</p>",
       {"创业板指数"}},
  };
  for (const Case& c : cases) {
    MarkupSpans spans;
    ASSERT_EQ(CheckMarkup(c.html, HtmlLimits(), &spans), "") << c.html;
    std::vector<std::string> words;
    for (const auto& [begin, end] : spans.words) words.push_back(c.html.substr(begin, end - begin));
    EXPECT_EQ(words, c.words) << c.html;
  }
}

TEST(CheckMarkupTest, CommentsCannotBeStoodInForBesideBogusOnes) {
  for (const char* html :
       {"<p>a</p><!--x--><?php x ?>", "<!--x--></ 3>", "<!--x--><!x>", "<!--x--><!-- no end"}) {
    MarkupSpans spans;
    ASSERT_EQ(CheckMarkup(html, HtmlLimits(), &spans), "") << html;
    EXPECT_FALSE(spans.comments_replaceable) << html;
  }
  MarkupSpans spans;
  ASSERT_EQ(CheckMarkup("<!DOCTYPE html><!--x--><svg><![CDATA[y]]></svg>", HtmlLimits(), &spans),
            "");
  EXPECT_TRUE(spans.comments_replaceable);
}

TEST(CheckMarkupTest, HostileMarkupListsLittle) {
  // A tag with more attributes than kMaxListedAttributes lists none.
  std::string many = "<p";
  for (size_t i = 0; i <= kMaxListedAttributes; ++i) many += " a" + std::to_string(i);
  many += " b>x</p><p c>y</p>";
  MarkupSpans spans;
  ASSERT_EQ(CheckMarkup(many, HtmlLimits(), &spans), "");
  ASSERT_EQ(spans.attributes.size(), 1u);
  EXPECT_EQ(spans.attributes[0].name, "c");
  // Past a number of spans no article nears, the lists are dropped.
  std::string spaced;
  for (int i = 0; i < 70000; ++i) spaced += "a  ";
  MarkupSpans dropped;
  ASSERT_EQ(CheckMarkup("<p>" + spaced + "</p>", HtmlLimits(), &dropped), "");
  EXPECT_FALSE(dropped.complete);
  EXPECT_TRUE(dropped.spaces.empty());
}

}  // namespace
}  // namespace newsextract
