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
};

// DIR/.newsextract-manifest.json: what each input looked like when its
// output was written, and with which tool version and options.
class Manifest {
 public:
  // Reads the manifest; a missing or unreadable one is empty. Entries made
  // with another fingerprint are dropped (everything is redone).
  void Load(const std::string& dir, const std::string& fingerprint);
  std::string Save(const std::string& dir) const;  // "" or the reason

  const ManifestEntry* Find(const std::string& input) const;
  void Set(const std::string& input, ManifestEntry entry) { entries_[input] = std::move(entry); }
  void Erase(const std::string& input) { entries_.erase(input); }
  const std::map<std::string, ManifestEntry>& entries() const { return entries_; }

 private:
  std::string fingerprint_;
  std::map<std::string, ManifestEntry> entries_;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_OUTPUT_DIR_H_
