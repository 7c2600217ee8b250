// The SQLite archive: articles to rows (schema by user_version, batched
// transactions in WAL, an article's rows replaced as a whole).
#include "sqlite_sink.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <system_error>

#include "json_writer.h"

namespace newsextract {
namespace {

// Version 1 of the schema; docs/SQLITE.md shows it and says why each part
// is there. Keep the two in step.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  title TEXT, original_title TEXT, date TEXT, author TEXT, source TEXT, editor TEXT,
  categories TEXT NOT NULL, tags TEXT NOT NULL, reporters TEXT NOT NULL,
  front_matter TEXT NOT NULL, warnings TEXT NOT NULL,
  size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL,
  recheck INTEGER NOT NULL, fingerprint TEXT NOT NULL);
CREATE TABLE paragraphs (
  article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
  text TEXT NOT NULL, PRIMARY KEY (article_id, idx));
CREATE TABLE rankings (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
  label TEXT NOT NULL, period TEXT, subject TEXT, metric TEXT,
  direction TEXT NOT NULL, size INTEGER, tied INTEGER NOT NULL, paragraph INTEGER NOT NULL,
  UNIQUE (article_id, idx));
CREATE INDEX rankings_period ON rankings(period);
CREATE INDEX rankings_subject ON rankings(subject);
CREATE TABLE ranking_items (
  ranking_id INTEGER NOT NULL REFERENCES rankings(id), idx INTEGER NOT NULL,
  rank INTEGER NOT NULL, item TEXT NOT NULL,
  value TEXT, number REAL, unit TEXT, score REAL, PRIMARY KEY (ranking_id, idx));
CREATE INDEX ranking_items_item ON ranking_items(item);
CREATE TABLE stocks (
  article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
  code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (article_id, idx));
CREATE INDEX stocks_code ON stocks(code);
CREATE TABLE images (
  article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
  src TEXT NOT NULL, caption TEXT, PRIMARY KEY (article_id, idx));
CREATE TABLE assessments (
  article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
  name TEXT NOT NULL, text TEXT NOT NULL, shortcomings TEXT NOT NULL,
  paragraph INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
CREATE VIRTUAL TABLE search USING fts5(
  text, article_id UNINDEXED, paragraph UNINDEXED, tokenize = 'trigram');
-- FTS5 writes the terms it holds at 1 MiB by default: with trigrams of
-- Chinese text that is a few articles, and indexing took 1.6 times as long.
-- Leaves of 16 KB, on 16 KiB pages: a quarter less again. Merging 16
-- segments at a time rather than 4: a tenth less (queries read more
-- segments until an 'optimize').
INSERT INTO search (search, rank) VALUES ('hashsize', 16777216);
INSERT INTO search (search, rank) VALUES ('pgsz', 16000);
INSERT INTO search (search, rank) VALUES ('automerge', 16);
)sql";

// kMigrations[v] takes a database from user_version v to v + 1; a newer
// schema appends its step here and bumps kSqliteSchemaVersion.
constexpr const char* kMigrations[] = {kSchemaV1};
static_assert(std::size(kMigrations) == kSqliteSchemaVersion);

// The search table's rowid is article id × 2^24 + paragraph + 1 (0: the
// title), so that one rowid range deletes an article's text: its other
// columns are not indexed, and a delete by article_id would scan it all.
constexpr int kTextSlotBits = 24;
constexpr size_t kMaxIndexedParagraphs = (size_t{1} << kTextSlotBits) - 1;

// Deletes an article's rows from every table but articles (?1: its id).
constexpr const char* kDeleteRows[] = {
    "DELETE FROM search WHERE rowid BETWEEN ?1 * 16777216 AND ?1 * 16777216 + 16777215",
    "DELETE FROM ranking_items WHERE ranking_id IN (SELECT id FROM rankings WHERE article_id = ?1)",
    "DELETE FROM rankings WHERE article_id = ?1",
    "DELETE FROM paragraphs WHERE article_id = ?1",
    "DELETE FROM stocks WHERE article_id = ?1",
    "DELETE FROM images WHERE article_id = ?1",
    "DELETE FROM assessments WHERE article_id = ?1",
};

// An article's row: inserted when its path is new, else updated in place
// (it keeps its id), the 17 columns bound in the same order in both. Not
// one upsert (ON CONFLICT ... RETURNING id): with it, FTS5 (SQLite 3.40)
// wrote out the terms it holds at every article rather than at each
// commit (it does so at a savepoint, which that statement opens): 20
// index segments instead of 4 on 2,000 articles, and a fifth more CPU.
constexpr const char* kInsertArticle =
    "INSERT INTO articles (path, title, original_title, date, author, source, editor, "
    "categories, tags, reporters, front_matter, warnings, size, mtime_ns, hash, recheck, "
    "fingerprint) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
    "?16, ?17)";
constexpr const char* kUpdateArticle =
    "UPDATE articles SET path = ?1, title = ?2, original_title = ?3, date = ?4, author = ?5, "
    "source = ?6, editor = ?7, categories = ?8, tags = ?9, reporters = ?10, front_matter = ?11, "
    "warnings = ?12, size = ?13, mtime_ns = ?14, hash = ?15, recheck = ?16, fingerprint = ?17 "
    "WHERE id = ?18";

// A cached statement being bound and run; reset for its next use when it
// goes out of scope. May be nullptr: see SqliteSink::Prepare.
class Query {
 public:
  explicit Query(sqlite3_stmt* stmt) : stmt_(stmt) {}
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  ~Query() {
    if (stmt_ == nullptr) return;
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  // An empty view may have no data pointer, which would bind NULL.
  Query& Text(std::string_view v) {
    if (stmt_) {
      sqlite3_bind_text64(stmt_, ++n_, v.empty() ? "" : v.data(), v.size(), SQLITE_TRANSIENT,
                          SQLITE_UTF8);
    }
    return *this;
  }
  Query& MaybeText(const std::optional<std::string>& v) { return v ? Text(*v) : Null(); }
  Query& Int(int64_t v) {
    if (stmt_) sqlite3_bind_int64(stmt_, ++n_, v);
    return *this;
  }
  Query& Real(double v) {
    if (stmt_) sqlite3_bind_double(stmt_, ++n_, v);
    return *this;
  }
  Query& Null() {
    if (stmt_) sqlite3_bind_null(stmt_, ++n_);
    return *this;
  }
  // A statement that did not compile (nullptr) takes no binds and fails here.
  int Step() { return stmt_ ? sqlite3_step(stmt_) : SQLITE_ERROR; }
  int64_t Column(int i) const { return sqlite3_column_int64(stmt_, i); }
  std::string ColumnText(int i) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, i))) : "";
  }

 private:
  sqlite3_stmt* stmt_;
  int n_ = 0;
};

