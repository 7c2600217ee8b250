#include "ranking_ties.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

using testing::Plain;
using Items = std::vector<std::string>;

// The text after the names; SharedAfter reads from its first character,
// the punctuation closing the names' clause.
TEST(SharedAfterTest, OneValueForAllTheNamesBefore) {
  const struct {
    const char* after;
    bool shared;
  } cases[] = {
      {"，均有2次。", true},  // a sharing word
      {"，并列第一。", true},
      {"，均为8股。", true},           // 均为 alone gives one value
      {"，达到8%，高于去年。", true},  // one figure ending its clause
      {"，为15元。", true},
      {"，均在20%以上。", false},  // a threshold they all pass
      {"，均超3%。", false},
      {"，达到8%左右的水平。", false},  // the figure does not end the clause
      {"，分别为9次、8次。", false},
      {"均有2次。", false},  // no punctuation first
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SharedAfter(c.after, 0, DefaultRules()), c.shared) << c.after;
  }
}

// `names` as NamesBefore reads them: the first name, up to where it ends.
TEST(WidenTieTest, ATieHoldsTwoNames) {
  const struct {
    const char* form;
    std::string text;
    std::string first;  // the one name found
    std::string cue;    // where the cue starts
    Items want;
  } cases[] = {
      {"a conjunction in the name splits it",
       "上海与北京并列第一。",
       "上海与北京",
       "第一",
       {"上海", "北京"}},
      {"a name between a conjunction and the sharing word",
       "广东入围数量与江苏并列全国第一。",
       "广东",
       "第一",
       {"广东", "江苏"}},
      {"two measures of one name, with 的",
       "长沙的GDP总量和增量都稳居全省第一。",
       "长沙",
       "第一",
       {"长沙"}},
      {"a second measure",
       "固定收益类产品数量和规模均占据最大比例。",
       "固定收益类产品",
       "最大",
       {"固定收益类产品"}},
      {"no sharing word", "广东入围数量与江苏位居全国第一。", "广东", "第一", {"广东"}},
  };
  for (const auto& c : cases) {
    const Block block = Plain(c.text);
    const size_t cue_begin = c.text.find(c.cue);
    Names names{0, c.first.size(), {c.first}, {}};
    WidenTie(block, DefaultRules(), 0, cue_begin, cue_begin + c.cue.size(), &names);
    EXPECT_EQ(names.items, c.want) << c.form;
  }
}

}  // namespace
}  // namespace newsextract
