// report: what a run says. Every error line has one format, `newsextract:
// error: PATH: message` (ErrorLine); the progress line, warnings, --explain
// lines, the end-of-run summary and --stats-json are written here too.
#ifndef NEWSEXTRACT_REPORT_H_
#define NEWSEXTRACT_REPORT_H_

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace newsextract {

// "newsextract: error: PATH: MESSAGE\n": the one format of an error line.
// A NUL byte ends a part, as printf's %s did.
std::string ErrorLine(std::string_view path, std::string_view message);
// "newsextract: error: MESSAGE\n": when the message names its own place
// (it starts with its path) or has none.
std::string ErrorLine(std::string_view message);

// ErrorLine written to `err`.
void PrintError(FILE* err, std::string_view path, std::string_view message);
void PrintError(FILE* err, std::string_view message);

// What a run did, for the summary and --stats-json.
struct RunStats {
  size_t files = 0, ok = 0, failed = 0, skipped = 0, pruned = 0;
  size_t bytes = 0, lists = 0, warnings = 0;
  double elapsed = 0;  // seconds

  double FilesPerSecond() const;
};

// "newsextract: N files (X MB): N ok, N failed, N skipped (unchanged)[, N
// pruned]; N lists, N warnings; S s, R files/s\n".
std::string SummaryLine(const RunStats& stats);

// The --stats-json object, one line.
std::string StatsJson(const RunStats& stats, bool interrupted);

// A run's stderr: its counts, the progress line (a terminal's), warnings
// and errors. Used by the output stage, one thread at a time.
class Report {
 public:
  Report(FILE* err, bool quiet) : err_(err), quiet_(quiet) {}

  FILE* err() const { return err_; }
  RunStats& stats() { return stats_; }
  const RunStats& stats() const { return stats_; }
  // Sets stats().elapsed: the time since the report was made.
  void StopClock();

  // Turns the progress line on; `total`: the inputs expected (0: unknown).
  void ShowProgress(size_t total);
  bool progress_shown() const { return show_progress_; }
  // Redraws the progress line, at most ten times a second.
  void Progress();
  // Clears the progress line, so that another line can be written.
  void ClearProgress();

  // Counts a file the output stage took, with the bytes it read.
  void FileDone(size_t bytes, bool skipped, size_t lists, size_t warnings);
  // Counts a file that failed; when `say`, the progress line gives way to
  // its error line.
  void FileFailed(std::string_view path, size_t bytes, std::string_view message, bool say);
  void Warn(std::string_view message);
  void Explain(std::string_view path, std::string_view line);

  // The summary line when `show`; the stats as JSON into `stats_json`
  // unless empty. False when that file cannot be written (and said).
  bool Summarize(bool show, const std::string& stats_json, bool interrupted);
  // Says that the run ends with files in flight (unless quiet).
  void Abandoned();

 private:
  using Clock = std::chrono::steady_clock;

  FILE* err_;
  bool quiet_;
  RunStats stats_;
  bool show_progress_ = false;
  size_t total_ = 0;
  Clock::time_point start_ = Clock::now(), last_progress_{};
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_REPORT_H_