std::string JsonText(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string JsonList(const std::vector<std::string>& list) {
  return JsonText(nlohmann::ordered_json(list));
}

std::string Hex(uint64_t v) {
  char buf[17];
  snprintf(buf, sizeof buf, "%016" PRIx64, v);
  return buf;
}

bool SameFigure(const Ranking& r, size_t a, size_t b) {
  if (r.scores.size() == r.items.size()) {
    return !(r.scores[a] < r.scores[b] || r.scores[b] < r.scores[a]);  // ==, without -Wfloat-equal
  }
  if (r.values.size() == r.items.size() && r.values[a] && r.values[b]) {
    return r.values[a]->text == r.values[b]->text;
  }
  return r.tied;
}

}  // namespace

std::vector<int> ItemRanks(const Ranking& ranking) {
  std::vector<int> ranks(ranking.items.size());
  for (size_t i = 0; i < ranks.size(); ++i) {
    ranks[i] = i > 0 && SameFigure(ranking, i - 1, i) ? ranks[i - 1] : static_cast<int>(i + 1);
  }
  return ranks;
}

SqliteSink::~SqliteSink() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  // A batch not committed by Commit() is left out: the next run redoes it.
  if (db_ != nullptr && in_batch_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  if (db_ != nullptr) sqlite3_close_v2(db_);
  // Only after SQLite let go: closing any descriptor of the file drops the
  // POSIX locks SQLite holds on it.
  if (lock_fd_ >= 0) close(lock_fd_);
}

