#include "newsextract/batch.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>

#include "file_io.h"
#include "incremental.h"
#include "inputs.h"
#include "interrupt.h"
#include "newsextract/extract.h"
#include "newsextract/json.h"
#include "output_dir.h"
#include "report.h"
#include "rows.h"
#include "sqlite_sink.h"
#include "text_util.h"

namespace newsextract {
namespace {

// One input on its way through the pipeline.
struct Task {
  InputItem input;
  bool skipped = false;
  std::string json;                // the records, each line ended (stdout mode)
  std::optional<Article> article;  // --sqlite: written by the output stage
  std::string error;               // non-empty: the file failed
  size_t bytes = 0, lists = 0, warnings = 0;
  ManifestEntry entry;               // output-folder mode
  FileId input_id{};                 // the input's own file: never overwritten by its output
  bool cancelled = false;            // stopped by SIGINT/SIGTERM: neither done nor failed
  std::vector<std::string> explain;  // --explain: one line per ranking cue
};

class Batch {
 public:
  Batch(const BatchOptions& options, const Rules& rules, FILE* out, FILE* err)
      : options_(options),
        rules_(rules),
        out_(out),
        err_(err),
        extract_(options.extract),
        fingerprint_(Fingerprint(options.extract, options.rules_text)),
        rows_(options.output, options.extract.pretty),
        records_(options.incremental, options.output_dir.empty() ? nullptr : &folder_),
        report_(err, options.quiet) {
    extract_.cancel = &cancel_;
  }

  int Run() {
    Watchdog watchdog(&cancel_, [this] { Abandon(); });
    if (const std::string problem = CheckWritableFile(options_.stats_json); !problem.empty()) {
      PrintError(err_, options_.stats_json, problem);
      return kExitUsage;
    }
    DirLock lock;
    if (!options_.output_dir.empty()) {
      const int code = OpenOutputFolder(&lock);
      if (code != kExitOk) return code;
    }
    if (!options_.sqlite.empty()) {
      const int code = OpenDatabase();
      if (code != kExitOk) return code;
    }
    const int list_fd = OpenList();
    if (!options_.inputs.files_from.empty() && list_fd < 0) {
      return Interrupted() ? kExitInterrupted : kExitUsage;
    }
    ListReader list(list_fd, options_.inputs.null_separated ? '\0' : '\n',
                    [this] { return Interrupted() || stop_; });
    const SkipFolder skip = OutputFolderId();
    InputSource inputs(options_.inputs, list_fd >= 0 ? &list : nullptr, skip);
    if (const std::string header = rows_.Header(); options_.output_dir.empty() && !header.empty()) {
      WriteRecord(header);
    }
    if (options_.progress == 1 || (options_.progress < 0 && isatty(fileno(err_)))) {
      report_.ShowProgress(CountNamedInputs(options_.inputs, skip));
    }
    RunPipeline(&inputs);
    watchdog.PipelineDone();
    if (list_fd > STDIN_FILENO) close(list_fd);
    if (list.fatal()) fatal_ = true;
    if (options_.output_dir.empty() && !stdout_failed_ && fflush(out_) != 0) StdoutFailed(errno);
    FinishOutputFolder();
    FinishDatabase();
    report_.StopClock();
    Summarize();
    return ExitCode();
  }

 private:
  // Opens the folder, takes the lock, clears what a killed run left, reads
  // the manifest.
  int OpenOutputFolder(DirLock* lock) {
    std::string error = folder_.Open(options_.output_dir);
    bool busy = false;
    if (error.empty() && !lock->Acquire(folder_, &busy, &error)) {
      PrintError(err_, error);
      return busy ? kExitLocked : kExitUsage;
    }
    if (!error.empty()) {
      PrintError(err_, error);
      return kExitUsage;
    }
    RemoveStaleTempFiles(folder_);
    for (const auto& warning : records_.manifest()->Load(folder_, fingerprint_)) {
      report_.Warn(warning);
    }
    manifest_loaded_ = true;
    return kExitOk;
  }

  // Takes the database's lock, opens it, and with --incremental reads what
  // each stored input looked like.
  int OpenDatabase() {
    bool busy = false;
    std::string error = sqlite_.Open(options_.sqlite, fingerprint_, &busy);
    if (error.empty() && options_.incremental) error = sqlite_.LoadEntries(records_.manifest());
    if (error.empty()) return kExitOk;
    PrintError(err_, Printable(error));
    return busy ? kExitLocked : kExitUsage;
  }

