// Structural rankers: a ranking table (header row with 排名/名次 and a name
// column, optionally a score column).
#ifndef NEWSEXTRACT_RANKING_TABLES_H_
#define NEWSEXTRACT_RANKING_TABLES_H_

#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "newsextract/rules.h"

namespace newsextract {

struct RankedTable {
  std::vector<std::string> items;  // ordered by rank
  std::vector<double> scores;      // empty when the table has no score column
  std::string score_header;        // the score column's header, if any
  size_t rows = 0;                 // blocks the table spans, header included
};

// Reads the table whose header row is blocks[first]. Nullopt when it is not
// a ranking table. A table `announced` as a ranking by the block before it
// (12月21日融资客净买入金额排名) needs no rank column: its rows are in rank
// order and its names stand in the column headed 简称, 名称, ...; it needs
// two rows or more.
std::optional<RankedTable> ReadRankingTable(const std::vector<Block>& blocks, size_t first,
                                            const Rules& rules, bool announced = false);

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKING_TABLES_H_
