// ranking blocks: headings, category lines, numbered paragraphs and
// run-on sentences, as the rankings extractor reads them.
#include "ranking_blocks.h"

#include "text_util.h"

namespace newsextract {
namespace {

bool RunsOn(const Block& block, const Block& next) {
  // A long run of such paragraphs is no sentence; it must not become one
  // block that every cue reads through.
  constexpr size_t kMaxJoinedBytes = 4096;
  // 1. 英科医疗，涨幅20%； | 2. 蓝帆医疗…: numbered lines are items, each its own.
  return block.kind == BlockKind::kParagraph && next.kind == BlockKind::kParagraph &&
         block.text.size() + next.text.size() <= kMaxJoinedBytes &&
         (EndsWith(block.text, "；") || EndsWith(block.text, "，")) && !NumberedText(next.text);
}

}  // namespace

// A plain paragraph of a few words and nothing else (购物平台): a category
// line that the red and black lists under it rank.
bool IsCategoryLine(const Block& block) {
  constexpr size_t kMaxCategoryChars = 10;
  if (block.kind != BlockKind::kParagraph || block.text.empty() ||
      CodePointCount(block.text) > kMaxCategoryChars) {
    return false;
  }
  size_t len;
  for (size_t pos = 0; pos < block.text.size(); pos += len) {
    const char32_t cp = DecodeUtf8(block.text, pos, &len);
    if (IsClausePunct(cp) || IsNumeral(cp) || IsSpace(cp)) return false;
  }
  return true;
}

bool IsHeading(const Block& block) {
  if (block.kind == BlockKind::kHeading) return true;
  return block.kind == BlockKind::kParagraph && block.AllBold() && CodePointCount(block.text) <= 40;
}

// 一、共享服务 / （二）… / 3. … -> the heading's words. A number counts as
// numbering only before 、 or a dot, or in brackets: 二手房交易 keeps its 二.
std::string HeadingSubject(std::string_view heading) {
  static constexpr std::u32string_view kNumerals = U"0123456789一二三四五六七八九十";
  size_t pos = 0, len;
  while (pos < heading.size() && kNumerals.find(DecodeUtf8(heading, pos, &len)) != kNumerals.npos) {
    pos += len;
  }
  std::string_view rest = heading;
  if (pos > 0 && pos < heading.size()) {
    const char32_t after = DecodeUtf8(heading, pos, &len);
    if (after == U'、' || after == '.' || after == U'．') rest = heading.substr(pos + len);
  } else if (StartsWith(heading, "（") || StartsWith(heading, "(")) {
    const size_t close = heading.find(StartsWith(heading, "（") ? "）" : ")");
    if (close != std::string_view::npos) {
      rest = heading.substr(close + (StartsWith(heading, "（") ? 3 : 1));
    }
  }
  rest = Trim(rest);
  while (!rest.empty() && IsClausePunct(LastCodePoint(rest))) {
    rest = rest.substr(0, PrevCodePoint(rest, rest.size()));
  }
  return std::string(rest);
}

// The number that opens a numbered paragraph (一、, 1., 1、, （一）, NO.1)
// and the text after it.
std::optional<std::pair<int, std::string_view>> NumberedText(std::string_view text) {
  bool bracket = false, place = false;
  if (StartsWith(text, "（") || StartsWith(text, "(")) {
    text.remove_prefix(StartsWith(text, "（") ? 3 : 1);
    bracket = true;
  } else if (StartsWithNoCase(text, "NO.")) {
    text.remove_prefix(3);
  } else if (StartsWith(text, "第")) {  // 第一名：A
    text.remove_prefix(3);
    place = true;
  }
  size_t len;
  const int n = ParseNumber(text, &len);
  if (n < 1 || n > 100) return std::nullopt;
  text.remove_prefix(len);
  if (place) {
    for (const std::string_view unit : {"名", "位"}) {
      if (StartsWith(text, unit)) text.remove_prefix(unit.size());
    }
    for (const std::string_view mark : {"：", ":"}) {
      if (StartsWith(text, mark)) return std::pair{n, Trim(text.substr(mark.size()))};
    }
    return std::nullopt;
  }
  for (const std::string_view mark : {"、", "．", ".", "）", ")", " "}) {
    if (!StartsWith(text, mark) || (bracket != (mark == "）" || mark == ")"))) continue;
    return std::pair{n, Trim(text.substr(mark.size()))};
  }
  return std::nullopt;
}

// 河南人口绝对增量最多，…；| 安徽次之，…: scraped pages break sentences
// across paragraphs; joined, a sentence's lists read whole. Nullopt when
// no sentence runs on (the blocks are used as they are).
std::optional<JoinedBlocks> JoinRunOnSentences(const std::vector<Block>& blocks) {
  bool any = false;
  for (size_t i = 0; i + 1 < blocks.size() && !any; ++i) any = RunsOn(blocks[i], blocks[i + 1]);
  if (!any) return std::nullopt;
  JoinedBlocks joined;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (i > 0 && RunsOn(joined.blocks.back(), blocks[i])) {
      Block& into = joined.blocks.back();
      const size_t offset = into.text.size();
      into.text += blocks[i].text;
      for (Run run : blocks[i].runs) {
        run.begin += offset;
        run.end += offset;
        into.runs.push_back(std::move(run));
      }
      continue;
    }
    joined.blocks.push_back(blocks[i]);
    joined.first.push_back(i);
  }
  return joined;
}

}  // namespace newsextract
