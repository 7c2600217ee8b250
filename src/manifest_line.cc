// Manifest lines: an entry written as the one line it takes in the
// manifest, and read back without a JSON parser, a line at a time.
#include "manifest_line.h"

#include <nlohmann/json.hpp>

#include "charset.h"

namespace newsextract {
namespace {

constexpr char kDigits[] = "0123456789abcdef";
constexpr std::string_view kHeaderStart = "{\n \"fingerprint\": ";
constexpr std::string_view kHeaderEnd = ",\n \"files\": {\n";

std::string Hex(std::string_view bytes) {
  std::string out;
  for (const char c : bytes) {
    out += kDigits[static_cast<unsigned char>(c) >> 4];
    out += kDigits[static_cast<unsigned char>(c) & 15];
  }
  return out;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// `, "FIELD": "HEX"` when `name` is not valid UTF-8.
std::string HexField(const std::string& name, const char* field) {
  if (IsValidUtf8(name)) return "";
  return std::string(", \"") + field + "\": \"" + Hex(name) + "\"";
}

// Reads the text a line at a time from the front, exactly as ManifestLine
// and ManifestHeader write it; each step false when the text differs.
class LineScanner {
 public:
  explicit LineScanner(std::string_view text) : rest_(text) {}
  std::string_view Rest() const { return rest_; }

  bool Literal(std::string_view literal) {
    if (!rest_.starts_with(literal)) return false;
    rest_.remove_prefix(literal.size());
    return true;
  }
  // A JSON string with the escapes nlohmann writes: \" \\ \b \f \n \r \t
  // and \u00XX for the other control characters.
  bool String(std::string* out) {
    out->clear();
    if (!Literal("\"")) return false;
    for (size_t i = 0; i < rest_.size(); ++i) {
      const char c = rest_[i];
      if (c == '"') {
        rest_.remove_prefix(i + 1);
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        out->push_back(c);
      } else if (!Escape(&i, out)) {
        return false;
      }
    }
    return false;
  }
  bool Unsigned(uint64_t* out) {
    size_t i = 0;
    *out = 0;
    for (; i < rest_.size() && rest_[i] >= '0' && rest_[i] <= '9'; ++i) {
      const uint64_t digit = static_cast<uint64_t>(rest_[i] - '0');
      if (*out > (UINT64_MAX - digit) / 10) return false;
      *out = *out * 10 + digit;
    }
    rest_.remove_prefix(i);
    return i > 0;
  }
  bool Signed(int64_t* out) {
    const bool negative = Literal("-");
    uint64_t magnitude;
    if (!Unsigned(&magnitude) || magnitude > (negative ? 1ull << 63 : INT64_MAX)) return false;
    *out = negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
    return true;
  }
  // "XXXXXXXXXXXXXXXX": the hash, 16 lower-case hex digits.
  bool Hash(uint64_t* out) {
    if (rest_.size() < 18 || rest_[0] != '"' || rest_[17] != '"') return false;
    *out = 0;
    for (size_t i = 1; i < 17; ++i) {
      const int digit = HexDigit(rest_[i]);
      if (digit < 0) return false;
      *out = *out << 4 | static_cast<uint64_t>(digit);
    }
    rest_.remove_prefix(18);
    return true;
  }
  // `, "FIELD": "HEX"` when it comes next: the bytes it spells.
  bool OptionalHex(std::string_view field, std::string* out) {
    if (!Literal(", \"" + std::string(field) + "\": ")) return true;
    std::string hex;
    return String(&hex) && FromHex(hex, out);
  }

 private:
  bool Escape(size_t* i, std::string* out) {
    if (*i + 1 >= rest_.size()) return false;
    const char c = rest_[++*i];
    static constexpr std::string_view kFrom = "\"\\bfnrt", kTo = "\"\\\b\f\n\r\t";
    if (const size_t k = kFrom.find(c); k != std::string_view::npos) {
      out->push_back(kTo[k]);
      return true;
    }
    if (c != 'u' || *i + 4 >= rest_.size() || rest_.substr(*i + 1, 2) != "00") return false;
    const int high = HexDigit(rest_[*i + 3]), low = HexDigit(rest_[*i + 4]);
    if (high < 0 || high > 1 || low < 0) return false;
    out->push_back(static_cast<char>(high * 16 + low));
    *i += 4;
    return true;
  }

  std::string_view rest_;
};

}  // namespace

std::string Quote(const std::string& name) {
  return nlohmann::json(name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool FromHex(std::string_view hex, std::string* out) {
  out->clear();
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    const int high = HexDigit(hex[i]), low = HexDigit(hex[i + 1]);
    if (high < 0 || low < 0) return false;
    out->push_back(static_cast<char>(high * 16 + low));
  }
  return hex.size() % 2 == 0 && !out->empty();
}

std::string ManifestHeader(const std::string& fingerprint) {
  return std::string(kHeaderStart) + Quote(fingerprint) + std::string(kHeaderEnd);
}

bool ParseManifestHeader(std::string_view text, std::string* fingerprint, size_t* length) {
  LineScanner scan(text);
  if (!scan.Literal(kHeaderStart) || !scan.String(fingerprint) || !scan.Literal(kHeaderEnd)) {
    return false;
  }
  *length = text.size() - scan.Rest().size();
  return true;
}

std::string ManifestLine(const std::string& input, const ManifestEntry& e) {
  std::string hash(16, '0');
  for (int i = 15, shift = 0; i >= 0; --i, shift += 4) hash[i] = kDigits[(e.hash >> shift) & 15];
  return "  " + Quote(input) + ": {\"size\": " + std::to_string(e.size) +
         ", \"mtime_ns\": " + std::to_string(e.mtime_ns) + ", \"hash\": \"" + hash +
         "\", \"output\": " + Quote(e.output) + (e.recheck ? ", \"recheck\": true" : "") +
         HexField(input, "path_hex") + HexField(e.output, "output_hex") + "}";
}

bool ParseManifestLine(std::string_view line, std::string* input, ManifestEntry* e) {
  LineScanner scan(line);
  *e = {};
  if (!scan.Literal("  ") || !scan.String(input) || !scan.Literal(": {\"size\": ") ||
      !scan.Unsigned(&e->size) || !scan.Literal(", \"mtime_ns\": ") || !scan.Signed(&e->mtime_ns) ||
      !scan.Literal(", \"hash\": ") || !scan.Hash(&e->hash) || !scan.Literal(", \"output\": ") ||
      !scan.String(&e->output)) {
    return false;
  }
  e->recheck = scan.Literal(", \"recheck\": true");
  std::string path_hex, output_hex;
  if (!scan.OptionalHex("path_hex", &path_hex) || !scan.OptionalHex("output_hex", &output_hex) ||
      !scan.Literal("}")) {
    return false;
  }
  if (!path_hex.empty()) *input = std::move(path_hex);
  if (!output_hex.empty()) e->output = std::move(output_hex);
  return scan.Rest().empty() || scan.Rest() == ",";
}

}  // namespace newsextract
