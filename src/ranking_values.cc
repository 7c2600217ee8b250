// Reading ranking figures: a number with its unit, lists of them, and the
// brackets after names.
#include "ranking_values.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "text_util.h"

namespace newsextract {
namespace {

// Characters a unit is made of. A unit ends at the first other character,
// so 2次机构买入型评级记录 gives 次.
bool IsUnitChar(char32_t cp) {
  static constexpr std::u32string_view kUnits =
      U"%‰亿万千百元股手次分名位家只个吨套辆台部件人户倍点美港欧日英镑角天年月周票张/";
  return kUnits.find(cp) != kUnits.npos || (cp < 0x80 && isalpha(static_cast<int>(cp)));
}

constexpr size_t kMaxUnitChars = 5;  // 元/月, 亿美元

size_t SkipDigits(std::string_view text, size_t pos) {
  while (pos < text.size() && (isdigit(static_cast<unsigned char>(text[pos])) || text[pos] == ','))
    ++pos;
  return pos;
}

// A stock code in brackets: 002845.SZ, 600000, sh600000, 00700.HK.
bool IsStockCode(std::string_view text) {
  std::string_view code = text;
  if (code.size() > 2 && (StartsWithNoCase(code, "sh") || StartsWithNoCase(code, "sz")))
    code.remove_prefix(2);
  const size_t digits = SkipDigits(code, 0);
  if (digits < 4 || digits > 6 || code.substr(0, digits).find(',') != std::string_view::npos)
    return false;
  const std::string_view rest = code.substr(digits);
  if (rest.empty()) return digits == 6;
  return rest.size() == 3 && rest[0] == '.' && isalpha(static_cast<unsigned char>(rest[1])) &&
         isalpha(static_cast<unsigned char>(rest[2]));
}

// 见图7, 原名为“中航锂电”, 以下简称…: a note about the name, not part of it.
bool IsNote(std::string_view content) {
  for (const std::string_view opener :
       {"见", "详见", "如图", "原名", "曾用名", "简称", "以下简称", "下称", "注"}) {
    if (StartsWith(content, opener)) return true;
  }
  return false;
}

// 马斯克（Elon Musk）: a name in Latin script glossing the Chinese one before
// it. An acronym in capitals (养老2025一年持有(FOF)) is part of the name.
bool IsLatinGloss(std::string_view name, std::string_view content) {
  const bool chinese_name = std::any_of(
      name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  bool lower = false;
  for (const char c : content) {
    const auto u = static_cast<unsigned char>(c);
    if (!isalpha(u) && c != ' ' && c != '.' && c != '-' && c != '\'') return false;
    lower |= islower(u) != 0;
  }
  return chinese_name && lower;
}

// 第33, 第33名, 33名: a place written after a name.
std::optional<RankValue> ParsePlace(std::string_view text) {
  std::string_view rest = text;
  const bool di = StartsWith(rest, "第");
  if (di) rest.remove_prefix(3);
  size_t len;
  const int n = ParseNumber(rest, &len);
  if (n < 1) return std::nullopt;
  rest.remove_prefix(len);
  const bool ming = StartsWith(rest, "名") || StartsWith(rest, "位");
  if (ming) rest.remove_prefix(3);
  if (!rest.empty() || !(di || ming)) return std::nullopt;
  return RankValue{std::string(text), static_cast<double>(n), "名"};
}

std::optional<RankValue> WholeValue(std::string_view text) {
  size_t len;
  auto value = ParseValue(text, &len);
  if (value && len == text.size()) return value;
  if (auto place = ParsePlace(text)) return place;
  // 进步76名, 收盘价59.7元: a few words naming the figure, then the figure.
  const size_t digit = text.find_first_of("0123456789");
  if (digit == 0 || digit == std::string_view::npos || CodePointCount(text.substr(0, digit)) > 4 ||
      text.substr(0, digit).find_first_of(" ,:;") != std::string_view::npos) {
    return std::nullopt;
  }
  value = WholeValue(text.substr(digit));
  if (value) value->text = std::string(text);
  return value;
}

// The bracket that ends `item`: its content and where it opens; nullopt
// when the item does not end in one.
std::optional<std::pair<size_t, std::string_view>> FinalBracket(std::string_view item) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"},
                                    std::pair<std::string_view, std::string_view>{"(", ")"}}) {
    if (!EndsWith(item, close)) continue;
    const size_t at = FindLast(item, open);
    if (at == std::string_view::npos || at == 0) continue;
    const size_t begin = at + open.size();
    return std::pair{at, Trim(item.substr(begin, item.size() - close.size() - begin))};
  }
  return std::nullopt;
}

}  // namespace

