#include "gumbo_arena.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace newsextract {
namespace {

GumboOptions Options() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  return options;
}

// The first text node in document order, or "" when there is none.
std::string FirstText(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT) return node->v.text.text;
  if (node->type != GUMBO_NODE_ELEMENT) return "";
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    std::string text = FirstText(static_cast<const GumboNode*>(children.data[i]));
    if (!text.empty()) return text;
  }
  return "";
}

TEST(GumboArenaTest, TreesMatchWhatTheParserMeansAcrossResets) {
  struct Case {
    std::string html;
    std::string first_text;
  };
  const Case cases[] = {
      {"<p>前十名</p>", "前十名"},
      {"<p><b>加粗</b>", "加粗"},
      {"<p>" + std::string(200000, 'x') + "</p>", std::string(200000, 'x')},  // a large block
      {"<p>" + std::string(3000, 'y') + "<i>z</i></p>", std::string(3000, 'y')},
  };
  GumboArena arena;
  for (int round = 0; round < 3; ++round) {  // the kept chunks serve the next parses
    for (const Case& c : cases) {
      const GumboOutput* output = arena.Parse(Options(), c.html);
      EXPECT_EQ(FirstText(output->root), c.first_text) << c.html.substr(0, 40);
      arena.Reset();
    }
  }
}

// A batch parses article after article on each thread: what the arena
// holds between them must stay bounded, however big one article was.
TEST(GumboArenaTest, MemoryKeptBetweenParsesIsBounded) {
  GumboArena arena;
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "<p><b>段落</b>文字</p>";
  arena.Parse(Options(), big);
  EXPECT_GT(arena.reserved(), size_t{4} << 20);  // the parse did take memory from it
  arena.Reset();
  EXPECT_LE(arena.reserved(), size_t{2} << 20);
  for (int i = 0; i < 100; ++i) {
    arena.Parse(Options(), "<p>小文章</p>");
    arena.Reset();
  }
  EXPECT_LE(arena.reserved(), size_t{2} << 20);
}

// Past 1 MiB of input the parse uses gumbo's malloc/free, which returns
// what gumbo drops during the parse; Reset() frees that tree too.
TEST(GumboArenaTest, LargeInputsParseOutsideTheArena) {
  GumboArena arena;
  std::string dropped;
  for (int i = 0; i < 400000; ++i) dropped += "</x>";  // 1.6 MB of end tags gumbo ignores
  const std::string html = dropped + "<p>尾</p>";
  const GumboOutput* output = arena.Parse(Options(), html);
  EXPECT_EQ(FirstText(output->root), "尾");
  EXPECT_EQ(arena.reserved(), 0u);
  arena.Reset();
  EXPECT_NO_THROW(arena.Parse(Options(), "<p>c</p>"));
  arena.Reset();
}

TEST(GumboArenaTest, ASecondParseBeforeResetIsRefused) {
  GumboArena arena;
  arena.Parse(Options(), "<p>a</p>");
  EXPECT_THROW(arena.Parse(Options(), "<p>b</p>"), std::logic_error);
  arena.Reset();
  EXPECT_NO_THROW(arena.Parse(Options(), "<p>c</p>"));
  arena.Reset();
}

}  // namespace
}  // namespace newsextract
