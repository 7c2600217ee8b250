// manifest_runs: records kept sorted by input path in bounded memory. Files
// of manifest lines read a buffer at a time, several sorted streams merged
// into one, and records that come in any order sorted through runs spilled
// to scratch files (an external merge sort).
#ifndef NEWSEXTRACT_MANIFEST_RUNS_H_
#define NEWSEXTRACT_MANIFEST_RUNS_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "manifest_line.h"

namespace newsextract {

// The lines of bytes [begin, end) of a file, read a chunk at a time with
// pread, so that cursors over one file do not disturb each other.
class LineReader {
 public:
  LineReader(int fd, uint64_t begin, uint64_t end, size_t chunk = 64 << 10)
      : fd_(fd), end_(end), chunk_(chunk), offset_(begin) {}
  // Goes on from `offset`, the start of a line.
  void Seek(uint64_t offset);
  // The next line, without its newline; false at the end or when the file
  // cannot be read or holds a line over 1 MiB (then failed()).
  bool Next(std::string_view* line);
  // Where the line Next returned last starts.
  uint64_t line_offset() const { return line_offset_; }
  bool failed() const { return failed_; }

 private:
  bool Fill();

  int fd_;
  uint64_t end_;
  size_t chunk_;
  uint64_t offset_;           // of buffer_[0] in the file
  uint64_t line_offset_ = 0;  // of the line returned last
  std::string buffer_;
  size_t start_ = 0;  // of the next line in buffer_
  bool failed_ = false;
};

// Records in path order, each path once.
class RecordStream {
 public:
  virtual ~RecordStream() = default;
  // The next record; false at the end.
  virtual bool Next(std::string* path, ManifestEntry* entry) = 0;
  // Whether the stream ended early: a file that cannot be read or holds a
  // line that is not a manifest line.
  virtual bool failed() const { return false; }
};

// The records of a file of manifest lines.
class FileRecords : public RecordStream {
 public:
  FileRecords(int fd, uint64_t begin, uint64_t end, size_t chunk = 64 << 10)
      : lines_(fd, begin, end, chunk) {}
  bool Next(std::string* path, ManifestEntry* entry) override;
  bool failed() const override { return failed_ || lines_.failed(); }
  void Seek(uint64_t offset) { lines_.Seek(offset); }
  // Where the record Next returned last starts.
  uint64_t offset() const { return lines_.line_offset(); }

 private:
  LineReader lines_;
  bool failed_ = false;
};

// Several streams as one, in path order: for a path that more than one
// holds, the record of the last stream that has it.
class MergedRecords : public RecordStream {
 public:
  explicit MergedRecords(std::vector<std::unique_ptr<RecordStream>> streams);
  bool Next(std::string* path, ManifestEntry* entry) override { return Next(path, entry, nullptr); }
  // *source: which stream the record came from.
  bool Next(std::string* path, ManifestEntry* entry, size_t* source);
  bool failed() const override;

 private:
  struct Head {
    std::string path;
    ManifestEntry entry;
    bool live = false;
  };
  void Advance(size_t i);

  std::vector<std::unique_ptr<RecordStream>> streams_;
  std::vector<Head> heads_;
};

// Text written to a file in chunks of 64 KiB.
class ChunkWriter {
 public:
  explicit ChunkWriter(int fd) : fd_(fd) {}
  // False once a write failed (errno says why).
  bool Put(std::string_view text);
  bool Flush();
  uint64_t written() const { return written_; }

 private:
  int fd_;
  std::string chunk_;
  uint64_t written_ = 0;
  bool ok_ = true;
};

// An unnamed file for scratch data, or -1 with *error set.
using ScratchFileMaker = std::function<int(std::string* error)>;

// Records added in any order, read back in path order (the last added for
// a path wins) in bounded memory: a buffer of about kBufferBytes, sorted
// and written to a scratch file as a run when it fills; eight runs of one
// size merged into one run of the next, so that a million records make a
// handful of files.
class SortedRuns {
 public:
  static constexpr size_t kBufferBytes = 2 << 20;

  explicit SortedRuns(ScratchFileMaker scratch) : scratch_(std::move(scratch)) {}
  SortedRuns(const SortedRuns&) = delete;
  SortedRuns& operator=(const SortedRuns&) = delete;
  ~SortedRuns();

  // "" or why the record could not be kept (a scratch file not written).
  std::string Add(std::string path, ManifestEntry entry);
  bool empty() const { return buffer_.empty() && runs_.empty(); }
  // The records so far as streams for MergedRecords, oldest first: one per
  // run and one for the buffer. The runs stay for another call.
  std::vector<std::unique_ptr<RecordStream>> Streams();
  // Everything in one file of lines in path order: its descriptor (owned
  // here) and size. "" or the error.
  std::string Compact(int* fd, uint64_t* size);
  void Clear();

 private:
  struct Run {
    int fd;
    uint64_t size;
    int level;  // merged from 8^level buffers
  };
  void SortBuffer();
  std::string Spill();
  std::string Write(RecordStream* records, int level);
  std::string MergeFullLevels();

  ScratchFileMaker scratch_;
  std::vector<std::pair<std::string, ManifestEntry>> buffer_;
  size_t buffer_bytes_ = 0;
  std::vector<Run> runs_;  // oldest first
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_MANIFEST_RUNS_H_
