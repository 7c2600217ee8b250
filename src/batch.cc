#include "newsextract/batch.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>
#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include "inputs.h"
#include "newsextract/extract.h"
#include "output_dir.h"

namespace newsextract {
namespace fs = std::filesystem;
namespace {

volatile std::sig_atomic_t g_signal = 0;

extern "C" void OnStopSignal(int sig) { g_signal = sig; }

// One input on its way through the pipeline.
struct Task {
  InputItem input;
  bool skipped = false;
  std::string json;   // the NDJSON line (stdout mode)
  std::string error;  // non-empty: the file failed
  size_t bytes = 0, lists = 0, warnings = 0;
  ManifestEntry entry;  // output-folder mode
};

struct Stats {
  size_t files = 0, ok = 0, failed = 0, skipped = 0, bytes = 0, lists = 0, warnings = 0;
  double elapsed = 0;
};

bool ReadFile(const std::string& path, size_t size, std::string* out, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::string("cannot open: ") + strerror(errno);
    return false;
  }
  out->resize(size);
  in.read(out->data(), static_cast<std::streamsize>(size));
  out->resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) {
    *error = "read error";
    return false;
  }
  char extra;
  if (in.read(&extra, 1)) {  // grew since stat: read the rest
    out->push_back(extra);
    *out += std::string(std::istreambuf_iterator<char>(in), {});
  }
  return true;
}

std::string OutputName(const std::string& relative) {
  fs::path p(relative);
  p.replace_extension(".json");
  return p.string();
}

class Batch {
 public:
  Batch(const BatchOptions& options, const Rules& rules, FILE* out, FILE* err)
      : options_(options), rules_(rules), out_(out), err_(err) {}

  int Run() {
    const auto start = std::chrono::steady_clock::now();
    DirLock lock;
    if (!options_.output_dir.empty()) {
      bool busy;
      std::string error;
      if (!lock.Acquire(options_.output_dir, &busy, &error)) {
        fprintf(err_, "newsextract: error: %s\n", error.c_str());
        return busy ? kExitLocked : kExitUsage;
      }
      manifest_.Load(options_.output_dir, options_.fingerprint);
      previous_ = manifest_;
    }
    FILE* list = OpenList();
    if (!options_.files_from.empty() && list == nullptr) return kExitUsage;
    InputSource inputs(options_, list);
    show_progress_ = options_.progress == 1 || (options_.progress < 0 && isatty(fileno(err_)));
    total_ = inputs.known_total();
    RunPipeline(&inputs);
    if (list != nullptr && list != stdin) fclose(list);
    FinishOutputFolder();
    stats_.elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    Summarize();
    if (g_signal != 0) return kExitInterrupted;
    return stats_.failed > 0 || fatal_ ? kExitSomeFailed : kExitOk;
  }

 private:
  FILE* OpenList() {
    if (options_.files_from.empty()) return nullptr;
    if (options_.files_from == "-") return stdin;
    FILE* f = fopen(options_.files_from.c_str(), "rb");
    if (f == nullptr) {
      fprintf(err_, "newsextract: error: %s: %s\n", options_.files_from.c_str(), strerror(errno));
    }
    return f;
  }

