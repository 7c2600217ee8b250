// The sinks of a run: stdout records, the output folder and its manifest,
// the SQLite database; opened, written in input order, finished, abandoned.
#include "sink.h"

#include <cerrno>
#include <chrono>
#include <cstring>

#include "interrupt.h"
#include "newsextract/json.h"
#include "text_util.h"

namespace newsextract {

Sink::Sink(const BatchOptions& options, FILE* out, Report* report, std::atomic<bool>* stop)
    : options_(options),
      out_(out),
      report_(report),
      stop_(stop),
      rows_(options.output, options.extract.pretty),
      records_(options.incremental, options.output_dir.empty() ? nullptr : &folder_) {}

int Sink::Open(const std::string& fingerprint) {
  if (!options_.output_dir.empty()) {
    const int code = OpenOutputFolder(fingerprint);
    if (code != kExitOk) return code;
  }
  if (!options_.sqlite.empty()) return OpenDatabase(fingerprint);
  return kExitOk;
}

// Opens the folder, takes the lock, clears what a killed run left, reads
// the manifest.
int Sink::OpenOutputFolder(const std::string& fingerprint) {
  std::string error = folder_.Open(options_.output_dir);
  bool busy = false;
  if (error.empty() && !lock_.Acquire(folder_, &busy, &error)) {
    PrintError(report_->err(), error);
    return busy ? kExitLocked : kExitUsage;
  }
  if (!error.empty()) {
    PrintError(report_->err(), error);
    return kExitUsage;
  }
  RemoveStaleTempFiles(folder_);
  for (const auto& warning : records_.Load(fingerprint)) {
    report_->Warn(warning);
  }
  manifest_loaded_ = true;
  return kExitOk;
}

// Takes the database's lock, opens it, and with --incremental reads what
// each stored input looked like.
int Sink::OpenDatabase(const std::string& fingerprint) {
  bool busy = false;
  std::string error = sqlite_.Open(options_.sqlite, fingerprint, &busy);
  if (error.empty() && options_.incremental) error = sqlite_.LoadEntries(records_.manifest());
  if (error.empty()) return kExitOk;
  PrintError(report_->err(), Printable(error));
  return busy ? kExitLocked : kExitUsage;
}

void Sink::WriteHeader() {
  if (const std::string header = rows_.Header(); options_.output_dir.empty() && !header.empty()) {
    WriteRecord(header);
  }
}

SkipFolder Sink::OutputFolderId() const {
  if (options_.output_dir.empty()) return std::nullopt;
  return folder_.id();
}

std::string Sink::Prepare(Article article, Output* out) const {
  if (options_.output_dir.empty()) {
    if (options_.sqlite.empty()) {
      out->json = rows_.Records(article);
    } else {
      out->article = std::move(article);
    }
    return "";
  }
  out->json = ArticleToJson(article, options_.extract.pretty);
  out->json.push_back('\n');
  if (!options_.sqlite.empty()) out->article = std::move(article);
  // Synced all at once before the manifest that names it (Manifest::Save).
  std::string error =
      folder_.Write(out->entry.output, out->json, &out->input_id, OutputFolder::Durable::kAtSync);
  out->json.clear();
  return error;
}

void Sink::Put(const Output& out) {
  if (!options_.sqlite.empty()) WriteToDatabase(out);
  if (!options_.output_dir.empty()) {
    records_.Record(out.input, out.old, out.entry);
  } else if (options_.sqlite.empty() && !out.skipped) {
    WriteRecord(out.json);
  }
}

// --sqlite: the article's rows, or for a skipped input its new stat
// (touched, same content) so that the next run trusts size and mtime.
void Sink::WriteToDatabase(const Output& out) {
  if (database_failed_) return;
  std::string error;
  if (!out.skipped) {
    error = sqlite_.Write(*out.article, out.entry);
  } else if (out.old != out.entry) {
    error = sqlite_.UpdateFile(out.input, out.entry);
  }
  if (!error.empty()) DatabaseFailed(error);
}

// A database that cannot be written ends the run: what is committed stays.
void Sink::DatabaseFailed(const std::string& error) {
  database_failed_ = true;
  fatal_ = true;
  *stop_ = true;
  PrintError(report_->err(), Printable(error));
}

void Sink::WriteRecord(const std::string& json) {
  const std::lock_guard lock(out_mutex_);  // whole records only, when Abandon flushes
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
void Sink::StdoutFailed(int error) {
  stdout_failed_ = true;
  *stop_ = true;
  if (error == EPIPE) {
    broken_pipe_ = true;
    return;
  }
  PrintError(report_->err(), "standard output", strerror(error));
  fatal_ = true;
}

void Sink::Finish(size_t unreadable_inputs) {
  if (options_.output_dir.empty() && !stdout_failed_ && fflush(out_) != 0) StdoutFailed(errno);
  FinishOutputFolder(unreadable_inputs);
  FinishDatabase(unreadable_inputs);
}

// Pruning is only for a whole run that could read every folder: a
// missing mount must not look like deleted articles.
bool Sink::MayPrune(const std::string& target, size_t unreadable_inputs) {
  if (Interrupted() || *stop_) return false;
  if (unreadable_inputs > 0) {
    PrintError(report_->err(), target, "not pruned: some inputs could not be read");
    return false;
  }
  return true;
}

void Sink::FinishOutputFolder(size_t unreadable_inputs) {
  if (options_.output_dir.empty()) return;
  const bool prune = options_.prune && MayPrune(options_.output_dir, unreadable_inputs);
  const std::string error = records_.Save(prune, &report_->stats().pruned);
  if (!error.empty()) {
    PrintError(report_->err(), options_.output_dir, error);
    fatal_ = true;
  }
}

void Sink::FinishDatabase(size_t unreadable_inputs) {
  if (options_.sqlite.empty() || database_failed_) return;
  if (options_.prune && MayPrune(options_.sqlite, unreadable_inputs)) {
    if (const std::string error = PruneDatabase(&sqlite_, &report_->stats().pruned);
        !error.empty()) {
      DatabaseFailed(error);
    }
  }
  if (const std::string error = sqlite_.Commit(); !error.empty()) DatabaseFailed(error);
}

// Finished outputs whose entries did not make it into the manifest are
// redone by the next run.
void Sink::Abandon() {
  if (manifest_loaded_) {
    size_t pruned = 0;
    const std::string error = records_.Save(false, &pruned);
    if (!error.empty()) PrintError(report_->err(), error);
  }
  AbandonWrites();
  if (out_mutex_.try_lock_for(std::chrono::milliseconds(100))) fflush(out_);
}

}  // namespace newsextract
