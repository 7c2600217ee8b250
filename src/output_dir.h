// output folder: atomic writes, the run lock and the incremental manifest.
#ifndef NEWSEXTRACT_OUTPUT_DIR_H_
#define NEWSEXTRACT_OUTPUT_DIR_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace newsextract {

// Writes `data` to `path` so that readers see the old file or the new one,
// never part of one: a temp file in the same folder, fsync, rename. Creates
// missing folders. Returns "" or the reason it failed (nothing is left).
std::string WriteFileAtomic(const std::string& path, std::string_view data);

// Removes the temp files WriteFileAtomic leaves below `dir` when a run is
// killed (-9, power loss) between creating and renaming one; those of a
// process still alive are kept. Call it while holding the DirLock. Returns
// how many were removed.
size_t RemoveStaleTempFiles(const std::string& dir);

// An exclusive flock on DIR/.newsextract.lock for the life of the object.
class DirLock {
 public:
  DirLock() = default;
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;
  ~DirLock();
  // False with *error set when the folder cannot be locked; *busy tells
  // whether another run holds it.
  bool Acquire(const std::string& dir, bool* busy, std::string* error);

 private:
  int fd_ = -1;
};

// 64-bit FNV-1a: a content hash that is stable across builds and machines.
uint64_t ContentHash(std::string_view data);

struct ManifestEntry {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t hash = 0;
  std::string output;  // relative to the output folder
  // The mtime was too close to the moment the file was read to prove that
  // a later write would change it (timestamps are coarse): the next run
  // compares the content instead of trusting size and mtime.
  bool recheck = false;

  bool operator==(const ManifestEntry&) const = default;
};

// DIR/.newsextract-manifest.json: what each input looked like when its
// output was written, and with which tool version and options.
class Manifest {
 public:
  // Reads the manifest; a missing or unreadable one is empty. Entries made
  // with another fingerprint never match (everything is redone) but still
  // name their outputs for --prune.
  void Load(const std::string& dir, const std::string& fingerprint);
  // Writes it (atomically) unless nothing changed since Load, so that a run
  // that finds nothing to do rewrites nothing. "" or the reason it failed.
  std::string Save(const std::string& dir);

  const ManifestEntry* Find(const std::string& input) const;
  void Set(const std::string& input, ManifestEntry entry);
  void Erase(const std::string& input);
  const std::map<std::string, ManifestEntry>& entries() const { return entries_; }

 private:
  std::string fingerprint_;
  std::map<std::string, ManifestEntry> entries_;
  bool changed_ = false;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_OUTPUT_DIR_H_
