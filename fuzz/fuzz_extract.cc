// libFuzzer harness: bytes in as one article file, JSON out.
//
// Checks, beyond "no crash, no sanitizer report, no hang, no OOM":
//  - a failed article has a one-line reason that is not "internal error"
//    (an exception out of a stage); a good one serialises to JSON that
//    parses back as an object naming the file;
//  - CheckMarkup's model of gumbo keeps up with the depth gumbo reaches
//    (else a deeper tree could slip past the limit);
//  - what CheckMarkup lets gumbo be spared (unread attributes, skipped raw
//    text, white space, comment text) changes nothing in the Document.
#include <gumbo.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "charset.h"
#include "html_text.h"
#include "markup_check.h"
#include "newsextract/extract.h"
#include "newsextract/json.h"
#include "newsextract/rules.h"

namespace {

void Check(bool ok, const char* what) {
  if (ok) return;
  fprintf(stderr, "fuzz_extract: check failed: %s\n", what);
  abort();
}

// Depth of gumbo's deepest element below <body> (html and body are the
// model's first two entries).
size_t GumboDepth(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  size_t deepest = 0;
  std::vector<std::pair<const GumboNode*, size_t>> todo = {{output->document, 0}};
  while (!todo.empty()) {
    const auto [node, depth] = todo.back();
    todo.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE &&
        node->type != GUMBO_NODE_DOCUMENT) {
      continue;
    }
    if (node->type != GUMBO_NODE_DOCUMENT) deepest = std::max(deepest, depth);
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      todo.push_back({static_cast<const GumboNode*>(children.data[i]), depth + 1});
    }
  }
  gumbo_destroy_output(&options, output);  // shallow: the model let it through
  return deepest > 2 ? deepest - 2 : 0;
}

// The model follows gumbo's stack of open elements; gumbo's tree can be a
// little deeper (a leaf such as <br> or the empty <p> of a stray </p>, and
// the adoption agency algorithm re-parenting elements under a formatting
// element it takes off the stack), and where its rules are not followed to
// the letter the model may lag by an element or two. What must never
// happen is a lag that grows with the input (a repeated pattern would then
// nest without bound), so the model must keep within three quarters of
// gumbo's depth: it must refuse the markup at that limit.
void CheckMarkupModel(std::string_view html) {
  if (html.find('\0') != std::string_view::npos) return;  // refused before parsing
  newsextract::HtmlLimits loose;
  loose.max_depth = 3000;
  loose.max_attributes = 100000;
  if (!newsextract::CheckMarkup(html, loose).empty()) return;  // too costly: gumbo not run
  const size_t depth = GumboDepth(html);
  // Below this depth a constant lag of an element or two (<isindex>, which
  // gumbo expands into a form of several elements) is more than the quarter
  // of slack: only a lag that grows can be told from it.
  constexpr size_t kMinCheckedDepth = 10;
  if (depth < kMinCheckedDepth) return;
  newsextract::HtmlLimits tight = loose;
  tight.max_depth = (depth - 2) * 3 / 4;
  const std::string problem = newsextract::CheckMarkup(html, tight);
  if (problem.find("deeper than") == std::string::npos) {
    fprintf(stderr, "fuzz_extract: gumbo nests %zu deep, CheckMarkup(max_depth=%zu) says '%s'\n",
            depth, tight.max_depth, problem.c_str());
    abort();
  }
}

// Everything a Document holds, to compare two.
std::string Describe(const newsextract::Document& doc) {
  std::string out;
  for (const newsextract::Block& b : doc.blocks) {
    out += std::to_string(static_cast<int>(b.kind)) + " " + std::to_string(b.list_id) + " " +
           std::to_string(b.list_index) + " " + std::to_string(b.table_id) + " " +
           std::to_string(b.row) + " [" + b.text + "]";
    for (const newsextract::Run& r : b.runs) {
      out += " " + std::to_string(r.begin) + "-" + std::to_string(r.end) + (r.bold ? "b " : " ") +
             r.href + " " + r.stock_code;
    }
    for (const auto& [begin, end] : b.cells)
      out += " |" + std::to_string(begin) + "-" + std::to_string(end);
    out += "\n";
  }
  for (const auto& line : doc.comment_lines) out += "comment [" + line + "]\n";
  for (const auto& i : doc.images) out += "image " + i.src + " " + i.caption.value_or("-") + "\n";
  for (const auto& s : doc.stocks) out += "stock " + s.code + " " + s.name + "\n";
  return out;
}

// A body is valid UTF-8 once decoded: on invalid bytes gumbo's
// replacements follow the bytes around them, which the sparing moves.
void CheckSparedParse(std::string_view html) {
  if (html.find('\0') != std::string_view::npos) return;  // refused before parsing
  if (!newsextract::IsValidUtf8(html)) return;
  newsextract::MarkupSpans spans;
  if (!newsextract::CheckMarkup(html, newsextract::HtmlLimits(), &spans).empty()) return;
  const newsextract::Rules& rules = newsextract::DefaultRules();
  const std::string spared =
      Describe(newsextract::BuildDocument(html, rules, newsextract::Deadline(), &spans));
  const std::string whole = Describe(newsextract::BuildDocument(html, rules));
  if (spared != whole) {
    fprintf(stderr, "fuzz_extract: sparing gumbo changed the Document:\n%s---\n%s", whole.c_str(),
            spared.c_str());
    abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  static const newsextract::Rules& rules = newsextract::DefaultRules();
  newsextract::ExtractOptions options;
  options.timeout_seconds = 0;  // a slow input must show as a libFuzzer timeout
  const newsextract::ArticleResult result =
      newsextract::ExtractArticle("fuzz/article.md", bytes, options, rules);
  if (!result.ok) {
    Check(!result.error.empty(), "a failed article has a reason");
    Check(result.error.find('\n') == std::string::npos, "the reason is one line");
    // An exception escaping a stage is a bug, not a property of the input.
    if (result.error.rfind("internal error", 0) == 0) {
      fprintf(stderr, "fuzz_extract: %s\n", result.error.c_str());
      abort();
    }
  } else {
    for (const bool pretty : {false, true}) {
      const std::string json = newsextract::ArticleToJson(result.article, pretty);
      Check(pretty || json.find('\n') == std::string::npos, "NDJSON is one line");
      const nlohmann::json parsed = nlohmann::json::parse(json);  // throws: abort
      Check(parsed.is_object(), "the JSON is an object");
      Check(parsed.value("path", "") == "fuzz/article.md", "the JSON names the file");
    }
  }
  CheckMarkupModel(bytes);
  CheckSparedParse(bytes);
  return 0;
}
