// spared markup stage: what html_text's walk reads of a body's markup, and
// the edits that spare gumbo the rest before it parses (MarkupSpans lists
// what the markup check's scan read: attributes, comments, raw texts,
// white space, words). The Document is the same either way; the fuzz
// harness and html_text_test compare the two parses.
#ifndef NEWSEXTRACT_SPARED_MARKUP_H_
#define NEWSEXTRACT_SPARED_MARKUP_H_

#include <gumbo.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gumbo_input.h"
#include "markup_check.h"
#include "newsextract/rules.h"

namespace newsextract {

// Sina's CMS marks bold runs with a class-like attribute.
inline constexpr std::string_view kCmsBold = "strong-Bold";
// The style property of bold runs.
inline constexpr std::string_view kFontWeight = "font-weight";
// Sina's stock spans: <span id="stock_CODE">.
inline constexpr std::string_view kStockIdPrefix = "stock_";

// Whether `classes` (a class attribute) holds one of `words` as a whole
// class word.
bool HasClassWord(std::string_view classes, const std::vector<std::string>& words);

// The elements the walk skips whole, text and all.
bool IsSkippedTag(GumboTag tag);

// What the edits made stand in for, for the walk to put back: each
// comment ("<!--N-->", N its place in `comments`) and each word (one
// character, U+F0000 + N, N its place in `words`, bytes of `html`). Null
// lists: nothing of that kind stands in.
struct StandIns {
  const std::vector<CommentSpan>* comments = nullptr;
  const std::vector<std::pair<size_t, size_t>>* words = nullptr;
  std::string_view html;
};

// What gumbo is given of a body instead of all of it.
struct SparedMarkup {
  MarkupEdits edits;
  StandIns stand_ins;
};

// The edits that spare gumbo what no stage reads of `html` (valid UTF-8,
// scanned by CheckMarkup into `spans`): the attributes nothing reads, the
// text of elements the walk skips whole (scripts, styles...) and the white
// space after a run's first byte go; each comment becomes "<!--N-->" (its
// node stays where gumbo puts it); each word becomes one character. gumbo
// reads text a character at a time, through its tokenizer and tree
// builder, and treats every character of a word alike. Keeps views of
// `html` and `spans`.
SparedMarkup SpareMarkup(std::string_view html, const MarkupSpans& spans, const Rules& rules);

// The first byte of every word's stand-in (U+F0000-U+FFFFD are F3 B0-BF ..).
inline constexpr char kStandInLead = '\xF3';

// The word the character at text[at] stands in for, or npos.
size_t WordStandInAt(const StandIns& stand_ins, std::string_view text, size_t at);

}  // namespace newsextract

#endif  // NEWSEXTRACT_SPARED_MARKUP_H_
