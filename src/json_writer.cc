// writer stage: Article -> JSON text. The only place that knows the output
// format (SCHEMA.md, schema version 1). The JSON is written straight into
// one string rather than built as a DOM first: the writer was a tenth of the
// run time with nlohmann's ordered_json.
#include "json_writer.h"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <variant>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "charset.h"
#include "newsextract/json.h"

namespace newsextract {
namespace {

constexpr int kSchemaVersion = 1;

// The first byte at or after `pos` that JSON must escape (a quote, a
// backslash, a control character), or s.size(). Sixteen bytes at a time:
// paragraphs are most of the output and rarely hold one.
size_t FindJsonSpecial(std::string_view s, size_t pos) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                control = _mm_set1_epi8(0x1F);
  for (; pos + 16 <= s.size(); pos += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos));
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                     _mm_cmpeq_epi8(_mm_max_epu8(x, control), control));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return pos + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; pos < s.size(); ++pos) {
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x20 || c == '"' || c == '\\') return pos;
  }
  return s.size();
}

// Appends JSON tokens, with the separators and (when pretty) the
// indentation nlohmann::json::dump(2) would use.
class JsonOut {
 public:
  JsonOut(std::string* out, bool pretty) : out_(*out), pretty_(pretty) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  void Key(std::string_view key) {
    Separate();
    Quoted(key);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
  }

  void String(std::string_view s) {
    Separate();
    Quoted(s);
  }
  void Null() { Raw("null"); }
  void Bool(bool b) { Raw(b ? "true" : "false"); }
  void Int(long long n) { Raw(std::to_string(n)); }
  void Double(double d) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    Raw(std::isfinite(d) && ec == std::errc()
            ? std::string_view(buf, static_cast<size_t>(end - buf))
            : std::string_view("null"));
  }
  void OptionalString(const std::optional<std::string>& s) { s ? String(*s) : Null(); }
  void Strings(const std::vector<std::string>& list) {
    BeginArray();
    for (const auto& s : list) String(s);
    EndArray();
  }
  // The front matter's values, with their YAML types. Reals are written as
  // they always were, in nlohmann's form, not Double's: see
  // FrontMatterRealText. Strings are escaped as nlohmann escaped them; the
  // two replace invalid UTF-8 differently, which front matter cannot hold
  // (it is decoded text, and yaml-cpp refuses escapes of surrogates).
  void Value(const FrontMatterValue& v) {
    std::visit(
        [this](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, std::nullptr_t>) {
            Null();
          } else if constexpr (std::is_same_v<T, bool>) {
            Bool(x);
          } else if constexpr (std::is_same_v<T, long long>) {
            Int(x);
          } else if constexpr (std::is_same_v<T, double>) {
            Raw(FrontMatterRealText(x));
          } else if constexpr (std::is_same_v<T, std::string>) {
            String(x);
          } else if constexpr (std::is_same_v<T, FrontMatterList>) {
            BeginArray();
            for (const auto& item : x) Value(item);
            EndArray();
          } else {
            Map(x);
          }
        },
        v.value);
  }
  void Map(const FrontMatterMap& map) {
    BeginObject();
    for (const auto& [key, value] : map) Key(key), Value(value);
    EndObject();
  }

 private:
  void Raw(std::string_view token) {
    Separate();
    out_ += token;
  }

  void Open(char bracket) {
    Separate();
    out_ += bracket;
    ++depth_;
    first_ = true;
  }

  void Close(char bracket) {
    --depth_;
    if (!first_) Newline();
    out_ += bracket;
    first_ = false;
  }

  // The comma and line break before a value or key, none after a key.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    if (!first_) out_ += ',';
    first_ = false;
    Newline();
  }

  void Newline() {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(static_cast<size_t>(depth_) * 2, ' ');
  }

  // Escapes as it copies, and checks UTF-8 on the way: text is valid by
  // construction (the decode stage, gumbo), but a string that came through
  // a YAML escape or a file name might not be, and one bad byte must not
  // make the whole line unreadable.
  void Quoted(std::string_view s) {
    out_ += '"';
    for (size_t pos = 0;;) {
      const size_t special = FindJsonSpecial(s, pos);
      Plain(s.substr(pos, special - pos));
      if (special == s.size()) break;
      Escape(static_cast<unsigned char>(s[special]));
      pos = special + 1;
    }
    out_ += '"';
  }

  // Text between the bytes to escape (all ASCII, so no sequence is cut):
  // copied whole, or each invalid byte as U+FFFD.
  void Plain(std::string_view run) {
    if (IsValidUtf8(run)) {
      out_.append(run);
    } else {
      out_.append(ReplaceInvalidUtf8(run));
    }
  }

  void Escape(unsigned char c) {
    switch (c) {
      case '"':
        out_ += "\\\"";
        return;
      case '\\':
        out_ += "\\\\";
        return;
      case '\n':
        out_ += "\\n";
        return;
      case '\r':
        out_ += "\\r";
        return;
      case '\t':
        out_ += "\\t";
        return;
      case '\b':
        out_ += "\\b";
        return;
      case '\f':
        out_ += "\\f";
        return;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 15];
      }
    }
  }

  std::string& out_;
  const bool pretty_;
  int depth_ = 0;
  bool first_ = true;
  bool after_key_ = false;
};

