// The batch layer: inputs in order -> an ordered, bounded pipeline (read
// and extract on any thread, write in input order) -> the sinks -> the
// summary and the exit code.
#include "newsextract/batch.h"

#include <sys/stat.h>
#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <thread>

#include "file_io.h"
#include "incremental.h"
#include "inputs.h"
#include "interrupt.h"
#include "newsextract/extract.h"
#include "report.h"
#include "sink.h"

namespace newsextract {
namespace {

// One input on its way through the pipeline.
struct Task {
  InputItem input;
  Output out;         // what the output stage writes
  std::string error;  // non-empty: the file failed
  size_t bytes = 0, lists = 0, warnings = 0;
  bool cancelled = false;            // stopped by SIGINT/SIGTERM: neither done nor failed
  std::vector<std::string> explain;  // --explain: one line per ranking cue
};

unsigned Cores() { return std::max(1u, std::thread::hardware_concurrency()); }

class Batch {
 public:
  Batch(const BatchOptions& options, const Rules& rules, FILE* out, FILE* err)
      : options_(options),
        rules_(rules),
        err_(err),
        extract_(options.extract),
        fingerprint_(Fingerprint(options.extract, options.rules_text)),
        report_(err, options.quiet),
        sink_(options, out, &report_, &stop_),
        keeps_records_(!options.output_dir.empty() || !options.sqlite.empty()) {
    extract_.cancel = &cancel_;
  }

  int Run() {
    Watchdog watchdog(&cancel_, [this] { Abandon(); });
    if (const std::string problem = CheckWritableFile(options_.stats_json); !problem.empty()) {
      PrintError(err_, options_.stats_json, problem);
      return kExitUsage;
    }
    if (const int code = sink_.Open(fingerprint_); code != kExitOk) return code;
    // Opening a named pipe waits for its writer: a signal then ends the
    // wait (no SA_RESTART), and the run with 130.
    std::string error;
    const int list_fd = OpenList(options_.inputs.files_from, &error);
    if (!error.empty() && !Interrupted()) PrintError(err_, options_.inputs.files_from, error);
    if (!options_.inputs.files_from.empty() && list_fd < 0) {
      return Interrupted() ? kExitInterrupted : kExitUsage;
    }
    ListReader list(list_fd, options_.inputs.null_separated ? '\0' : '\n',
                    [this] { return Interrupted() || stop_; });
    const SkipFolder skip = sink_.OutputFolderId();
    InputSource inputs(options_.inputs, list_fd >= 0 ? &list : nullptr, skip);
    sink_.WriteHeader();
    if (options_.progress == 1 || (options_.progress < 0 && isatty(fileno(err_)))) {
      report_.ShowProgress(CountNamedInputs(options_.inputs, skip));
    }
    RunPipeline(&inputs);
    watchdog.PipelineDone();
    if (list_fd > STDIN_FILENO) close(list_fd);
    if (list.fatal()) fatal_ = true;
    sink_.Finish(unreadable_inputs_);
    report_.StopClock();
    // Asked for, or auto on a terminal: a run from cron or a script that
    // went well writes nothing on stderr, since every line becomes a mail.
    const bool summary = !sink_.broken_pipe() &&
                         (options_.summary == 1 || (!options_.quiet && isatty(fileno(err_))));
    if (!report_.Summarize(summary, options_.stats_json, Interrupted())) fatal_ = true;
    return ExitCode();
  }

 private:
  int ExitCode() const {
    if (sink_.broken_pipe()) return kExitBrokenPipe;
    if (Interrupted()) return kExitInterrupted;
    if (fatal_ || sink_.fatal()) return kExitUsage;
    return report_.stats().failed > 0 ? kExitSomeFailed : kExitOk;
  }

  // One file named (a cron job's new article): TBB's threads, even a count
  // of the cores, cost more than it; -j N may pass TBB's cap at the cores.
  void RunPipeline(InputSource* inputs) {
    const bool serial = options_.jobs == 1 || OneFileNamed(options_.inputs);
    const unsigned jobs = serial ? 1 : options_.jobs ? options_.jobs : Cores();
    if (jobs == 1) {
      RunSerially(inputs);
    } else {
      RunInParallel(inputs, jobs);
    }
    report_.ClearProgress();
  }

  void RunSerially(InputSource* inputs) {
    while (Task* t = NextTask(inputs)) Emit(std::unique_ptr<Task>(Process(t)));
  }

