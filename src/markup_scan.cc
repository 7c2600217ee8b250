// The markup model's tokenizer: gumbo 0.10.1's states (tags and their
// attributes, comments, raw text, script data) scanned over raw markup.
#include "markup_scan.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace newsextract::markup {
namespace {

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

  enum AttributeState {
    kBeforeName,
    kName,
    kAfterName,
    kBeforeValue,
    kQuoted,
    kUnquoted,
    kAfterQuoted
  };

  // A tag from its name at `at`: name, attributes, self-closing flag.
  // Returns the position after its '>', npos when the input ends first
  // (gumbo then drops the tag).
  size_t Tag(size_t at, MarkupTag* tag) const {
    size_t i = at;
    while (i < html_.size() && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') {
      tag->name.push_back(AsciiLower(html_[i++]));
    }
    return Attributes(i, tag);
  }

  // The attribute states, from `begin` where the tag's name ends.
  size_t Attributes(size_t begin, MarkupTag* tag) const {
    AttributeState state = kBeforeName;
    char quote = '\0';
    size_t name_begin = 0;
    for (size_t i = begin; i < html_.size(); ++i) {
      const char c = html_[i];
      switch (state) {
        case kBeforeName:
        case kAfterName:
          if (const size_t gt = BetweenAttributes(i, &state, &name_begin, tag); gt != npos) {
            return Finish(tag, begin, gt);
          }
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
            return Finish(tag, begin, i);
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
          if (c == '>') return Finish(tag, begin, i);
          continue;
        case kAfterQuoted:
          state = kBeforeName;
          --i;  // reconsumed
          continue;
      }
    }
    return npos;
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
  size_t garbled_from_ = npos, garbled_end_ = npos;  // a "</>" run and where it ends
};

}  // namespace

void ScanMarkup(std::string_view html, TreeModel* model) { MarkupScanner(html, model).Run(); }

}  // namespace newsextract::markup
