#include "markup_check.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "text_util.h"

namespace newsextract {
namespace {

// CheckMarkup: what gumbo 0.10.1 would cost, predicted before it runs.
//
// gumbo cannot be stopped once it parses, and three things in it grow
// without bound: the stack of open elements (scope checks walk it for
// nearly every token, and the text layer walks the tree recursively), the
// nodes it allocates (unclosed formatting elements are cloned again after
// every block that closes them: an 85 KB file can make 40 million), and the
// steps of those walks. A scan that follows gumbo's tokenizer states
// exactly, and its tree builder's rules closely (gumbo 0.10.1's, quirks
// included), estimates all three. Where the model cannot tell whether gumbo
// has an element open, it keeps it open but opaque: counted for depth,
// never matched by an end tag, and every walk of the stack stops at it, so
// the model pops less than gumbo, never more. fuzz/fuzz_extract.cc checks
// the model against the depth gumbo really reaches.

// Nodes gumbo may allocate for one article: elements (clones included),
// attributes and text nodes, ~300 bytes each once the walker has built
// blocks from them. Real articles have a few hundred.
constexpr size_t kMaxHtmlNodes = 500000;
// Steps of gumbo's stack and list walks, ~1-2 ns each.
constexpr uint64_t kMaxHtmlWork = 100000000;

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

// clang-format off: a table, read by row
constexpr uint32_t S = kSpecial, P = kClosesP, B = kBlockEnd, Br = kBreakout;
constexpr std::pair<std::string_view, uint32_t> kHtmlTagFlags[] = {
    {"a", kFormatting},
    {"address", S | P | B},
    {"applet", S | kScope | kMarker},
    {"area", kVoid | S},
    {"article", S | P | B},
    {"aside", S | P | B},
    {"b", kFormatting | Br},
    {"base", kVoid | S},
    {"basefont", kVoid | S},
    {"bgsound", kVoid | S},
    {"big", kFormatting | Br},
    {"blockquote", S | P | B | Br},
    {"body", S | Br},
    {"br", kVoid | S | Br},
    {"button", S | B},
    {"caption", S | kScope | kMarker | kTablePart},
    {"center", S | P | B | Br},
    {"code", kFormatting | Br},
    {"col", kVoid | S | kTablePart},
    {"colgroup", S | kTablePart},
    {"dd", S | kImpliedEnd | B | Br},
    {"details", S | P | B},
    {"dir", S | P | B},
    {"div", S | P | B | Br},
    {"dl", S | P | B | Br},
    {"dt", S | kImpliedEnd | B | Br},
    {"em", kFormatting | Br},
    {"embed", kVoid | S | Br},
    {"fieldset", S | P | B},
    {"figcaption", S | P | B},
    {"figure", S | P | B},
    {"font", kFormatting},
    {"footer", S | P | B},
    {"form", S | P},
    {"frame", kVoid | S},
    {"frameset", S},
    {"h1", S | P | kHeading | Br},
    {"h2", S | P | kHeading | Br},
    {"h3", S | P | kHeading | Br},
    {"h4", S | P | kHeading | Br},
    {"h5", S | P | kHeading | Br},
    {"h6", S | P | kHeading | Br},
    {"head", S | Br},
    {"header", S | P | B},
    {"hgroup", S | P | B},
    {"hr", kVoid | S | P | Br},
    {"html", S | kScope},
    {"i", kFormatting | Br},
    {"iframe", S | kRawText},
    {"image", kVoid},
    {"img", kVoid | S | Br},
    {"input", kVoid | S},
    {"isindex", kVoid | S | P},
    {"keygen", kVoid},
    {"li", S | kImpliedEnd | Br},
    {"link", kVoid | S},
    {"listing", S | P | B | Br},
    {"marquee", S | kScope | kMarker},
    {"menu", S | P | B | Br},
    {"menuitem", kVoid | S},
    {"meta", kVoid | S | Br},
    {"nav", S | P | B},
    {"nobr", kFormatting | Br},
    {"noembed", S | kRawText},
    {"noframes", S | kRawText},
    {"noscript", S},
    {"object", S | kScope | kMarker},
    {"ol", S | P | B | Br},
    {"optgroup", kImpliedEnd},
    {"option", kImpliedEnd},
    {"p", S | P | kImpliedEnd | Br},
    {"param", kVoid | S},
    {"plaintext", S | P | kPlainText},
    {"pre", S | P | B | Br},
    {"rp", kImpliedEnd},
    {"rt", kImpliedEnd},
    {"ruby", Br},
    {"s", kFormatting | Br},
    {"script", S | kScript},
    {"section", S | P | B},
    {"select", S},
    {"small", kFormatting | Br},
    {"source", kVoid},
    {"span", Br},
    {"strike", kFormatting | Br},
    {"strong", kFormatting | Br},
    {"style", S | kRawText},
    {"sub", Br},
    {"summary", S | P | B},
    {"sup", Br},
    {"table", S | kScope | Br},
    {"tbody", S | kTablePart},
    {"td", S | kScope | kMarker | kTablePart},
    {"template", S | kScope | kMarker},
    {"textarea", S | kRcdata},
    {"tfoot", S | kTablePart},
    {"th", S | kScope | kMarker | kTablePart},
    {"thead", S | kTablePart},
    {"title", S | kRcdata},
    {"tr", S | kTablePart},
    {"track", kVoid},
    {"tt", kFormatting | Br},
    {"u", kFormatting | Br},
    {"ul", S | P | B | Br},
    {"var", Br},
    {"wbr", kVoid | S},
    {"xmp", S | P | kRawText},
};
// clang-format on

struct TagInfo {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint32_t flags = 0;
};

// Tag names -> gumbo's tag enum and the model's flags. The model asks
// about tags many times per token (every walk of the stack), and
// gumbo_tagn_enum, which compares case-insensitively, was a third of the
// model's time; the model's names are lower case already, so a hash table
// built once from gumbo's own name list gives the same answers for a few
// nanoseconds (checked against gumbo_tagn_enum for every gumbo name).
class TagTable {
 public:
  TagTable() {
    names_.reserve(GUMBO_TAG_UNKNOWN);  // the slots point into it
    for (int t = 0; t < GUMBO_TAG_UNKNOWN; ++t) {
      const auto tag = static_cast<GumboTag>(t);
      std::string name = gumbo_normalized_tagname(tag);
      for (char& c : name) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
      names_.push_back(std::move(name));
      Slot(names_.back())->info.tag = tag;
    }
    for (const auto& [name, flags] : kHtmlTagFlags) Slot(name)->info.flags = flags;
  }

