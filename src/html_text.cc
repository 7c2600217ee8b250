// html + text layer: gumbo's tree -> Document (blocks of runs, images,
// stocks), and the comments as lines, metadata comments parsed behind guards.
#include "html_text.h"

#include <gumbo.h>
#include <pthread.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <system_error>
#include <unordered_set>
#include <utility>

#include "gumbo_arena.h"
#include "gumbo_input.h"
#include "spared_markup.h"
#include "text_util.h"

namespace newsextract {
namespace {

// The walker never descends deeper than this, whatever CheckMarkup let
// through (gumbo can build deeper trees than the tag count suggests).
constexpr int kHardDepth = 4000;
// The walk recurses once per level. On the caller's stack (a oneTBB
// worker's is 4 MiB) it goes this deep; a deeper tree is walked again on a
// thread of its own with kDeepStack, room for kHardDepth levels even in a
// sanitizer build (~2 KiB a level there, ~350 bytes in a release build).
constexpr int kCallerStackDepth = 400;
constexpr size_t kDeepStack = size_t{64} << 20;

// Runs fn() on a new thread with a `stack_size` stack and waits for it;
// what fn throws is thrown here. A std::thread cannot be given a stack size.
template <typename Fn>
void RunWithStack(size_t stack_size, Fn fn) {
  struct Call {
    Fn* fn;
    std::exception_ptr error;
  } call{&fn, nullptr};
  const auto run = [](void* arg) -> void* {
    auto* c = static_cast<Call*>(arg);
    try {
      (*c->fn)();
    } catch (...) {
      c->error = std::current_exception();
    }
    return nullptr;
  };
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stack_size);
  pthread_t thread;
  const int failed = pthread_create(&thread, &attr, run, &call);
  pthread_attr_destroy(&attr);
  if (failed != 0) throw std::system_error(failed, std::generic_category(), "pthread_create");
  pthread_join(thread, nullptr);
  if (call.error) std::rethrow_exception(call.error);
}

std::string_view Attr(const GumboElement& el, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&el.attributes, name);
  return attr ? std::string_view(attr->value) : std::string_view();
}

// 证券时报网 links a stock to its quote page (…/dc/stock/?stockcode=SZ300750):
// the code as Sina's stock spans write it (sz300750; SS is Shanghai, sh), or
// empty.
std::string QuotePageCode(std::string_view href) {
  constexpr std::string_view kKey = "stockcode=";
  const size_t at = href.find(kKey);
  if (at == std::string_view::npos) return {};
  const std::string_view value = href.substr(at + kKey.size());
  constexpr size_t kDigits = 6;
  if (value.size() < 2 + kDigits ||
      (value.size() > 2 + kDigits && isalnum(static_cast<unsigned char>(value[2 + kDigits])))) {
    return {};
  }
  std::string market{static_cast<char>(tolower(static_cast<unsigned char>(value[0]))),
                     static_cast<char>(tolower(static_cast<unsigned char>(value[1])))};
  if (market == "ss") market = "sh";
  if (market != "sh" && market != "sz" && market != "bj") return {};
  const std::string_view digits = value.substr(2, kDigits);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return {};
  }
  return market + std::string(digits);
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

[[gnu::noinline]] bool IsBoldElement(const GumboElement& el) {
  if (el.tag == GUMBO_TAG_B || el.tag == GUMBO_TAG_STRONG) return true;
  if (Contains(Attr(el, "cms-style"), kCmsBold)) return true;
  const std::string style = FoldSpace(Attr(el, "style"));
  return Contains(style, "font-weight:bold") || Contains(style, "font-weight: bold") ||
         Contains(style, "font-weight:700") || Contains(style, "font-weight: 700");
}

// Where blocks started inside an element belong: a list item, a table row...
struct BlockContext {
  BlockKind kind = BlockKind::kParagraph;
  int list_id = -1, list_index = -1, table_id = -1, row = -1;
};

// A walked tree: its document, and its comments as written.
struct Walked {
  Document doc;
  std::vector<std::string> comments;
};

