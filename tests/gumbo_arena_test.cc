#include "gumbo_arena.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <new>
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

// Past 1 MiB of input the parse uses malloc/free, which returns what gumbo
// drops during the parse; Reset() frees that tree too.
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

// gumbo writes through whatever its allocator returns: out of memory must
// throw (the article fails), never hand it NULL (the batch dies of SIGSEGV).
TEST(GumboArenaTest, OutOfMemoryOnALargeInputThrowsInsteadOfReturningNull) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer needs far more address space than any limit here";
#else
  std::string html = "<p>";
  // 60 MB in one text node: more than the free memory earlier tests leave
  // in malloc, which the limit below cannot see (the whole binary in one
  // process then parsed it without reaching the limit).
  for (int i = 0; i < 30000000; ++i) html += "x ";
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // 8 MiB more address space than the process holds now.
    long pages = 0;
    if (FILE* statm = fopen("/proc/self/statm", "r")) {
      if (fscanf(statm, "%ld", &pages) != 1) pages = 0;
      fclose(statm);
    }
    const rlim_t limit = static_cast<rlim_t>(pages) * 4096 + (8u << 20);
    const rlimit address_space{limit, limit};
    if (pages == 0 || setrlimit(RLIMIT_AS, &address_space) != 0) _exit(2);
    try {
      GumboArena::OfThisThread().Parse(Options(), html);
      _exit(3);  // the limit was too loose to test anything
    } catch (const std::bad_alloc&) {
      GumboArena::OfThisThread().Reset();
      _exit(0);
    }
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status)) << "died of signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 0);
#endif
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
