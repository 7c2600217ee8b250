// Built-in rules packed at build time: Rules to a compact blob and back, so
// that start-up parses no YAML.
#include "rules_blob.h"

#include <cstdint>
#include <optional>
#include <variant>

#include "rules_fields.h"

namespace newsextract {
namespace {

// Numbers as LEB128 varints, strings as a length and their bytes.
class Packer {
 public:
  void Number(uint64_t n) {
    for (; n >= 0x80; n >>= 7) out_.push_back(static_cast<char>((n & 0x7f) | 0x80));
    out_.push_back(static_cast<char>(n));
  }
  void String(std::string_view s) {
    Number(s.size());
    out_.append(s);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Packer wrote; every read checks the bounds, so a damaged blob
// is refused rather than read past its end.
class Unpacker {
 public:
  explicit Unpacker(std::string_view in) : in_(in) {}
  bool Ok() const { return ok_; }
  bool Done() const { return at_ == in_.size(); }

  uint64_t Number() {
    uint64_t n = 0;
    for (unsigned shift = 0; ok_ && shift < 64; shift += 7) {
      if (at_ >= in_.size()) break;
      const auto byte = static_cast<unsigned char>(in_[at_++]);
      n |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (byte < 0x80) return n;
    }
    ok_ = false;
    return 0;
  }
  std::string String() {
    const uint64_t size = Number();
    if (!ok_ || size > in_.size() - at_) {
      ok_ = false;
      return {};
    }
    std::string s(in_.substr(at_, size));
    at_ += size;
    return s;
  }
  // A count of entries, each at least one byte: a count past the end is
  // damage, not a reason to reserve gigabytes.
  size_t Count() {
    const uint64_t n = Number();
    if (n > in_.size() - at_) ok_ = false;
    return ok_ ? n : 0;
  }

 private:
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

void PackCue(const Cue& cue, Packer* out) {
  out->String(cue.word);
  for (const uint64_t n :
       {static_cast<uint64_t>(cue.kind), static_cast<uint64_t>(cue.number),
        uint64_t{cue.number_before}, uint64_t{cue.top}, uint64_t{cue.tied},
        uint64_t{cue.subject_from_heading}, uint64_t{cue.needs_ranking_word}, uint64_t{cue.single},
        uint64_t{cue.names_after_only}, uint64_t{cue.orders}, uint64_t{cue.adjective_chars},
        uint64_t{cue.min_number}}) {
    out->Number(n);
  }
}

std::optional<Cue> UnpackCue(Unpacker* in) {
  Cue cue;
  cue.word = in->String();
  const uint64_t kind = in->Number(), number = in->Number();
  if (kind > static_cast<uint64_t>(Cue::Kind::kOrdinal) ||
      number > static_cast<uint64_t>(Cue::Number::kRank)) {
    return std::nullopt;
  }
  cue.kind = static_cast<Cue::Kind>(kind);
  cue.number = static_cast<Cue::Number>(number);
  for (bool* flag : {&cue.number_before, &cue.top, &cue.tied, &cue.subject_from_heading,
                     &cue.needs_ranking_word, &cue.single, &cue.names_after_only, &cue.orders}) {
    *flag = in->Number() != 0;
  }
  cue.adjective_chars = in->Number();
  cue.min_number = in->Number();
  return in->Ok() ? std::optional(std::move(cue)) : std::nullopt;
}

// Brackets and word-subject pairs: two strings each, in order.
template <class Pair>
void PackPairs(const std::vector<Pair>& pairs, Packer* out) {
  out->Number(pairs.size());
  for (const auto& [first, second] : pairs) {
    out->String(first);
    out->String(second);
  }
}

template <class Pair>
bool UnpackPairs(std::vector<Pair>* pairs, Unpacker* in) {
  pairs->resize(in->Count());
  // A braced list is evaluated left to right: first, then second.
  for (auto& pair : *pairs) pair = {in->String(), in->String()};
  return in->Ok();
}

void PackField(const Rules& rules, const RulesField& field, Packer* out) {
  std::visit(Overloaded{
                 [&](std::vector<std::string> Rules::*list) {
                   out->Number((rules.*list).size());
                   for (const auto& word : rules.*list) out->String(word);
                 },
                 [&](std::vector<Bracket> Rules::*list) { PackPairs(rules.*list, out); },
                 [&](std::vector<WordSubject> Rules::*list) { PackPairs(rules.*list, out); },
                 [&](size_t Rules::*number) { out->Number(rules.*number); },
                 [&](CueList) {
                   out->Number(rules.cues.size());
                   for (const Cue& cue : rules.cues) PackCue(cue, out);
                 },
             },
             field);
}

bool UnpackField(const RulesField& field, Unpacker* in, Rules* rules) {
  return std::visit(
      Overloaded{
          [&](std::vector<std::string> Rules::*list) {
            auto& words = rules->*list;
            words.resize(in->Count());
            for (auto& word : words) word = in->String();
            return in->Ok();
          },
          [&](std::vector<Bracket> Rules::*list) { return UnpackPairs(&(rules->*list), in); },
          [&](std::vector<WordSubject> Rules::*list) { return UnpackPairs(&(rules->*list), in); },
          [&](size_t Rules::*number) {
            rules->*number = in->Number();
            return in->Ok();
          },
          [&](CueList) {
            rules->cues.resize(in->Count());
            for (Cue& cue : rules->cues) {
              std::optional<Cue> read = UnpackCue(in);
              if (!read) return false;
              cue = std::move(*read);
            }
            return in->Ok();
          },
      },
      field);
}

}  // namespace

std::string PackRules(const Rules& rules) {
  Packer out;
  for (const auto& [section, keys] : RulesFields()) {
    for (const auto& [key, field] : keys) {
      out.String(std::string(section).append(".").append(key));
      PackField(rules, field, &out);
    }
  }
  return out.Take();
}

bool UnpackRules(std::string_view blob, Rules* rules) {
  Unpacker in(blob);
  // Every field, in the table's order: a blob made from another table (a
  // stale build) names a key out of place and is refused.
  for (const auto& [section, keys] : RulesFields()) {
    for (const auto& [key, field] : keys) {
      if (in.String() != std::string(section).append(".").append(key) ||
          !UnpackField(field, &in, rules)) {
        return false;
      }
    }
  }
  if (!in.Done()) return false;
  IndexRules(rules);
  return true;
}

}  // namespace newsextract
