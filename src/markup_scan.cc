// The markup model's tokenizer: gumbo 0.10.1's states (tags and their
// attributes, comments, raw text, script data) scanned over raw markup.
#include "markup_scan.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>

#include "gumbo_input.h"
#include "text_util.h"

namespace newsextract::markup {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

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
  MarkupScanner(std::string_view html, TreeModel* model, MarkupSpans* spans)
      : html_(html), model_(model), spans_(spans) {}

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
      if (spans_) CapSpans();
    }
    FlushText(text_begin, html_.size());
  }

 private:
  static constexpr size_t npos = std::string_view::npos;

  void FlushText(size_t begin, size_t end) {
    if (end > begin && model_->problem().empty()) model_->Text(end - begin, false);
    if (!spans_) return;
    if (!(begin == last_start_end_ && last_start_keeps_newline_)) NoteSpaces(begin, end);
    NoteWords(begin, end);
  }

  // Lists the runs of the text [begin, end) that a character may stand in
  // for (see MarkupSpans::words).
  void NoteWords(size_t begin, size_t end) {
    for (size_t i = begin; i < end;) {
      if (EndsWord(html_[i])) {
        ++i;
        continue;
      }
      const size_t word = i;
      bool kept = word == begin || html_[word - 1] != '&';
      for (; i < end && !EndsWord(html_[i]); ++i) {
        if (static_cast<unsigned char>(html_[i]) >= 0xC2 && Replaced(i)) kept = false;
      }
      if (kept && i - word > kMinListedWordBytes) spans_->words.emplace_back(word, i);
    }
  }

  // White space, controls, '<' and '&' end a word (a valid UTF-8 body has
  // no other byte below 0x21 and never these inside a character).
  static bool EndsWord(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x21 || b == '<' || b == '&' || b == 0x7F;
  }

  // Whether gumbo reads the character whose lead byte is at `i` as U+FFFD
  // (GumboReplacesCodePoint). Only C1 controls (lead C2), noncharacters of
  // the BMP (lead EF) and of the other planes (F0-F4) can be: the common
  // CJK leads are not decoded.
  bool Replaced(size_t i) const {
    const auto lead = static_cast<unsigned char>(html_[i]);
    if (lead != 0xC2 && lead != 0xEF && lead < 0xF0) return false;
    size_t len;
    return GumboReplacesCodePoint(DecodeUtf8(html_, i, &len));
  }

  // Lists what follows the first byte of each run of white space in the
  // text [begin, end) (see MarkupSpans::spaces).
  void NoteSpaces(size_t begin, size_t end) {
    for (size_t i = begin; i + 1 < end;) {
      if (i + 8 <= end && !HasByteBelow0x21(i)) {  // most text: CJK or words
        i += 8;
        continue;
      }
      if (!IsHtmlSpace(html_[i]) || !IsHtmlSpace(html_[i + 1])) {
        ++i;
        continue;
      }
      size_t j = i + 2;
      while (j < end && IsHtmlSpace(html_[j])) ++j;
      spans_->spaces.emplace_back(i + 1, j);
      i = j;
    }
  }

  // Whether one of the 8 bytes at `at` is below 0x21 (white space is).
  bool HasByteBelow0x21(size_t at) const {
    uint64_t x;
    std::memcpy(&x, html_.data() + at, sizeof x);
    constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
    return ((x - 0x21 * kOnes) & ~x & kHighs) != 0;
  }

  // Reads the construct at html_[lt] == '<'. False when it is text; else
  // sets *next past it (npos: it runs to the end of the input).
  bool Markup(size_t lt, size_t text_begin, size_t* next) {
    const char c = lt + 1 < html_.size() ? html_[lt + 1] : '\0';
    if (c == '!') {
      FlushText(text_begin, lt);
      *next = Declaration(lt);
      if (spans_) NoteDeclaration(lt, *next);
      model_->Comment();
      return true;
    }
    if (c == '?') {
      FlushText(text_begin, lt);
      *next = BogusComment(lt + 2);
      if (spans_) spans_->comments_replaceable = false;
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
        if (spans_) spans_->comments_replaceable = false;
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
    const size_t listed = spans_ ? spans_->attributes.size() : 0;
    *next = Tag(lt + 1, &tag, spans_ != nullptr);
    // A tag the input cuts off is dropped, but only after gumbo has read
    // its attributes: 170,000 took 163 s.
    if (*next == npos) {
      if (spans_) spans_->attributes.resize(listed);
      return model_->Attributes(tag, "<"), true;
    }
    ++start_tags_;
    last_start_end_ = *next;
    // gumbo drops a newline right after these tags; the run there stays.
    last_start_keeps_newline_ = tag.name == "pre" || tag.name == "listing";
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
        return AfterText(NoteRawText(tag, after, ScriptDataEnd(after)));
      case Content::kRawText:
      case Content::kRcdata:
        return AfterText(NoteRawText(tag, after, AppropriateEndTag(tag.name, after)));
    }
    return after;
  }

  // Hostile markup can hold millions of attributes: past a number no
  // article nears, the lists are dropped (gumbo then parses the body as
  // written) and the scan lists no more.
  void CapSpans() {
    constexpr size_t kMaxListed = 1u << 16;
    if (spans_->attributes.size() + spans_->comments.size() + spans_->raw_texts.size() +
            spans_->spaces.size() + spans_->words.size() <=
        kMaxListed) {
      return;
    }
    *spans_ = MarkupSpans();
    spans_->complete = false;
    spans_ = nullptr;
  }

  size_t NoteRawText(const MarkupTag& tag, size_t begin, size_t end_tag) {
    if (spans_ && end_tag != npos) spans_->raw_texts.push_back({begin, end_tag, tag.name});
    return end_tag;
  }

  // Lists the comment at `lt` that ends before `next`, or marks the
  // comments uncuttable (see MarkupSpans::comments_replaceable).
  void NoteDeclaration(size_t lt, size_t next) {
    if (html_.compare(lt, 4, "<!--") != 0) {
      // A doctype makes no node in a body; CDATA in foreign content makes
      // text. Anything else is a bogus comment.
      const bool cdata = html_.compare(lt, 9, "<![CDATA[") == 0 && model_->InForeignCdata();
      if (!cdata && !StartsWithNoCaseAt(html_, lt + 2, "doctype")) {
        spans_->comments_replaceable = false;
      }
      return;
    }
    if (next == npos) {
      spans_->comments_replaceable = false;
      return;
    }
    // "<!-->", "<!--->" and "<!---->" are empty; else the text ends before
    // "-->" or "--!>".
    const size_t text_begin = lt + 4;
    size_t text_end = html_[next - 2] == '!' ? next - 4 : next - 3;
    if (next <= lt + 6 || text_end < text_begin) text_end = text_begin;
    spans_->comments.push_back({lt, next, html_.substr(text_begin, text_end - text_begin)});
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

  enum AttributeState {
    kBeforeName,
    kName,
    kAfterName,
    kBeforeValue,
    kQuoted,
    kUnquoted,
    kAfterQuoted
  };

  // Where the attribute states are, within one tag: the attribute read
  // so far grows its span with each state it passes.
  struct AttributeScan {
    AttributeState state;
    char quote;
    size_t name_begin, value_begin;
    AttributeSpan span;
  };

  // A tag's attributes listed as they end (see MarkupSpans::attributes):
  // none of a tag with more than kMaxListedAttributes.
  class AttributeList {
   public:
    explicit AttributeList(MarkupSpans* spans)
        : spans_(spans), first_(spans ? spans->attributes.size() : 0) {}
    void Add(const AttributeSpan& span) {
      if (spans_ == nullptr || span.end <= span.begin) return;
      if (++listed_ > kMaxListedAttributes) {
        spans_->attributes.resize(first_);
        spans_ = nullptr;
        return;
      }
      spans_->attributes.push_back(span);
    }

   private:
    MarkupSpans* spans_;  // null: not listing
    size_t first_;
    size_t listed_ = 0;
  };

  // A tag from its name at `at`: name, attributes, self-closing flag.
  // Returns the position after its '>', npos when the input ends first
  // (gumbo then drops the tag).
  // With `record`, the tag's attributes go to spans_ (see Attributes).
  size_t Tag(size_t at, MarkupTag* tag, bool record = false) const {
    size_t i = at;
    while (i < html_.size() && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') {
      tag->name.push_back(AsciiLower(html_[i++]));
    }
    return Attributes(i, tag, record);
  }

  // The attribute states, from `begin` where the tag's name ends. With
  // `record`, each attribute is appended to spans_ when the next one
  // starts or the tag ends; its span grows with each state it passes.
  size_t Attributes(size_t begin, MarkupTag* tag, bool record) const {
    AttributeScan at{kBeforeName, '\0', 0, 0, {start_tags_, 0, 0, {}, {}}};
    AttributeList listed(record ? spans_ : nullptr);
    for (size_t i = begin; i < html_.size(); ++i) {
      const char c = html_[i];
      switch (at.state) {
        case kBeforeName:
        case kAfterName:
          if (const size_t gt = BetweenAttributes(i, &at.state, &at.name_begin, tag); gt != npos) {
            listed.Add(at.span);
            return Finish(tag, begin, gt);
          }
          if (at.state == kName) {  // a new attribute
            listed.Add(at.span);
            at.span = {start_tags_, i, i + 1, {}, {}};
          } else if (at.state == kBeforeValue) {  // its '='
            at.span.end = i + 1;
          }
          continue;
        case kBeforeValue:
          if (IsHtmlSpace(c)) continue;
          at.value_begin = i;
          if (c == '"' || c == '\'') {
            at.quote = c;
            at.state = kQuoted;
            at.value_begin = i + 1;
          } else if (c == '>') {
            listed.Add(at.span);
            return Finish(tag, begin, i);
          } else {
            at.state = kUnquoted;
          }
          continue;
        case kUnquoted:
          if (IsHtmlSpace(c) || c == '>') {
            at.span.value = html_.substr(at.value_begin, i - at.value_begin);
            at.span.end = i;
          }
          if (IsHtmlSpace(c)) at.state = kBeforeName;
          if (c == '>') {
            listed.Add(at.span);
            return Finish(tag, begin, i);
          }
          continue;
        default:
          if (!NameOrQuotedValue(&i, &at, tag)) return npos;
          continue;
      }
    }
    return npos;
  }

  // The states that never end a tag: an attribute's name (its end noted),
  // a quoted value (read to its quote; false when the input ends first),
  // and the character after it. `*i` moves on to the last character read.
  bool NameOrQuotedValue(size_t* i, AttributeScan* at, MarkupTag* tag) const {
    const char c = html_[*i];
    if (at->state == kName) {
      if (IsHtmlSpace(c) || c == '/' || c == '>' || c == '=') {
        const std::string_view name = html_.substr(at->name_begin, *i - at->name_begin);
        NoteAttribute(tag, name);
        at->span.name = name;
        at->span.end = c == '=' ? *i + 1 : *i;
        at->state = c == '=' ? kBeforeValue : kAfterName;
        if (c == '/' || c == '>') --*i, at->state = kBeforeName;
      }
    } else if (at->state == kQuoted) {
      const size_t close = html_.find(at->quote, *i);
      if (close == npos) return false;
      at->span.value = html_.substr(at->value_begin, close - at->value_begin);
      at->span.end = close + 1;
      *i = close;
      at->state = kAfterQuoted;
    } else {  // kAfterQuoted
      at->state = kBeforeName;
      --*i;  // reconsumed
    }
    return true;
  }

  // Before or after an attribute's name: the end of the tag (the position
  // of its '>'), a '/', a '=' after a name, or a new attribute. npos when
  // the tag goes on.
  size_t BetweenAttributes(size_t i, AttributeState* state, size_t* name_begin,
                           MarkupTag* tag) const {
    const char c = html_[i];
    if (IsHtmlSpace(c)) return npos;
    if (c == '>') return i;
    if (c == '/') {
      if (i + 1 < html_.size() && html_[i + 1] == '>') {
        tag->self_closing = true;
        return i + 1;
      }
      *state = kBeforeName;
      return npos;
    }
    if (*state == kAfterName && c == '=') {
      *state = kBeforeValue;
      return npos;
    }
    ++tag->attributes;
    *name_begin = i;
    *state = kName;
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
  MarkupSpans* spans_;                               // null: nothing listed
  size_t start_tags_ = 0;                            // read so far
  size_t last_start_end_ = npos;                     // just after the last start tag read
  bool last_start_keeps_newline_ = false;            // it was <pre> or <listing>
  size_t garbled_from_ = npos, garbled_end_ = npos;  // a "</>" run and where it ends
};

}  // namespace

void ScanMarkup(std::string_view html, TreeModel* model, MarkupSpans* spans) {
  MarkupScanner(html, model, spans).Run();
}

}  // namespace newsextract::markup
