// gumbo 0.10.1's tag table as the markup model needs it: each tag name's
// gumbo enum and the kinds the tree builder's rules ask about, and one tag
// as the tokenizer emits it.
#ifndef NEWSEXTRACT_MARKUP_TAGS_H_
#define NEWSEXTRACT_MARKUP_TAGS_H_

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsextract::markup {

enum TagFlag : uint32_t {
  kVoid = 1u << 0,        // inserted and popped at once (br, img, ...)
  kFormatting = 1u << 1,  // on the list of active formatting elements (b, font, a)
  kSpecial = 1u << 2,     // the spec's "special" category
  kScope = 1u << 3,       // bounds "has an element in scope"
  kClosesP = 1u << 4,     // its start tag closes an open <p>
  kBlockEnd = 1u << 5,    // its end tag closes everything above it, if in scope
  kImpliedEnd = 1u << 6,  // closed by "generate implied end tags"
  kBreakout = 1u << 7,    // its start tag leaves svg/math content
  kRawText = 1u << 8,     // text up to </name>: style, xmp, iframe, noembed, noframes
  kRcdata = 1u << 9,      // title, textarea
  kScript = 1u << 10,     // script data, with its escape states
  kPlainText = 1u << 11,  // text to the end of the input
  kMarker = 1u << 12,     // puts a marker on the formatting list
  kHeading = 1u << 13,
  kTablePart = 1u << 14,  // tbody, thead, tfoot, tr, td, th, caption, colgroup, col
  kHtmlPoint = 1u << 15,  // foreign element whose content is HTML (foreignObject, ...)
  kTextPoint = 1u << 16,  // MathML text integration point (mi, mo, ...)
};

enum class Ns { kHtml, kSvg, kMathMl };

struct TagInfo {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint32_t flags = 0;
};

// gumbo's enum and the model's flags for a lower-case HTML tag name; an
// unknown name gets GUMBO_TAG_UNKNOWN and no flags. The same answers as
// gumbo_tagn_enum for every name gumbo knows.
TagInfo LookUpTag(std::string_view name);

inline uint32_t HtmlTagFlags(std::string_view name) { return LookUpTag(name).flags; }

// The flags of an svg or MathML element: its scope and integration points.
uint32_t ForeignTagFlags(Ns ns, std::string_view name);

// One tag as the tokenizer emits it.
struct MarkupTag {
  std::string name;  // lower case
  // The name gumbo matches svg and MathML end tags by: what its original
  // text holds between "<" or "</" and the first white space or "/" (start
  // tags) or the final ">" (end tags), lower case. After "</>" that text
  // wrongly starts at the "</>", and such names match nothing.
  std::string original;
  size_t attributes = 0;
  std::string_view raw_attributes;  // for the formatting list's "Noah's Ark" clause
  bool self_closing = false;
  bool font_breakout = false;  // has a color, face or size attribute
};

}  // namespace newsextract::markup

#endif  // NEWSEXTRACT_MARKUP_TAGS_H_