// The walk recurses once per level of nesting (see kCallerStackDepth); its
// recursive frames stay small by keeping every helper with locals of its
// own out of line ([[gnu::noinline]]): inlined, they made a level 7 KiB
// under ASan.
class Builder {
 public:
  // Past `max_depth` the walk stops and TooDeep() says so, unless that is
  // kHardDepth, where it skips what is deeper.
  Builder(const Rules& rules, const Deadline& deadline, int max_depth, const StandIns& stand_ins)
      : rules_(rules), deadline_(deadline), max_depth_(max_depth), stand_ins_(stand_ins) {
    contexts_.emplace_back();
  }

  void Walk(const GumboNode* node, int depth) {
    if (depth > max_depth_) {
      too_deep_ = max_depth_ < kHardDepth;
      return;
    }
    if ((++nodes_ & 1023) == 0) CheckDeadline();
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        AppendNodeText(node->v.text.text);
        break;
      case GUMBO_NODE_COMMENT:
        AddComment(node->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        WalkElement(node->v.element, depth);
        break;
      case GUMBO_NODE_DOCUMENT:
        WalkChildren(node->v.document.children, depth);
        break;
    }
  }

  // True when the walk stopped for want of stack: walk the tree again with
  // a deeper max_depth (the blocks so far are incomplete).
  bool TooDeep() const { return too_deep_; }

  Walked Finish() {
    Flush();
    return {std::move(doc_), std::move(comments_)};
  }

 private:
  [[gnu::noinline]] void CheckDeadline() const { deadline_.Check(); }
  // A comment, or the one it stands in for ("N", see Unread).
  [[gnu::noinline]] void AddComment(const char* text) {
    if (stand_ins_.comments) {
      char* end = nullptr;
      const unsigned long i = std::strtoul(text, &end, 10);
      if (*end == '\0' && i < stand_ins_.comments->size()) {
        comments_.emplace_back((*stand_ins_.comments)[i].text);
        return;
      }
    }
    comments_.emplace_back(text);
  }

  // A text node's text, with the words its characters stand in for put
  // back (appended piece by piece: a word adds to the run before it as a
  // longer text would).
  [[gnu::noinline]] void AppendNodeText(std::string_view text) {
    if (stand_ins_.words) {
      size_t done = 0;
      for (size_t at = text.find(kStandInLead); at != std::string_view::npos;
           at = text.find(kStandInLead, at + 1)) {
        const size_t word = WordStandInAt(stand_ins_, text, at);
        if (word == std::string_view::npos) continue;
        AppendText(text.substr(done, at - done));
        const auto [begin, end] = (*stand_ins_.words)[word];
        AppendText(stand_ins_.html.substr(begin, end - begin));
        done = at + 4;
      }
      text.remove_prefix(done);
    }
    AppendText(text);
  }

  void WalkChildren(const GumboVector& children, int depth) {
    for (unsigned i = 0; i < children.length && !too_deep_; ++i) {
      Walk(static_cast<const GumboNode*>(children.data[i]), depth + 1);
    }
  }

  void WalkElement(const GumboElement& el, int depth) {
    if (IsSkippedTag(el.tag)) return;
    const std::string_view classes = Attr(el, "class");
    if (!classes.empty() && HasClassWord(classes, rules_.skip_classes)) return;
    if (el.tag == GUMBO_TAG_IMG) return AddImage(el);
    if (el.tag == GUMBO_TAG_BR) return inline_only_ > 0 ? AppendText(" ") : Flush();
    if (!classes.empty() && HasClassWord(classes, rules_.caption_classes)) {
      return WalkCaption(el, depth);
    }
    if (el.tag == GUMBO_TAG_TD || el.tag == GUMBO_TAG_TH) return WalkCell(el, depth);
    if (IsBlockTag(el.tag) && inline_only_ == 0) return WalkBlock(el, depth);
    if (IsBlockTag(el.tag)) AppendText(" ");
    WalkInline(el, depth);
  }