std::string SqliteSink::Open(const std::string& file, const std::string& fingerprint, bool* busy) {
  file_ = file;
  fingerprint_ = Hex(ContentHash(fingerprint));
  *busy = false;
  lock_fd_ = open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) return file + ": cannot open: " + std::generic_category().message(errno);
  if (flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    *busy = errno == EWOULDBLOCK;
    if (*busy) return file + " is locked by another run";
    return file + ": cannot lock: " + std::generic_category().message(errno);
  }
  if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    return Fail("cannot open");
  }
  sqlite3_extended_result_codes(db_, 1);
  // Another program writing (a sqlite3 shell) is waited for this long.
  sqlite3_busy_timeout(db_, 10000);
  // WAL: readers query while a run writes; NORMAL: a crash loses at most
  // the last commits, never consistency.
  // The page size only takes on a new file; 16 KiB suits the search index.
  if (std::string e = Exec("PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; "
                           "PRAGMA synchronous = NORMAL");
      !e.empty()) {
    return e;
  }
  return Migrate();
}

std::string SqliteSink::Migrate() {
  int version = 0, tables = 0;
  {
    Query q(Prepare("PRAGMA user_version"));
    if (q.Step() != SQLITE_ROW) return Fail("cannot read the schema version");
    version = static_cast<int>(q.Column(0));
  }
  {
    Query q(Prepare("SELECT count(*) FROM sqlite_schema"));
    if (q.Step() != SQLITE_ROW) return Fail("cannot read the schema");
    tables = static_cast<int>(q.Column(0));
  }
  if (version > kSqliteSchemaVersion) {
    return file_ + ": database schema version " + std::to_string(version) +
           " is newer than this newsextract's (" + std::to_string(kSqliteSchemaVersion) +
           "); use a newer newsextract";
  }
  if (version == 0 && tables > 0) {
    return file_ + ": not a newsextract database (it has tables but no schema version)";
  }
  for (int v = version; v < kSqliteSchemaVersion; ++v) {
    const std::string step = std::string("BEGIN IMMEDIATE;") + kMigrations[v] +
                             "PRAGMA user_version = " + std::to_string(v + 1) + "; COMMIT;";
    if (std::string e = Exec(step.c_str()); !e.empty()) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return e;
    }
  }
  return "";
}

// nullptr when the statement does not compile (a table changed by hand):
// its Step() then fails, and Fail() reports SQLite's reason.
sqlite3_stmt* SqliteSink::Prepare(const char* sql) {
  if (const auto it = statements_.find(sql); it != statements_.end()) return it->second;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    return nullptr;
  }
  statements_.emplace(sql, stmt);
  return stmt;
}

std::string SqliteSink::Fail(const char* what) const {
  return file_ + ": " + what + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory");
}

std::string SqliteSink::Exec(const char* sql) {
  return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK ? "" : Fail("sqlite");
}

std::string SqliteSink::LoadEntries(Manifest* manifest) {
  Query q(
      Prepare("SELECT path, size, mtime_ns, hash, recheck FROM articles WHERE fingerprint = ?"));
  q.Text(fingerprint_);
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) {
    ManifestEntry e;
    e.size = static_cast<uint64_t>(q.Column(1));
    e.mtime_ns = q.Column(2);
    e.hash = std::strtoull(q.ColumnText(3).c_str(), nullptr, 16);
    e.recheck = q.Column(4) != 0;
    manifest->Set(q.ColumnText(0), std::move(e));
  }
  return rc == SQLITE_DONE ? "" : Fail("cannot read articles");
}

std::string SqliteSink::LoadPaths(std::vector<std::string>* paths) {
  Query q(Prepare("SELECT path FROM articles ORDER BY path"));
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) paths->push_back(q.ColumnText(0));
  return rc == SQLITE_DONE ? "" : Fail("cannot read articles");
}

std::string SqliteSink::Begin() {
  if (in_batch_) return "";
  if (std::string e = Exec("BEGIN IMMEDIATE"); !e.empty()) return e;
  in_batch_ = true;
  batch_articles_ = 0;
  batch_start_ = std::chrono::steady_clock::now();
  return "";
}

std::string SqliteSink::AfterWrite() {
  ++batch_articles_;
  if (batch_articles_ < kBatchArticles &&
      std::chrono::steady_clock::now() - batch_start_ < kBatchTime) {
    return "";
  }
  return Commit();
}

