// The library's public headers stand on the standard library alone: a user
// of newsextract includes them without a JSON or YAML library.
#include <gtest/gtest.h>

#include "newsextract/article.h"
#include "newsextract/batch.h"
#include "newsextract/extract.h"
#include "newsextract/front_matter_value.h"
#include "newsextract/json.h"
#include "newsextract/options.h"
#include "newsextract/output_format.h"
#include "newsextract/rules.h"

#if defined(INCLUDE_NLOHMANN_JSON_HPP_) || defined(NLOHMANN_JSON_VERSION_MAJOR)
#error "a header in include/newsextract/ includes nlohmann/json"
#endif
#if defined(YAML_H_62B23520_7C8E_11DE_8A39_0800200C9A66)
#error "a header in include/newsextract/ includes yaml-cpp"
#endif

namespace newsextract {
namespace {

TEST(PublicHeadersTest, FrontMatterIsTheLibrarysOwnType) {
  Article a;
  a.front_matter = {{"title", "标题"}, {"views", 3}, {"tags", FrontMatterList{"a", "b"}}};
  ASSERT_NE(FindKey(a.front_matter, "views"), nullptr);
  EXPECT_EQ(*FindKey(a.front_matter, "views"), FrontMatterValue(3));
  EXPECT_EQ(FindKey(a.front_matter, "author"), nullptr);
  SetKey(&a.front_matter, "title", nullptr);  // replaced where it stands
  EXPECT_EQ(a.front_matter.front().first, "title");
  EXPECT_EQ(a.front_matter.front().second, FrontMatterValue());
}

}  // namespace
}  // namespace newsextract