  [[gnu::noinline]] void WalkBlock(const GumboElement& el, int depth) {
    Flush();
    const bool pushed = PushContext(el);
    if (el.tag == GUMBO_TAG_UL || el.tag == GUMBO_TAG_OL) {
      lists_.push_back({next_list_id_++, 0});
    } else if (el.tag == GUMBO_TAG_TABLE) {
      tables_.push_back({next_table_id_++, 0});
    }
    WalkInline(el, depth);
    Flush();
    if (el.tag == GUMBO_TAG_UL || el.tag == GUMBO_TAG_OL) lists_.pop_back();
    if (el.tag == GUMBO_TAG_TABLE) tables_.pop_back();
    if (pushed) contexts_.pop_back();
  }

  // A list item or table row gives its blocks their kind and place.
  [[gnu::noinline]] bool PushContext(const GumboElement& el) {
    BlockContext context;
    if (el.tag == GUMBO_TAG_LI && !lists_.empty()) {
      context.kind = BlockKind::kListItem;
      context.list_id = lists_.back().id;
      context.list_index = lists_.back().next++;
    } else if (el.tag == GUMBO_TAG_TR && !tables_.empty()) {
      context.kind = BlockKind::kTableRow;
      context.table_id = tables_.back().id;
      context.row = tables_.back().next++;
    } else if (el.tag >= GUMBO_TAG_H1 && el.tag <= GUMBO_TAG_H6) {
      context.kind = BlockKind::kHeading;
    } else {
      return false;
    }
    contexts_.push_back(context);
    return true;
  }

  // Cells join into their row's block, separated by " | ". An empty cell
  // keeps its bar but not the space after it (`3.22 | 纺织服饰 | | |`, 数据宝's
  // half-filled rows): paragraphs hold no double space and end in no space.
  [[gnu::noinline]] void WalkCell(const GumboElement& el, int depth) {
    std::string& text = current_.text;
    if (!text.empty()) {
      pending_space_ = false;
      text += " | ";
    }
    const size_t begin = text.size();
    pending_space_ = false;
    cell_begin_ = begin;  // white space at the cell's edge is not text
    ++inline_only_;
    WalkInline(el, depth);
    --inline_only_;
    pending_space_ = false;
    if (text.size() == begin && !text.empty()) text.pop_back();
    current_.cells.emplace_back(std::min(begin, text.size()), text.size());
  }

  // Collects the caption's text aside and gives it to the last image.
  [[gnu::noinline]] void WalkCaption(const GumboElement& el, int depth) {
    Block saved = std::move(current_);
    const bool saved_space = pending_space_;
    current_ = Block();
    pending_space_ = false;
    ++inline_only_;
    WalkInline(el, depth);
    --inline_only_;
    if (!current_.text.empty() && !doc_.images.empty() && !doc_.images.back().caption) {
      doc_.images.back().caption = std::move(current_.text);
    }
    current_ = std::move(saved);
    pending_space_ = saved_space;
  }

  void WalkInline(const GumboElement& el, int depth) {
    const bool bold = IsBoldElement(el);
    bold_ += bold;
    const std::string_view id = Attr(el, "id");
    if (el.tag == GUMBO_TAG_A) {
      WalkLink(el, depth);
    } else if (el.tag == GUMBO_TAG_SPAN && StartsWith(id, kStockIdPrefix) &&
               id.size() > kStockIdPrefix.size()) {
      WalkStock(el, id.substr(kStockIdPrefix.size()), depth);
    } else {
      WalkChildren(el.children, depth);
    }
    bold_ -= bold;
  }

  // Runs inside a link carry its href. A link to a stock's quote page names
  // the stock, as a Sina stock span does.
  [[gnu::noinline]] void WalkLink(const GumboElement& el, int depth) {
    std::string saved = std::exchange(href_, std::string(Attr(el, "href")));
    if (const std::string code = QuotePageCode(href_); !code.empty()) {
      WalkStock(el, code, depth);
    } else {
      WalkChildren(el.children, depth);
    }
    href_ = std::move(saved);
  }