  TagInfo Find(std::string_view name) const {
    for (size_t i = Hash(name);; i = (i + 1) % kSlots) {
      if (slots_[i].name == name) return slots_[i].info;
      if (slots_[i].name.empty()) return {};
    }
  }

 private:
  static constexpr size_t kSlots = 1024;  // a power of two, over 4x the names
  struct Entry {
    std::string_view name;
    TagInfo info;
  };

  static size_t Hash(std::string_view name) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (const char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h % kSlots;
  }

  Entry* Slot(std::string_view name) {
    size_t i = Hash(name);
    while (!slots_[i].name.empty() && slots_[i].name != name) i = (i + 1) % kSlots;
    slots_[i].name = name;
    return &slots_[i];
  }

  std::vector<std::string> names_;
  Entry slots_[kSlots];
};

TagInfo LookUpTag(std::string_view name) {
  static const TagTable kTable;
  return name.empty() ? TagInfo() : kTable.Find(name);
}

uint32_t HtmlTagFlags(std::string_view name) { return LookUpTag(name).flags; }

enum class Ns { kHtml, kSvg, kMathMl };

uint32_t ForeignTagFlags(Ns ns, std::string_view name) {
  if (ns == Ns::kSvg) {
    if (name == "foreignobject" || name == "desc") return kSpecial | kScope | kHtmlPoint;
    if (name == "title") return kScope | kHtmlPoint;
    return 0;
  }
  if (name == "mi" || name == "mo" || name == "mn" || name == "ms" || name == "mtext") {
    return kSpecial | kScope | kTextPoint;
  }
  // The model takes every annotation-xml for an HTML integration point:
  // its start tags then open elements, never self-close.
  if (name == "annotation-xml") return kSpecial | kScope | kHtmlPoint;
  return 0;
}

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

// What the tokenizer reads after a start tag.
enum class Content { kMarkup, kRawText, kRcdata, kScript, kPlainText };

// gumbo's tree builder, reduced to what costs: which elements are open,
// the list of active formatting elements, and the nodes and steps spent.
class TreeModel {
 public:
  explicit TreeModel(const HtmlLimits& limits) : limits_(limits) {
    stack_.push_back({"html", "", GUMBO_TAG_HTML, HtmlTagFlags("html"), Ns::kHtml, 0});
    stack_.push_back({"body", "", GUMBO_TAG_BODY, HtmlTagFlags("body"), Ns::kHtml, 0});
    nodes_ = 3;  // html, head, body
  }

  const std::string& problem() const { return problem_; }

  Content StartTag(const MarkupTag& tag) {
    if (!Attributes(tag, "<")) return Content::kMarkup;
    Spend(Walk() + TokenCost(), 0);
    if (tag.name == "html" || tag.name == "body") MergeAttributes(tag);
    if (InForeignContent(tag.name)) {
      if (!IsBreakout(tag)) {
        if (tag.self_closing) return Spend(0, 1), Content::kMarkup;  // honoured here only
        Push(tag.name, Top().ns, false, tag.original);
        stack_.back().attributes = tag.attributes;
        return Content::kMarkup;
      }
      while (stack_.size() > 2 && Top().ns != Ns::kHtml && !(Top().flags & kHtmlPoint) &&
             !(Top().flags & kTextPoint)) {
        Pop();
      }
    }
    return HtmlStartTag(tag);
  }

  void EndTag(const MarkupTag& tag) {
    if (!Attributes(tag, "</")) return;
    Spend(Walk() + TokenCost(), 0);
    const std::string_view name = tag.name;
    if (Top().ns != Ns::kHtml) {
      // Foreign content: close the nearest foreign element of that name;
      // the first HTML element hands the tag to the HTML rules. gumbo finds
      // each element's name again in the text of its start tag (one step a
      // byte): 3 KB names 2,000 deep took 17 s for 6 MB of end tags.
      for (size_t i = stack_.size(); i-- > 2 && stack_[i].ns != Ns::kHtml;) {
        Spend(stack_[i].original.size(), 0);
        if (stack_[i].original == tag.original) return PopTo(i);
      }
    }
    HtmlEndTag(name);
  }

  // The attributes of a tag, even one that gumbo drops (cut off by the end
  // of the input, or closing a raw text element): gumbo compares each name
  // with those before it, so a tag costs the square of their number. False
  // past the limit.
  bool Attributes(const MarkupTag& tag, std::string_view open) {
    if (tag.attributes > limits_.max_attributes) {
      Fail("a " + std::string(open) + tag.name + "> tag has " + std::to_string(tag.attributes) +
           " attributes, over the limit of " + std::to_string(limits_.max_attributes));
      return false;
    }
    Spend(tag.attributes * tag.attributes / 2, tag.attributes);
    return true;
  }

  // CDATA sections exist only where the current node is svg or MathML.
  bool InForeignCdata() const { return Top().ns != Ns::kHtml; }

  void Text(size_t length, bool raw) {
    Spend(length * TokenCost(), 1);  // each character is a token
    if (raw) return;
    // Each character is a token that first checks, by a walk of the stack,
    // whether the formatting elements need reconstructing.
    if (!list_.empty() && !list_.back().marker) Spend(length * stack_.size(), 0);
    Reconstruct();
  }

  void Comment() { Spend(TokenCost(), 1); }

