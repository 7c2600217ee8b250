// html + text layer stage: HTML body -> a flat list of blocks of runs.
// gumbo's DOM lives only inside BuildDocument; nothing after this stage
// sees it.
#ifndef NEWSEXTRACT_HTML_TEXT_H_
#define NEWSEXTRACT_HTML_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "deadline.h"
#include "markup_check.h"
#include "newsextract/rules.h"

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
  bool AllBold() const;
  std::string_view Cell(size_t i) const {
    return std::string_view(text).substr(cells[i].first, cells[i].second - cells[i].first);
  }
};

struct ImageRef {
  std::string src;
  std::optional<std::string> caption;
};

struct StockRef {
  std::string code;
  std::string name;
};

struct Document {
  std::vector<Block> blocks;
  std::vector<std::string> comments;  // HTML comments, kept aside for metadata
  std::vector<ImageRef> images;
  std::vector<StockRef> stocks;  // in order, each code once
};

// Parses `html` with gumbo and flattens it. Uses the text-layer rules
// (skipped classes, caption classes, skipped image sources).
// Throws TimeoutError when `deadline` passes during the walk.
Document BuildDocument(std::string_view html, const Rules& rules,
                       const Deadline& deadline = Deadline());

}  // namespace newsextract

#endif  // NEWSEXTRACT_HTML_TEXT_H_
