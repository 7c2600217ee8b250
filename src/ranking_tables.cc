// Ranking tables: tables with a rank column or announced as a ranking, to
// lists of the entity column with its values.
#include "ranking_tables.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "text_util.h"

namespace newsextract {
namespace {

bool HeaderMatches(std::string_view cell, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return Contains(cell, w); });
}

std::optional<double> ParseScore(std::string_view cell) {
  cell = Trim(cell);
  while (EndsWith(cell, "分")) cell.remove_suffix(3);
  double value;
  auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (ec != std::errc() || end != cell.data() + cell.size() || cell.empty()) return std::nullopt;
  if (!std::isfinite(value)) return std::nullopt;  // "inf", "nan" are not scores
  return value;
}

std::optional<int> ParseRank(std::string_view cell) {
  cell = Trim(cell);
  if (StartsWith(cell, "第")) cell.remove_prefix(3);
  while (EndsWith(cell, "名") || EndsWith(cell, "位")) cell.remove_suffix(3);
  size_t used;
  const int n = ParseNumber(cell, &used);
  if (n < 0 || used != cell.size()) return std::nullopt;
  return n;
}

struct Columns {
  size_t rank = SIZE_MAX, name = SIZE_MAX, score = SIZE_MAX;
};

Columns FindColumns(const Block& header, const std::vector<Block>& rows, const Rules& rules) {
  Columns c;
  for (size_t i = 0; i < header.cells.size(); ++i) {
    const std::string_view cell = header.Cell(i);
    if (c.rank == SIZE_MAX && HeaderMatches(cell, rules.table_rank_headers))
      c.rank = i;
    else if (c.score == SIZE_MAX && HeaderMatches(cell, rules.table_score_headers))
      c.score = i;
  }
  // Without a named score column, the first other column that is numeric in
  // every row scores the items.
  for (size_t i = 0; i < header.cells.size() && c.score == SIZE_MAX; ++i) {
    if (i == c.rank) continue;
    const bool numeric = std::all_of(rows.begin(), rows.end(), [&](const Block& row) {
      return i < row.cells.size() && ParseScore(row.Cell(i));
    });
    if (numeric && !rows.empty()) c.score = i;
  }
  for (size_t i = 0; i < header.cells.size() && c.name == SIZE_MAX; ++i) {
    if (i != c.rank && i != c.score) c.name = i;
  }
  return c;
}

// The name column of a table without a rank column: the first header that
// names names (简称, 名称, 公司).
Columns NamedColumns(const Block& header, const Rules& rules) {
  Columns c;
  for (size_t i = 0; i < header.cells.size() && c.name == SIZE_MAX; ++i) {
    if (HeaderMatches(header.Cell(i), rules.table_name_headers)) c.name = i;
  }
  return c;
}

// 美 迪 西, *ST 商城: table cells padded with spaces beside Chinese
// characters name 美迪西, *ST商城; Latin names keep theirs (Ever Group).
std::string CellName(std::string_view cell) {
  cell = Trim(cell);
  std::string name;
  for (size_t i = 0; i < cell.size(); ++i) {
    const bool beside_cjk = cell[i] == ' ' && i > 0 && i + 1 < cell.size() &&
                            (static_cast<unsigned char>(cell[i - 1]) >= 0x80 ||
                             static_cast<unsigned char>(cell[i + 1]) >= 0x80);
    if (!beside_cjk) name += cell[i];
  }
  return name;
}

// 代码|简称|金额|行业|代码|简称|金额|行业: a header that repeats its
// columns holds two tables side by side, the right one going on from the
// left. The width of one of them, or the header's width.
size_t SideBySideWidth(const Block& header) {
  const size_t n = header.cells.size();
  if (n < 4 || n % 2 != 0) return n;
  for (size_t i = 0; i < n / 2; ++i) {
    if (Trim(header.Cell(i)) != Trim(header.Cell(i + n / 2))) return n;
  }
  return n / 2;
}

}  // namespace

std::optional<RankedTable> ReadRankingTable(const std::vector<Block>& blocks, size_t first,
                                            const Rules& rules, bool announced) {
  const Block& header = blocks[first];
  std::vector<Block> rows;
  size_t end = first + 1;
  while (end < blocks.size() && blocks[end].kind == BlockKind::kTableRow &&
         blocks[end].table_id == header.table_id) {
    rows.push_back(blocks[end++]);
  }
  Columns c = FindColumns(header, rows, rules);
  if (c.rank == SIZE_MAX) {
    if (!announced || rows.size() < 2) return std::nullopt;
    c = NamedColumns(header, rules);
  }
  if (c.name == SIZE_MAX || rows.empty()) return std::nullopt;
  struct Entry {
    int rank;
    std::string name;
    std::optional<double> score;
  };
  std::vector<Entry> entries;
  const size_t width = SideBySideWidth(header);
  for (size_t offset = 0; offset < header.cells.size(); offset += width) {
    for (const Block& row : rows) {
      const size_t name = c.name + offset;
      const size_t rank_at = c.rank == SIZE_MAX ? SIZE_MAX : c.rank + offset;
      // The right table may end before the left one does.
      if (offset > 0 && (row.cells.size() <= name || Trim(row.Cell(name)).empty())) continue;
      if (row.cells.size() <= name || (rank_at != SIZE_MAX && row.cells.size() <= rank_at)) {
        return std::nullopt;
      }
      // Without a rank column the rows are in rank order.
      const auto rank = rank_at == SIZE_MAX
                            ? std::optional<int>(static_cast<int>(entries.size()) + 1)
                            : ParseRank(row.Cell(rank_at));
      if (!rank) return std::nullopt;
      std::optional<double> score;
      const size_t score_at = c.score == SIZE_MAX ? SIZE_MAX : c.score + offset;
      if (score_at < row.cells.size()) score = ParseScore(row.Cell(score_at));
      entries.push_back({*rank, CellName(row.Cell(name)), score});
    }
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.rank < b.rank; });
  RankedTable table;
  table.rows = end - first;
  const bool scored =
      c.score != SIZE_MAX && std::all_of(entries.begin(), entries.end(),
                                         [](const Entry& e) { return e.score.has_value(); });
  if (scored) table.score_header = std::string(Trim(header.Cell(c.score)));
  for (auto& e : entries) {
    table.items.push_back(std::move(e.name));
    if (scored) table.scores.push_back(*e.score);
  }
  return table;
}

}  // namespace newsextract
