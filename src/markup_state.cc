// The markup model's copy of gumbo's tree-builder state: pushes and pops on
// the open elements, the formatting list, and the adoption agency on both.
#include "markup_state.h"

#include <algorithm>

namespace newsextract::markup {

ParseState::ParseState(const HtmlLimits& limits) : limits_(limits) {
  const TagInfo html = LookUpTag("html"), body = LookUpTag("body");
  stack_.push_back({"html", "", html.tag, html.flags, Ns::kHtml, 0});
  stack_.push_back({"body", "", body.tag, body.flags, Ns::kHtml, 0});
  nodes_ = 3;  // html, head, body
}

void ParseState::OverBudget() {
  if (work_ > kMaxHtmlWork) {
    Fail("HTML would take the parser over " + std::to_string(kMaxHtmlWork) +
         " steps (markup it would walk again and again)");
  } else if (nodes_ > kMaxHtmlNodes) {
    Fail("HTML would make over " + std::to_string(kMaxHtmlNodes) +
         " nodes (elements, attributes, text)");
  }
}

uint64_t ParseState::PushElement(std::string_view name, Ns ns, bool formatting,
                                 std::string_view original) {
  const uint64_t id = formatting ? ++last_id_ : 0;
  const TagInfo info = LookUpTag(name);
  const uint32_t flags = ns == Ns::kHtml ? info.flags : ForeignTagFlags(ns, name);
  stack_.push_back({std::string(name), std::string(original), info.tag, flags, ns, id});
  Spend(0, 1);
  if (stack_.size() - 2 > limits_.max_depth) {
    Fail("HTML nested deeper than " + std::to_string(limits_.max_depth) + " elements");
  }
  return id;
}

void ParseState::PushForeign(const MarkupTag& tag, Ns ns) {
  PushElement(tag.name, ns, false, tag.original);
  stack_.back().attributes = tag.attributes;
}

void ParseState::MakeOpaque(Element* e) {
  e->ghost = true;
  e->flags = kScope | kSpecial;  // stops every walk
  e->id = 0;
}

void ParseState::PushPhantom(std::string_view name) {
  Push(name);
  MakeOpaque(&stack_.back());
  stack_.back().phantom = true;
}

void ParseState::PushMarker() {
  Entry marker;
  marker.marker = true;
  list_.push_back(std::move(marker));
}

void ParseState::Pop() {
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

void ParseState::PopTo(size_t index) {
  while (stack_.size() > std::max<size_t>(index, 2)) Pop();
}

void ParseState::PopToClosing(size_t index) {
  bool marker = false;
  for (size_t i = std::max<size_t>(index, 2); i < stack_.size(); ++i) {
    marker |= stack_[i].ns == Ns::kHtml && !stack_[i].ghost && (stack_[i].flags & kMarker);
  }
  PopTo(index);
  if (marker) ClearListToMarker();
}

void ParseState::RemoveFromUnder(size_t index) {
  if (index + 1 == stack_.size()) return Pop();
  MakeOpaque(&stack_[index]);
}

size_t ParseState::FindInTableScope(GumboTag tag) const {
  for (size_t i = stack_.size(); i-- > 2;) {
    if (stack_[i].Is(tag)) return i;
    if (stack_[i].Is(GUMBO_TAG_TABLE) || stack_[i].Is(GUMBO_TAG_TEMPLATE) || stack_[i].ghost)
      return 0;
  }
  return 0;
}

void ParseState::Reconstruct() {
  if (list_.empty() || list_.back().marker || list_.back().open) return;
  size_t i = list_.size() - 1;
  while (i > 0 && !list_[i - 1].marker && !list_[i - 1].open) --i;
  for (; i < list_.size() && problem_.empty(); ++i) {
    Entry& entry = list_[i];
    Spend(stack_.size(), entry.attributes);
    entry.id = PushElement(entry.name, Ns::kHtml, true, {});
    entry.open = true;
  }
}

void ParseState::AddFormatting(const MarkupTag& tag) {
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
  entry.id = PushElement(tag.name, Ns::kHtml, true, {});
  list_.push_back(std::move(entry));
}

void ParseState::ClearListToMarker() {
  while (!list_.empty()) {
    const bool marker = list_.back().marker;
    list_.pop_back();
    if (marker) break;
  }
}

void ParseState::CloseOpenA() {
  AdoptionAgency("a");
  const size_t at = LastEntry("a");
  if (at == kNone) return;
  const uint64_t id = list_[at].id;
  list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(at));
  for (size_t i = stack_.size(); i-- > 2;) {
    if (stack_[i].id == id && id != 0) {
      RemoveFromUnder(i);
      break;
    }
  }
}

// The last entry for `name` after the last marker, or kNone.
size_t ParseState::LastEntry(std::string_view name) const {
  for (size_t at = list_.size(); at-- > 0 && !list_[at].marker;) {
    if (list_[at].name == name) return at;
  }
  return kNone;
}

size_t ParseState::EntryOf(uint64_t id) const {
  for (size_t at = list_.size(); id != 0 && at-- > 0;) {
    if (list_[at].id == id) return at;
  }
  return kNone;
}

size_t ParseState::ElementOf(uint64_t id) const {
  for (size_t i = stack_.size(); id != 0 && i-- > 2;) {
    if (stack_[i].id == id) return i;
  }
  return kNone;
}

// gumbo 0.10.1's adoption agency algorithm, on the stack only: with no
// special element above the formatting element, everything down to it is
// popped; else the special one (the furthest block) stays, up to three
// elements under it are cloned or dropped, and the formatting element
// moves to just above it. Eight rounds at most. gumbo 0.10.1 ignores a
// formatting end tag with no entry on the list (the spec would treat it as
// any other end tag).
void ParseState::AdoptionAgency(std::string_view name) {
  // The current node, when it has no entry on the list, is just popped.
  const GumboTag tag = LookUpTag(name).tag;
  if (Top().Is(tag) && EntryOf(Top().id) == kNone) return Pop();
  for (int round = 0; round < 8 && problem_.empty(); ++round) {
    if (!AdoptionRound(name, tag)) return;
  }
}

// One round of the algorithm; false when it stops.
bool ParseState::AdoptionRound(std::string_view name, GumboTag tag) {
  Spend(4 * stack_.size() + list_.size(), 0);
  const size_t at = LastEntry(name);
  if (at == kNone) return false;
  const size_t fe = ElementOf(list_[at].id);
  if (fe == kNone) {
    list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(at));
    return false;
  }
  if (FindInScope(tag) == 0) return false;
  size_t fb = fe + 1;
  while (fb < stack_.size() && !(stack_[fb].flags & kSpecial)) ++fb;
  if (fb < stack_.size() && stack_[fb].ghost) return false;  // unsure what gumbo has there
  if (fb == stack_.size()) {
    PopTo(fe);
    if (const size_t entry = EntryOf(list_[at].id); entry != kNone) {
      list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(entry));
    }
    return false;
  }
  CloneAboveFurthestBlock(at, fe, fb);
  return true;
}

// The formatting element of entry `at`, at `fe` on the stack, moves to just
// above the furthest block at `fb`, a clone with a new entry id.
void ParseState::CloneAboveFurthestBlock(size_t at, size_t fe, size_t fb) {
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
  const TagInfo info = LookUpTag(entry.name);
  stack_.insert(stack_.begin() + static_cast<std::ptrdiff_t>(fb + 1),
                {entry.name, "", info.tag, info.flags, Ns::kHtml, id});
}

}  // namespace newsextract::markup
