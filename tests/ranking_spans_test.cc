#include "ranking_spans.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

using testing::Plain;
using Items = std::vector<std::string>;

// The names before `cue` in `text`, from the start of its clause.
Items Before(const std::string& text, const std::string& cue, int declared = 0) {
  const Block block = Plain(text);
  const size_t at = text.find(cue);
  std::string why;
  const auto names = NamesBefore(block, ClauseBegin(text, at), at, DefaultRules(), declared, &why);
  return names ? names->items : Items{"<none: " + why + ">"};
}

TEST(NamesBeforeTest, TheEnumerationThatEndsAtThePredicate) {
  struct Case {
    const char* text;
    const char* cue;
    int declared;
    Items items;
  };
  // Sentences from real articles (tests/rankset-real, ../shared/corpus-ranked).
  const Case cases[] = {
      // 知名美股中: a scope closed by 中 after a subject.
      {"知名美股中特斯拉、微软公司、FACEBOOK、英特尔、耐克公司涨幅居前",
       "居前",
       0,
       {"特斯拉", "微软公司", "FACEBOOK", "英特尔", "耐克公司"}},
      // 等 closes the names.
      {"以封单金额计算，京投发展、天坛生物、千味央厨等涨停板封单资金较多",
       "较多",
       0,
       {"京投发展", "天坛生物", "千味央厨"}},
      // A category noun written once after the series belongs to all.
      {"11月，纸浆、沪锡、红枣、焦炭、沪镍期货居商品期货涨幅榜单前五",
       "前五",
       5,
       {"纸浆", "沪锡", "红枣", "焦炭", "沪镍"}},
      // A count after the names (三个新一线城市) ends them.
      {"重庆、长沙、郑州三个新一线城市成交量破千", "破千", 0, {"重庆", "长沙", "郑州"}},
      // Titles written back to back.
      {"其中，《穿过寒冬拥抱你》《李茂扮太子》《反贪风暴5》位列前三",
       "前三",
       3,
       {"穿过寒冬拥抱你", "李茂扮太子", "反贪风暴5"}},
      // The declared count decides the final 和; brackets of figures leave.
      {"中信证券（第33）、海通证券（第31）和国泰君安（第25）的净利润率排名则相对靠后",
       "相对靠后",
       0,
       {"中信证券", "海通证券", "国泰君安"}},
      {"泰达宏利养老目标2025一年持有和中欧预见养老2025一年持有(FOF)分别以-0.08%、-0.17%"
       "收益率位列同业排名第一、二名",
       "第一、二名",
       2,
       {"泰达宏利养老目标2025一年持有", "中欧预见养老2025一年持有(FOF)"}},
      // A bracket of figures closes its name (东莞（26.4%）投递…).
      {"深圳（42.4%）、佛山（37.4%）、广州（36.4%）和东莞（26.4%）投递简历量环比增幅较大",
       "较大",
       0,
       {"深圳", "佛山", "广州", "东莞"}},
      // One name before its predicate.
      {"具体到个股看，和邦生物预计净利润增幅最高", "最高", 0, {"和邦生物"}},
      {"华为以1419亿元位居榜首", "榜首", 0, {"华为"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Before(c.text, c.cue, c.declared), c.items) << c.text;
}

TEST(NamesBeforeTest, WordsThatAreNoNamesGiveNone) {
  const char* texts[][2] = {
      {"工、建、农三大中国商业银行继续位列利润榜前十位", "前十位"},  // one-character abbreviations
      {"在不同性质企业中排名第一", "第一"},                          // a predicate word, not a name
      {"占比45%，仅次于中国", "仅次于"},                             // a figure is no name
  };
  for (const auto& [text, cue] : texts) {
    const Items got = Before(text, cue);
    ASSERT_EQ(got.size(), 1u) << text;
    EXPECT_EQ(got[0].rfind("<none", 0), 0u) << text << ": " << got[0];
  }
}

// A span ending inside a word the start skips (其中, a connective, a year
// and its 年) stays a span: the start never passes its end (a fuzzer input
// once read past the text).
TEST(NameStartTest, NeverPassesTheEndOfItsSpan) {
  const struct {
    const char* text;
    const char* span;  // where the span starts, and all it holds
  } cases[] = {
      {"前十大城市其中北京", "其"},        // 其中 goes on past the end
      {"前十大城市的分别是北京", "的分"},  // so does the connective
      {"前十大城市2021年北京", "2021"},    // and the year's 年
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    const Block block = Plain(text);
    const size_t begin = text.find(c.span);
    const size_t end = begin + std::string(c.span).size();
    EXPECT_LE(NameStart(block, begin, end, DefaultRules()), end) << text;
    std::string why;
    EXPECT_NO_THROW(NamesBefore(block, begin, end, DefaultRules(), 10, &why)) << text;
  }
}

TEST(NamesAfterTest, ClauseRecordsAndAFollower) {
  const Rules& rules = DefaultRules();
  {
    // 分别为：A，描述；B，描述… with the declared size: one name per record.
    const std::string text =
        "计算机、通信和其他电子设备制造业，研发费用总额2192亿元；互联网和相关服务业，研发费用总额16"
        "68亿元；"
        "电气机械和器材制造业，研发费用总额626亿元。";
    EXPECT_EQ(
        NamesAfter(Plain(text), 0, rules, 3, false).items,
        (Items{"计算机、通信和其他电子设备制造业", "互联网和相关服务业", "电气机械和器材制造业"}));
  }
  {
    // 其次是华大基因，汇川技术。: a bare name ending the sentence follows.
    const std::string text = "华大基因，汇川技术。";
    EXPECT_EQ(NamesAfter(Plain(text), 0, rules, 0, true).items, (Items{"华大基因", "汇川技术"}));
    EXPECT_EQ(NamesAfter(Plain(text), 0, rules, 0, false).items, (Items{"华大基因"}));
  }
}

// What is left of a name after the figure written onto it, titles and
// epithets.
TEST(NamesAfterTest, GluedFiguresTitlesAndEpithetsLeaveTheName) {
  struct Case {
    const char* text;
    Items items;
    std::vector<std::string> values;  // as written; "" for none
  };
  const Case cases[] = {
      {"非金属材料3.33%、煤炭行业3.22%、能源金属-1.61%",
       {"非金属材料", "煤炭行业", "能源金属"},
       {"3.33%", "3.22%", "-1.61%"}},
      {"远兴能源季内涨77.57%、天原股份季内涨73.99%",
       {"远兴能源", "天原股份"},
       {"77.57%", "73.99%"}},
      {"《反贪风暴5》、《长津湖》", {"反贪风暴5", "长津湖"}, {}},  // a number in a name stays
      // an amount with its unit; people after their houses and 的
      {"广发的郑澄然421.74亿元、睿远的朱璘369.63亿元、诺安基金的蔡嵩松353.28亿元",
       {"郑澄然", "朱璘", "蔡嵩松"},
       {"421.74亿元", "369.63亿元", "353.28亿元"}},
      {"甲公司首席执行官马斯克、“股神”巴菲特（Warren Buffett）", {"马斯克", "巴菲特"}, {}},
  };
  for (const Case& c : cases) {
    const Names names = NamesAfter(Plain(c.text), 0, DefaultRules(), 0, false);
    EXPECT_EQ(names.items, c.items) << c.text;
    std::vector<std::string> values;
    for (const auto& v : names.values) values.push_back(v ? v->text : "");
    EXPECT_EQ(values, c.values) << c.text;
  }
}

TEST(RecordsAfterTest, NamesOfATopNListGivenLater) {
  const std::string text =
      "排名前3家企业原煤产量合计为15.8亿吨。具体情况为：国家能源集团41287万吨，同比增长4.6%；"
      "晋能控股集团28037万吨，同比增长10.1%；中煤集团19640万吨，同比增长7.8%。";
  const auto names = RecordsAfter(Plain(text), 0, 3, DefaultRules());
  ASSERT_TRUE(names);
  EXPECT_EQ(names->items, (Items{"国家能源集团", "晋能控股集团", "中煤集团"}));
  EXPECT_FALSE(RecordsAfter(Plain(text), 0, 10, DefaultRules()));  // not ten of them
}

TEST(NameProblemTest, PartsOfSentencesAreNoNames) {
  const Rules& rules = DefaultRules();
  for (const char* name :
       {"美的集团", "中国有色金属", "首都在线", "康希诺-U", "*ST节能", "Ever Group"}) {
    EXPECT_EQ(NameProblem(name, rules), "") << name;
  }
  for (const char* clause : {"国泰君安与海通证券合作的天岳先进项目", "排名", "继续", "其北向",
                             "除浩宇", "占比45%", "超过三分之一位于北京", "是龙头"}) {
    EXPECT_NE(NameProblem(clause, rules), "") << clause;
  }
}

}  // namespace
}  // namespace newsextract
