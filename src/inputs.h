// inputs: which files a run reads, in a deterministic order.
#ifndef NEWSEXTRACT_INPUTS_H_
#define NEWSEXTRACT_INPUTS_H_

#include <sys/types.h>

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "newsextract/options.h"

namespace newsextract {

struct InputItem {
  std::string path;      // as reached from the argument, like find prints it
  std::string relative;  // where its output goes below --output-dir
  std::string error;     // non-empty: this input cannot be read (why)
};

// Walks a folder lazily, in byte-wise order of the full paths: only the
// listings of the folders on the current path are held, so memory does not
// grow with the number of files below `root`.
// The output folder, when a run has one: walks pass over it, so that a run
// never reads its own outputs, manifest, lock or temp files as inputs.
using SkipFolder = std::optional<std::pair<dev_t, ino_t>>;

class FolderWalk {
 public:
  // `relative`: the output path of `root` itself ("" for the top).
  FolderWalk(const std::string& root, const std::string& relative, const InputOptions& options,
             SkipFolder skip = std::nullopt);
  // False when no file is left. A folder that cannot be read comes out as an
  // item with its error, once.
  bool Next(InputItem* item);

 private:
  struct Level {
    std::string dir, relative;
    std::vector<std::string> keys;  // names, folders with a '/' appended
    size_t next = 0;
    std::pair<dev_t, ino_t> id;
  };
  // Lists `dir` onto the stack; false with *error set when it cannot.
  bool Enter(const std::string& dir, const std::string& relative, InputItem* error);

  const InputOptions& options_;
  SkipFolder skip_;
  std::vector<Level> stack_;
  std::set<std::pair<dev_t, ino_t>> ancestors_;  // of the current folder: loop check
  std::optional<InputItem> root_error_;
};

// Entries of a --files-from list, read from its descriptor as they arrive.
// While it waits for more it polls `stopped`: a read blocked on a pipe
// returns on SIGINT only in the thread the signal went to.
class ListReader {
 public:
  // The longest entry kept: no path longer than PATH_MAX opens, and a line
  // that never ends must not be held in memory.
  static constexpr size_t kMaxEntry = 4096;

  ListReader(int fd, char separator, std::function<bool()> stopped)
      : fd_(fd), separator_(separator), stopped_(std::move(stopped)) {}
  // False at the end of the list, when stopped, on a read error, or on a
  // NUL byte in a list of lines (then error() says why, and fatal() is
  // true: `find -print0` output read without -0 is one garbled path). An
  // entry over kMaxEntry bytes is read past and comes out empty, with
  // entry_error() saying so.
  bool Next(std::string* entry);
  const std::string& error() const { return error_; }
  bool fatal() const { return fatal_; }
  const std::string& entry_error() const { return entry_error_; }

 private:
  bool Fill();  // appends what can be read to buffer_; false at the end
  bool Take(size_t end, std::string* entry);  // buffer_[start_, end) as the next entry

  int fd_;
  char separator_;
  std::function<bool()> stopped_;
  std::string buffer_, error_, entry_error_;
  size_t start_ = 0;   // the next entry begins here in buffer_
  size_t number_ = 0;  // of the entry taken last, from 1
  bool end_ = false, fatal_ = false;
  bool skipping_ = false;  // in an entry over kMaxEntry bytes
};

// Command-line paths first (each folder walked, its files sorted by path
// byte-wise), then the entries of --files-from as they are read, so a
// streaming producer is served as it writes. Nothing is read ahead.
class InputSource {
 public:
  // `list`: the --files-from reader, or null.
  InputSource(const InputOptions& options, ListReader* list, SkipFolder skip = std::nullopt);
  // False when no input is left.
  bool Next(InputItem* item);

 private:
  // The next command-line path or list entry; false when none is left. A
  // list that cannot be read is an item with its error.
  bool NextName(std::string* path, bool* from_list, InputItem* list_error);
  bool NextListEntry(std::string* entry);
  // Where the files of a folder go below --output-dir.
  std::string FolderRelative(const std::string& path, bool from_list) const;

  const InputOptions& options_;
  ListReader* list_;
  SkipFolder skip_;
  bool name_folders_;  // several folders named: each keeps its name
  size_t next_path_ = 0;
  std::optional<FolderWalk> walk_;  // the folder being walked
};

// The --files-from descriptor: stdin for "-", -1 when there is none or it
// cannot be opened (then *error says why).
int OpenList(const std::string& files_from, std::string* error);

// Whether the run has one file named and nothing else.
bool OneFileNamed(const InputOptions& options);

// How many inputs the command-line paths give (a walk that only counts);
// for the progress line's ETA.
size_t CountNamedInputs(const InputOptions& options, SkipFolder skip = std::nullopt);

// The path below --output-dir for an input named on the command line or in
// a list: no leading /, ./ or .. components.
std::string SafeRelative(const std::string& path);

}  // namespace newsextract

#endif  // NEWSEXTRACT_INPUTS_H_