std::optional<RankValue> ParseValue(std::string_view text, size_t* len) {
  size_t pos = 0;
  if (StartsWith(text, "-") || StartsWith(text, "+"))
    pos = 1;
  else if (StartsWith(text, "−"))
    pos = 3;
  const size_t digits_begin = pos;
  pos = SkipDigits(text, pos);
  if (pos == digits_begin) return std::nullopt;
  if (pos + 1 < text.size() && text[pos] == '.' &&
      isdigit(static_cast<unsigned char>(text[pos + 1]))) {
    pos = SkipDigits(text, pos + 1);
  }
  std::string number;
  for (size_t i = 0; i < pos; ++i) {
    if (text[i] != ',') number += text[i];
  }
  if (StartsWith(text, "−")) number = "-" + number.substr(3);
  if (StartsWith(number, "+")) number.erase(0, 1);
  double value;
  const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (ec != std::errc() || end != number.data() + number.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  const size_t unit_begin = pos;
  for (size_t n = 0; n < kMaxUnitChars && pos < text.size(); ++n) {
    size_t cp_len;
    const char32_t cp = DecodeUtf8(text, pos, &cp_len);
    if (!IsUnitChar(cp)) break;
    // 76.90GWh is one unit; 48.5亿美元QDII stops at the Latin letters.
    const bool latin = cp < 0x80 && isalpha(static_cast<int>(cp));
    if (latin && pos > unit_begin && static_cast<unsigned char>(text[pos - 1]) >= 0x80) break;
    pos += cp_len;
    // 2只个股: a counter ends its unit.
    if (std::u32string_view(U"只个家次名位套辆台部件户张票").find(cp) != std::u32string_view::npos)
      break;
  }
  *len = pos;
  return RankValue{std::string(text.substr(0, pos)), value,
                   std::string(text.substr(unit_begin, pos - unit_begin))};
}

size_t AfterAmount(std::string_view text, size_t pos) {
  size_t len;
  if (!ParseValue(text.substr(pos), &len)) return pos;
  pos += len;
  const std::string_view to = "至";
  if (StartsWith(text.substr(pos), to) && ParseValue(text.substr(pos + to.size()), &len)) {
    pos += to.size() + len;
  }
  return pos;
}

bool IsPlace(const RankValue& value) { return value.unit == "名" || value.unit == "位"; }

std::vector<RankValue> ValueListAt(std::string_view text, size_t pos, size_t* end) {
  std::vector<RankValue> values;
  for (;;) {
    size_t len;
    auto value = ParseValue(text.substr(pos), &len);
    if (!value) return {};
    values.push_back(std::move(*value));
    pos += len;
    *end = pos;
    bool more = false;
    for (const std::string_view sep : {"、", "和", "及", "与"}) {
      if (StartsWith(text.substr(pos), sep)) {
        pos += sep.size();
        more = true;
        break;
      }
    }
    if (!more) return values;
  }
}

std::vector<std::optional<RankValue>> TakeBracketedValues(std::vector<std::string>* items) {
  std::vector<std::optional<RankValue>> values(items->size());
  bool any = false;
  for (size_t i = 0; i < items->size(); ++i) {
    std::string& item = (*items)[i];
    const auto bracket = FinalBracket(item);
    if (!bracket) continue;
    const auto [open, content] = *bracket;
    // 601318.SH，收盘价：59.7元: a code that opens a bracket of notes; 见图7
    // points to a figure.
    const size_t note = std::min(content.find("，"), content.find(','));
    const bool code = IsStockCode(content.substr(0, note)) || IsNote(content) ||
                      IsLatinGloss(std::string_view(item).substr(0, open), content);

    if (!code) values[i] = WholeValue(content);
    // 中国（147万修正总吨，48%）: figures about the name, the first of them
    // its value when it reads as one.
    const bool figures = !content.empty() && isdigit(static_cast<unsigned char>(content[0]));
    if (!code && !values[i] && figures) values[i] = WholeValue(content.substr(0, note));
    if (!code && !values[i] && !figures) continue;
    item = std::string(Trim(std::string_view(item).substr(0, open)));
    any |= values[i].has_value();
  }
  if (!any) values.clear();
  return values;
}

std::vector<double> ScoresOf(const std::vector<std::optional<RankValue>>& values) {
  std::vector<double> scores;
  for (const auto& v : values) {
    const bool points = v && (v->unit == "分" || (v->unit.empty() && Contains(v->text, ".")));
    if (!points) return {};
    scores.push_back(v->number);
  }
  return scores;
}

std::vector<RankValue> ValuesAfterOpener(std::string_view text, size_t from, size_t to,
                                         size_t count, const std::vector<std::string>& openers) {
  for (const auto& opener : openers) {
    const size_t at = Find(text.substr(0, to), opener, from);
    if (at == std::string_view::npos) continue;
    size_t pos = at + opener.size();
    for (size_t n = 0; n < 8 && pos < to; ++n) {
      size_t len;
      const char32_t cp = DecodeUtf8(text, pos, &len);
      if ((cp >= '0' && cp <= '9') || cp == '-' || IsClausePunct(cp)) break;
      pos += len;
    }
    size_t end;
    std::vector<RankValue> values = ValueListAt(text.substr(0, to), pos, &end);
    if (values.size() == count) return values;
  }
  return {};
}

std::vector<RankValue> ValuesNamedPerItem(std::string_view text, size_t from, size_t to,
                                          const std::vector<std::string>& items) {
  // 增长, 为, 达: a short verb may stand between a name and its value.
  constexpr size_t kMaxGapChars = 4;
  const std::string_view span = text.substr(0, to);
  std::vector<RankValue> values;
  size_t pos = from;
  for (const std::string& item : items) {
    const size_t at = item.empty() ? std::string_view::npos : Find(span, item, pos);
    if (at == std::string_view::npos) return {};
    pos = at + item.size();
    std::optional<RankValue> value;
    for (size_t n = 0; n <= kMaxGapChars && pos < to && !value; ++n) {
      size_t len;
      value = ParseValue(span.substr(pos), &len);
      if (value) {
        pos += len;
        break;
      }
      const char32_t cp = DecodeUtf8(span, pos, &len);
      if (IsClausePunct(cp)) break;
      pos += len;
    }
    if (!value) return {};
    values.push_back(std::move(*value));
  }
  return values;
}

std::vector<std::optional<RankValue>> AsPerItem(std::vector<RankValue> values) {
  return {std::make_move_iterator(values.begin()), std::make_move_iterator(values.end())};
}

bool FallingPerItem(const std::vector<std::optional<RankValue>>& values, size_t count) {
  std::vector<RankValue> present;
  for (const auto& v : values) {
    if (!v) return false;
    present.push_back(*v);
  }
  return present.size() == count && NonIncreasing(present);
}

namespace {

// 1.19亿元 and 2469.88万元 compare as 119000000 and 24698800 元.
std::pair<std::string_view, double> Scaled(const RankValue& v) {
  std::string_view unit = v.unit;
  double number = v.number;
  for (const auto& [prefix, factor] : {std::pair<std::string_view, double>{"亿", 1e8},
                                       std::pair<std::string_view, double>{"万", 1e4},
                                       std::pair<std::string_view, double>{"千", 1e3}}) {
    if (StartsWith(unit, prefix)) {
      unit.remove_prefix(prefix.size());
      number *= factor;
    }
  }
  return {unit, number};
}

}  // namespace

bool NonIncreasing(const std::vector<RankValue>& values) { return InRankOrder(values, true); }

bool InRankOrder(const std::vector<RankValue>& values, bool top) {
  for (size_t i = 1; i < values.size(); ++i) {
    const auto [unit, number] = Scaled(values[i]);
    const auto [prev_unit, prev_number] = Scaled(values[i - 1]);
    if (unit != prev_unit || (top ? number > prev_number : number < prev_number)) return false;
  }
  return !values.empty();
}

}  // namespace newsextract
