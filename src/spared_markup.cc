// spared markup stage: the edits that spare gumbo what the walk never
// reads, and the stand-ins the walk puts back.
#include "spared_markup.h"

#include <algorithm>
#include <cstdint>

#include "text_util.h"

namespace newsextract {
namespace {

// The first code point of the plane the word stand-ins are taken from
// (supplementary private use area A), and the range of the byte after
// kStandInLead in them.
constexpr char32_t kFirstStandIn = 0xF0000;
constexpr size_t kMaxStandIns = 0xFFFE;  // U+FFFFE and U+FFFFF are noncharacters
constexpr unsigned char kStandInSecondMin = 0xB0, kStandInSecondMax = 0xBF;

// Whether the character at text[at] is of the stand-ins' plane
// (U+F0000-U+FFFFF: F3 B0-BF ..).
bool InStandInPlane(std::string_view text, size_t at) {
  const auto second = static_cast<unsigned char>(at + 1 < text.size() ? text[at + 1] : 0);
  return text[at] == kStandInLead && second >= kStandInSecondMin && second <= kStandInSecondMax;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && StartsWithNoCase(a, b);
}

// Whether the walk or gumbo's tree builder reads the attribute: those the
// walk asks Attr() for, when the value can matter there (a class for its
// skip and caption words, an id for a stock code, a style or cms-style for
// bold), and those gumbo reads. A character reference in the value may
// spell what is looked for: the value is kept.
bool IsRead(const AttributeSpan& a, const Rules& rules) {
  constexpr size_t kLongest = 9;  // of the names below
  if (a.name.size() > kLongest) return false;
  std::string name(a.name);
  for (char& c : name) c = AsciiLower(c);
  const std::string_view v = a.value;
  const bool reference = Contains(v, "&");
  if (name == "class") {
    return reference || HasClassWord(v, rules.skip_classes) ||
           HasClassWord(v, rules.caption_classes);
  }
  if (name == "id") return reference || StartsWith(v, kStockIdPrefix);
  if (name == "style") return reference || Contains(v, kFontWeight);
  if (name == "cms-style") return reference || Contains(v, kCmsBold);
  return name == "href" || name == "src" || name == "data-src" || GumboReadsAttribute(name);
}

// The attributes gumbo may skip: those nothing reads, and every repeat of a
// name in its tag (gumbo drops repeats). Cutting them changes no block,
// run, stock or image, only which elements gumbo's formatting list counts
// as identical (the "Noah's Ark" clause), and so which unread wrappers it
// clones. A tag has at most kMaxListedAttributes listed: repeats are found
// pair by pair.
void AddUnreadAttributes(const std::vector<AttributeSpan>& attributes, const Rules& rules,
                         MarkupEdits* edits) {
  for (size_t first = 0, end = 0; first < attributes.size(); first = end) {
    end = first;
    while (end < attributes.size() && attributes[end].tag == attributes[first].tag) ++end;
    for (size_t i = first; i < end; ++i) {
      const auto& a = attributes[i];
      const bool repeat = std::any_of(attributes.begin() + first, attributes.begin() + i,
                                      [&](const auto& b) { return EqualsNoCase(a.name, b.name); });
      if (repeat || !IsRead(a, rules)) edits->push_back({a.begin, a.end, {}});
    }
  }
}

// Whether gumbo would give `text` as it is: no carriage return for it to
// change (a body has none once its newlines are normalized), no code point
// it replaces.
bool GumboKeeps(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x20 && b < 0x7F) {
      ++i;
      continue;
    }
    size_t len;
    const char32_t c = DecodeUtf8(text, i, &len);
    if (c == '\r' || GumboReplacesCodePoint(c)) return false;
    i += len;
  }
  return true;
}

// Whether each comment can stand in as "<!--N-->", its text taken as
// written.
bool CommentsStandIn(const MarkupSpans& spans) {
  return spans.complete && spans.comments_replaceable &&
         std::all_of(spans.comments.begin(), spans.comments.end(),
                     [](const CommentSpan& c) { return GumboKeeps(c.text); });
}