 private:
  struct Element {
    std::string name;
    std::string original;  // foreign elements: MarkupTag::original
    GumboTag tag;          // gumbo tells unknown HTML tags apart by this only
    uint32_t flags;
    Ns ns;
    uint64_t id;  // non-zero: has an entry on the formatting list
    size_t attributes = 0;  // foreign elements only
    // Opaque to the rules: never matched by an end tag, and every walk of
    // the stack stops at it (fewer pops: the safe side). Two kinds: taken
    // off gumbo's stack from under others (</form>, a second <a>), yet the
    // parent of what was built above it, so it counts for depth and goes
    // when it is on top; or a phantom, an element gumbo may or may not
    // have opened, which stays until what is under it is popped.
    bool ghost = false;
    bool phantom = false;
  };
  struct Entry {
    bool marker = false;
    std::string name;
    std::string key;  // raw attributes
    size_t attributes = 0;
    uint64_t id = 0;  // the element it stands for
    bool open = false;
  };

  Content Fail(std::string message) {
    if (problem_.empty()) problem_ = std::move(message);
    return Content::kMarkup;
  }

  // Cost of one walk of the stack and of the formatting list.
  uint64_t Walk() const { return 2 * stack_.size() + list_.size(); }

  // What gumbo spends on every token, characters included, before it looks
  // at it: while a MathML annotation-xml is the current node, it looks up
  // the element's encoding attribute twice, by a walk of its attributes (2
  // MB of text under one with 999 attributes took 42 s).
  uint64_t TokenCost() const {
    const Element& top = Top();
    return top.ns == Ns::kMathMl && top.name == "annotation-xml" ? 2 * top.attributes : 0;
  }

  // gumbo merges the attributes of every later <html> and <body> into the
  // first, looking each one up among those merged so far: quadratic in
  // their total, which the limit per tag does not bound (200,000 took over
  // 300 s). The total is held to the limit per tag.
  void MergeAttributes(const MarkupTag& tag) {
    Spend(merged_attributes_ * tag.attributes, 0);
    merged_attributes_ += tag.attributes;
    if (merged_attributes_ > limits_.max_attributes) {
      Fail("<html> and <body> tags have " + std::to_string(merged_attributes_) +
           " attributes in all, over the limit of " + std::to_string(limits_.max_attributes) +
           " (gumbo merges them into one element)");
    }
  }

  void Spend(uint64_t steps, size_t nodes) {
    work_ += steps;
    nodes_ += nodes;
    if (work_ > kMaxHtmlWork) {
      Fail("HTML would take the parser over " + std::to_string(kMaxHtmlWork) +
           " steps (markup it would walk again and again)");
    } else if (nodes_ > kMaxHtmlNodes) {
      Fail("HTML would make over " + std::to_string(kMaxHtmlNodes) +
           " nodes (elements, attributes, text)");
    }
  }

  const Element& Top() const { return stack_.back(); }

  static GumboTag TagOf(std::string_view name) { return LookUpTag(name).tag; }

  // Whether `e` is the HTML element `name` as gumbo compares them: by tag
  // enum, so that any unknown tag matches any other (</x> closes <y>).
  static bool Is(const Element& e, GumboTag tag) {
    return e.ns == Ns::kHtml && !e.ghost && e.tag == tag;
  }

  void RemoveFromUnder(size_t index) {
    if (index + 1 == stack_.size()) return Pop();
    MakeOpaque(&stack_[index]);
  }

  static void MakeOpaque(Element* e) {
    e->ghost = true;
    e->flags = kScope | kSpecial;  // stops every walk
    e->id = 0;
  }

  void PushPhantom(std::string_view name) {
    Push(name, Ns::kHtml);
    MakeOpaque(&stack_.back());
    stack_.back().phantom = true;
  }

  bool InForeignContent(std::string_view name) const {
    const Element& top = Top();
    if (top.ns == Ns::kHtml || (top.flags & kHtmlPoint)) return false;
    if ((top.flags & kTextPoint) && name != "mglyph" && name != "malignmark") return false;
    return true;
  }

  static bool ReconstructsBefore(std::string_view void_tag) {
    for (const std::string_view t :
         {"area", "br", "embed", "img", "image", "keygen", "wbr", "input"}) {
      if (void_tag == t) return true;
    }
    return false;
  }

  static bool IsBreakout(const MarkupTag& tag) {
    return (HtmlTagFlags(tag.name) & kBreakout) || (tag.name == "font" && tag.font_breakout);
  }

  uint64_t Push(std::string_view name, Ns ns, bool formatting = false,
                std::string_view original = {}) {
    const uint64_t id = formatting ? ++last_id_ : 0;
    const uint32_t flags = ns == Ns::kHtml ? HtmlTagFlags(name) : ForeignTagFlags(ns, name);
    stack_.push_back({std::string(name), std::string(original), TagOf(name), flags, ns, id});
    Spend(0, 1);
    if (stack_.size() - 2 > limits_.max_depth) {
      Fail("HTML nested deeper than " + std::to_string(limits_.max_depth) + " elements");
    }
    return id;
  }

  void Pop() {
    if (stack_.size() <= 2) return;  // html and body stay
    if (const uint64_t id = Top().id) {
      for (size_t i = list_.size(); i-- > 0;) {
        if (list_[i].id == id) {
          list_[i].open = false;
          break;
        }
      }
    }
    stack_.pop_back();
    while (stack_.size() > 2 && Top().ghost && !Top().phantom) stack_.pop_back();
  }

  // Pops the element at `index` and everything above it.
  void PopTo(size_t index) {
    while (stack_.size() > std::max<size_t>(index, 2)) Pop();
  }

  // The same, for a token that closes a cell, caption, applet, object,
  // marquee or template: gumbo then clears the formatting list back to the
  // last marker, once (not once per such element popped).
  void PopToClosing(size_t index) {
    bool marker = false;
    for (size_t i = std::max<size_t>(index, 2); i < stack_.size(); ++i) {
      marker |= stack_[i].ns == Ns::kHtml && !stack_[i].ghost && (stack_[i].flags & kMarker);
    }
    PopTo(index);
    if (marker) ClearListToMarker();
  }