std::string SqliteSink::Commit() {
  if (!in_batch_) return "";
  in_batch_ = false;
  return Exec("COMMIT");
}

std::string SqliteSink::Write(const Article& a, const ManifestEntry& file) {
  int64_t id = -1;
  std::string e = Begin();
  if (e.empty()) e = FindArticle(a.path, &id);
  // Only for a path stored before: a delete from the search table, even of
  // nothing, costs as much as indexing the article (measured: 6.1 -> 14.1 s
  // of CPU for 6,000 articles), as FTS5 writes out the terms it holds.
  if (e.empty() && id >= 0) e = DeleteRows(id);
  if (e.empty()) e = WriteArticleRow(a, file, &id);
  if (e.empty()) e = WriteRankings(id, a.rankings);
  if (e.empty()) e = WriteParts(id, a);
  if (e.empty()) e = WriteText(id, a);
  return e.empty() ? AfterWrite() : e;
}

// *id: the stored article's id, or -1 for a new path (updated to the new
// row's id).
std::string SqliteSink::WriteArticleRow(const Article& a, const ManifestEntry& file, int64_t* id) {
  Query q(Prepare(*id < 0 ? kInsertArticle : kUpdateArticle));
  q.Text(a.path)
      .MaybeText(a.title)
      .MaybeText(a.original_title)
      .MaybeText(a.date)
      .MaybeText(a.author);
  q.MaybeText(a.source).MaybeText(a.editor).Text(JsonList(a.categories)).Text(JsonList(a.tags));
  q.Text(JsonList(a.reporters)).Text(FrontMatterToJson(a.front_matter)).Text(JsonList(a.warnings));
  q.Int(static_cast<int64_t>(file.size)).Int(file.mtime_ns).Text(Hex(file.hash));
  q.Int(file.recheck).Text(fingerprint_);
  if (*id >= 0) q.Int(*id);
  if (q.Step() != SQLITE_DONE) return Fail("cannot write the article");
  if (*id < 0) *id = sqlite3_last_insert_rowid(db_);
  return "";
}

// *id: the article stored under this path, or -1.
std::string SqliteSink::FindArticle(const std::string& path, int64_t* id) {
  Query q(Prepare("SELECT id FROM articles WHERE path = ?"));
  const int rc = q.Text(path).Step();
  *id = rc == SQLITE_ROW ? q.Column(0) : -1;
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? "" : Fail("cannot read articles");
}

std::string SqliteSink::DeleteRows(int64_t article_id) {
  for (const char* sql : kDeleteRows) {
    Query q(Prepare(sql));
    if (q.Int(article_id).Step() != SQLITE_DONE) return Fail("cannot delete old rows");
  }
  return "";
}

