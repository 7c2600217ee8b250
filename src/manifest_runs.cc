// Sorted records in bounded memory: manifest lines read a chunk at a time,
// sorted streams merged, and runs spilled to scratch files and merged
// eight at a time.
#include "manifest_runs.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "output_dir.h"

namespace newsextract {
namespace {

// A line longer than this is no manifest line: a path is at most 4096
// bytes, 32 KiB as hex and escapes.
constexpr size_t kMaxLine = 1 << 20;
constexpr size_t kMergeWidth = 8;  // runs of one level merged at once

// The sorted buffer of SortedRuns as a stream.
class BufferRecords : public RecordStream {
 public:
  explicit BufferRecords(const std::vector<std::pair<std::string, ManifestEntry>>* records)
      : records_(records) {}
  bool Next(std::string* path, ManifestEntry* entry) override {
    if (next_ >= records_->size()) return false;
    *path = (*records_)[next_].first;
    *entry = (*records_)[next_++].second;
    return true;
  }

 private:
  const std::vector<std::pair<std::string, ManifestEntry>>* records_;
  size_t next_ = 0;
};

}  // namespace

void LineReader::Seek(uint64_t offset) {
  buffer_.clear();
  start_ = 0;
  offset_ = offset;
  failed_ = false;
}

bool LineReader::Next(std::string_view* line) {
  for (;;) {
    const size_t newline = buffer_.find('\n', start_);
    if (newline != std::string::npos) {
      *line = std::string_view(buffer_).substr(start_, newline - start_);
      line_offset_ = offset_ + start_;
      start_ = newline + 1;
      return true;
    }
    if (Fill()) continue;
    if (failed_ || start_ >= buffer_.size()) return false;
    *line = std::string_view(buffer_).substr(start_);  // the last line has no newline
    line_offset_ = offset_ + start_;
    start_ = buffer_.size();
    return true;
  }
}

// Appends the next chunk to what is left of the buffer; false at the end.
bool LineReader::Fill() {
  buffer_.erase(0, start_);
  offset_ += start_;
  start_ = 0;
  const uint64_t at = offset_ + buffer_.size();
  if (at >= end_) return false;
  if (buffer_.size() >= kMaxLine) {
    failed_ = true;
    return false;
  }
  const size_t want = static_cast<size_t>(std::min<uint64_t>(chunk_, end_ - at));
  const size_t kept = buffer_.size();
  buffer_.resize(kept + want);
  ssize_t n;
  do {
    n = pread(fd_, buffer_.data() + kept, want, static_cast<off_t>(at));
  } while (n < 0 && errno == EINTR);
  buffer_.resize(kept + static_cast<size_t>(std::max<ssize_t>(n, 0)));
  failed_ = n <= 0;  // a file shorter than it was
  return !failed_;
}

bool FileRecords::Next(std::string* path, ManifestEntry* entry) {
  std::string_view line;
  if (failed_ || !lines_.Next(&line)) return false;
  failed_ = !ParseManifestLine(line, path, entry);
  return !failed_;
}

MergedRecords::MergedRecords(std::vector<std::unique_ptr<RecordStream>> streams)
    : streams_(std::move(streams)), heads_(streams_.size()) {
  for (size_t i = 0; i < streams_.size(); ++i) Advance(i);
}

void MergedRecords::Advance(size_t i) {
  heads_[i].live = streams_[i]->Next(&heads_[i].path, &heads_[i].entry);
}

bool MergedRecords::Next(std::string* path, ManifestEntry* entry, size_t* source) {
  size_t winner = heads_.size();
  for (size_t i = 0; i < heads_.size(); ++i) {
    // `<=`: of equal paths, the last stream's record wins.
    if (heads_[i].live && (winner == heads_.size() || heads_[i].path <= heads_[winner].path)) {
      winner = i;
    }
  }
  if (winner == heads_.size()) return false;
  *path = heads_[winner].path;
  *entry = heads_[winner].entry;
  if (source) *source = winner;
  for (size_t i = 0; i < heads_.size(); ++i) {
    if (heads_[i].live && heads_[i].path == *path) Advance(i);
  }
  return true;
}

bool MergedRecords::failed() const {
  return std::any_of(streams_.begin(), streams_.end(), [](const auto& s) { return s->failed(); });
}

bool ChunkWriter::Put(std::string_view text) {
  chunk_ += text;
  return chunk_.size() < (64 << 10) ? ok_ : Flush();
}

bool ChunkWriter::Flush() {
  ok_ = ok_ && WriteAll(fd_, chunk_);
  written_ += chunk_.size();
  chunk_.clear();
  return ok_;
}

SortedRuns::~SortedRuns() { Clear(); }

std::string SortedRuns::Add(std::string path, ManifestEntry entry) {
  buffer_bytes_ += path.size() + entry.output.size() + sizeof(buffer_[0]) + 64;
  buffer_.emplace_back(std::move(path), std::move(entry));
  return buffer_bytes_ >= kBufferBytes ? Spill() : "";
}

// Sorts the buffer by path and keeps the last record added for each path.
void SortedRuns::SortBuffer() {
  std::stable_sort(buffer_.begin(), buffer_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t kept = 0;
  for (size_t i = 0; i < buffer_.size(); ++i) {
    if (i + 1 < buffer_.size() && buffer_[i + 1].first == buffer_[i].first) continue;
    if (kept != i) buffer_[kept] = std::move(buffer_[i]);
    ++kept;
  }
  buffer_.resize(kept);
}

std::string SortedRuns::Spill() {
  SortBuffer();
  BufferRecords records(&buffer_);
  std::string error = Write(&records, 0);
  buffer_.clear();
  buffer_.shrink_to_fit();
  buffer_bytes_ = 0;
  return error.empty() ? MergeFullLevels() : error;
}

// Writes `records` to a new scratch file as a run of `level`.
std::string SortedRuns::Write(RecordStream* records, int level) {
  std::string error;
  const int fd = scratch_(&error);
  if (fd < 0) return error;
  ChunkWriter out(fd);
  std::string path;
  ManifestEntry entry;
  while (records->Next(&path, &entry) && out.Put(ManifestLine(path, entry)) && out.Put("\n")) {
  }
  const bool ok = out.Flush();
  runs_.push_back({fd, out.written(), level});
  if (!ok) return std::string("cannot write a scratch file: ") + strerror(errno);
  return records->failed() ? "cannot read back a scratch file" : "";
}

// Eight runs of one level at the end: merged into one of the next level.
std::string SortedRuns::MergeFullLevels() {
  while (runs_.size() >= kMergeWidth) {
    const auto first = runs_.end() - kMergeWidth;
    if (!std::all_of(first, runs_.end(), [&](const Run& r) { return r.level == first->level; })) {
      break;
    }
    std::vector<Run> merged(first, runs_.end());
    runs_.erase(first, runs_.end());
    std::vector<std::unique_ptr<RecordStream>> streams;
    streams.reserve(merged.size());
    for (const Run& r : merged) streams.push_back(std::make_unique<FileRecords>(r.fd, 0, r.size));
    MergedRecords records(std::move(streams));
    std::string error = Write(&records, merged[0].level + 1);
    for (const Run& r : merged) close(r.fd);
    if (!error.empty()) return error;
  }
  return "";
}

std::vector<std::unique_ptr<RecordStream>> SortedRuns::Streams() {
  SortBuffer();
  std::vector<std::unique_ptr<RecordStream>> streams;
  for (const Run& r : runs_) streams.push_back(std::make_unique<FileRecords>(r.fd, 0, r.size));
  streams.push_back(std::make_unique<BufferRecords>(&buffer_));
  return streams;
}

std::string SortedRuns::Compact(int* fd, uint64_t* size) {
  MergedRecords records(Streams());
  std::vector<Run> old = std::move(runs_);
  runs_.clear();
  std::string error = Write(&records, 0);
  for (const Run& r : old) close(r.fd);
  buffer_.clear();
  buffer_bytes_ = 0;
  if (!error.empty()) return error;
  *fd = runs_.back().fd;
  *size = runs_.back().size;
  return "";
}

void SortedRuns::Clear() {
  for (const Run& r : runs_) close(r.fd);
  runs_.clear();
  buffer_.clear();
  buffer_bytes_ = 0;
}

}  // namespace newsextract
