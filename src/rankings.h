// rankings extractor: ranked lists announced in text (…排名前十的是A、B、C),
// in <ol>/<ul> after an announcing paragraph, and in ranking tables.
#ifndef NEWSEXTRACT_RANKINGS_H_
#define NEWSEXTRACT_RANKINGS_H_

#include <string>
#include <vector>

#include "deadline.h"
#include "html_text.h"
#include "newsextract/article.h"
#include "newsextract/rules.h"

namespace newsextract {

struct RankingsResult {
  std::vector<Ranking> rankings;
  std::vector<std::string> warnings;
};

// `article_year`/`article_month` (0 when unknown) date the months named in
// labels. Block indexes are paragraph indexes.
// Throws TimeoutError when `deadline` passes.
RankingsResult ExtractRankings(const std::vector<Block>& blocks, const Rules& rules,
                               int article_year, int article_month,
                               const Deadline& deadline = Deadline());

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKINGS_H_
