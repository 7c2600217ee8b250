// markup check stage: what gumbo 0.10.1 would cost on a body, predicted
// before it runs (gumbo cannot be stopped once it parses). Run on every
// body and credit comment before html_text parses it. The model behind it:
// markup_tags (gumbo's tag table), markup_scan (its tokenizer), markup_tree
// and markup_state (its tree builder); gumbo_input prepares what gumbo gets.
#ifndef NEWSEXTRACT_MARKUP_CHECK_H_
#define NEWSEXTRACT_MARKUP_CHECK_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsextract {

// Limits checked before gumbo sees the markup (gumbo 0.10.1's scope checks
// walk the open elements for nearly every token, and it is quadratic in a
// tag's attributes).
struct HtmlLimits {
  size_t max_depth = 2000;
  size_t max_attributes = 1000;
};

// One attribute of a start tag read in markup (not in raw text or a
// comment), as written: its name and value, and the bytes [begin, end) from
// its name to the end of its value. Removing those bytes leaves the tag
// whole and the same to gumbo but for that attribute.
struct AttributeSpan {
  size_t tag = 0;  // which start tag holds it, counted from 0 in the body
  size_t begin = 0, end = 0;
  std::string_view name, value;  // as written: case kept, references not decoded
};

constexpr size_t kMaxListedAttributes = 16;
// A stand-in is one four-byte character: shorter runs are not worth one.
constexpr size_t kMinListedWordBytes = 8;

// A <!-- comment --> read in markup: its bytes [begin, end) and the text
// gumbo gives its comment node.
struct CommentSpan {
  size_t begin = 0, end = 0;
  std::string_view text;
};

// The text of an element the tokenizer reads as raw text or RCDATA
// (script, style, title...): the bytes [begin, end) between its start tag
// and its end tag, and the element's name in lower case.
struct RawTextSpan {
  size_t begin = 0, end = 0;
  std::string name;
};

// What the scan read of a body that gumbo may be spared: html_text cuts
// what no stage reads before gumbo parses.
struct MarkupSpans {
  // In order; of a tag with more than kMaxListedAttributes, none (a
  // hostile tag holds millions, and html_text looks for repeats pair by
  // pair).
  std::vector<AttributeSpan> attributes;
  std::vector<CommentSpan> comments;  // in order
  // False when some comment's text cannot be stood in for: a bogus comment
  // (<!x>, <?x>, </3>), whose text is any, or one the input cuts off.
  bool comments_replaceable = true;
  std::vector<RawTextSpan> raw_texts;  // in order; only those with an end tag
  // In text read in markup, all but the first byte of each run of HTML
  // white space, [first, second): gumbo makes a token of each character,
  // and every later stage folds a run into one space. Not after <pre> or
  // <listing>, whose first newline gumbo drops.
  std::vector<std::pair<size_t, size_t>> spaces;
  // In text read in markup, the runs [begin, end) gumbo reads a character
  // at a time and gives back as written, so that one character may stand
  // in for each: no white space, '<' or '&', not right after an '&' (a
  // reference's name), no control character and no code point gumbo
  // replaces (C1 controls, noncharacters). Only those of more than
  // kMinListedWordBytes. Needs a body in valid UTF-8.
  std::vector<std::pair<size_t, size_t>> words;
  // False when the scan stopped listing (too many to list): the lists are
  // then empty, and nothing may be cut.
  bool complete = true;
};

// Scans the raw markup following gumbo's tokenizer states and a model of its
// tree builder. Returns an empty string when it is fine, else the reason.
// With `spans`, also lists what it read that gumbo may be spared.
std::string CheckMarkup(std::string_view html, const HtmlLimits& limits,
                        MarkupSpans* spans = nullptr);

}  // namespace newsextract

#endif  // NEWSEXTRACT_MARKUP_CHECK_H_