void WriteValue(const std::optional<RankValue>& v, JsonOut* j) {
  if (!v) return j->Null();
  j->BeginObject();
  j->Key("text"), j->String(v->text);
  j->Key("number"), j->Double(v->number);
  j->Key("unit"), j->String(v->unit);
  j->EndObject();
}

void WriteRanking(const Ranking& r, JsonOut* j) {
  j->BeginObject();
  j->Key("label"), j->String(r.label);
  j->Key("period"), j->OptionalString(r.period);
  j->Key("subject"), j->OptionalString(r.subject);
  j->Key("metric"), j->OptionalString(r.metric);
  j->Key("direction"), j->String(r.top ? "top" : "bottom");
  j->Key("size");
  r.size ? j->Int(*r.size) : j->Null();
  j->Key("tied"), j->Bool(r.tied);
  j->Key("items"), j->Strings(r.items);
  if (!r.scores.empty()) {
    j->Key("scores");
    j->BeginArray();
    for (const double s : r.scores) j->Double(s);
    j->EndArray();
  }
  if (!r.values.empty()) {
    j->Key("values");
    j->BeginArray();
    for (const auto& v : r.values) WriteValue(v, j);
    j->EndArray();
  }
  j->Key("paragraph"), j->Int(static_cast<long long>(r.paragraph));
  j->EndObject();
}

void WriteAssessment(const Assessment& a, JsonOut* j) {
  j->BeginObject();
  j->Key("name"), j->String(a.name);
  j->Key("text"), j->String(a.text);
  j->Key("shortcomings"), j->Strings(a.shortcomings);
  j->Key("paragraph"), j->Int(static_cast<long long>(a.paragraph));
  j->EndObject();
}

void WriteMedia(const Article& a, JsonOut* j) {
  j->Key("stocks");
  j->BeginArray();
  for (const auto& s : a.stocks) {
    j->BeginObject();
    j->Key("code"), j->String(s.code);
    j->Key("name"), j->String(s.name);
    j->EndObject();
  }
  j->EndArray();
  j->Key("images");
  j->BeginArray();
  for (const auto& i : a.images) {
    j->BeginObject();
    j->Key("src"), j->String(i.src);
    j->Key("caption"), j->OptionalString(i.caption);
    j->EndObject();
  }
  j->EndArray();
}

}  // namespace

// nlohmann::json::dump has always written the front matter (Grisu2 digits,
// a ".0" on whole numbers, exponents past 1e15 or under 1e-4), and
// std::to_chars picks fixed or exponent form by length (1e+05): its form is
// kept so that outputs do not change.
std::string FrontMatterRealText(double d) { return nlohmann::json(d).dump(); }

std::string FrontMatterToJson(const FrontMatterMap& map) {
  std::string out;
  JsonOut j(&out, false);
  j.Map(map);
  return out;
}

std::string FrontMatterToJson(const FrontMatterValue& value) {
  std::string out;
  JsonOut j(&out, false);
  j.Value(value);
  return out;
}

std::string ArticleToJson(const Article& a, bool pretty) {
  std::string out;
  out.reserve(4096);
  JsonOut j(&out, pretty);
  j.BeginObject();
  j.Key("schema_version"), j.Int(kSchemaVersion);
  j.Key("path"), j.String(a.path);
  j.Key("title"), j.OptionalString(a.title);
  j.Key("original_title"), j.OptionalString(a.original_title);
  j.Key("date"), j.OptionalString(a.date);
  j.Key("author"), j.OptionalString(a.author);
  j.Key("categories"), j.Strings(a.categories);
  j.Key("tags"), j.Strings(a.tags);
  j.Key("front_matter"), j.Map(a.front_matter);
  j.Key("source"), j.OptionalString(a.source);
  j.Key("reporters"), j.Strings(a.reporters);
  j.Key("editor"), j.OptionalString(a.editor);
  WriteMedia(a, &j);
  j.Key("paragraphs"), j.Strings(a.paragraphs);
  j.Key("rankings");
  j.BeginArray();
  for (const auto& r : a.rankings) WriteRanking(r, &j);
  j.EndArray();
  j.Key("assessments");
  j.BeginArray();
  for (const auto& x : a.assessments) WriteAssessment(x, &j);
  j.EndArray();
  j.Key("warnings"), j.Strings(a.warnings);
  j.EndObject();
  return out;
}

}  // namespace newsextract