// Whether the body holds a character a word's stand-in could be taken
// for (U+F0000-U+FFFFF), as written or as a numeric character reference
// (GumboInput caps those longer than a code point).
bool HoldsStandInPlane(std::string_view html) {
  for (size_t at = html.find(kStandInLead); at != std::string_view::npos;
       at = html.find(kStandInLead, at + 1)) {
    if (InStandInPlane(html, at)) return true;
  }
  for (size_t at = Find(html, "&#"); at != std::string_view::npos; at = Find(html, "&#", at + 2)) {
    const auto c = ReadNumericReference(html, at).code_point;
    if (c && *c >= kFirstStandIn && *c < kFirstStandIn + 0x10000) return true;
  }
  return false;
}

// The UTF-8 of word N's stand-in, U+F0000 + N.
std::string StandIn(size_t n) {
  const auto c = static_cast<char32_t>(kFirstStandIn + n);
  return {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
          static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
}

// The edits of SpareMarkup for what `stand_ins` says stands in.
MarkupEdits Unread(const MarkupSpans& spans, const StandIns& stand_ins, const Rules& rules) {
  MarkupEdits edits;
  if (!spans.complete) return edits;
  AddUnreadAttributes(spans.attributes, rules, &edits);
  for (const RawTextSpan& raw : spans.raw_texts) {
    if (IsSkippedTag(gumbo_tag_enum(raw.name.c_str()))) edits.push_back({raw.begin, raw.end, {}});
  }
  for (const auto& [begin, end] : spans.spaces) edits.push_back({begin, end, {}});
  if (stand_ins.comments) {
    for (size_t i = 0; i < spans.comments.size(); ++i) {
      const CommentSpan& c = spans.comments[i];
      edits.push_back({c.begin, c.end, "<!--" + std::to_string(i) + "-->"});
    }
  }
  if (stand_ins.words) {
    for (size_t i = 0; i < spans.words.size() && i < kMaxStandIns; ++i) {
      edits.push_back({spans.words[i].first, spans.words[i].second, StandIn(i)});
    }
  }
  std::sort(edits.begin(), edits.end(),
            [](const MarkupEdit& a, const MarkupEdit& b) { return a.begin < b.begin; });
  return edits;
}

}  // namespace

bool HasClassWord(std::string_view classes, const std::vector<std::string>& words) {
  for (const auto& word : words) {
    if (word.empty()) continue;  // found everywhere, at the same place forever
    // One byte on after each try, so the loop ends whatever the word.
    for (size_t at = classes.find(word); at != std::string_view::npos;
         at = classes.find(word, at + 1)) {
      const size_t end = at + word.size();
      const bool left = at == 0 || classes[at - 1] == ' ';
      const bool right = end == classes.size() || classes[end] == ' ';
      if (left && right) return true;
    }
  }
  return false;
}

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_BUTTON:
      return true;
    default:
      return false;
  }
}

SparedMarkup SpareMarkup(std::string_view html, const MarkupSpans& spans, const Rules& rules) {
  SparedMarkup spared;
  if (CommentsStandIn(spans)) spared.stand_ins.comments = &spans.comments;
  if (spans.complete && !HoldsStandInPlane(html)) {
    spared.stand_ins.words = &spans.words;
    spared.stand_ins.html = html;
  }
  spared.edits = Unread(spans, spared.stand_ins, rules);
  return spared;
}

size_t WordStandInAt(const StandIns& stand_ins, std::string_view text, size_t at) {
  if (!stand_ins.words || at + 4 > text.size() || !InStandInPlane(text, at)) {
    return std::string_view::npos;
  }
  size_t len;
  const size_t word = DecodeUtf8(text, at, &len) - kFirstStandIn;
  return word < stand_ins.words->size() ? word : std::string_view::npos;
}

}  // namespace newsextract