std::string SqliteSink::WriteRankings(int64_t id, const std::vector<Ranking>& rankings) {
  for (size_t i = 0; i < rankings.size(); ++i) {
    const Ranking& r = rankings[i];
    Query q(
        Prepare("INSERT INTO rankings (article_id, idx, label, period, subject, metric, direction, "
                "size, tied, paragraph) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.Int(id).Int(static_cast<int64_t>(i)).Text(r.label).MaybeText(r.period).MaybeText(r.subject);
    q.MaybeText(r.metric).Text(r.top ? "top" : "bottom");
    r.size ? q.Int(*r.size) : q.Null();
    q.Int(r.tied).Int(static_cast<int64_t>(r.paragraph));
    if (q.Step() != SQLITE_DONE) return Fail("cannot write a ranking");
    if (std::string e = WriteItems(sqlite3_last_insert_rowid(db_), r); !e.empty()) return e;
  }
  return "";
}

std::string SqliteSink::WriteItems(int64_t ranking_id, const Ranking& r) {
  const std::vector<int> ranks = ItemRanks(r);
  for (size_t i = 0; i < r.items.size(); ++i) {
    Query q(Prepare(
        "INSERT INTO ranking_items (ranking_id, idx, rank, item, value, number, unit, score) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.Int(ranking_id).Int(static_cast<int64_t>(i)).Int(ranks[i]).Text(r.items[i]);
    const RankValue* v = i < r.values.size() && r.values[i] ? &*r.values[i] : nullptr;
    v ? q.Text(v->text).Real(v->number).Text(v->unit) : q.Null().Null().Null();
    i < r.scores.size() ? q.Real(r.scores[i]) : q.Null();
    if (q.Step() != SQLITE_DONE) return Fail("cannot write a ranking item");
  }
  return "";
}

// Paragraphs, stocks, images and assessments: rows of (article_id, idx, …).
std::string SqliteSink::WriteParts(int64_t id, const Article& a) {
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    Query q(Prepare("INSERT INTO paragraphs (article_id, idx, text) VALUES (?, ?, ?)"));
    if (q.Int(id).Int(static_cast<int64_t>(i)).Text(a.paragraphs[i]).Step() != SQLITE_DONE) {
      return Fail("cannot write a paragraph");
    }
  }
  for (size_t i = 0; i < a.stocks.size(); ++i) {
    Query q(Prepare("INSERT INTO stocks (article_id, idx, code, name) VALUES (?, ?, ?, ?)"));
    q.Int(id).Int(static_cast<int64_t>(i)).Text(a.stocks[i].code).Text(a.stocks[i].name);
    if (q.Step() != SQLITE_DONE) return Fail("cannot write a stock");
  }
  for (size_t i = 0; i < a.images.size(); ++i) {
    Query q(Prepare("INSERT INTO images (article_id, idx, src, caption) VALUES (?, ?, ?, ?)"));
    q.Int(id).Int(static_cast<int64_t>(i)).Text(a.images[i].src).MaybeText(a.images[i].caption);
    if (q.Step() != SQLITE_DONE) return Fail("cannot write an image");
  }
  for (size_t i = 0; i < a.assessments.size(); ++i) {
    const Assessment& s = a.assessments[i];
    Query q(
        Prepare("INSERT INTO assessments (article_id, idx, name, text, shortcomings, paragraph) "
                "VALUES (?, ?, ?, ?, ?, ?)"));
    q.Int(id).Int(static_cast<int64_t>(i)).Text(s.name).Text(s.text);
    q.Text(JsonList(s.shortcomings)).Int(static_cast<int64_t>(s.paragraph));
    if (q.Step() != SQLITE_DONE) return Fail("cannot write an assessment");
  }
  return "";
}

// The title (paragraph NULL) and each paragraph into the trigram index.
std::string SqliteSink::WriteText(int64_t id, const Article& a) {
  const int64_t base = id << kTextSlotBits;
  const size_t count = std::min(a.paragraphs.size(), kMaxIndexedParagraphs);
  for (size_t slot = a.title ? 0 : 1; slot <= count; ++slot) {
    Query q(Prepare("INSERT INTO search (rowid, text, article_id, paragraph) VALUES (?, ?, ?, ?)"));
    q.Int(base + static_cast<int64_t>(slot));
    slot == 0 ? q.Text(*a.title).Int(id).Null()
              : q.Text(a.paragraphs[slot - 1]).Int(id).Int(static_cast<int64_t>(slot - 1));
    if (q.Step() != SQLITE_DONE) return Fail("cannot index the text");
  }
  return "";
}

std::string SqliteSink::UpdateFile(const std::string& path, const ManifestEntry& file) {
  std::string e = Begin();
  if (!e.empty()) return e;
  Query q(
      Prepare("UPDATE articles SET size = ?, mtime_ns = ?, hash = ?, recheck = ? WHERE path = ?"));
  q.Int(static_cast<int64_t>(file.size)).Int(file.mtime_ns).Text(Hex(file.hash));
  q.Int(file.recheck).Text(path);
  return q.Step() == SQLITE_DONE ? AfterWrite() : Fail("cannot update the article");
}

std::string SqliteSink::Remove(const std::string& path) {
  int64_t id = -1;
  std::string e = Begin();
  if (e.empty()) e = FindArticle(path, &id);
  if (e.empty() && id >= 0) {
    Query q(Prepare("DELETE FROM articles WHERE id = ?"));
    if (q.Int(id).Step() != SQLITE_DONE) e = Fail("cannot delete the article");
  }
  if (e.empty() && id >= 0) e = DeleteRows(id);
  return e.empty() ? AfterWrite() : e;
}

}  // namespace newsextract
