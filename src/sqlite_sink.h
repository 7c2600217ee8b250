// --sqlite FILE: articles into a SQLite database that analysts query across
// months (docs/SQLITE.md holds the schema). One writer (the batch's
// in-order output stage), transactions of many articles, WAL so that
// readers query while a run writes, and an article's rows replaced as a
// whole when its path is written again.
#ifndef NEWSEXTRACT_SQLITE_SINK_H_
#define NEWSEXTRACT_SQLITE_SINK_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsextract/article.h"
#include "output_dir.h"

struct sqlite3;
struct sqlite3_stmt;

namespace newsextract {

// The schema version kept in PRAGMA user_version.
inline constexpr int kSqliteSchemaVersion = 1;

// The rank of each item of a list, 1-based: items with equal scores (or,
// without scores, equal values) share the rank of the first of them
// (1, 2, 2, 4); a tied list without figures ranks all its items first.
std::vector<int> ItemRanks(const Ranking& ranking);

class SqliteSink {
 public:
  // Articles per transaction, and the longest a batch stays open: a killed
  // run loses at most this much work, and readers see progress. Each commit
  // writes the search index's pending terms out as one more segment, and
  // segments are merged 16 at a time: batches of 2,000 (about what fills
  // its 16 MiB term buffer) index 8,000 articles in 4 segments rather than
  // 16 and a merge. A shorter time cost more than it saved: at 1 s on a
  // busy machine, 9 segments and a sixth more CPU than at 2 s.
  static constexpr size_t kBatchArticles = 2000;
  static constexpr auto kBatchTime = std::chrono::seconds(2);

  SqliteSink() = default;
  SqliteSink(const SqliteSink&) = delete;
  SqliteSink& operator=(const SqliteSink&) = delete;
  ~SqliteSink();

  // Takes the run's lock on FILE (an flock, so a second run fails at once
  // rather than interleaving its batches), opens it, creates or migrates
  // the schema. "" or "FILE: reason"; *busy when another run holds it.
  // `fingerprint` identifies the rules and options (incremental.h Fingerprint).
  std::string Open(const std::string& file, const std::string& fingerprint, bool* busy);

  // Size, mtime and hash of every input stored with this fingerprint (the
  // --incremental skip decision); `output` is empty. "" or the error.
  std::string LoadEntries(Manifest* manifest);
  // The paths of every stored article (for --prune).
  std::string LoadPaths(std::vector<std::string>* paths);

  // Replaces the rows of article.path with these. "" or the error.
  std::string Write(const Article& article, const ManifestEntry& file);
  // A touched input whose content is the same: only its stat is new.
  std::string UpdateFile(const std::string& path, const ManifestEntry& file);
  // Deletes every row of this path.
  std::string Remove(const std::string& path);
  // Commits the open batch, if any.
  std::string Commit();

 private:
  std::string Begin();
  std::string AfterWrite();
  std::string Fail(const char* what) const;
  std::string Exec(const char* sql);
  sqlite3_stmt* Prepare(const char* sql);
  std::string Migrate();
  std::string FindArticle(const std::string& path, int64_t* id);
  std::string DeleteRows(int64_t article_id);
  std::string WriteArticleRow(const Article& a, const ManifestEntry& file, int64_t* id);
  std::string WriteRankings(int64_t id, const std::vector<Ranking>& rankings);
  std::string WriteItems(int64_t ranking_id, const Ranking& r);
  std::string WriteParts(int64_t id, const Article& a);
  std::string WriteText(int64_t id, const Article& a);

  std::string file_;
  std::string fingerprint_;  // hashed: what rows were made with
  sqlite3* db_ = nullptr;
  // Prepared once per run, keyed by the SQL literal's address.
  std::unordered_map<const char*, sqlite3_stmt*> statements_;
  int lock_fd_ = -1;
  bool in_batch_ = false;
  size_t batch_articles_ = 0;
  std::chrono::steady_clock::time_point batch_start_;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_SQLITE_SINK_H_
