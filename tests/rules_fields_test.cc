#include "rules_fields.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

namespace newsextract {
namespace {

TEST(RulesFieldsTest, SectionsAndTheFieldsTheirKeysFill) {
  std::vector<std::string> sections;
  for (const auto& [name, keys] : RulesFields()) sections.push_back(name);
  EXPECT_EQ(sections,
            (std::vector<std::string>{"assessments", "boilerplate", "rankings", "text_layer"}));
  const auto& rankings = RulesFields().at("rankings");
  EXPECT_TRUE(std::holds_alternative<CueList>(rankings.at("cues")));
  EXPECT_EQ(std::get<std::vector<std::string> Rules::*>(rankings.at("connectives")),
            &Rules::connectives);
  EXPECT_EQ(std::get<size_t Rules::*>(rankings.at("max_item_chars")), &Rules::max_item_chars);
  EXPECT_EQ(std::get<std::vector<std::string> Rules::*>(
                RulesFields().at("boilerplate").at("original_title")),
            &Rules::original_title_prefixes);
  EXPECT_EQ(
      std::get<std::vector<Bracket> Rules::*>(RulesFields().at("assessments").at("shortcomings")),
      &Rules::shortcomings);
  EXPECT_EQ(RulesFields().at("text_layer").count("no_such_key"), 0u);
}

}  // namespace
}  // namespace newsextract