  void RunPipeline(InputSource* inputs) {
    const unsigned jobs = options_.jobs ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
    // A few files per thread in flight: enough to keep threads busy while
    // the in-order output stage waits for a slow file; memory stays bounded.
    const size_t tokens = jobs * 4;
    tbb::task_arena arena(static_cast<int>(jobs));
    arena.execute([&] {
      tbb::parallel_pipeline(
          tokens,
          tbb::make_filter<void, Task*>(
              tbb::filter_mode::serial_in_order,
              [&](tbb::flow_control& fc) -> Task* {
                InputItem item;
                if (g_signal != 0 || stop_ || !inputs->Next(&item)) {
                  fc.stop();
                  return nullptr;
                }
                auto* task = new Task;
                task->input = std::move(item);
                return task;
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
    if (show_progress_) fprintf(err_, "\r\033[K");
  }

  // Runs on any thread: must touch only the task and const state.
  void Process(Task* t) {
    if (!t->input.error.empty()) {
      t->error = t->input.error;
      return;
    }
    struct stat st;
    if (stat(t->input.path.c_str(), &st) != 0) {
      t->error = strerror(errno);
      return;
    }
    t->bytes = static_cast<size_t>(st.st_size);
    t->entry.size = static_cast<uint64_t>(st.st_size);
    t->entry.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    t->entry.output = OutputName(t->input.relative);
    const ManifestEntry* old = options_.incremental ? previous_.Find(t->input.path) : nullptr;
    if (old && old->size == t->entry.size && old->mtime_ns == t->entry.mtime_ns) {
      t->entry.hash = old->hash;
      t->skipped = true;  // unchanged: not even read
      return;
    }
    if (t->bytes > options_.extract.max_file_size) {
      t->error = "file is " + std::to_string(t->bytes) + " bytes, over the limit of " +
                 std::to_string(options_.extract.max_file_size) + " (--max-file-size)";
      return;
    }
    std::string bytes;
    if (!ReadFile(t->input.path, t->bytes, &bytes, &t->error)) return;
    // Only the output folder's manifest needs the hash.
    if (!options_.output_dir.empty()) t->entry.hash = ContentHash(bytes);
    if (old && old->hash == t->entry.hash && old->output == t->entry.output) {
      t->skipped = true;  // touched but the same content
      return;
    }
    Extract(t, bytes);
  }

  void Extract(Task* t, std::string_view bytes) {
    ArticleResult r = ExtractArticle(t->input.path, bytes, options_.extract, rules_);
    if (!r.ok) {
      t->error = std::move(r.error);
      return;
    }
    t->lists = r.article.rankings.size();
    t->warnings = r.article.warnings.size();
    t->json = ArticleToJson(r.article, options_.extract.pretty);
    t->json.push_back('\n');
    if (options_.output_dir.empty()) return;
    t->error = WriteFileAtomic((fs::path(options_.output_dir) / t->entry.output).string(), t->json);
    t->json.clear();
  }

  // Runs in input order on one thread at a time.
  void Emit(const Task& t) {
    ++stats_.files;
    stats_.bytes += t.bytes;
    if (t.input.error.empty()) seen_.insert(t.input.path);  // it exists: keep its output
    if (!t.error.empty()) {
      ++stats_.failed;
      if (show_progress_) fprintf(err_, "\r\033[K");
      fprintf(err_, "newsextract: error: %s: %s\n", t.input.path.c_str(), t.error.c_str());
      if (options_.fail_fast) stop_ = true;
    } else if (t.skipped) {
      ++stats_.skipped;
      manifest_.Set(t.input.path, t.entry);
    } else {
      ++stats_.ok;
      stats_.lists += t.lists;
      stats_.warnings += t.warnings;
      if (options_.output_dir.empty()) {
        fwrite(t.json.data(), 1, t.json.size(), out_);
      } else {
        manifest_.Set(t.input.path, t.entry);
      }
    }
    if (show_progress_) Progress();
  }

  void Progress() {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_progress_ < std::chrono::milliseconds(100)) return;
    last_progress_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double rate = elapsed > 0 ? static_cast<double>(stats_.files) / elapsed : 0;
    if (total_ > 0) {
      const double eta = rate > 0 ? static_cast<double>(total_ - std::min(total_, stats_.files)) / rate : 0;
      fprintf(err_, "\r\033[K%zu/%zu files  %.0f files/s  ETA %.0fs", stats_.files, total_, rate, eta);
    } else {
      fprintf(err_, "\r\033[K%zu files  %.0f files/s", stats_.files, rate);
    }
    fflush(err_);
  }

  void FinishOutputFolder() {
    if (options_.output_dir.empty()) return;
    const bool complete = g_signal == 0 && !stop_;
    if (options_.prune && complete) Prune();
    const std::string error = manifest_.Save(options_.output_dir);
    if (!error.empty()) {
      fprintf(err_, "newsextract: error: %s: %s\n", options_.output_dir.c_str(), error.c_str());
      fatal_ = true;
    }
  }

  // Removes outputs whose input this run no longer saw.
  void Prune() {
    std::vector<std::string> gone;
    for (const auto& [input, entry] : manifest_.entries()) {
      if (!seen_.count(input)) gone.push_back(input);
    }
    for (const auto& input : gone) {
      std::error_code ec;
      fs::remove(fs::path(options_.output_dir) / manifest_.Find(input)->output, ec);
      manifest_.Erase(input);
      ++pruned_;
    }
  }

  void Summarize() {
    const double rate = stats_.elapsed > 0 ? static_cast<double>(stats_.files) / stats_.elapsed : 0;
    if (!options_.quiet) {
      fprintf(err_,
              "newsextract: %zu files (%.1f MB): %zu ok, %zu failed, %zu skipped (unchanged)%s; "
              "%zu lists, %zu warnings; %.2f s, %.0f files/s\n",
              stats_.files, static_cast<double>(stats_.bytes) / 1e6, stats_.ok, stats_.failed,
              stats_.skipped, pruned_ ? (", " + std::to_string(pruned_) + " pruned").c_str() : "",
              stats_.lists, stats_.warnings, stats_.elapsed, rate);
    }
    if (options_.stats_json.empty()) return;
    const nlohmann::ordered_json j = {
        {"files", stats_.files},       {"ok", stats_.ok},        {"failed", stats_.failed},
        {"skipped", stats_.skipped},   {"pruned", pruned_},      {"bytes", stats_.bytes},
        {"lists", stats_.lists},       {"warnings", stats_.warnings},
        {"elapsed_s", stats_.elapsed}, {"files_per_s", rate},    {"interrupted", g_signal != 0}};
    const std::string error = WriteFileAtomic(options_.stats_json, j.dump() + "\n");
    if (!error.empty()) fprintf(err_, "newsextract: error: %s: %s\n", options_.stats_json.c_str(), error.c_str());
  }

  const BatchOptions& options_;
  const Rules& rules_;
  FILE* out_;
  FILE* err_;
  Manifest manifest_, previous_;  // previous_: read-only snapshot for the workers
  std::set<std::string> seen_;
  Stats stats_;
  size_t pruned_ = 0, total_ = 0;
  bool show_progress_ = false, fatal_ = false;
  std::atomic<bool> stop_{false};
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_progress_{};
};

}  // namespace

int RunBatch(const BatchOptions& options, const Rules& rules, FILE* out, FILE* err) {
  g_signal = 0;
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  struct sigaction old_int {}, old_term {};
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  const int code = Batch(options, rules, out, err).Run();
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGTERM, &old_term, nullptr);
  fflush(out);
  return code;
}

}  // namespace newsextract