  // The topmost HTML element `name` in scope: the walk stops at the
  // scope's boundaries (and at `extra` ones: ol, ul for list item scope,
  // button for button scope). 0 when there is none.
  size_t FindInScope(GumboTag tag, std::initializer_list<GumboTag> extra = {}) const {
    for (size_t i = stack_.size(); i-- > 0;) {
      const Element& e = stack_[i];
      if (Is(e, tag)) return i;
      if (e.flags & kScope) return 0;
      for (const auto boundary : extra) {
        if (Is(e, boundary)) return 0;
      }
    }
    return 0;
  }

  // "Has an element in table scope": only html, table and template bound it.
  size_t FindInTableScope(GumboTag tag) const {
    for (size_t i = stack_.size(); i-- > 2;) {
      if (Is(stack_[i], tag)) return i;
      if (Is(stack_[i], GUMBO_TAG_TABLE) || Is(stack_[i], GUMBO_TAG_TEMPLATE) || stack_[i].ghost)
        return 0;
    }
    return 0;
  }

  void ClosePInButtonScope() {
    if (const size_t p = FindInScope(GUMBO_TAG_P, {GUMBO_TAG_BUTTON})) PopTo(p);
  }

  // <li>, <dd>, <dt> close the list item open in the same list.
  void CloseListItem(bool li) {
    for (size_t i = stack_.size(); i-- > 2;) {
      const Element& e = stack_[i];
      if (li ? Is(e, GUMBO_TAG_LI) : (Is(e, GUMBO_TAG_DD) || Is(e, GUMBO_TAG_DT))) return PopTo(i);
      if ((e.flags & kSpecial) && !Is(e, GUMBO_TAG_ADDRESS) && !Is(e, GUMBO_TAG_DIV) &&
          !Is(e, GUMBO_TAG_P))
        return;
    }
  }

  // Re-opens, inside the current node, each formatting element that a
  // closed block took with it.
  void Reconstruct() {
    if (list_.empty() || list_.back().marker || list_.back().open) return;
    size_t i = list_.size() - 1;
    while (i > 0 && !list_[i - 1].marker && !list_[i - 1].open) --i;
    for (; i < list_.size() && problem_.empty(); ++i) {
      Entry& entry = list_[i];
      Spend(stack_.size(), entry.attributes);
      entry.id = Push(entry.name, Ns::kHtml, true);
      entry.open = true;
    }
  }

  void AddFormatting(const MarkupTag& tag) {
    // Noah's Ark: at most three identical entries after the last marker.
    // gumbo compares the attributes of each entry of the same tag with the
    // new ones, looking each up by a walk (190 nested <b> with 999
    // attributes, all alike but the last, took 79 s).
    size_t identical = 0, earliest = 0;
    for (size_t i = list_.size(); i-- > 0 && !list_[i].marker;) {
      if (list_[i].name != tag.name) continue;
      Spend(list_[i].attributes * tag.attributes / 2, 0);
      if (list_[i].key == tag.raw_attributes) {
        ++identical;
        earliest = i;
      }
    }
    if (identical >= 3) list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(earliest));
    Entry entry;
    entry.name = tag.name;
    entry.key = std::string(tag.raw_attributes);
    entry.attributes = tag.attributes;
    entry.open = true;
    entry.id = Push(tag.name, Ns::kHtml, true);
    list_.push_back(std::move(entry));
  }

  void ClearListToMarker() {
    while (!list_.empty()) {
      const bool marker = list_.back().marker;
      list_.pop_back();
      if (marker) break;
    }
  }

  void PushMarker() {
    Entry marker;
    marker.marker = true;
    list_.push_back(std::move(marker));
  }

  // The nearest table, template, cell or caption: which of them says
  // whether table parts and tables are in table or in cell context.
  size_t TableContext() const {
    for (size_t i = stack_.size(); i-- > 2 && !stack_[i].ghost;) {
      for (const auto t :
           {GUMBO_TAG_TABLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION}) {
        if (Is(stack_[i], t)) return i;
      }
    }
    return 0;
  }

  // Table parts open their implied parents; a new row or cell closes the
  // open one. gumbo clears the stack back to the table first, which pops
  // at least what is popped here.
  void TablePart(const MarkupTag& tag) {
    const std::string_view name = tag.name;
    size_t table = stack_.size();  // the table or template the part goes in
    while (--table >= 2 && !Is(stack_[table], GUMBO_TAG_TABLE) &&
           !Is(stack_[table], GUMBO_TAG_TEMPLATE)) {
    }
    if (table < 2) return Spend(0, 1);  // outside a table: ignored
    if (Is(stack_[table], GUMBO_TAG_TEMPLATE)) {
      // In a template gumbo's mode depends on what came first in it: the
      // model closes nothing there, and the row gumbo may imply for a cell
      // counts for depth but is never matched by an end tag.
      if ((name == "td" || name == "th") && !Is(Top(), GUMBO_TAG_TR)) PushPhantom("tr");
      if (name == "col") return Spend(0, 1);
      PushPhantom(name);
      return;
    }
    const auto above = [&](std::initializer_list<GumboTag> tags) -> size_t {
      for (size_t i = stack_.size(); i-- > table + 1;) {
        if (stack_[i].ghost) return 0;
        for (const auto t : tags) {
          if (Is(stack_[i], t)) return i;
        }
      }
      return 0;
    };
    if (name == "caption" || name == "colgroup") {
      Push(name, Ns::kHtml);
      if (name == "caption") PushMarker();
      return;
    }
    if (name == "col") {
      if (!Is(Top(), GUMBO_TAG_COLGROUP)) Push("colgroup", Ns::kHtml);
      return Spend(0, 1);
    }
    if (name == "td" || name == "th") {
      if (const size_t cell = above({GUMBO_TAG_TD, GUMBO_TAG_TH})) PopToClosing(cell);
    } else if (const size_t row = above({GUMBO_TAG_TR})) {
      PopToClosing(row);
    }
    if (name == "tbody" || name == "thead" || name == "tfoot") {
      if (const size_t section = above({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}))
        PopToClosing(section);
      return (void)Push(name, Ns::kHtml);
    }
    // A template implies no parents.
    const bool implies = Is(stack_[table], GUMBO_TAG_TABLE);
    if (implies && above({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}) == 0)
      Push("tbody", Ns::kHtml);
    if (name == "tr") return (void)Push(name, Ns::kHtml);
    if (implies && above({GUMBO_TAG_TR}) == 0) Push("tr", Ns::kHtml);
    Push(name, Ns::kHtml);
    PushMarker();
  }

