// Which files a run reads: command-line paths, folders walked in byte-wise
// order, and --files-from entries as they arrive.
#include "inputs.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

namespace newsextract {
namespace fs = std::filesystem;
namespace {

bool MatchesGlob(const std::string& name, const std::vector<std::string>& globs) {
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) {
    return fnmatch(g.c_str(), name.c_str(), 0) == 0;
  });
}

std::string Join(const std::string& dir, const std::string& name) {
  return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

std::string JoinRelative(const std::string& relative, const std::string& name) {
  return relative.empty() ? name : relative + "/" + name;
}

bool IsFolderKey(const std::string& key) { return !key.empty() && key.back() == '/'; }

// Where a named file's output goes: beside the others of its list, or for a
// file on the command line, at the top of the output folder.
InputItem NamedFile(const std::string& path, bool from_list) {
  return {path, from_list ? SafeRelative(path) : fs::path(path).filename().string(), ""};
}

// Two or more folders on the command line each keep their own name below
// the output folder, as `cp -r a/2021 b/2022 out/` does: their files
// would otherwise collide whenever the folders hold the same names. One
// folder keeps the layout runs have always had (its files at the top).
bool SeveralFolders(const std::vector<std::string>& paths) {
  size_t folders = 0;
  struct stat st;
  for (const auto& path : paths) {
    if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && ++folders == 2) return true;
  }
  return false;
}

// The last name in `path` ("a/2021/" gives "2021"); "." "..", "/" have none,
// and their files go to the top, as cp puts them.
std::string FolderName(const std::string& path) {
  fs::path p = fs::path(path).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  const std::string name = p.filename().string();
  return name == "." || name == ".." ? "" : name;
}

}  // namespace

FolderWalk::FolderWalk(const std::string& root, const std::string& relative,
                       const InputOptions& options, SkipFolder skip)
    : options_(options), skip_(skip) {
  InputItem error;
  if (!Enter(root, relative, &error)) root_error_ = std::move(error);
}

bool FolderWalk::Next(InputItem* item) {
  if (root_error_) {
    *item = std::move(*root_error_);
    root_error_.reset();
    return true;
  }
  while (!stack_.empty()) {
    Level& level = stack_.back();
    if (level.next == level.keys.size()) {
      ancestors_.erase(level.id);
      stack_.pop_back();
      continue;
    }
    std::string key = level.keys[level.next++];
    if (!IsFolderKey(key)) {
      *item = {Join(level.dir, key), JoinRelative(level.relative, key), ""};
      return true;
    }
    key.pop_back();
    // Copies: Enter grows stack_, which may move `level`.
    const std::string dir = Join(level.dir, key), relative = JoinRelative(level.relative, key);
    if (!Enter(dir, relative, item)) return true;
  }
  return false;
}

// Sorting the names of one folder with '/' after those of subfolders gives
// the same order as sorting every full path below it: a name has no '/', so
// "a/" sorts against "a.md" and "ab" exactly as "a/x.md" does.
bool FolderWalk::Enter(const std::string& dir, const std::string& relative, InputItem* error) {
  const auto fail = [&](const std::string& message) {
    *error = {dir, "", message};
    return false;
  };
  struct stat st;
  if (stat(dir.c_str(), &st) != 0) return fail(strerror(errno));
  const std::pair<dev_t, ino_t> id{st.st_dev, st.st_ino};
  if (id == skip_) return true;  // the output folder: nothing in it is an input
  if (ancestors_.count(id)) return fail("symlink loop; not followed again");
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) return fail("cannot read folder: " + ec.message());
  Level level{dir, relative, {}, 0, id};
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    std::error_code type_ec;
    if (it->is_symlink(type_ec) && !options_.follow_symlinks) continue;
    if (it->is_directory(type_ec)) {
      level.keys.push_back(name + "/");
    } else if (it->is_regular_file(type_ec) && MatchesGlob(name, options_.globs)) {
      level.keys.push_back(name);
    }
  }
  std::sort(level.keys.begin(), level.keys.end());
  ancestors_.insert(id);
  stack_.push_back(std::move(level));
  // A listing that broke off: what was read is walked, and the error said.
  if (ec) return fail("cannot read folder: " + ec.message());
  return true;
}

std::string SafeRelative(const std::string& path) {
  std::string out;
  for (const auto& part : fs::path(path)) {
    const std::string p = part.string();
    if (p.empty() || p == "/" || p == ".") continue;
    out += out.empty() ? "" : "/";
    out += p == ".." ? "__" : p;
  }
  return out;
}