  // Four files a thread in flight: busy threads, bounded memory.
  void RunInParallel(InputSource* inputs, unsigned jobs) {
    const size_t tokens = size_t{jobs} * 4;
    tbb::global_control threads(tbb::global_control::max_allowed_parallelism, jobs);
    tbb::task_arena arena(static_cast<int>(jobs));
    const auto first = [&](tbb::flow_control& fc) {
      Task* t = NextTask(inputs);
      if (t == nullptr) fc.stop();
      return t;
    };
    const auto middle = [&](Task* t) { return Process(t); };
    const auto last = [&](Task* t) { Emit(std::unique_ptr<Task>(t)); };
    arena.execute([&] {
      tbb::parallel_pipeline(
          tokens, tbb::make_filter<void, Task*>(tbb::filter_mode::serial_in_order, first) &
                      tbb::make_filter<Task*, Task*>(tbb::filter_mode::parallel, middle) &
                      tbb::make_filter<Task*, void>(tbb::filter_mode::serial_in_order, last));
    });
  }

  // The input stage: one thread at a time, in order.
  Task* NextTask(InputSource* inputs) {
    InputItem item;
    if (Interrupted() || stop_ || !inputs->Next(&item)) return nullptr;
    auto* t = new Task;
    t->input = std::move(item);
    t->out.input = t->input.path;
    if (!options_.output_dir.empty() && t->input.error.empty()) {
      t->error = sink_.records().Claim(t->input.relative, &t->out.entry.output);
    }
    // Here, in input order: a walk in path order reads the manifest once.
    if (t->input.error.empty() && keeps_records_)
      t->out.old = sink_.records().Recorded(t->input.path);
    return t;
  }

  // Any thread; touches only the task, const state and the manifest under
  // its lock. No exception may leave a stage: it would end the batch.
  Task* Process(Task* t) {
    try {
      if (t->error.empty()) t->error = t->input.error;
      if (t->error.empty()) ProcessInput(t);
      t->cancelled = cancel_ && !t->error.empty();  // stopped short, not the file's fault
    } catch (const std::bad_alloc&) {
      t->error = "out of memory";
    } catch (const std::exception& e) {
      t->error = std::string("internal error: ") + e.what();
    }
    return t;
  }

  void ProcessInput(Task* t) {
    const int64_t now_ns = WallClockNs();
    struct stat st;
    if (!StatInput(t->input.path, &st, &t->error)) return;
    ManifestEntry& entry = t->out.entry;
    t->bytes = static_cast<size_t>(st.st_size);
    t->out.input_id = {st.st_dev, st.st_ino};
    SetStat(st, now_ns, &entry);
    const std::optional<ManifestEntry>& old = t->out.old;
    if (sink_.records().UnchangedByStat(old, entry)) {
      entry = *old;
      t->out.skipped = true;  // unchanged: not even read
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
    if (keeps_records_) entry.hash = ContentHash(bytes);
    t->out.skipped = sink_.records().UnchangedByContent(old, entry);  // touched, same bytes
    if (!t->out.skipped) Extract(t, bytes);
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
    t->error = sink_.Prepare(std::move(r.article), &t->out);
  }

  // Runs in input order on one thread at a time.
  void Emit(std::unique_ptr<const Task> task) {
    const Task& t = *task;
    if (t.cancelled) return;  // left for the next run, as if never taken
    if (!t.input.error.empty()) ++unreadable_inputs_;
    for (const auto& line : t.explain) report_.Explain(t.input.path, line);
    if (!t.error.empty()) {
      if (options_.fail_fast) stop_ = true;
      // A reader that is gone ends the run quietly.
      report_.FileFailed(t.input.path, t.bytes, t.error, !sink_.broken_pipe());
    } else {
      report_.FileDone(t.bytes, t.out.skipped, t.lists, t.warnings);
      sink_.Put(t.out);
    }
    report_.Progress();
  }

  // Ends the process while files are still in flight: what was finished is
  // kept, temp files are removed, records on stdout are whole.
  [[noreturn]] void Abandon() {
    sink_.Abandon();
    report_.Abandoned();
    _exit(kExitInterrupted);
  }

  const BatchOptions& options_;
  const Rules& rules_;
  FILE* err_;
  ExtractOptions extract_;         // options_.extract, cancelled by the watchdog
  const std::string fingerprint_;  // what the manifest or database records were made with
  std::atomic<bool> cancel_{false}, stop_{false};
  Report report_;             // counts, progress, errors on err_
  Sink sink_;                 // stdout, the output folder, the database
  const bool keeps_records_;  // an output folder or a database: hashes and records kept
  size_t unreadable_inputs_ = 0;
  bool fatal_ = false;
};

}  // namespace

int RunBatch(const BatchOptions& options, const Rules& rules, FILE* out, FILE* err) {
  return WithStopSignals([&] { return Batch(options, rules, out, err).Run(); });
}

}  // namespace newsextract
