// The batch layer around the per-article function: inputs (folders walked
// in sorted order, files, or a list on stdin) -> an ordered, bounded
// parallel pipeline -> a sink (NDJSON on stdout, or an output folder with
// atomic writes and a manifest, and/or a SQLite database) -> summary and
// exit code.
#ifndef NEWSEXTRACT_BATCH_H_
#define NEWSEXTRACT_BATCH_H_

#include <cstdio>
#include <string>
#include <vector>

#include "newsextract/options.h"
#include "newsextract/output_format.h"
#include "newsextract/rules.h"

namespace newsextract {

// Documented exit codes (README, --help).
enum ExitCode : int {
  kExitOk = 0,             // every file gave an object
  kExitSomeFailed = 1,     // some files failed; the rest were processed
  kExitUsage = 2,          // usage or fatal error
  kExitLocked = 3,         // the output folder or database is locked by another run
  kExitInterrupted = 130,  // SIGINT/SIGTERM: stopped taking files
  kExitBrokenPipe = 141    // stdout closed with SIGPIPE ignored: as if killed by it
};

struct BatchOptions {
  // Which files the run reads.
  InputOptions inputs;
  // Parallel jobs; 0: one per core.
  unsigned jobs = 0;
  // Write DIR/<relative path>.json per article instead of NDJSON on stdout.
  std::string output_dir;
  // Write each article into this SQLite database (docs/SQLITE.md); without
  // output_dir, instead of NDJSON on stdout. Empty: none.
  std::string sqlite;
  // With output_dir or sqlite (one of them): skip inputs unchanged since the
  // last run (the manifest, or the articles table).
  bool incremental = false;
  // With output_dir or sqlite (one of them): remove outputs or rows whose
  // input is gone.
  bool prune = false;
  // Stop at the first failing file.
  bool fail_fast = false;
  // Print nothing but errors.
  bool quiet = false;
  // The summary line: -1 auto (only when stderr is a terminal, so that a
  // clean cron run mails nothing), 1 always (--stats, even with quiet).
  int summary = -1;
  // Progress line on stderr: -1 auto (only on a terminal), 0 off, 1 on.
  int progress = -1;
  // What goes to stdout: records, format, fields (without output_dir).
  OutputFormat output;
  // Write the summary as JSON here; empty: not written.
  std::string stats_json;
  // The texts the rules were loaded from (LoadRulesFiles): with the tool
  // version and `extract`, the fingerprint kept in the manifest or the
  // database, so that a changed rule or option redoes every file.
  std::string rules_text;
  // What one article run produces, and its time budget.
  ExtractOptions extract;
};

// Runs the batch; NDJSON goes to `out`, errors, progress and the summary to
// `err`. Returns an ExitCode.
int RunBatch(const BatchOptions& options, const Rules& rules, FILE* out, FILE* err);

}  // namespace newsextract

#endif  // NEWSEXTRACT_BATCH_H_