  // The select element when gumbo is "in select": the nearest select,
  // table, table part or template is a select. 0 otherwise.
  size_t SelectContext() const {
    for (size_t i = stack_.size(); i-- > 2;) {
      const Element& e = stack_[i];
      if (Is(e, GUMBO_TAG_SELECT)) return i;
      if (e.ns == Ns::kHtml && ((e.flags & (kTablePart | kMarker)) || Is(e, GUMBO_TAG_TABLE)))
        return 0;
    }
    return 0;
  }

  bool TableBelow(size_t index) const {
    for (size_t i = index; i-- > 2;) {
      if (Is(stack_[i], GUMBO_TAG_TABLE)) return true;
    }
    return false;
  }

  static bool IsTableTag(std::string_view name) {
    return name == "table" ||
           (HtmlTagFlags(name) & kTablePart && name != "col" && name != "colgroup");
  }

  Content HtmlStartTag(const MarkupTag& tag) {
    if (const size_t select = SelectContext()) return SelectStartTag(tag, select);
    return BodyStartTag(tag);
  }

  // "In select" gumbo drops most start tags, raw text ones too (so the
  // tokenizer reads on as markup). The model drops none but tables: where
  // it is unsure whether gumbo is in select, more elements is the safe side.
  Content SelectStartTag(const MarkupTag& tag, size_t select) {
    const std::string_view name = tag.name;
    if (name == "script" || name == "template") return BodyStartTag(tag);
    if (name == "select" || name == "input" || name == "keygen" || name == "textarea" ||
        (IsTableTag(name) && TableBelow(select))) {
      PopTo(select);  // closes the select
      return name == "select" ? Content::kMarkup : BodyStartTag(tag);
    }
    if (name == "option" || name == "optgroup") {
      if (Is(Top(), GUMBO_TAG_OPTION)) Pop();
      if (name == "optgroup" && Is(Top(), GUMBO_TAG_OPTGROUP)) Pop();
    }
    const uint32_t flags = HtmlTagFlags(name);
    if (flags & kVoid || IsTableTag(name) || flags & kMarker) return Spend(0, 1), Content::kMarkup;
    Push(name, Ns::kHtml);
    return Content::kMarkup;
  }

  Content BodyStartTag(const MarkupTag& tag) {
    const std::string_view name = tag.name;
    const uint32_t flags = HtmlTagFlags(name);
    if (name == "html" || name == "body" || name == "head")
      return Content::kMarkup;  // merged or ignored
    if (flags & kTablePart) {
      TablePart(tag);
      return Content::kMarkup;
    }
    if (name == "table") {
      // Straight in a table (not in a cell or caption) a table closes it.
      const size_t context = TableContext();
      if (context && Is(stack_[context], GUMBO_TAG_TABLE)) PopTo(context);
    }
    if (name == "svg" || name == "math") {
      Reconstruct();
      if (tag.self_closing) return Spend(0, 1), Content::kMarkup;
      Push(name, name == "svg" ? Ns::kSvg : Ns::kMathMl, false, tag.original);
      return Content::kMarkup;
    }
    if (flags & kClosesP) ClosePInButtonScope();
    if (flags & (kRawText | kRcdata | kScript)) {
      // Inserted, then closed by the end of its text: no depth.
      if (name == "xmp") Reconstruct();
      Spend(0, 2);
      return flags & kRcdata   ? Content::kRcdata
             : flags & kScript ? Content::kScript
                               : Content::kRawText;
    }
    if (name == "isindex") {
      Spend(0, 7);  // form, hr, label, text, input, hr
      return Content::kMarkup;
    }
    if (flags & kVoid) {
      if (ReconstructsBefore(name)) Reconstruct();
      Spend(0, 1);
      return Content::kMarkup;
    }
    if (flags & kHeading) {
      if (Top().flags & kHeading) Pop();
    } else if (name == "li" || name == "dd" || name == "dt") {
      CloseListItem(name == "li");
      ClosePInButtonScope();
    } else if (name == "button") {
      if (const size_t b = FindInScope(GUMBO_TAG_BUTTON)) PopTo(b);
    } else if (name == "option" || name == "optgroup") {
      if (Is(Top(), GUMBO_TAG_OPTION)) Pop();
    } else if (name == "rp" || name == "rt") {
      if (FindInScope(GUMBO_TAG_RUBY)) {
        while (stack_.size() > 2 && (Top().flags & kImpliedEnd)) Pop();
      }
    }
    if (flags & kFormatting) {
      if (name == "a" && LastEntry("a") != kNone) {
        // An <a> still open is closed first, and taken off both lists.
        AdoptionAgency("a");
        if (const size_t at = LastEntry("a"); at != kNone) {
          const uint64_t id = list_[at].id;
          list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(at));
          for (size_t i = stack_.size(); i-- > 2;) {
            if (stack_[i].id == id && id != 0) {
              RemoveFromUnder(i);
              break;
            }
          }
        }
      }
      Reconstruct();
      if (name == "nobr" && FindInScope(GUMBO_TAG_NOBR)) {
        AdoptionAgency("nobr");
        Reconstruct();
      }
      AddFormatting(tag);
      return Content::kMarkup;
    }
    if (!(flags & (kClosesP | kHeading)) || name == "button") Reconstruct();
    Push(name, Ns::kHtml);
    if (flags & kMarker) PushMarker();
    return flags & kPlainText ? Content::kPlainText : Content::kMarkup;
  }

