// The figures that rank the items of a list: 中信证券（8103亿）, 分别上涨
// 3.43%、2.24%, 分别获9次、8次. Read from brackets after each item or from
// a list of values matched to the items in order.
#ifndef NEWSEXTRACT_RANKING_VALUES_H_
#define NEWSEXTRACT_RANKING_VALUES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsextract/article.h"

namespace newsextract {

// The value written at the start of `text` (-0.08%, 8103亿, 1.12亿元, 3次);
// `*len` gets the bytes it spans. Nullopt when `text` does not start with a
// figure.
std::optional<RankValue> ParseValue(std::string_view text, size_t* len);

// Where a value at `pos` and the level it reaches end (27.8点至67.6点);
// `pos` when no value stands there.
size_t AfterAmount(std::string_view text, size_t pos);

// Whether a value is a place (211名, 第46位, 第3) rather than an amount.
bool IsPlace(const RankValue& value);

// Values listed from `pos` (v1、v2和v3), up to clause punctuation; `*end`
// gets where the list stops. Empty unless the list holds only values.
std::vector<RankValue> ValueListAt(std::string_view text, size_t pos, size_t* end);

// Moves a bracket that ends an item out of it when it holds a value
// (8103亿), a place (第33) or a stock code (002845.SZ, dropped); names such
// as 中欧预见养老2025一年持有(FOF) keep theirs. Returns one value per item,
// or nothing when no item had one.
std::vector<std::optional<RankValue>> TakeBracketedValues(std::vector<std::string>* items);

// The bracketed scores of the review reports (西城区（95.2分）): every value
// in points (分) or with decimals and no unit. Empty otherwise.
std::vector<double> ScoresOf(const std::vector<std::optional<RankValue>>& values);

// The `count` values in text[from, to) after one of `openers` (分别为, 分别获,
// 为), with a few words allowed between (分别录得票房3.13亿元); empty when
// there are not that many.
std::vector<RankValue> ValuesAfterOpener(std::string_view text, size_t from, size_t to,
                                         size_t count, const std::vector<std::string>& openers);

// Values written after each item by name, in the items' order, in text[from,
// to): 成都增长24.5万人、杭州增长23.9万人. A value stands within a few
// characters after its name, before clause punctuation; empty unless every
// item has one.
std::vector<RankValue> ValuesNamedPerItem(std::string_view text, size_t from, size_t to,
                                          const std::vector<std::string>& items);

// The same values, each present (one per item).
std::vector<std::optional<RankValue>> AsPerItem(std::vector<RankValue> values);

// True when each of `count` items has a value and they do not rise.
bool FallingPerItem(const std::vector<std::optional<RankValue>>& values, size_t count);

// True when the values do not rise, in the same unit: the order of a ranking
// (9次、8次、8次, 7169.15%、6825.5%).
bool NonIncreasing(const std::vector<RankValue>& values);

// NonIncreasing for a top ranking; for a bottom one, values that do not
// fall (黑龙江最低，吉林、辽宁分别为0.6%和0.64%).
bool InRankOrder(const std::vector<RankValue>& values, bool top);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_VALUES_H_
