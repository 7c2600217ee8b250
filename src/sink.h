// sink: where a run's articles go. Records on stdout (NDJSON, CSV, TSV), a
// .json file per article in an output folder with its manifest, and/or the
// rows of a SQLite database: how each is opened, written in input order,
// finished, and left behind when the run is abandoned.
#ifndef NEWSEXTRACT_SINK_H_
#define NEWSEXTRACT_SINK_H_

#include <atomic>
#include <cstdio>
#include <mutex>
#include <optional>
#include <string>

#include "incremental.h"
#include "inputs.h"
#include "newsextract/article.h"
#include "newsextract/batch.h"
#include "output_dir.h"
#include "report.h"
#include "rows.h"
#include "sqlite_sink.h"

namespace newsextract {

// One input's way out: what the output stage writes.
struct Output {
  std::string input;               // the input's path, as the records name it
  ManifestEntry entry;             // its size, mtime, hash and output name
  FileId input_id{};               // the input's own file: never overwritten by its output
  bool skipped = false;            // unchanged since the last run
  std::string json;                // the records, each line ended (stdout mode)
  std::optional<Article> article;  // --sqlite: written by the output stage
  // What the last run recorded for the input (Incremental::Recorded).
  std::optional<ManifestEntry> old;
};

class Sink {
 public:
  // `stop` turns true when a write fails so that the run takes no more
  // files; `report` says what failed.
  Sink(const BatchOptions& options, FILE* out, Report* report, std::atomic<bool>* stop);

  // Opens the output folder (locked, what a killed run left cleared, the
  // manifest read) and the database; an ExitCode, kExitOk when both are open.
  int Open(const std::string& fingerprint);
  // The first records on stdout (the CSV header), when stdout gets any.
  void WriteHeader();
  // The output folder's identity, for walks to pass over it.
  SkipFolder OutputFolderId() const;
  Incremental& records() { return records_; }

  // On any thread: `article` made into what the output stage writes; the
  // output folder's file is written here. "" or why it failed.
  std::string Prepare(Article article, Output* out) const;
  // In input order, one thread at a time.
  void Put(const Output& out);

  // At the end of the pipeline: stdout flushed, --prune (unless some inputs
  // could not be read, or the run was stopped), the manifest saved, the
  // database committed.
  void Finish(size_t unreadable_inputs);
  // For an exit that cannot wait for the files in flight: what is finished
  // is kept, temp files removed, records on stdout whole.
  void Abandon();

  bool fatal() const { return fatal_; }
  bool broken_pipe() const { return broken_pipe_; }

 private:
  int OpenOutputFolder(const std::string& fingerprint);
  int OpenDatabase(const std::string& fingerprint);
  void WriteToDatabase(const Output& out);
  void DatabaseFailed(const std::string& error);
  void WriteRecord(const std::string& json);
  void StdoutFailed(int error);
  bool MayPrune(const std::string& target, size_t unreadable_inputs);
  void FinishOutputFolder(size_t unreadable_inputs);
  void FinishDatabase(size_t unreadable_inputs);

  const BatchOptions& options_;
  FILE* out_;
  Report* report_;
  std::atomic<bool>* stop_;
  const RowWriter rows_;        // what goes to stdout
  std::timed_mutex out_mutex_;  // stdout, between records
  DirLock lock_;
  OutputFolder folder_;
  Incremental records_;                       // what the last run left, and this run's claims
  SqliteSink sqlite_;                         // --sqlite; written by the output stage only
  std::atomic<bool> manifest_loaded_{false};  // before, Abandon leaves it alone
  bool database_failed_ = false, fatal_ = false, stdout_failed_ = false, broken_pipe_ = false;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_SINK_H_
