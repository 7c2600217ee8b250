#include "ranking_grammar.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

// The grammar of one block, its readings opened for the test.
class Grammar : private BlockGrammar {
 public:
  explicit Grammar(const Block& block)
      : BlockGrammar(block, DefaultRules(), finder_), block_text_(block.text) {}
  using BlockGrammar::BeforeYear;
  using BlockGrammar::CopulaIn;
  using BlockGrammar::IsCaption;
  using BlockGrammar::NounEnd;
  using BlockGrammar::SkipCopula;
  size_t At(const std::string& s) const { return block_text_.find(s); }

 private:
  static inline const CueFinder finder_{DefaultRules()};
  std::string block_text_;
};

TEST(RankingGrammarTest, RankingWordsAndRankVerbs) {
  EXPECT_TRUE(HasRankingWord("诉求量排名", DefaultRules()));
  EXPECT_TRUE(HasRankingWord("位居", DefaultRules()));
  EXPECT_FALSE(HasRankingWord("增长较快", DefaultRules()));
}

TEST(RankingGrammarTest, CaptionsAreLinesWithoutAClause) {
  const Block caption = testing::Plain("近五日龙虎榜机构净买入金额最多个股");
  const Block sentence = testing::Plain("近五日，机构净买入金额最多的个股是甲");
  EXPECT_TRUE(Grammar(caption).IsCaption());
  EXPECT_FALSE(Grammar(sentence).IsCaption());
}

TEST(RankingGrammarTest, CopulasAndTheNounsAfterThem) {
  const Block block = testing::Plain("甲和乙成为上榜公司最多的两家公司");
  const Grammar g(block);
  const auto copula = g.CopulaIn(0, block.text.size());
  ASSERT_TRUE(copula);
  EXPECT_EQ(copula->first, g.At("成为"));
  EXPECT_EQ(copula->second, g.At("上榜"));  // 成为 over the 为 inside it
  EXPECT_EQ(g.SkipCopula(g.At("成为")), g.At("上榜"));
  EXPECT_EQ(g.SkipCopula(g.At("上榜")), g.At("上榜"));
  EXPECT_EQ(g.NounEnd(g.At("的两家")), block.text.size());  // 的两家公司 ends the clause
  EXPECT_EQ(g.NounEnd(g.At("上榜")), std::string_view::npos);
}

TEST(RankingGrammarTest, AYearOpensWhatIsSaidOfAName) {
  EXPECT_EQ(Grammar::BeforeYear("保利2021年全年新增"), std::string("保利").size());
  EXPECT_EQ(Grammar::BeforeYear("保利发展"), std::string("保利发展").size());
}

}  // namespace
}  // namespace newsextract