  void HtmlEndTag(std::string_view name) {
    if (const size_t select = SelectContext()) return SelectEndTag(name, select);
    BodyEndTag(name);
  }

  // "In select" gumbo takes only these end tags and drops the rest.
  void SelectEndTag(std::string_view name, size_t select) {
    if (name == "option" || name == "optgroup") {
      if (name == "optgroup" && Is(Top(), GUMBO_TAG_OPTION) &&
          Is(stack_[stack_.size() - 2], GUMBO_TAG_OPTGROUP))
        Pop();
      if (Is(Top(), TagOf(name))) Pop();
    } else if (name == "select") {
      PopTo(select);
    } else if (name == "template") {
      BodyEndTag(name);
    } else if (IsTableTag(name) && TableBelow(select) && FindInTableScope(TagOf(name))) {
      PopTo(select);
      BodyEndTag(name);
    }
  }

  void BodyEndTag(std::string_view name) {
    const uint32_t flags = HtmlTagFlags(name);
    if (name == "p") {
      if (const size_t p = FindInScope(GUMBO_TAG_P, {GUMBO_TAG_BUTTON})) return PopTo(p);
      Reconstruct();
      return Spend(0, 1);  // an empty <p> is inserted
    }
    if (name == "br") {
      Reconstruct();
      return Spend(0, 1);
    }
    if (name == "body" || name == "html") return;
    if (flags & kBlockEnd) {
      if (const size_t e = FindInScope(TagOf(name))) PopTo(e);
      return;
    }
    if (name == "li") {
      if (const size_t e = FindInScope(GUMBO_TAG_LI, {GUMBO_TAG_OL, GUMBO_TAG_UL})) PopTo(e);
      return;
    }
    if (flags & kHeading) {
      for (size_t i = stack_.size(); i-- > 2;) {
        if (stack_[i].flags & kHeading && stack_[i].ns == Ns::kHtml) return PopTo(i);
        if (stack_[i].flags & kScope) return;
      }
      return;
    }
    if (name == "form") {
      // Only the form element leaves the stack.
      if (const size_t f = FindInScope(GUMBO_TAG_FORM)) RemoveFromUnder(f);
      return;
    }
    if (flags & kFormatting) return AdoptionAgency(name);
    if (name == "applet" || name == "marquee" || name == "object" || name == "template" ||
        (flags & kTablePart) || name == "table") {
      if (const size_t e = FindInTableScope(TagOf(name))) PopToClosing(e);
      return;
    }
    AnyOtherEndTag(name);
  }

  void AnyOtherEndTag(std::string_view name) {
    const GumboTag tag = TagOf(name);
    for (size_t i = stack_.size(); i-- > 2;) {
      if (Is(stack_[i], tag)) return PopTo(i);
      if (stack_[i].flags & kSpecial) return;
    }
  }

  // gumbo 0.10.1 ignores a formatting end tag with no entry on the list
  // (the spec would treat it as any other end tag).
  static constexpr size_t kNone = static_cast<size_t>(-1);

  // The last entry for `name` after the last marker, or kNone.
  size_t LastEntry(std::string_view name) const {
    for (size_t at = list_.size(); at-- > 0 && !list_[at].marker;) {
      if (list_[at].name == name) return at;
    }
    return kNone;
  }

  size_t EntryOf(uint64_t id) const {
    for (size_t at = list_.size(); id != 0 && at-- > 0;) {
      if (list_[at].id == id) return at;
    }
    return kNone;
  }

  size_t ElementOf(uint64_t id) const {
    for (size_t i = stack_.size(); id != 0 && i-- > 2;) {
      if (stack_[i].id == id) return i;
    }
    return kNone;
  }

  // gumbo 0.10.1's adoption agency algorithm, on the stack only: with no
  // special element above the formatting element, everything down to it is
  // popped; else the special one (the furthest block) stays, up to three
  // elements under it are cloned or dropped, and the formatting element
  // moves to just above it. Eight rounds at most.
  void AdoptionAgency(std::string_view name) {
    // The current node, when it has no entry on the list, is just popped.
    const GumboTag tag = TagOf(name);
    if (Is(Top(), tag) && EntryOf(Top().id) == kNone) return Pop();
    for (int round = 0; round < 8 && problem_.empty(); ++round) {
      Spend(4 * stack_.size() + list_.size(), 0);
      const size_t at = LastEntry(name);
      if (at == kNone) return;
      const size_t fe = ElementOf(list_[at].id);
      if (fe == kNone) {
        list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(at));
        return;
      }
      if (FindInScope(tag) == 0) return;
      size_t fb = fe + 1;
      while (fb < stack_.size() && !(stack_[fb].flags & kSpecial)) ++fb;
      if (fb < stack_.size() && stack_[fb].ghost) return;  // unsure what gumbo has there
      if (fb == stack_.size()) {
        PopTo(fe);
        if (const size_t entry = EntryOf(list_[at].id); entry != kNone) {
          list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(entry));
        }
        return;
      }
      size_t node = fb;
      for (int step = 0; step < 3 && --node > fe;) {
        ++step;
        const size_t entry = EntryOf(stack_[node].id);
        if (entry == kNone) {
          stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(node));
          --fb;
        } else {
          Spend(0, 1 + list_[entry].attributes);  // cloned in place
        }
      }
      const uint64_t id = ++last_id_;
      Entry& entry = list_[at];
      entry.id = id;
      Spend(0, 1 + entry.attributes);
      if (node == fe) {
        stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(fe));
        --fb;
      } else {
        // Elements the three steps did not reach stay its children.
        MakeOpaque(&stack_[fe]);
      }
      stack_.insert(stack_.begin() + static_cast<std::ptrdiff_t>(fb + 1),
                    {entry.name, "", TagOf(entry.name), HtmlTagFlags(entry.name), Ns::kHtml, id});
    }
  }

  const HtmlLimits& limits_;
  std::vector<Element> stack_;
  std::vector<Entry> list_;
  uint64_t last_id_ = 0;
  size_t nodes_ = 0;
  uint64_t work_ = 0;
  size_t merged_attributes_ = 0;  // on <html> and <body> tags
  std::string problem_;
};

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCaseAt(std::string_view s, size_t at, std::string_view prefix) {
  if (s.size() - std::min(at, s.size()) < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[at + i]) != prefix[i]) return false;
  }
  return true;
}

