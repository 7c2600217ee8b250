// The markup model's tree builder: gumbo 0.10.1's insertion modes, reduced
// to what costs (which elements are open, the formatting list, the nodes
// and steps spent), fed tag by tag by the scan of markup_scan.
#ifndef NEWSEXTRACT_MARKUP_TREE_H_
#define NEWSEXTRACT_MARKUP_TREE_H_

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "markup_check.h"
#include "markup_state.h"
#include "markup_tags.h"

namespace newsextract::markup {

// What the tokenizer reads after a start tag.
enum class Content { kMarkup, kRawText, kRcdata, kScript, kPlainText };

// One handler per insertion mode whose rules change what gumbo keeps open,
// chosen, as the model has no mode of its own, by what is open: in foreign
// content, in select, in body, and for table parts in table, in table body,
// in row and in template. gumbo starts with html, head and body made, and
// merges or ignores later html, head and body tags, so the modes before and
// after body cost nothing the model counts.
class TreeModel {
 public:
  explicit TreeModel(const HtmlLimits& limits) : limits_(limits), state_(limits) {}

  const std::string& problem() const { return state_.problem(); }

  Content StartTag(const MarkupTag& tag);
  void EndTag(const MarkupTag& tag);
  // The attributes of a tag, even one that gumbo drops (cut off by the end
  // of the input, or closing a raw text element): gumbo compares each name
  // with those before it, so a tag costs the square of their number. False
  // past the limit.
  bool Attributes(const MarkupTag& tag, std::string_view open);
  // CDATA sections exist only where the current node is svg or MathML.
  bool InForeignCdata() const { return state_.Top().ns != Ns::kHtml; }
  void Text(size_t length, bool raw);
  void Comment() { state_.Spend(TokenCost(), 1); }

 private:
  uint64_t TokenCost() const;
  void MergeAttributes(const MarkupTag& tag);
  bool InForeignContent(std::string_view name) const;
  Content HtmlStartTag(const MarkupTag& tag);
  void HtmlEndTag(std::string_view name);

  // The insertion modes.
  Content ForeignStartTag(const MarkupTag& tag);
  void ForeignEndTag(const MarkupTag& tag);
  Content SelectStartTag(const MarkupTag& tag, size_t select);
  void SelectEndTag(std::string_view name, size_t select);
  Content BodyStartTag(const MarkupTag& tag);
  void BodyEndTag(std::string_view name);
  void TableStartTag(std::string_view name, size_t table);
  void TableBodyStartTag(std::string_view name, size_t table);
  void RowStartTag(std::string_view name, size_t table);
  void TemplateStartTag(std::string_view name);

  // Pieces of the body's rules.
  Content ForeignRoot(const MarkupTag& tag);
  Content TextElement(std::string_view name, uint32_t flags);
  Content VoidElement(std::string_view name);
  void CloseBeforeStartTag(std::string_view name, uint32_t flags);
  void FormattingElement(const MarkupTag& tag);
  void ClosePInButtonScope();
  void CloseListItem(bool li);
  void HeadingEndTag();
  void AnyOtherEndTag(std::string_view name);

  // Where a tag stands among tables and selects.
  void TablePart(const MarkupTag& tag);
  size_t TableContext() const;
  size_t Above(size_t table, std::initializer_list<GumboTag> tags) const;
  void ImplySection(size_t table);
  size_t SelectContext() const;
  bool TableBelow(size_t index) const;

  const HtmlLimits& limits_;
  ParseState state_;
  size_t merged_attributes_ = 0;  // on <html> and <body> tags
};

}  // namespace newsextract::markup

#endif  // NEWSEXTRACT_MARKUP_TREE_H_