bool ListReader::Next(std::string* entry) {
  entry_error_.clear();
  while (!fatal_) {
    const size_t end = buffer_.find(separator_, start_);
    if (end != std::string::npos) return Take(end, entry);
    if (end_) {  // a last entry without a separator counts too
      if ((start_ == buffer_.size() && !skipping_) || !error_.empty()) return false;
      return Take(buffer_.size(), entry);
    }
    buffer_.erase(0, start_);
    start_ = 0;
    if (buffer_.size() > kMaxEntry) {  // read on to its end, keeping none of it
      if (separator_ != '\0' && buffer_.find('\0') != std::string::npos) {
        return Take(buffer_.size(), entry);  // refused there
      }
      buffer_.clear();
      skipping_ = true;
    }
    end_ = !Fill();
  }
  return false;
}

bool ListReader::Take(size_t end, std::string* entry) {
  ++number_;
  entry->assign(buffer_, start_, end - start_);
  start_ = std::min(end + 1, buffer_.size());
  if (separator_ != '\0' && entry->find('\0') != std::string::npos) {
    error_ = "line " + std::to_string(number_) +
             " holds a NUL byte: a NUL-separated list (find -print0) needs -0";
    fatal_ = true;
    return false;
  }
  if (std::exchange(skipping_, false) || entry->size() > kMaxEntry) {
    entry->clear();
    entry_error_ = (separator_ == '\0' ? "entry " : "line ") + std::to_string(number_) +
                   ": a path over " + std::to_string(kMaxEntry) + " bytes; skipped";
  }
  return true;
}

bool ListReader::Fill() {
  pollfd wait{fd_, POLLIN, 0};
  while (!stopped_()) {
    const int ready = poll(&wait, 1, 100);
    if (ready < 0 && errno != EINTR) {
      error_ = strerror(errno);
      return false;
    }
    if (ready <= 0) continue;
    char chunk[1 << 16];
    const ssize_t n = read(fd_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) error_ = strerror(errno);
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<size_t>(n));
    return true;
  }
  return false;
}

InputSource::InputSource(const InputOptions& options, ListReader* list, SkipFolder skip)
    : options_(options), list_(list), skip_(skip), name_folders_(SeveralFolders(options.paths)) {}

bool InputSource::Next(InputItem* item) {
  while (true) {
    if (walk_) {
      if (walk_->Next(item)) return true;
      walk_.reset();
    }
    std::string path;
    bool from_list;
    if (!NextName(&path, &from_list, item)) return !item->error.empty();
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      *item = {path, "", strerror(errno)};
      return true;
    }
    if (!S_ISDIR(st.st_mode)) {
      *item = NamedFile(path, from_list);
      return true;
    }
    walk_.emplace(path, FolderRelative(path, from_list), options_, skip_);
  }
}

// From a list, outputs mirror the folder as named there; from the command
// line, see SeveralFolders.
std::string InputSource::FolderRelative(const std::string& path, bool from_list) const {
  if (from_list) return SafeRelative(path);
  return name_folders_ ? FolderName(path) : "";
}

bool InputSource::NextName(std::string* path, bool* from_list, InputItem* list_error) {
  *list_error = {};
  if (next_path_ < options_.paths.size()) {
    *path = options_.paths[next_path_++];
    *from_list = false;
    return true;
  }
  *from_list = true;
  while (list_ != nullptr) {
    if (!NextListEntry(path)) {
      if (!list_->error().empty()) *list_error = {options_.files_from, "", list_->error()};
      list_ = nullptr;
      break;
    }
    if (!list_->entry_error().empty()) {
      *list_error = {options_.files_from, "", list_->entry_error()};
      return false;
    }
    if (!path->empty()) return true;
  }
  return false;
}

// Only the separator goes: with -0 a name may end in any other byte; a
// list written on Windows has \r\n line ends.
bool InputSource::NextListEntry(std::string* entry) {
  if (!list_->Next(entry)) return false;
  if (!options_.null_separated && !entry->empty() && entry->back() == '\r') entry->pop_back();
  return true;
}

size_t CountNamedInputs(const InputOptions& options, SkipFolder skip) {
  InputSource inputs(options, nullptr, skip);  // no list: only the named paths
  size_t count = 0;
  for (InputItem item; inputs.Next(&item);) ++count;
  return count;
}

int OpenList(const std::string& files_from, std::string* error) {
  if (files_from.empty()) return -1;
  if (files_from == "-") return STDIN_FILENO;
  const int fd = open(files_from.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) *error = strerror(errno);
  return fd;
}

bool OneFileNamed(const InputOptions& options) {
  struct stat st;
  return options.files_from.empty() && options.paths.size() == 1 &&
         stat(options.paths[0].c_str(), &st) == 0 && !S_ISDIR(st.st_mode);
}

}  // namespace newsextract