  // <span id="stock_CODE">: runs inside carry the code, and its text names
  // the stock.
  [[gnu::noinline]] void WalkStock(const GumboElement& el, std::string_view code, int depth) {
    std::string saved = std::exchange(stock_code_, std::string(code));
    const size_t begin = current_.text.size();
    WalkChildren(el.children, depth);
    AddStock(stock_code_,
             Trim(std::string_view(current_.text).substr(std::min(begin, current_.text.size()))));
    stock_code_ = std::move(saved);
  }

  [[gnu::noinline]] void AddStock(const std::string& code, std::string_view name) {
    if (name.empty() || !stock_codes_.insert(code).second) return;
    doc_.stocks.push_back({code, std::string(name)});
  }

  [[gnu::noinline]] void AddImage(const GumboElement& el) {
    std::string_view src = Attr(el, "src");
    if (src.empty()) src = Attr(el, "data-src");
    if (src.empty()) return;
    for (const auto& prefix : rules_.skip_image_prefixes) {
      if (StartsWith(src, prefix)) return;
    }
    doc_.images.push_back({std::string(src), std::nullopt});
  }

  [[gnu::noinline]] void AppendText(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      if (const size_t space = SpaceAt(s, i)) {
        pending_space_ = true;
        i += space;
        continue;
      }
      const size_t start = i;
      i = NextSpace(s, i);
      AppendChunk(s.substr(start, i - start));
    }
  }

  // Appends non-space text under the current attributes, extending the
  // last run when the attributes are the same.
  [[gnu::noinline]] void AppendChunk(std::string_view chunk) {
    std::string& text = current_.text;
    const size_t before_space = text.size();
    if (pending_space_ && !text.empty() && text.size() != cell_begin_) text.push_back(' ');
    pending_space_ = false;
    const size_t begin = text.size();
    text.append(chunk);
    const bool bold = bold_ > 0;
    if (!current_.runs.empty()) {
      Run& last = current_.runs.back();
      if (last.end == before_space && last.bold == bold && last.href == href_ &&
          last.stock_code == stock_code_) {
        last.end = text.size();
        return;
      }
    }
    current_.runs.push_back({begin, text.size(), bold, href_, stock_code_});
  }

  [[gnu::noinline]] void Flush() {
    pending_space_ = false;
    cell_begin_ = std::string::npos;
    if (current_.text.empty()) {
      current_ = Block();
      return;
    }
    const BlockContext& context = contexts_.back();
    current_.kind = context.kind;
    current_.list_id = context.list_id;
    current_.list_index = context.list_index;
    current_.table_id = context.table_id;
    current_.row = context.row;
    doc_.blocks.push_back(std::move(current_));
    current_ = Block();
  }

  struct Counter {
    int id;
    int next;
  };

  const Rules& rules_;
  const Deadline& deadline_;
  const int max_depth_;
  const StandIns stand_ins_;
  bool too_deep_ = false;
  size_t nodes_ = 0;
  Document doc_;
  std::vector<std::string> comments_;
  Block current_;
  bool pending_space_ = false;
  int bold_ = 0;
  int inline_only_ = 0;                    // inside a cell or caption: block tags do not break
  size_t cell_begin_ = std::string::npos;  // where the current cell's text starts
  std::string href_;
  std::string stock_code_;
  // The codes in doc_.stocks: a search of the list per span took 10 s for
  // 150,000 spans.
  std::unordered_set<std::string> stock_codes_;
  std::vector<BlockContext> contexts_;
  std::vector<Counter> lists_, tables_;
  int next_list_id_ = 0, next_table_id_ = 0;
};

// The first two characters of each credit prefix (the second empty for a
// one-character prefix): a credit line's text holds both. Nullopt when one
// is white space or '|', which the text layer writes itself between runs
// and cells, or a prefix is empty: then every comment is parsed.
using HeadChars = std::pair<std::string_view, std::string_view>;
std::optional<std::vector<HeadChars>> CreditHeadChars(const Rules& rules) {
  std::vector<HeadChars> heads;
  for (const auto* list :
       {&rules.original_title_prefixes, &rules.source_prefixes, &rules.secondary_source_prefixes,
        &rules.reporter_prefixes, &rules.editor_prefixes}) {
    for (const std::string& prefix : *list) {
      std::string_view c[2];
      size_t at = 0;
      for (int n = 0; n < 2 && at < prefix.size(); ++n) {
        size_t len;
        DecodeUtf8(prefix, at, &len);
        c[n] = std::string_view(prefix).substr(at, len);
        if (SpaceAt(c[n], 0) != 0 || c[n] == "|") return std::nullopt;
        at += len;
      }
      if (c[0].empty()) return std::nullopt;
      heads.emplace_back(c[0], c[1]);
    }
  }
  return heads;
}