  SkipFolder OutputFolderId() const {
    if (options_.output_dir.empty()) return std::nullopt;
    return folder_.id();
  }

  // The --files-from descriptor; -1 when there is none or it cannot be
  // opened. Opening a named pipe waits for its writer: a signal then ends
  // the wait (no SA_RESTART), and the run with 130.
  int OpenList() {
    if (options_.inputs.files_from.empty()) return -1;
    if (options_.inputs.files_from == "-") return STDIN_FILENO;
    const int fd = open(options_.inputs.files_from.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && !Interrupted()) PrintError(err_, options_.inputs.files_from, strerror(errno));
    return fd;
  }

  int ExitCode() const {
    if (broken_pipe_) return kExitBrokenPipe;
    if (Interrupted()) return kExitInterrupted;
    if (fatal_) return kExitUsage;
    return report_.stats().failed > 0 ? kExitSomeFailed : kExitOk;
  }

  void RunPipeline(InputSource* inputs) {
    const unsigned jobs =
        options_.jobs ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
    // A few files per thread in flight: enough to keep threads busy while
    // the in-order output stage waits for a slow file; memory stays bounded.
    const size_t tokens = jobs * 4;
    // TBB caps its threads at the number of cores and says so on stderr
    // when asked for more; -j N is the user's call (files on a slow share).
    if (jobs == 1 || OneFileNamed()) {
      RunSerially(inputs);
    } else {
      RunInParallel(inputs, jobs, tokens);
    }
    report_.ClearProgress();
  }

  // One file named on the command line (a cron job's new article): there
  // is nothing to run in parallel, and starting TBB's threads would cost
  // more than the file.
  bool OneFileNamed() const {
    struct stat st;
    return options_.inputs.files_from.empty() && options_.inputs.paths.size() == 1 &&
           stat(options_.inputs.paths[0].c_str(), &st) == 0 && !S_ISDIR(st.st_mode);
  }

  // -j1: the same stages in a loop, without starting TBB's thread pool
  // (which costs a cron run on one file more than the file itself).
  void RunSerially(InputSource* inputs) {
    while (Task* t = NextTask(inputs)) {
      Process(t);
      Emit(*t);
      delete t;
    }
  }

  void RunInParallel(InputSource* inputs, unsigned jobs, size_t tokens) {
    tbb::global_control threads(tbb::global_control::max_allowed_parallelism, jobs);
    tbb::task_arena arena(static_cast<int>(jobs));
    arena.execute([&] {
      tbb::parallel_pipeline(
          tokens,
          tbb::make_filter<void, Task*>(tbb::filter_mode::serial_in_order,
                                        [&](tbb::flow_control& fc) {
                                          Task* t = NextTask(inputs);
                                          if (t == nullptr) fc.stop();
                                          return t;
                                        }) &
              tbb::make_filter<Task*, Task*>(tbb::filter_mode::parallel,
                                             [&](Task* t) {
                                               Process(t);
                                               return t;
                                             }) &
              tbb::make_filter<Task*, void>(tbb::filter_mode::serial_in_order, [&](Task* t) {
                Emit(*t);
                delete t;
              }));
    });
  }

  // The input stage: one thread at a time, in order.
  Task* NextTask(InputSource* inputs) {
    InputItem item;
    if (Interrupted() || stop_ || !inputs->Next(&item)) return nullptr;
    auto* task = new Task;
    task->input = std::move(item);
    if (!options_.output_dir.empty() && task->input.error.empty()) ClaimOutput(task);
    return task;
  }

  void ClaimOutput(Task* t) { t->error = records_.Claim(t->input.relative, &t->entry.output); }

  // Runs on any thread: touches only the task, const state and the
  // manifest under its lock.
  // No exception may leave a pipeline stage: it would end the whole batch.
  void Process(Task* t) {
    try {
      ProcessFile(t);
    } catch (const std::bad_alloc&) {
      t->error = "out of memory";
    } catch (const std::exception& e) {
      t->error = std::string("internal error: ") + e.what();
    }
  }

  void ProcessFile(Task* t) {
    ProcessInput(t);
    t->cancelled = cancel_ && !t->error.empty();  // stopped short, not the file's fault
  }

