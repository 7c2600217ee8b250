// The markup model's tag table: gumbo 0.10.1's tag names, and for each the
// kinds its tree builder's rules ask about, looked up by a hash table.
#include "markup_tags.h"

#include <cctype>
#include <utility>
#include <vector>

namespace newsextract::markup {
namespace {

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

}  // namespace

TagInfo LookUpTag(std::string_view name) {
  static const TagTable kTable;
  return name.empty() ? TagInfo() : kTable.Find(name);
}

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

}  // namespace newsextract::markup
