// rankings extractor: ranked lists announced in text (…排名前十的是A、B、C,
// A、B、C位居前三, 最高的是A，其次是B、C), in <ol>/<ul> after an announcing
// paragraph, and in ranking tables.
#ifndef NEWSEXTRACT_RANKINGS_H_
#define NEWSEXTRACT_RANKINGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "deadline.h"
#include "document.h"
#include "newsextract/article.h"
#include "newsextract/rules.h"

namespace newsextract {

// What the extractor knows of the article around its blocks.
struct RankingArticle {
  int year = 0;  // the article's date (0 when unknown): dates the months in labels
  int month = 0;
  std::string_view title;  // names the month when the body names none (11月…红黑榜)
  bool explain = false;    // fill RankingsResult::explain
};

struct RankingsResult {
  std::vector<Ranking> rankings;
  std::vector<std::string> warnings;
  // With RankingArticle::explain: one line per cue, "¶N @C 'cue': what
  // became of it" (a list, a head, or the rule that rejected it).
  std::vector<std::string> explain;
};

// Block indexes are paragraph indexes. Throws TimeoutError when `deadline`
// passes.
RankingsResult ExtractRankings(const std::vector<Block>& blocks, const Rules& rules,
                               const RankingArticle& article,
                               const Deadline& deadline = Deadline());

}  // namespace newsextract

#endif  // NEWSEXTRACT_RANKINGS_H_