  void ProcessInput(Task* t) {
    if (!t->error.empty()) return;
    if (!t->input.error.empty()) {
      t->error = t->input.error;
      return;
    }
    const int64_t now_ns = WallClockNs();
    struct stat st;
    if (stat(t->input.path.c_str(), &st) != 0) {
      t->error = std::generic_category().message(errno);
      return;
    }
    // A device such as /dev/zero never ends; a pipe is read up to the size
    // limit, waiting for its writer no longer than the time budget.
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
      t->error = "not a regular file";
      return;
    }
    t->bytes = static_cast<size_t>(st.st_size);
    t->input_id = {st.st_dev, st.st_ino};
    SetStat(st, now_ns, &t->entry);
    const std::optional<ManifestEntry> old = records_.Recorded(t->input.path);
    if (records_.UnchangedByStat(old, t->entry)) {
      t->entry = *old;
      t->skipped = true;  // unchanged: not even read
      return;
    }
    std::string bytes;
    const ReadLimits limits{options_.extract.max_file_size, options_.extract.timeout_seconds,
                            &cancel_};
    if (!ReadInput(t->input.path, S_ISFIFO(st.st_mode), t->bytes, limits, &bytes, &t->error)) {
      return;
    }
    t->bytes = bytes.size();
    // Only the output folder's manifest and the database keep the hash.
    if (!options_.output_dir.empty() || !options_.sqlite.empty()) {
      t->entry.hash = ContentHash(bytes);
    }
    if (records_.UnchangedByContent(old, t->entry)) {
      t->skipped = true;  // touched but the same content
      return;
    }
    Extract(t, bytes);
  }

  void Extract(Task* t, std::string_view bytes) {
    ArticleResult r = ExtractArticle(t->input.path, bytes, extract_, rules_);
    if (!r.ok) {
      t->error = std::move(r.error);
      return;
    }
    t->lists = r.article.rankings.size();
    t->warnings = r.article.warnings.size();
    t->explain = std::move(r.explain);
    if (options_.output_dir.empty()) {
      if (options_.sqlite.empty()) {
        t->json = rows_.Records(r.article);
      } else {
        t->article = std::move(r.article);
      }
      return;
    }
    t->json = ArticleToJson(r.article, options_.extract.pretty);
    t->json.push_back('\n');
    if (!options_.sqlite.empty()) t->article = std::move(r.article);
    // Synced all at once before the manifest that names it (Manifest::Save).
    t->error =
        folder_.Write(t->entry.output, t->json, &t->input_id, OutputFolder::Durable::kAtSync);
    t->json.clear();
  }

  // Runs in input order on one thread at a time.
  void Emit(const Task& t) {
    if (t.cancelled) return;  // left for the next run, as if never taken
    RunStats& stats = report_.stats();
    ++stats.files;
    stats.bytes += t.bytes;
    if (!t.input.error.empty()) ++unreadable_inputs_;
    for (const auto& line : t.explain) report_.Explain(t.input.path, line);
    if (!t.error.empty()) {
      ReportFailure(t);
    } else if (t.skipped) {
      ++stats.skipped;
      if (!options_.sqlite.empty()) WriteToDatabase(t);
      if (!options_.output_dir.empty()) RecordEntry(t);
    } else {
      ++stats.ok;
      stats.lists += t.lists;
      stats.warnings += t.warnings;
      if (!options_.sqlite.empty()) WriteToDatabase(t);
      if (!options_.output_dir.empty()) {
        RecordEntry(t);
      } else if (options_.sqlite.empty()) {
        WriteRecord(t.json);
      }
    }
    report_.Progress();
  }

  void ReportFailure(const Task& t) {
    ++report_.stats().failed;
    if (options_.fail_fast) stop_ = true;
    if (broken_pipe_) return;  // the reader is gone: end quietly
    report_.FileFailed(t.input.path, t.error);
  }

  void RecordEntry(const Task& t) { records_.Record(t.input.path, t.entry); }

  // --sqlite: the article's rows, or for a skipped input its new stat
  // (touched, same content) so that the next run trusts size and mtime.
  void WriteToDatabase(const Task& t) {
    if (database_failed_) return;
    std::string error;
    if (!t.skipped) {
      error = sqlite_.Write(*t.article, t.entry);
    } else if (const std::optional<ManifestEntry> old = records_.Recorded(t.input.path);
               old != t.entry) {
      error = sqlite_.UpdateFile(t.input.path, t.entry);
    }
    if (!error.empty()) DatabaseFailed(error);
  }

  // A database that cannot be written ends the run: what is committed stays.
  void DatabaseFailed(const std::string& error) {
    database_failed_ = true;
    fatal_ = true;
    stop_ = true;
    PrintError(err_, Printable(error));
  }

