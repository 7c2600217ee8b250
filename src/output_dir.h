// output folder: atomic writes confined to the folder, scratch files, the
// run lock.
#ifndef NEWSEXTRACT_OUTPUT_DIR_H_
#define NEWSEXTRACT_OUTPUT_DIR_H_

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "manifest_line.h"
#include "write_back.h"

namespace newsextract {

// A file or folder as the kernel knows it: (device, inode).
using FileId = std::pair<dev_t, ino_t>;

// The manifest's name at the top of the output folder: no output may take it.
inline constexpr std::string_view kManifestName = ".newsextract-manifest.json";

// Whether `relative` names something below a folder: not empty, not
// absolute, no empty, "." or ".." component, no NUL byte.
bool IsPlainRelative(std::string_view relative);

// An output a manifest entry may name: a .json file below the folder that
// is neither the manifest nor a temp file.
bool IsOutputName(std::string_view output);

// Writes all of `data` to `fd`; false with errno set when it cannot.
bool WriteAll(int fd, std::string_view data);

// Why `name` in `dir` could not be opened with O_NOFOLLOW (ELOOP, or
// ENOTDIR with O_DIRECTORY, for a symbolic link): `error`'s text or "a
// symbolic link; not followed".
std::string OpenError(int dir, const std::string& name, int error);

// The output folder, reached through one descriptor. Every path below it is
// opened a component at a time with O_NOFOLLOW, so nothing a run writes or
// deletes lands outside it, whatever symbolic links are planted inside it
// and whatever a manifest entry names. The folder itself may be named
// through a symbolic link: that one is the user's.
class OutputFolder {
 public:
  OutputFolder() = default;
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;
  ~OutputFolder();

  // Creates `dir` (and missing parents) and opens it. "" or why not.
  std::string Open(const std::string& dir);
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  FileId id() const { return id_; }

  // When a write reaches the disk.
  enum class Durable {
    kNow,     // fsync before the rename: the manifest, --stats-json
    kAtSync,  // synced with the filesystem in the background (WriteBack), at the latest by Sync()
  };
  // Writes `data` to `relative` (a plain relative path, folders made as
  // needed) so that readers see the old file or the new one, never part of
  // one: an unnamed file (O_TMPFILE) linked in when the name is free, else
  // a temp file in the same folder renamed over it. Refuses to replace the
  // file `keep` (the input itself, named as its own output). "" or the
  // reason it failed (nothing is left).
  std::string Write(std::string_view relative, std::string_view data, const FileId* keep = nullptr,
                    Durable durable = Durable::kNow) const;
  // As Write, durable now, with what `fill` writes to the temp file's
  // descriptor (false with errno set when it fails): a file too big to
  // hold in memory, the manifest.
  std::string WriteWith(std::string_view relative, const std::function<bool(int fd)>& fill) const;
  // An unnamed file in the folder for a run's scratch data, gone when it
  // is closed or the process dies; -1 with *error set.
  int ScratchFile(std::string* error) const;
  // Waits until every kAtSync write made so far is on the disk, with the
  // folder entries that name them. "" or why one is not.
  std::string Sync() const;
  // Removes the file `relative` names (a symbolic link there is removed,
  // not followed). False when there is none or it cannot be.
  bool Remove(std::string_view relative) const;
  // Whether `relative` is a regular file that is not empty. An output is
  // never empty: an empty one is what a power cut can leave of a kAtSync
  // write that was not on the disk yet, and it is written again.
  bool Exists(std::string_view relative) const;

 private:
  struct Held;  // a folder below this one, open
  bool InFolderOf(std::string_view relative, bool create, std::string* error,
                  const std::function<void(int, const std::string&)>& use) const;
  std::shared_ptr<const Held> HeldFolder(std::string_view folder, std::string* error) const;
  void Release(std::string_view folder) const;

  int fd_ = -1;
  std::string path_;
  FileId id_{};
  mutable WriteBack write_back_;  // kAtSync writes
  // The folders written into last, kept open for the next writes: opening
  // the folder a component at a time for every output was 3 of its 10
  // system calls.
  mutable std::mutex held_mutex_;
  mutable std::map<std::string, std::shared_ptr<const Held>, std::less<>> held_;
};

// Writes `data` to `path`, a file outside any output folder (--stats-json),
// atomically as OutputFolder::Write does; a missing folder is made. Only a
// regular file is replaced: a symbolic link, device or pipe there is an
// error, never written through or renamed over. "" or the reason.
std::string WriteFileAtomic(const std::string& path, std::string_view data);

// Why WriteFileAtomic would refuse `path` before anything is written ("" when
// it is missing or a regular file), so a run can say so before it starts.
std::string CheckWritableFile(const std::string& path);

// Removes the temp files of writes still in progress and makes every later
// write fail: for an exit that cannot wait for them (SIGTERM). Returns how
// many were removed.
size_t AbandonWrites();

// Removes the temp files Write leaves below the folder when a run is killed
// (-9, power loss) between creating and renaming one; those of a process
// still alive are kept. Call it while holding the DirLock. Returns how many
// were removed.
size_t RemoveStaleTempFiles(const OutputFolder& folder);

// An exclusive flock on DIR/.newsextract.lock for the life of the object.
class DirLock {
 public:
  DirLock() = default;
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;
  ~DirLock();
  // False with *error set when the folder cannot be locked; *busy tells
  // whether another run holds it.
  bool Acquire(const OutputFolder& folder, bool* busy, std::string* error);

 private:
  int fd_ = -1;
};

// 64-bit FNV-1a: a content hash that is stable across builds and machines.
uint64_t ContentHash(std::string_view data);

// Records held in memory, keyed by input path byte for byte: what
// --sqlite --incremental reads from the database (sqlite_sink). The output
// folder's manifest is streamed instead (manifest_file).
class Manifest {
 public:
  const ManifestEntry* Find(const std::string& input) const;
  void Set(const std::string& input, ManifestEntry entry);
  void Erase(const std::string& input);
  const std::map<std::string, ManifestEntry>& entries() const { return entries_; }

 private:
  std::map<std::string, ManifestEntry> entries_;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_OUTPUT_DIR_H_