// gumbo's tokenizer states, feeding the tree model. Positions are byte
// offsets into `html`; npos means the input ends inside the construct.
class MarkupScanner {
 public:
  MarkupScanner(std::string_view html, TreeModel* model) : html_(html), model_(model) {}

  void Run() {
    size_t pos = 0, text_begin = 0;
    while (pos < html_.size() && model_->problem().empty()) {
      const size_t lt = html_.find('<', pos);
      if (lt == npos) break;
      size_t next = npos;
      if (!Markup(lt, text_begin, &next)) {
        pos = lt + 1;  // a '<' that is text
        continue;
      }
      if (next == npos) return;  // the rest is a comment, raw text or a cut tag
      text_begin = pos = next;
    }
    FlushText(text_begin, html_.size());
  }

 private:
  static constexpr size_t npos = std::string_view::npos;

  void FlushText(size_t begin, size_t end) {
    if (end > begin && model_->problem().empty()) model_->Text(end - begin, false);
  }

  // Reads the construct at html_[lt] == '<'. False when it is text; else
  // sets *next past it (npos: it runs to the end of the input).
  bool Markup(size_t lt, size_t text_begin, size_t* next) {
    const char c = lt + 1 < html_.size() ? html_[lt + 1] : '\0';
    if (c == '!') {
      FlushText(text_begin, lt);
      *next = Declaration(lt);
      model_->Comment();
      return true;
    }
    if (c == '?') {
      FlushText(text_begin, lt);
      *next = BogusComment(lt + 2);
      model_->Comment();
      return true;
    }
    if (c == '/') {
      const char d = lt + 2 < html_.size() ? html_[lt + 2] : '\0';
      if (d == '\0') return false;
      FlushText(text_begin, lt);
      if (d == '>') {
        *next = lt + 3;  // "</>" is dropped, but the next tag's text starts here
        if (garbled_end_ != lt) garbled_from_ = lt;
        garbled_end_ = lt + 3;
      } else if (!IsAsciiAlpha(d)) {
        *next = BogusComment(lt + 2);
        model_->Comment();
      } else {
        MarkupTag tag;
        *next = Tag(lt + 2, &tag);
        if (*next == npos) {
          model_->Attributes(tag, "</");
        } else {
          tag.original = OriginalName(lt, *next);
          model_->EndTag(tag);
        }
      }
      return true;
    }
    if (!IsAsciiAlpha(c)) return false;
    FlushText(text_begin, lt);
    MarkupTag tag;
    *next = Tag(lt + 1, &tag);
    // A tag the input cuts off is dropped, but only after gumbo has read
    // its attributes: 170,000 took 163 s.
    if (*next == npos) return model_->Attributes(tag, "<"), true;
    tag.original = OriginalName(lt, *next);
    *next = StartTag(tag, *next);
    return true;
  }

  // After a start tag: the element's content, when the tree builder makes
  // the tokenizer read it as text.
  size_t StartTag(const MarkupTag& tag, size_t after) {
    switch (model_->StartTag(tag)) {
      case Content::kMarkup:
        return after;
      case Content::kPlainText:
        return npos;
      case Content::kScript:
        return AfterText(ScriptDataEnd(after));
      case Content::kRawText:
      case Content::kRcdata:
        return AfterText(AppropriateEndTag(tag.name, after));
    }
    return after;
  }

  // Skips the end tag at `end_tag` that closes a raw text element. It may
  // carry attributes (</style a0 a1 ...>), read like any tag's.
  size_t AfterText(size_t end_tag) {
    model_->Text(0, true);
    if (end_tag == npos) return npos;
    MarkupTag tag;
    const size_t after = Tag(end_tag + 2, &tag);
    model_->Attributes(tag, "</");
    return after;
  }

  // "</name" followed by white space, '/' or '>', at or after `from`.
  size_t AppropriateEndTag(std::string_view name, size_t from) const {
    for (size_t at = html_.find("</", from); at != npos; at = html_.find("</", at + 2)) {
      if (IsEndTagOf(at, name)) return at;
    }
    return npos;
  }

  bool IsEndTagOf(size_t at, std::string_view name) const {
    if (html_.compare(at, 2, "</") != 0 || !StartsWithNoCaseAt(html_, at + 2, name)) return false;
    const size_t after = at + 2 + name.size();
    return after < html_.size() &&
           (IsHtmlSpace(html_[after]) || html_[after] == '/' || html_[after] == '>');
  }

  bool IsStartTagOf(size_t at, std::string_view name) const {
    if (html_[at] != '<' || !StartsWithNoCaseAt(html_, at + 1, name)) return false;
    const size_t after = at + 1 + name.size();
    return after < html_.size() &&
           (IsHtmlSpace(html_[after]) || html_[after] == '/' || html_[after] == '>');
  }