  void WriteRecord(const std::string& json) {
    const std::lock_guard lock(out_mutex_);  // whole records only, when the watchdog flushes
    if (stdout_failed_) return;
    // A list producer may wait for each record before it writes the next
    // path (a coprocess, a streaming mapper): do not sit on a full buffer.
    const bool streaming = !options_.inputs.files_from.empty();
    if (fwrite(json.data(), 1, json.size(), out_) != json.size() ||
        (streaming && fflush(out_) != 0)) {
      StdoutFailed(errno);
    }
  }

  // The reader went away (EPIPE with SIGPIPE ignored): stop quietly, as the
  // default SIGPIPE would. Any other error (a full disk) is fatal and said.
  void StdoutFailed(int error) {
    stdout_failed_ = true;
    stop_ = true;
    if (error == EPIPE) {
      broken_pipe_ = true;
      return;
    }
    PrintError(err_, "standard output", strerror(error));
    fatal_ = true;
  }

  void FinishOutputFolder() {
    if (options_.output_dir.empty()) return;
    if (options_.prune && MayPrune(options_.output_dir)) report_.stats().pruned += records_.Prune();
    const std::string error = records_.Save();
    if (!error.empty()) {
      PrintError(err_, options_.output_dir, error);
      fatal_ = true;
    }
  }

  // Pruning is only for a whole run that could read every folder: a
  // missing mount must not look like deleted articles.
  bool MayPrune(const std::string& target) {
    if (Interrupted() || stop_) return false;
    if (unreadable_inputs_ > 0) {
      PrintError(err_, target, "not pruned: some inputs could not be read");
      return false;
    }
    return true;
  }

  // Asked for, or auto on a terminal: a run from cron or a script that went
  // well writes nothing on stderr, since every line there becomes a mail.
  bool ShowSummary() const {
    if (broken_pipe_) return false;
    if (options_.summary == 1) return true;
    return !options_.quiet && isatty(fileno(err_));
  }

  void FinishDatabase() {
    if (options_.sqlite.empty() || database_failed_) return;
    if (options_.prune && MayPrune(options_.sqlite)) {
      if (const std::string error = PruneDatabase(&sqlite_, &report_.stats().pruned);
          !error.empty()) {
        DatabaseFailed(error);
      }
    }
    if (const std::string error = sqlite_.Commit(); !error.empty()) DatabaseFailed(error);
  }

  void Summarize() {
    if (ShowSummary()) fputs(SummaryLine(report_.stats()).c_str(), err_);
    if (options_.stats_json.empty()) return;
    const std::string error =
        WriteFileAtomic(options_.stats_json, StatsJson(report_.stats(), Interrupted()));
    if (!error.empty()) {
      PrintError(err_, options_.stats_json, error);
      fatal_ = true;
    }
  }

  // Ends the process while files are still in flight: what was finished is
  // kept (outputs and their manifest entries), temp files are removed,
  // records on stdout are whole. Finished outputs whose entries did not
  // make it into the manifest are redone by the next run.
  [[noreturn]] void Abandon() {
    if (manifest_loaded_) {
      const std::string error = records_.Save();
      if (!error.empty()) PrintError(err_, error);
    }
    AbandonWrites();
    if (out_mutex_.try_lock_for(std::chrono::milliseconds(100))) fflush(out_);
    if (!options_.quiet) {
      fprintf(err_, "newsextract: interrupted; the files in flight were abandoned\n");
    }
    fflush(err_);
    _exit(kExitInterrupted);
  }

  const BatchOptions& options_;
  const Rules& rules_;
  FILE* out_;
  FILE* err_;
  ExtractOptions extract_;         // options_.extract, cancelled by the watchdog
  const std::string fingerprint_;  // what the manifest or database records were made with
  const RowWriter rows_;           // what goes to stdout
  std::atomic<bool> cancel_{false};
  std::atomic<bool> manifest_loaded_{false};  // before, the watchdog leaves it alone
  std::timed_mutex out_mutex_;                // stdout, between records
  OutputFolder folder_;
  Incremental records_;  // what the last run left, and this run's claims
  SqliteSink sqlite_;    // --sqlite; written by the output stage only
  bool database_failed_ = false;
  Report report_;  // counts, progress, errors on err_
  size_t unreadable_inputs_ = 0;
  bool fatal_ = false, stdout_failed_ = false, broken_pipe_ = false;
  std::atomic<bool> stop_{false};
};

}  // namespace

int RunBatch(const BatchOptions& options, const Rules& rules, FILE* out, FILE* err) {
  return WithStopSignals([&] { return Batch(options, rules, out, err).Run(); });
}

}  // namespace newsextract
