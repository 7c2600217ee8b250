// The markup model's tree builder: for each tag, the rules of the insertion
// mode gumbo 0.10.1 would handle it in, applied to the model's state.
#include "markup_tree.h"

namespace newsextract::markup {
namespace {

GumboTag TagOf(std::string_view name) { return LookUpTag(name).tag; }

bool ReconstructsBefore(std::string_view void_tag) {
  for (const std::string_view t :
       {"area", "br", "embed", "img", "image", "keygen", "wbr", "input"}) {
    if (void_tag == t) return true;
  }
  return false;
}

bool IsBreakout(const MarkupTag& tag) {
  return (HtmlTagFlags(tag.name) & kBreakout) || (tag.name == "font" && tag.font_breakout);
}

bool IsTableTag(std::string_view name) {
  return name == "table" ||
         (HtmlTagFlags(name) & kTablePart && name != "col" && name != "colgroup");
}

bool IsSection(std::string_view name) {
  return name == "tbody" || name == "thead" || name == "tfoot";
}

}  // namespace

Content TreeModel::StartTag(const MarkupTag& tag) {
  if (!Attributes(tag, "<")) return Content::kMarkup;
  state_.Spend(state_.WalkCost() + TokenCost(), 0);
  if (tag.name == "html" || tag.name == "body") MergeAttributes(tag);
  if (InForeignContent(tag.name)) return ForeignStartTag(tag);
  return HtmlStartTag(tag);
}

void TreeModel::EndTag(const MarkupTag& tag) {
  if (!Attributes(tag, "</")) return;
  state_.Spend(state_.WalkCost() + TokenCost(), 0);
  if (state_.Top().ns != Ns::kHtml) return ForeignEndTag(tag);
  HtmlEndTag(tag.name);
}

bool TreeModel::Attributes(const MarkupTag& tag, std::string_view open) {
  if (tag.attributes > limits_.max_attributes) {
    state_.Fail("a " + std::string(open) + tag.name + "> tag has " +
                std::to_string(tag.attributes) + " attributes, over the limit of " +
                std::to_string(limits_.max_attributes));
    return false;
  }
  state_.Spend(tag.attributes * tag.attributes / 2, tag.attributes);
  return true;
}

void TreeModel::Text(size_t length, bool raw) {
  state_.Spend(length * TokenCost(), 1);  // each character is a token
  if (raw) return;
  // Each character is a token that first checks, by a walk of the stack,
  // whether the formatting elements need reconstructing.
  if (state_.FormattingAfterMarker()) state_.Spend(length * state_.size(), 0);
  state_.Reconstruct();
}

// What gumbo spends on every token, characters included, before it looks
// at it: while a MathML annotation-xml is the current node, it looks up
// the element's encoding attribute twice, by a walk of its attributes (2
// MB of text under one with 999 attributes took 42 s).
uint64_t TreeModel::TokenCost() const {
  const ParseState::Element& top = state_.Top();
  return top.ns == Ns::kMathMl && top.name == "annotation-xml" ? 2 * top.attributes : 0;
}

// gumbo merges the attributes of every later <html> and <body> into the
// first, looking each one up among those merged so far: quadratic in
// their total, which the limit per tag does not bound (200,000 took over
// 300 s). The total is held to the limit per tag.
void TreeModel::MergeAttributes(const MarkupTag& tag) {
  state_.Spend(merged_attributes_ * tag.attributes, 0);
  merged_attributes_ += tag.attributes;
  if (merged_attributes_ > limits_.max_attributes) {
    state_.Fail("<html> and <body> tags have " + std::to_string(merged_attributes_) +
                " attributes in all, over the limit of " + std::to_string(limits_.max_attributes) +
                " (gumbo merges them into one element)");
  }
}

bool TreeModel::InForeignContent(std::string_view name) const {
  const ParseState::Element& top = state_.Top();
  if (top.ns == Ns::kHtml || (top.flags & kHtmlPoint)) return false;
  if ((top.flags & kTextPoint) && name != "mglyph" && name != "malignmark") return false;
  return true;
}

Content TreeModel::HtmlStartTag(const MarkupTag& tag) {
  if (const size_t select = SelectContext()) return SelectStartTag(tag, select);
  return BodyStartTag(tag);
}

void TreeModel::HtmlEndTag(std::string_view name) {
  if (const size_t select = SelectContext()) return SelectEndTag(name, select);
  BodyEndTag(name);
}

// In foreign content a start tag opens an element of the current node's
// namespace (self-closing honoured here only), unless it is one of the
// HTML tags that leave svg and MathML: those close the foreign elements
// and are handled as HTML.
Content TreeModel::ForeignStartTag(const MarkupTag& tag) {
  if (!IsBreakout(tag)) {
    if (tag.self_closing) return state_.Spend(0, 1), Content::kMarkup;
    state_.PushForeign(tag, state_.Top().ns);
    return Content::kMarkup;
  }
  while (state_.size() > 2 && state_.Top().ns != Ns::kHtml && !(state_.Top().flags & kHtmlPoint) &&
         !(state_.Top().flags & kTextPoint)) {
    state_.Pop();
  }
  return HtmlStartTag(tag);
}

// Foreign content: close the nearest foreign element of that name; the
// first HTML element hands the tag to the HTML rules. gumbo finds each
// element's name again in the text of its start tag (one step a byte): 3
// KB names 2,000 deep took 17 s for 6 MB of end tags.
void TreeModel::ForeignEndTag(const MarkupTag& tag) {
  for (size_t i = state_.size(); i-- > 2 && state_[i].ns != Ns::kHtml;) {
    state_.Spend(state_[i].original.size(), 0);
    if (state_[i].original == tag.original) return state_.PopTo(i);
  }
  HtmlEndTag(tag.name);
}

// "In select" gumbo drops most start tags, raw text ones too (so the
// tokenizer reads on as markup). The model drops none but tables: where
// it is unsure whether gumbo is in select, more elements is the safe side.
Content TreeModel::SelectStartTag(const MarkupTag& tag, size_t select) {
  const std::string_view name = tag.name;
  if (name == "script" || name == "template") return BodyStartTag(tag);
  if (name == "select" || name == "input" || name == "keygen" || name == "textarea" ||
      (IsTableTag(name) && TableBelow(select))) {
    state_.PopTo(select);  // closes the select
    return name == "select" ? Content::kMarkup : BodyStartTag(tag);
  }
  if (name == "option" || name == "optgroup") {
    if (state_.Top().Is(GUMBO_TAG_OPTION)) state_.Pop();
    if (name == "optgroup" && state_.Top().Is(GUMBO_TAG_OPTGROUP)) state_.Pop();
  }
  const uint32_t flags = HtmlTagFlags(name);
  if (flags & kVoid || IsTableTag(name) || flags & kMarker) {
    return state_.Spend(0, 1), Content::kMarkup;
  }
  state_.Push(name);
  return Content::kMarkup;
}

// "In select" gumbo takes only these end tags and drops the rest.
void TreeModel::SelectEndTag(std::string_view name, size_t select) {
  if (name == "option" || name == "optgroup") {
    if (name == "optgroup" && state_.Top().Is(GUMBO_TAG_OPTION) &&
        state_[state_.size() - 2].Is(GUMBO_TAG_OPTGROUP))
      state_.Pop();
    if (state_.Top().Is(TagOf(name))) state_.Pop();
  } else if (name == "select") {
    state_.PopTo(select);
  } else if (name == "template") {
    BodyEndTag(name);
  } else if (IsTableTag(name) && TableBelow(select) && state_.FindInTableScope(TagOf(name))) {
    state_.PopTo(select);
    BodyEndTag(name);
  }
}

Content TreeModel::BodyStartTag(const MarkupTag& tag) {
  const std::string_view name = tag.name;
  const uint32_t flags = HtmlTagFlags(name);
  if (name == "html" || name == "body" || name == "head") {
    return Content::kMarkup;  // merged or ignored
  }
  if (flags & kTablePart) return TablePart(tag), Content::kMarkup;
  if (name == "table") {
    // Straight in a table (not in a cell or caption) a table closes it.
    const size_t context = TableContext();
    if (context && state_[context].Is(GUMBO_TAG_TABLE)) state_.PopTo(context);
  }
  if (name == "svg" || name == "math") return ForeignRoot(tag);
  if (flags & kClosesP) ClosePInButtonScope();
  if (flags & (kRawText | kRcdata | kScript)) return TextElement(name, flags);
  if (name == "isindex") {
    state_.Spend(0, 7);  // form, hr, label, text, input, hr
    return Content::kMarkup;
  }
  if (flags & kVoid) return VoidElement(name);
  CloseBeforeStartTag(name, flags);
  if (flags & kFormatting) return FormattingElement(tag), Content::kMarkup;
  if (!(flags & (kClosesP | kHeading)) || name == "button") state_.Reconstruct();
  state_.Push(name);
  if (flags & kMarker) state_.PushMarker();
  return flags & kPlainText ? Content::kPlainText : Content::kMarkup;
}

Content TreeModel::ForeignRoot(const MarkupTag& tag) {
  state_.Reconstruct();
  if (tag.self_closing) return state_.Spend(0, 1), Content::kMarkup;
  state_.PushForeign(tag, tag.name == "svg" ? Ns::kSvg : Ns::kMathMl);
  return Content::kMarkup;
}

// An element whose content the tokenizer reads as text (gumbo's "text"
// mode): inserted, then closed by the end of its text, so no depth.
Content TreeModel::TextElement(std::string_view name, uint32_t flags) {
  if (name == "xmp") state_.Reconstruct();
  state_.Spend(0, 2);
  return flags & kRcdata   ? Content::kRcdata
         : flags & kScript ? Content::kScript
                           : Content::kRawText;
}

Content TreeModel::VoidElement(std::string_view name) {
  if (ReconstructsBefore(name)) state_.Reconstruct();
  state_.Spend(0, 1);
  return Content::kMarkup;
}

// What a start tag closes before it opens: a heading a heading, a list
// item the one open in the same list, a button a button, an option an
// option, ruby text what ruby leaves implied.
void TreeModel::CloseBeforeStartTag(std::string_view name, uint32_t flags) {
  if (flags & kHeading) {
    if (state_.Top().flags & kHeading) state_.Pop();
  } else if (name == "li" || name == "dd" || name == "dt") {
    CloseListItem(name == "li");
    ClosePInButtonScope();
  } else if (name == "button") {
    if (const size_t b = state_.FindInScope(GUMBO_TAG_BUTTON)) state_.PopTo(b);
  } else if (name == "option" || name == "optgroup") {
    if (state_.Top().Is(GUMBO_TAG_OPTION)) state_.Pop();
  } else if (name == "rp" || name == "rt") {
    if (state_.FindInScope(GUMBO_TAG_RUBY)) {
      while (state_.size() > 2 && (state_.Top().flags & kImpliedEnd)) state_.Pop();
    }
  }
}

void TreeModel::FormattingElement(const MarkupTag& tag) {
  if (tag.name == "a" && state_.HasEntry("a")) state_.CloseOpenA();
  state_.Reconstruct();
  if (tag.name == "nobr" && state_.FindInScope(GUMBO_TAG_NOBR)) {
    state_.AdoptionAgency("nobr");
    state_.Reconstruct();
  }
  state_.AddFormatting(tag);
}

void TreeModel::ClosePInButtonScope() {
  if (const size_t p = state_.FindInScope(GUMBO_TAG_P, {GUMBO_TAG_BUTTON})) state_.PopTo(p);
}

// <li>, <dd>, <dt> close the list item open in the same list.
void TreeModel::CloseListItem(bool li) {
  for (size_t i = state_.size(); i-- > 2;) {
    const ParseState::Element& e = state_[i];
    if (li ? e.Is(GUMBO_TAG_LI) : (e.Is(GUMBO_TAG_DD) || e.Is(GUMBO_TAG_DT))) {
      return state_.PopTo(i);
    }
    if ((e.flags & kSpecial) && !e.Is(GUMBO_TAG_ADDRESS) && !e.Is(GUMBO_TAG_DIV) &&
        !e.Is(GUMBO_TAG_P))
      return;
  }
}

void TreeModel::BodyEndTag(std::string_view name) {
  const uint32_t flags = HtmlTagFlags(name);
  if (name == "p") {
    if (const size_t p = state_.FindInScope(GUMBO_TAG_P, {GUMBO_TAG_BUTTON})) {
      return state_.PopTo(p);
    }
    state_.Reconstruct();
    return state_.Spend(0, 1);  // an empty <p> is inserted
  }
  if (name == "br") {
    state_.Reconstruct();
    return state_.Spend(0, 1);
  }
  if (name == "body" || name == "html") return;
  if (flags & kBlockEnd) {
    if (const size_t e = state_.FindInScope(TagOf(name))) state_.PopTo(e);
    return;
  }
  if (name == "li") {
    if (const size_t e = state_.FindInScope(GUMBO_TAG_LI, {GUMBO_TAG_OL, GUMBO_TAG_UL})) {
      state_.PopTo(e);
    }
    return;
  }
  if (flags & kHeading) return HeadingEndTag();
  if (name == "form") {
    // Only the form element leaves the stack.
    if (const size_t f = state_.FindInScope(GUMBO_TAG_FORM)) state_.RemoveFromUnder(f);
    return;
  }
  if (flags & kFormatting) return state_.AdoptionAgency(name);
  if (name == "applet" || name == "marquee" || name == "object" || name == "template" ||
      (flags & kTablePart) || name == "table") {
    if (const size_t e = state_.FindInTableScope(TagOf(name))) state_.PopToClosing(e);
    return;
  }
  AnyOtherEndTag(name);
}

// Any heading's end tag closes the nearest heading in scope.
void TreeModel::HeadingEndTag() {
  for (size_t i = state_.size(); i-- > 2;) {
    if (state_[i].flags & kHeading && state_[i].ns == Ns::kHtml) return state_.PopTo(i);
    if (state_[i].flags & kScope) return;
  }
}

void TreeModel::AnyOtherEndTag(std::string_view name) {
  const GumboTag tag = TagOf(name);
  for (size_t i = state_.size(); i-- > 2;) {
    if (state_[i].Is(tag)) return state_.PopTo(i);
    if (state_[i].flags & kSpecial) return;
  }
}

// Table parts are handled by the mode of the nearest table or template;
// outside both gumbo ignores them.
void TreeModel::TablePart(const MarkupTag& tag) {
  size_t table = state_.size();  // the table or template the part goes in
  while (--table >= 2 && !state_[table].Is(GUMBO_TAG_TABLE) &&
         !state_[table].Is(GUMBO_TAG_TEMPLATE)) {
  }
  if (table < 2) return state_.Spend(0, 1);
  if (state_[table].Is(GUMBO_TAG_TEMPLATE)) return TemplateStartTag(tag.name);
  TableStartTag(tag.name, table);
}

// In a template gumbo's mode depends on what came first in it: the model
// closes nothing there, and the row gumbo may imply for a cell counts for
// depth but is never matched by an end tag.
void TreeModel::TemplateStartTag(std::string_view name) {
  if ((name == "td" || name == "th") && !state_.Top().Is(GUMBO_TAG_TR)) state_.PushPhantom("tr");
  if (name == "col") return state_.Spend(0, 1);
  state_.PushPhantom(name);
}

// "In table": captions, column groups and sections. A new part closes the
// open one of its kind; gumbo clears the stack back to the table first,
// which pops at least what is popped here.
void TreeModel::TableStartTag(std::string_view name, size_t table) {
  if (name == "caption" || name == "colgroup") {
    state_.Push(name);
    if (name == "caption") state_.PushMarker();
    return;
  }
  if (name == "col") {
    if (!state_.Top().Is(GUMBO_TAG_COLGROUP)) state_.Push("colgroup");
    return state_.Spend(0, 1);
  }
  if (!IsSection(name)) return TableBodyStartTag(name, table);
  if (const size_t row = Above(table, {GUMBO_TAG_TR})) state_.PopToClosing(row);
  if (const size_t section = Above(table, {GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT})) {
    state_.PopToClosing(section);
  }
  state_.Push(name);
}

// "In table body": a row closes the open row, in the section it implies.
void TreeModel::TableBodyStartTag(std::string_view name, size_t table) {
  if (name != "tr") return RowStartTag(name, table);
  if (const size_t row = Above(table, {GUMBO_TAG_TR})) state_.PopToClosing(row);
  ImplySection(table);
  state_.Push(name);
}

// "In row": a cell closes the open cell, in the section and row it implies.
void TreeModel::RowStartTag(std::string_view name, size_t table) {
  if (const size_t cell = Above(table, {GUMBO_TAG_TD, GUMBO_TAG_TH})) state_.PopToClosing(cell);
  ImplySection(table);
  if (Above(table, {GUMBO_TAG_TR}) == 0) state_.Push("tr");
  state_.Push(name);
  state_.PushMarker();
}

void TreeModel::ImplySection(size_t table) {
  if (Above(table, {GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}) == 0) state_.Push("tbody");
}

// The topmost of `tags` above the table at `table`; 0 when there is none
// or an opaque element hides it.
size_t TreeModel::Above(size_t table, std::initializer_list<GumboTag> tags) const {
  for (size_t i = state_.size(); i-- > table + 1;) {
    if (state_[i].ghost) return 0;
    for (const auto t : tags) {
      if (state_[i].Is(t)) return i;
    }
  }
  return 0;
}

// The nearest table, template, cell or caption: which of them says
// whether table parts and tables are in table or in cell context.
size_t TreeModel::TableContext() const {
  for (size_t i = state_.size(); i-- > 2 && !state_[i].ghost;) {
    for (const auto t :
         {GUMBO_TAG_TABLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION}) {
      if (state_[i].Is(t)) return i;
    }
  }
  return 0;
}

// The select element when gumbo is "in select": the nearest select,
// table, table part or template is a select. 0 otherwise.
size_t TreeModel::SelectContext() const {
  for (size_t i = state_.size(); i-- > 2;) {
    const ParseState::Element& e = state_[i];
    if (e.Is(GUMBO_TAG_SELECT)) return i;
    if (e.ns == Ns::kHtml && ((e.flags & (kTablePart | kMarker)) || e.Is(GUMBO_TAG_TABLE))) {
      return 0;
    }
  }
  return 0;
}

bool TreeModel::TableBelow(size_t index) const {
  for (size_t i = index; i-- > 2;) {
    if (state_[i].Is(GUMBO_TAG_TABLE)) return true;
  }
  return false;
}

}  // namespace newsextract::markup