  // Script data with its escaped and double-escaped states: "<!--"
  // escapes; inside an escape "<script" double-escapes, where "</script"
  // only returns to the escape; "--" then '>' ends either.
  size_t ScriptDataEnd(size_t from) const {
    enum { kData, kEscaped, kDoubleEscaped } state = kData;
    size_t dashes_from = 0;  // the dashes before a '>' count from here
    for (size_t i = from; i < html_.size(); ++i) {
      const char c = html_[i];
      if (c == '>' && state != kData && i >= dashes_from + 2 && html_[i - 1] == '-' &&
          html_[i - 2] == '-') {
        state = kData;
        continue;
      }
      if (c != '<') continue;
      if (state == kData) {
        if (IsEndTagOf(i, "script")) return i;
        if (html_.compare(i, 4, "<!--") == 0) {
          state = kEscaped;
          dashes_from = i + 2;  // "<!-->" ends the escape at once
          i += 3;
        }
      } else if (state == kEscaped) {
        if (IsEndTagOf(i, "script")) return i;
        if (IsStartTagOf(i, "script")) {
          state = kDoubleEscaped;
          i += 7;  // the delimiter after "<script" is consumed
          dashes_from = i + 1;
        }
      } else if (IsEndTagOf(i, "script")) {
        state = kEscaped;
        i += 8;
        dashes_from = i + 1;
      }
    }
    return npos;
  }

  // <!-- comments -->, <!DOCTYPE ...>, <![CDATA[ ... ]]> and bogus comments.
  size_t Declaration(size_t lt) const {
    if (html_.compare(lt, 4, "<!--") == 0) return CommentEnd(lt + 4);
    if (html_.compare(lt, 9, "<![CDATA[") == 0 && model_->InForeignCdata()) {
      const size_t end = html_.find("]]>", lt + 9);
      return end == npos ? npos : end + 3;
    }
    return BogusComment(lt + 2);
  }

  // A comment ends at "-->" or "--!>"; "<!-->" and "<!--->" end at once.
  size_t CommentEnd(size_t from) const {
    if (html_.compare(from, 1, ">") == 0) return from + 1;
    if (html_.compare(from, 2, "->") == 0) return from + 2;
    for (size_t at = html_.find("--", from); at != npos; at = html_.find("--", at + 1)) {
      if (html_.compare(at + 2, 1, ">") == 0) return at + 3;
      if (html_.compare(at + 2, 2, "!>") == 0) return at + 4;
    }
    return npos;
  }

  size_t BogusComment(size_t from) const {
    const size_t end = html_.find('>', from);
    return end == npos ? npos : end + 1;
  }

  // A tag from its name at `at`: name, attributes, self-closing flag.
  // Returns the position after its '>', npos when the input ends first
  // (gumbo then drops the tag).
  size_t Tag(size_t at, MarkupTag* tag) const {
    size_t i = at;
    while (i < html_.size() && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') {
      tag->name.push_back(AsciiLower(html_[i++]));
    }
    const size_t attributes_begin = i;
    enum {
      kBeforeName,
      kName,
      kAfterName,
      kBeforeValue,
      kQuoted,
      kUnquoted,
      kAfterQuoted
    } state = kBeforeName;
    char quote = '\0';
    size_t name_begin = 0;
    for (; i < html_.size(); ++i) {
      const char c = html_[i];
      switch (state) {
        case kBeforeName:
        case kAfterName:
          if (IsHtmlSpace(c)) continue;
          if (c == '>') return Finish(tag, attributes_begin, i);
          if (c == '/') {
            if (i + 1 < html_.size() && html_[i + 1] == '>') {
              tag->self_closing = true;
              return Finish(tag, attributes_begin, i + 1);
            }
            state = kBeforeName;
            continue;
          }
          if (state == kAfterName && c == '=') {
            state = kBeforeValue;
            continue;
          }
          ++tag->attributes;
          name_begin = i;
          state = kName;
          continue;
        case kName:
          if (IsHtmlSpace(c) || c == '/' || c == '>' || c == '=') {
            NoteAttribute(tag, html_.substr(name_begin, i - name_begin));
            state = c == '=' ? kBeforeValue : kAfterName;
            if (c == '/' || c == '>') --i, state = kBeforeName;
          }
          continue;
        case kBeforeValue:
          if (IsHtmlSpace(c)) continue;
          if (c == '"' || c == '\'') {
            quote = c;
            state = kQuoted;
          } else if (c == '>') {
            return Finish(tag, attributes_begin, i);
          } else {
            state = kUnquoted;
          }
          continue;
        case kQuoted: {
          const size_t close = html_.find(quote, i);
          if (close == npos) return npos;
          i = close;
          state = kAfterQuoted;
          continue;
        }
        case kUnquoted:
          if (IsHtmlSpace(c)) state = kBeforeName;
          if (c == '>') return Finish(tag, attributes_begin, i);
          continue;
        case kAfterQuoted:
          state = kBeforeName;
          --i;  // reconsumed
          continue;
      }
    }
    return npos;
  }

  size_t Finish(MarkupTag* tag, size_t attributes_begin, size_t gt) const {
    tag->raw_attributes = html_.substr(attributes_begin, gt - attributes_begin);
    return gt + 1;
  }

  static void NoteAttribute(MarkupTag* tag, std::string_view name) {
    if (name.size() > 5) return;
    std::string lower(name);
    for (char& c : lower) c = AsciiLower(c);
    if (lower == "color" || lower == "face" || lower == "size") tag->font_breakout = true;
  }

  // gumbo_tag_from_original_text() on the tag that ends before `after`.
  std::string OriginalName(size_t lt, size_t after) const {
    const size_t begin = garbled_end_ == lt ? garbled_from_ : lt;
    std::string_view text = html_.substr(begin, after - begin);
    if (text[1] == '/') {
      text = text.substr(2, text.size() - 3);
    } else {
      text = text.substr(1, text.size() - 2);
      size_t end = 0;
      while (end < text.size() && !isspace(static_cast<unsigned char>(text[end])) &&
             text[end] != '/')
        ++end;
      text = text.substr(0, end);
    }
    std::string name(text);
    for (char& c : name) c = AsciiLower(c);
    return name;
  }

  std::string_view html_;
  TreeModel* model_;
  size_t garbled_from_ = npos, garbled_end_ = npos;  // a "</>" run and where it ends
};

}  // namespace

std::string CheckMarkup(std::string_view html, const HtmlLimits& limits) {
  TreeModel model(limits);
  MarkupScanner(html, &model).Run();
  return model.problem();
}

}  // namespace newsextract
