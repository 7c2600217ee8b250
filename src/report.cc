// What a run says on stderr and in --stats-json: error lines in one
// format, the progress line, the summary.
#include "report.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "output_dir.h"
#include "text_util.h"

namespace newsextract {
namespace {

std::string_view UpToNul(std::string_view part) { return part.substr(0, part.find('\0')); }

}  // namespace

std::string ErrorLine(std::string_view message) {
  std::string line = "newsextract: error: ";
  line += UpToNul(message);
  line += '\n';
  return line;
}

std::string ErrorLine(std::string_view path, std::string_view message) {
  std::string place(UpToNul(path));
  place += ": ";
  place += UpToNul(message);
  return ErrorLine(place);
}

void PrintError(FILE* err, std::string_view path, std::string_view message) {
  fputs(ErrorLine(path, message).c_str(), err);
}

void PrintError(FILE* err, std::string_view message) { fputs(ErrorLine(message).c_str(), err); }

double RunStats::FilesPerSecond() const {
  return elapsed > 0 ? static_cast<double>(files) / elapsed : 0;
}

std::string SummaryLine(const RunStats& s) {
  const std::string pruned = s.pruned ? ", " + std::to_string(s.pruned) + " pruned" : "";
  char line[512];
  snprintf(line, sizeof line,
           "newsextract: %zu files (%.1f MB): %zu ok, %zu failed, %zu skipped (unchanged)%s; "
           "%zu lists, %zu warnings; %.2f s, %.0f files/s\n",
           s.files, static_cast<double>(s.bytes) / 1e6, s.ok, s.failed, s.skipped, pruned.c_str(),
           s.lists, s.warnings, s.elapsed, s.FilesPerSecond());
  return line;
}

std::string StatsJson(const RunStats& s, bool interrupted) {
  const nlohmann::ordered_json j = {
      {"files", s.files},          {"ok", s.ok},
      {"failed", s.failed},        {"skipped", s.skipped},
      {"pruned", s.pruned},        {"bytes", s.bytes},
      {"lists", s.lists},          {"warnings", s.warnings},
      {"elapsed_s", s.elapsed},    {"files_per_s", s.FilesPerSecond()},
      {"interrupted", interrupted}};
  return j.dump() + "\n";
}

void Report::StopClock() {
  stats_.elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
}

void Report::ShowProgress(size_t total) {
  show_progress_ = true;
  total_ = total;
}

void Report::Progress() {
  if (!show_progress_) return;
  const auto now = Clock::now();
  if (now - last_progress_ < std::chrono::milliseconds(100)) return;
  last_progress_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(stats_.files) / elapsed : 0;
  if (total_ > 0) {
    const double eta =
        rate > 0 ? static_cast<double>(total_ - std::min(total_, stats_.files)) / rate : 0;
    fprintf(err_, "\r\033[K%zu/%zu files  %.0f files/s  ETA %.0fs", stats_.files, total_, rate,
            eta);
  } else {
    fprintf(err_, "\r\033[K%zu files  %.0f files/s", stats_.files, rate);
  }
  fflush(err_);
}

void Report::ClearProgress() {
  if (show_progress_) fputs("\r\033[K", err_);
}

void Report::FileDone(size_t bytes, bool skipped, size_t lists, size_t warnings) {
  ++stats_.files;
  stats_.bytes += bytes;
  if (skipped) {
    ++stats_.skipped;
    return;
  }
  ++stats_.ok;
  stats_.lists += lists;
  stats_.warnings += warnings;
}

void Report::FileFailed(std::string_view path, size_t bytes, std::string_view message, bool say) {
  ++stats_.files;
  stats_.bytes += bytes;
  ++stats_.failed;
  if (!say) return;
  ClearProgress();
  PrintError(err_, Printable(path), message);
}

void Report::Warn(std::string_view message) {
  if (!quiet_) fprintf(err_, "newsextract: warning: %s\n", Printable(message).c_str());
}

void Report::Explain(std::string_view path, std::string_view line) {
  fprintf(err_, "newsextract: explain: %s: %.*s\n", Printable(path).c_str(),
          static_cast<int>(line.size()), line.data());
}

bool Report::Summarize(bool show, const std::string& stats_json, bool interrupted) {
  if (show) fputs(SummaryLine(stats_).c_str(), err_);
  if (stats_json.empty()) return true;
  const std::string error = WriteFileAtomic(stats_json, StatsJson(stats_, interrupted));
  if (!error.empty()) PrintError(err_, stats_json, error);
  return error.empty();
}

void Report::Abandoned() {
  if (!quiet_) fprintf(err_, "newsextract: interrupted; the files in flight were abandoned\n");
  fflush(err_);
}

}  // namespace newsextract
