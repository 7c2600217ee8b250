// The text layer's output, the input of every later stage: blocks of runs
// in document order, the text of comments, images and stocks. Plain data:
// no gumbo (html_text builds it and frees the DOM).
#ifndef NEWSEXTRACT_DOCUMENT_H_
#define NEWSEXTRACT_DOCUMENT_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsextract/article.h"

namespace newsextract {

// A stretch of a block's text with one set of inline attributes.
struct Run {
  size_t begin = 0;  // byte offsets into Block::text
  size_t end = 0;
  bool bold = false;
  std::string href;
  std::string stock_code;  // from <span id="stock_CODE">
};

enum class BlockKind { kParagraph, kHeading, kListItem, kTableRow };

// One paragraph-like unit: p, li, heading, table row, <br>-separated line,
// or the direct text of a div. Text is folded and trimmed.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
  std::vector<Run> runs;
  int list_id = -1;  // kListItem: which <ol>/<ul>, and the item's place in it
  int list_index = -1;
  int table_id = -1;  // kTableRow: which <table>, and the row's place in it
  int row = -1;
  std::vector<std::pair<size_t, size_t>> cells;  // kTableRow: byte ranges of cells

  // True when every run is bold: a section heading set in bold.
  bool AllBold() const {
    return !runs.empty() &&
           std::all_of(runs.begin(), runs.end(), [](const Run& r) { return r.bold; });
  }
  std::string_view Cell(size_t i) const {
    return std::string_view(text).substr(cells[i].first, cells[i].second - cells[i].first);
  }
};

struct Document {
  std::vector<Block> blocks;
  // The text of the HTML comments, kept aside for metadata: a metadata
  // comment's markup (article_adlist) as the lines of its blocks, another
  // comment as one folded line.
  std::vector<std::string> comment_lines;
  std::vector<Image> images;  // the Article's, as they are
  std::vector<Stock> stocks;  // in order, each code once
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_DOCUMENT_H_
