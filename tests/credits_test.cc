#include "credits.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace newsextract {
namespace {

// What one line credits, and whether it is a credit line (dropped).
struct CreditCase {
  const char* line;
  bool credit_line;
  std::optional<std::string> original_title = std::nullopt;
  std::optional<std::string> source = std::nullopt;
  std::optional<std::string> secondary_source = std::nullopt;
  std::optional<std::string> editor = std::nullopt;
  std::vector<std::string> reporters = {};
};

void ExpectCredits(const CreditCase& c) {
  Credits credits;
  EXPECT_EQ(ReadCredits(DefaultRules(), c.line, &credits), c.credit_line) << c.line;
  EXPECT_EQ(credits.original_title, c.original_title) << c.line;
  EXPECT_EQ(credits.source, c.source) << c.line;
  EXPECT_EQ(credits.secondary_source, c.secondary_source) << c.line;
  EXPECT_EQ(credits.editor, c.editor) << c.line;
  EXPECT_EQ(credits.reporters, c.reporters) << c.line;
  EXPECT_FALSE(credits.staff_editor.has_value()) << c.line;
}

TEST(ReadCreditsTest, CreditLinesGiveTheirCredits) {
  const CreditCase cases[] = {
      {"原标题：某市召开月度工作点评会", true, "某市召开月度工作点评会"},
      {"原标题 某市召开月度工作点评会", true, "某市召开月度工作点评会"},
      {"原标题：多家银行下调存款利率来源：某某时报", true, "多家银行下调存款利率", "某某时报"},
      {"来源：某某日报", true, std::nullopt, "某某日报"},
      {"本文来源：某某财经", true, std::nullopt, "某某财经"},
      {"来源：某某新闻微信公众号（ID：moumou）综合整理", true, std::nullopt, "某某新闻微信公众号"},
      {"图片来源：某某图库", true, std::nullopt, std::nullopt, "某某图库"},
      {"来源：某某报｜记者 张小三",
       true,
       std::nullopt,
       "某某报",
       std::nullopt,
       std::nullopt,
       {"张小三"}},
      {"责任编辑：刘小里 SF014", true, std::nullopt, std::nullopt, std::nullopt, "刘小里"},
      {"【责任编辑:孙小六 SF099】", true, std::nullopt, std::nullopt, std::nullopt, "孙小六"},
  };
  for (const CreditCase& c : cases) ExpectCredits(c);
}

TEST(ReadCreditsTest, ReporterLinesGiveTheNamesOnly) {
  const CreditCase cases[] = {
      // A head names the paper or the rank; a spaced-out name is one name.
      {"本报记者 包小安 见习记者 杨 洁", true, {}, {}, {}, {}, {"包小安", "杨洁"}},
      // A word holding another credit's key ends the names.
      {"本报记者 谭小娟 北京报道", true, {}, {}, {}, {}, {"谭小娟"}},
      {"某某新闻记者 王小鑫 通讯员 陈小健", true, {}, {}, {}, {}, {"王小鑫"}},
      // Unspaced, a name needs a head before the key and a common surname.
      {"新华社记者刘小平", true, {}, {}, {}, {}, {"刘小平"}},
      {"某某日报记者欧阳小明", true, {}, {}, {}, {}, {"欧阳小明"}},
      {"作者：本报记者 王小五", true, {}, {}, {}, {}, {"王小五"}},
      {"记者｜王小五", true, {}, {}, {}, {}, {"王小五"}},
      // Photographers are no reporters.
      {"新华社记者 张小三 摄", false},
  };
  for (const CreditCase& c : cases) ExpectCredits(c);
}

// A byline in brackets, or one the article's text runs on after, gives the
// reporters and leaves its paragraph; a bracket alone on its line is a
// credit line.
TEST(ReadCreditsTest, BylinesInParagraphsKeepTheParagraph) {
  const CreditCase cases[] = {
      {"新华社北京12月15日电（记者 赵小华）财政部15日公布数据。",
       false,
       {},
       {},
       {},
       {},
       {"赵小华"}},
      {"本报讯【记者 李小鸾】2022年1月11日，年度人物揭晓。", false, {}, {}, {}, {}, {"李小鸾"}},
      {"国民经济继续保持恢复态势。（记者魏小坤、邹小为，海报设计杨小群）",
       false,
       {},
       {},
       {},
       {},
       {"魏小坤", "邹小为"}},
      {"本报记者 谭小娟 北京报道 10月份多项经济指标超预期回暖。",
       false,
       {},
       {},
       {},
       {},
       {"谭小娟"}},
      {"（总台记者纪小乐 邓小洲）", true, {}, {}, {}, {}, {"纪小乐", "邓小洲"}},
  };
  for (const CreditCase& c : cases) ExpectCredits(c);
}

TEST(ReadCreditsTest, SentencesAboutReportersAreNoCredits) {
  const CreditCase cases[] = {
      {"记者：您如何看待今年的房地产市场走势？", false},
      {"记者从市交通委获悉，新线年底开通。", false},
      {"本报记者获悉，新线年底开通。", false},
      {"记者王小五获悉，新线年底开通。", false},
      {"（记者手记）", false},
      {"【记者观察】", false},
      {"据悉，记者张小三已抵达现场。", false},
      {"作者：王小五", false},
      {"他说，来源：不明。", false},
  };
  for (const CreditCase& c : cases) ExpectCredits(c);
}

TEST(ReadCreditsTest, FirstValueOfEachKindWins) {
  Credits credits;
  for (const char* line : {"来源：甲日报", "来源：乙晚报", "责任编辑：钱小七", "责任编辑：周小八",
                           "原标题：甲文", "原标题：乙文", "记者 张小三", "记者 张小三 李小四"}) {
    EXPECT_TRUE(ReadCredits(DefaultRules(), line, &credits)) << line;
  }
  EXPECT_EQ(credits.source, "甲日报");
  EXPECT_EQ(credits.editor, "钱小七");
  EXPECT_EQ(credits.original_title, "甲文");
  EXPECT_EQ(credits.reporters, (std::vector<std::string>{"张小三", "李小四"}));
}

TEST(ReadStaffCreditsTest, StaffLinesNameTheEditorOnlyAfterAnEditorKey) {
  struct Case {
    const char* line;
    bool staff_line;
    std::optional<std::string> editor;
  };
  const Case cases[] = {
      {"编辑：于小波", true, "于小波"},
      {"每经编辑 杜小宇", true, "杜小宇"},
      {"编辑 刘小婕 校对 王小心", true, "刘小婕"},
      {"编辑 | 曹 杨", true, "曹杨"},
      {"编辑 张小三 李小四", true, "张小三、李小四"},
      {"校对|何小桃", true, std::nullopt},
      {"校对：李小四 审核：王小五 编辑：赵小六", true, "赵小六"},
      {"编辑部认为，这一做法值得推广。", false, std::nullopt},
      {"编辑：您如何看待这一变化？", false, std::nullopt},
      {"小羊 | 18岁 网络编辑", false, std::nullopt},
      {"编辑：于小波 来源：某报", false, std::nullopt},
  };
  for (const Case& c : cases) {
    std::optional<std::string> editor;
    EXPECT_EQ(ReadStaffCredits(DefaultRules(), c.line, &editor), c.staff_line) << c.line;
    EXPECT_EQ(editor, c.editor) << c.line;
  }
  std::optional<std::string> editor = "钱小七";
  EXPECT_TRUE(ReadStaffCredits(DefaultRules(), "编辑：于小波", &editor));
  EXPECT_EQ(editor, "钱小七");
}

TEST(InsideBracketsTest, OnlyALineWhollyInBracketsHasAnInside) {
  struct Case {
    const char* line;
    std::optional<std::string> inside;
  };
  const Case cases[] = {
      {"（声明：文章内容仅供参考。）", "声明：文章内容仅供参考。"},
      {"【 责任编辑 】", "责任编辑"},
      {"(note)", "note"},
      {"（甲）（乙）", std::nullopt},
      {"（甲）乙", std::nullopt},
      {"甲（乙）", std::nullopt},
      {"新华社北京12月15日电（记者 赵小华）", std::nullopt},
      {"（未闭合", std::nullopt},
  };
  for (const Case& c : cases) {
    const auto inside = InsideBrackets(DefaultRules(), c.line);
    EXPECT_EQ(inside ? std::optional<std::string>(*inside) : std::nullopt, c.inside) << c.line;
  }
}

TEST(CreditKeyTest, SpacedFromKeyAndMatchPrefix) {
  EXPECT_TRUE(SpacedFromKey(""));
  EXPECT_TRUE(SpacedFromKey(" 张三"));
  EXPECT_TRUE(SpacedFromKey("：张三"));
  EXPECT_TRUE(SpacedFromKey(":张三"));
  EXPECT_TRUE(SpacedFromKey("\u3000张三"));
  EXPECT_FALSE(SpacedFromKey("张三"));
  EXPECT_FALSE(SpacedFromKey("|张三"));
  const std::vector<std::string> prefixes = {"来源：", "本文来源："};
  EXPECT_EQ(MatchPrefix("本文来源：某报", prefixes), "本文来源：");
  EXPECT_EQ(MatchPrefix("来源：某报", prefixes), "来源：");
  EXPECT_EQ(MatchPrefix("来源:某报", prefixes), "");
}

TEST(CreditKeyTest, WordCharactersAreLettersDigitsAndIdeographs) {
  for (const char32_t cp : {U'a', U'Z', U'7', U'中', U'Ａ', U'９', U'é'}) {
    EXPECT_TRUE(IsWordChar(cp)) << static_cast<unsigned>(cp);
  }
  for (const char32_t cp : {U' ', U'*', U'-', U'━', U'▌', U'，', U'：', U'（', U'【', U'·'}) {
    EXPECT_FALSE(IsWordChar(cp)) << static_cast<unsigned>(cp);
  }
}

}  // namespace
}  // namespace newsextract
