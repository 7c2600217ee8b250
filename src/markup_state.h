// The state gumbo 0.10.1's tree builder keeps, as the markup model keeps it:
// the stack of open elements, the list of active formatting elements, and
// the nodes and steps gumbo would spend on them.
#ifndef NEWSEXTRACT_MARKUP_STATE_H_
#define NEWSEXTRACT_MARKUP_STATE_H_

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "markup_check.h"
#include "markup_tags.h"

namespace newsextract::markup {

// Nodes gumbo may allocate for one article: elements (clones included),
// attributes and text nodes, ~300 bytes each once the walker has built
// blocks from them. Real articles have a few hundred.
constexpr size_t kMaxHtmlNodes = 500000;
// Steps of gumbo's stack and list walks, ~1-2 ns each.
constexpr uint64_t kMaxHtmlWork = 100000000;

class ParseState {
 public:
  struct Element {
    std::string name;
    std::string original;  // foreign elements: MarkupTag::original
    GumboTag tag;          // gumbo tells unknown HTML tags apart by this only
    uint32_t flags;
    Ns ns;
    uint64_t id;            // non-zero: has an entry on the formatting list
    size_t attributes = 0;  // foreign elements only
    // Opaque to the rules: never matched by an end tag, and every walk of
    // the stack stops at it (fewer pops: the safe side). Two kinds: taken
    // off gumbo's stack from under others (</form>, a second <a>), yet the
    // parent of what was built above it, so it counts for depth and goes
    // when it is on top; or a phantom, an element gumbo may or may not
    // have opened, which stays until what is under it is popped.
    bool ghost = false;
    bool phantom = false;

    // Whether this is the HTML element `t` as gumbo compares them: by tag
    // enum, so that any unknown tag matches any other (</x> closes <y>).
    bool Is(GumboTag t) const { return ns == Ns::kHtml && !ghost && tag == t; }
  };

  // Starts with html and body open (and head made): they stay.
  explicit ParseState(const HtmlLimits& limits);

  // Empty while gumbo would be fine, else the first reason it would not.
  const std::string& problem() const { return problem_; }
  void Fail(std::string message) {
    if (problem_.empty()) problem_ = std::move(message);
  }
  void Spend(uint64_t steps, size_t nodes) {
    work_ += steps;
    nodes_ += nodes;
    if (work_ > kMaxHtmlWork || nodes_ > kMaxHtmlNodes) OverBudget();
  }

  size_t size() const { return stack_.size(); }
  const Element& operator[](size_t i) const { return stack_[i]; }
  const Element& Top() const { return stack_.back(); }
  // Cost of one walk of the stack and of the formatting list.
  uint64_t WalkCost() const { return 2 * stack_.size() + list_.size(); }
  // Whether the formatting list has an entry after its last marker.
  bool FormattingAfterMarker() const { return !list_.empty() && !list_.back().marker; }

  void Push(std::string_view name) { PushElement(name, Ns::kHtml, false, {}); }
  // An svg or MathML element, which keeps its original name and attributes.
  void PushForeign(const MarkupTag& tag, Ns ns);
  void PushPhantom(std::string_view name);
  void PushMarker();
  void Pop();
  // Pops the element at `index` and everything above it.
  void PopTo(size_t index);
  // The same, for a token that closes a cell, caption, applet, object,
  // marquee or template: gumbo then clears the formatting list back to the
  // last marker, once (not once per such element popped).
  void PopToClosing(size_t index);
  // Takes the element at `index` off the stack, leaving what is above it.
  void RemoveFromUnder(size_t index);

  // The topmost HTML element `tag` in scope: the walk stops at the
  // scope's boundaries (and at `extra` ones: ol, ul for list item scope,
  // button for button scope). 0 when there is none. Inline: the walks of
  // deep stacks are most of the model's time, and a boundary list known at
  // the call folds away (out of line, 20% more on 2,000 nested divs).
  size_t FindInScope(GumboTag tag, std::initializer_list<GumboTag> extra = {}) const {
    for (size_t i = stack_.size(); i-- > 0;) {
      const Element& e = stack_[i];
      if (e.Is(tag)) return i;
      if (e.flags & kScope) return 0;
      for (const auto boundary : extra) {
        if (e.Is(boundary)) return 0;
      }
    }
    return 0;
  }
  // "Has an element in table scope": only html, table and template bound it.
  size_t FindInTableScope(GumboTag tag) const;

  // Re-opens, inside the current node, each formatting element that a
  // closed block took with it.
  void Reconstruct();
  // Opens a formatting element and puts it on the list.
  void AddFormatting(const MarkupTag& tag);
  bool HasEntry(std::string_view name) const { return LastEntry(name) != kNone; }
  // An <a> still open when another starts: closed, and taken off both lists.
  void CloseOpenA();
  // gumbo 0.10.1's adoption agency algorithm for the end tag `name`.
  void AdoptionAgency(std::string_view name);

 private:
  struct Entry {
    bool marker = false;
    std::string name;
    std::string key;  // raw attributes
    size_t attributes = 0;
    uint64_t id = 0;  // the element it stands for
    bool open = false;
  };
  static constexpr size_t kNone = static_cast<size_t>(-1);

  void OverBudget();
  uint64_t PushElement(std::string_view name, Ns ns, bool formatting, std::string_view original);
  static void MakeOpaque(Element* e);
  void ClearListToMarker();
  size_t LastEntry(std::string_view name) const;
  size_t EntryOf(uint64_t id) const;
  size_t ElementOf(uint64_t id) const;
  bool AdoptionRound(std::string_view name, GumboTag tag);
  void CloneAboveFurthestBlock(size_t at, size_t fe, size_t fb);

  const HtmlLimits& limits_;
  std::vector<Element> stack_;
  std::vector<Entry> list_;
  uint64_t last_id_ = 0;
  size_t nodes_ = 0;
  uint64_t work_ = 0;
  std::string problem_;
};

}  // namespace newsextract::markup

#endif  // NEWSEXTRACT_MARKUP_STATE_H_
