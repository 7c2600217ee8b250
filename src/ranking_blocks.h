// ranking blocks: what a block of the Document is to the lists around it
// (a heading, a category line, a numbered paragraph), and blocks joined
// where a sentence runs on from one paragraph into the next.
#ifndef NEWSEXTRACT_RANKING_BLOCKS_H_
#define NEWSEXTRACT_RANKING_BLOCKS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document.h"

namespace newsextract {

// A plain paragraph of a few words and nothing else (购物平台): a category
// line that the red and black lists under it rank.
bool IsCategoryLine(const Block& block);

// A heading, or a short paragraph in bold.
bool IsHeading(const Block& block);

// 一、共享服务 / （二）… / 3. … -> the heading's words. A number counts as
// numbering only before 、 or a dot, or in brackets: 二手房交易 keeps its 二.
std::string HeadingSubject(std::string_view heading);

// The number that opens a numbered paragraph (一、, 1., 1、, （一）, NO.1,
// 第一名：) and the text after it.
std::optional<std::pair<int, std::string_view>> NumberedText(std::string_view text);

// Paragraphs joined where a sentence runs on from one to the next, and the
// first paragraph of each joined block.
struct JoinedBlocks {
  std::vector<Block> blocks;
  std::vector<size_t> first;
};

// 河南人口绝对增量最多，…；| 安徽次之，…: scraped pages break sentences
// across paragraphs; joined, a sentence's lists read whole. Nullopt when
// no sentence runs on (the blocks are used as they are).
std::optional<JoinedBlocks> JoinRunOnSentences(const std::vector<Block>& blocks);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_BLOCKS_H_