// Parses `html` with `edits` made and walks gumbo's tree; the arena is
// free again when it returns. `stand_ins`: what the edits stood in for.
Walked Parse(std::string_view html, const Rules& rules, const Deadline& deadline,
             const MarkupEdits& edits = {}, const StandIns& stand_ins = {}) {
  const GumboInput input(html, edits);
  GumboArena& arena = GumboArena::OfThisThread();
  const GumboOutput* output = arena.Parse(input.options(), input.html());
  struct ResetOnExit {  // the walk may throw TimeoutError
    GumboArena& arena;
    ~ResetOnExit() { arena.Reset(); }
  } reset{arena};
  {
    Builder builder(rules, deadline, kCallerStackDepth, stand_ins);
    builder.Walk(output->root, 0);
    if (!builder.TooDeep()) return builder.Finish();
  }
  Walked walked;
  RunWithStack(kDeepStack, [&] {
    Builder builder(rules, deadline, kHardDepth, stand_ins);
    builder.Walk(output->root, 0);
    walked = builder.Finish();
  });
  return walked;
}

// Appends the lines of one comment: the blocks of a metadata comment's
// markup, when the guards let it be parsed, or else the comment folded.
void AddCommentLines(const Rules& rules, std::string_view comment,
                     std::vector<std::string>* lines) {
  for (const auto& bracket : rules.metadata_comments) {
    const size_t open = comment.find(bracket.open);
    if (open == std::string_view::npos) continue;
    const size_t begin = open + bracket.open.size();
    const size_t close = comment.find(bracket.close, begin);
    const std::string_view inner = comment.substr(
        begin, close == std::string_view::npos ? std::string_view::npos : close - begin);
    // The comment's markup gets the same guard as the body before gumbo sees
    // it; real credit comments are a few hundred bytes.
    constexpr size_t kMaxCommentMarkup = 64u << 10;
    if (inner.size() > kMaxCommentMarkup || !MayHoldCredit(rules, inner)) return;
    if (!CheckMarkup(inner, HtmlLimits()).empty()) return;
    for (Block& block : Parse(inner, rules, Deadline()).doc.blocks) {
      lines->push_back(std::move(block.text));
    }
    return;
  }
  lines->push_back(FoldSpace(comment));
}

}  // namespace

bool MayHoldCredit(const Rules& rules, std::string_view markup) {
  // Every character of the parsed text (but the spaces and '|' the text
  // layer adds) is in the markup as written, unless a character reference
  // spells it. Where the parse puts it (skipped elements, text moved out of
  // a table, a '>' in an attribute) cannot separate two characters that
  // are not both there.
  if (Contains(markup, "&")) return true;
  const auto heads = CreditHeadChars(rules);
  if (!heads) return true;
  return std::any_of(heads->begin(), heads->end(), [&](const HeadChars& head) {
    return Contains(markup, head.first) && Contains(markup, head.second);
  });
}

Document BuildDocument(std::string_view html, const Rules& rules, const Deadline& deadline,
                       const MarkupSpans* spans) {
  Walked walked;
  if (spans) {
    const SparedMarkup spared = SpareMarkup(html, *spans, rules);
    walked = Parse(html, rules, deadline, spared.edits, spared.stand_ins);
  } else {
    walked = Parse(html, rules, deadline);
  }
  for (const std::string& comment : walked.comments) {
    deadline.Check();  // each may be parsed
    AddCommentLines(rules, comment, &walked.doc.comment_lines);
  }
  return std::move(walked.doc);
}

}  // namespace newsextract
