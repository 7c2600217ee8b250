// manifest_file: the output folder's manifest, DIR/.newsextract-manifest.json,
// read and written as a stream so that a run's memory does not grow with it.
// Lookups seek through a sparse index of the sorted file; this run's records
// are sorted through scratch runs and merged with the last run's into the
// new manifest, which is written only when something differs.
#ifndef NEWSEXTRACT_MANIFEST_FILE_H_
#define NEWSEXTRACT_MANIFEST_FILE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "manifest_line.h"
#include "manifest_runs.h"
#include "output_dir.h"

namespace newsextract {

class ManifestFile {
 public:
  // A manifest bigger than this is not read (every input is redone).
  static constexpr uint64_t kMaxBytes = 256u << 20;
  // The sparse index holds at most about this many keys, whatever the size
  // of the manifest; a lookup out of order reads one block of lines.
  static constexpr uint64_t kMaxIndexKeys = 8192;

  // `folder`: where the manifest is and scratch files go.
  explicit ManifestFile(const OutputFolder* folder);
  ManifestFile(const ManifestFile&) = delete;
  ManifestFile& operator=(const ManifestFile&) = delete;
  ~ManifestFile();

  // Opens the manifest the last run left. One as this version writes it
  // (sorted, one entry a line) is read in place: one pass checks it and
  // builds the index. Any other (an earlier layout, edited by hand) is
  // read as JSON and sorted into a scratch file in that form. A missing,
  // damaged or oversized one is empty. Entries made with another
  // fingerprint never match (every file is redone) but still name their
  // outputs for --prune. An entry whose output is not a .json file below
  // the folder is dropped. Returns what a user should hear of: entries
  // dropped, a manifest too big to read.
  std::vector<std::string> Load(const std::string& fingerprint);

  // The entry of `input`; one thread at a time. Inputs in path order (a
  // folder walk) read the file once, front to back.
  std::optional<ManifestEntry> Find(const std::string& input);

  // What `input` looks like now, when it differs from what Find gave.
  // Any thread; kept sorted in bounded memory.
  void Record(const std::string& input, const ManifestEntry& entry);

  // Decides, for --prune, whether an entry's input is gone (and removes its
  // output); the entry is then left out of the manifest.
  using Gone = std::function<bool(const std::string& input, const ManifestEntry& entry)>;

  // Syncs the outputs (OutputFolder::Sync), then merges the last run's
  // entries with this run's (less those `gone` drops, counted in *pruned)
  // into a new manifest, written atomically and synced, its folder too.
  // Nothing is written when nothing differs, so that a run that finds
  // nothing to do rewrites nothing. After a crash or power cut the
  // manifest on disk names no output that is not. "" or the reason.
  std::string Save(const Gone& gone, size_t* pruned);

 private:
  bool ReadInPlace(int fd, uint64_t size);
  bool Migrate(int fd, std::vector<std::string>* warnings);
  bool IndexBody(std::vector<std::string>* warnings);
  bool Usable(ManifestEntry* entry) const;
  void AdvanceCursor();
  void Close();

  const OutputFolder* folder_;
  std::string fingerprint_, shown_;
  // The last run's entries: lines [begin_, end_) of fd_, sorted by path.
  int fd_ = -1;
  bool own_fd_ = false;  // the manifest itself, not the migrated copy
  uint64_t begin_ = 0, end_ = 0;
  bool stale_ = false;    // made with another fingerprint
  bool changed_ = false;  // the manifest must be rewritten whatever this run records
  bool saved_ = false;
  uint64_t block_ = 0;                   // bytes from one index key to the next, at least
  std::vector<std::string> index_keys_;  // the first path of each block
  std::vector<uint64_t> index_offsets_;  // and where its line starts

  std::unique_ptr<FileRecords> cursor_;  // Find's place in the file
  std::string cursor_path_;
  ManifestEntry cursor_entry_;
  bool cursor_live_ = false;
  size_t cursor_block_ = 0;

  SortedRuns migrated_;  // the scratch copy of a manifest in another form
  std::mutex mutex_;     // the output stage records while SIGTERM may save
  SortedRuns updates_;   // this run's records
  std::string update_error_;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_MANIFEST_FILE_H_
