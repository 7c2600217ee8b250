// The output folder: writes and deletes confined below it, atomic writes,
// the run lock, and the manifest of an incremental run.
#include "output_dir.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "charset.h"

namespace newsextract {
namespace fs = std::filesystem;
namespace {

constexpr const char* kLockName = ".newsextract.lock";

std::string Errno(const std::string& what) { return what + ": " + strerror(errno); }

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// The writer's pid when `name` is a temp file's (".newsextract.tmp.PID.N",
// or ".NAME.tmp.PID.N" from earlier versions), else 0.
pid_t TempFilePid(std::string_view name) {
  const size_t counter_dot = name.rfind('.');
  if (name.empty() || name[0] != '.' || counter_dot == std::string_view::npos) return 0;
  const size_t pid_dot = name.rfind('.', counter_dot - 1);
  if (pid_dot == std::string_view::npos || pid_dot < 5 || name.substr(pid_dot - 4, 4) != ".tmp") {
    return 0;
  }
  const std::string_view pid = name.substr(pid_dot + 1, counter_dot - pid_dot - 1);
  if (!AllDigits(pid) || !AllDigits(name.substr(counter_dot + 1)) || pid.size() > 9) return 0;
  return static_cast<pid_t>(std::stol(std::string(pid)));
}

bool ProcessAlive(pid_t pid) { return kill(pid, 0) == 0 || errno == EPERM; }

// Writes in progress, by their temp files, so that an exit that cannot wait
// for them (AbandonWrites) removes them; once abandoned, no write starts or
// finishes.
struct LiveWrites {
  std::mutex mutex;
  std::map<unsigned, std::pair<int, std::string>> temps;  // id -> (folder fd, name)
  unsigned next_id = 0;
  bool abandoned = false;
};

LiveWrites& Live() {
  static auto* live = new LiveWrites;  // never destroyed: threads may write at exit
  return *live;
}

// A temp file's name: hidden, unique per process and call, and short, so
// that it fits in a folder wherever the final name fits (NAME_MAX is 255
// bytes; ".NAME.tmp.PID.N" made names of 243 bytes fail).
std::string TempName(unsigned id) {
  return ".newsextract.tmp." + std::to_string(getpid()) + "." + std::to_string(id);
}

// Splits "a/b/x.json" into "a/b" and "x.json".
std::pair<std::string_view, std::string_view> SplitName(std::string_view relative) {
  const size_t slash = relative.rfind('/');
  if (slash == std::string_view::npos) return {"", relative};
  return {relative.substr(0, slash), relative.substr(slash + 1)};
}

// Why `name` in `dir` could not be opened with O_NOFOLLOW (ELOOP, or
// ENOTDIR with O_DIRECTORY, for a symbolic link).
std::string OpenError(int dir, const std::string& name, int error) {
  struct stat st;
  const bool link =
      fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
  return link ? "a symbolic link; not followed" : strerror(error);
}

// The folder `folder` names below `root` (shown as `shown`; "" for root
// itself), opened one component at a time without following a symbolic
// link; missing ones are made when `create`. -1 with *error set.
int OpenBelow(int root, const std::string& shown, std::string_view folder, bool create,
              std::string* error) {
  int fd = fcntl(root, F_DUPFD_CLOEXEC, 0);  // a copy: no lookup of '.' for every write
  std::string walked = shown;
  for (size_t begin = 0; fd >= 0 && begin < folder.size();) {
    const size_t slash = std::min(folder.find('/', begin), folder.size());
    const std::string part(folder.substr(begin, slash - begin));
    walked += "/" + part;
    constexpr int kFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    int next = openat(fd, part.c_str(), kFlags);
    if (next < 0 && errno == ENOENT && create &&
        (mkdirat(fd, part.c_str(), 0755) == 0 || errno == EEXIST)) {
      next = openat(fd, part.c_str(), kFlags);
    }
    if (next < 0) *error = "cannot open folder " + walked + ": " + OpenError(fd, part, errno);
    close(fd);
    fd = next;
    begin = slash + 1;
  }
  return fd;
}

// Why `name` in `dir` must not be replaced: it is `keep`, the input itself.
std::string KeepError(int dir, const std::string& name, const std::string& shown,
                      const FileId* keep) {
  struct stat st;
  if (keep && fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
      FileId(st.st_dev, st.st_ino) == *keep) {
    return "its output " + shown + " is the input itself; not overwritten";
  }
  return "";
}

// `data` into the open file `fd`, synced when `sync` (else left to
// WriteBack). "" or why not.
std::string Fill(int fd, std::string_view data, const std::string& shown, bool sync) {
  if (!WriteAll(fd, data)) return Errno("cannot write " + shown);
  if (sync && fsync(fd) != 0) return Errno("cannot sync " + shown);
  return "";
}

// Renames the temp file `temp` (live write `id`), written with `error`,
// over `name`; the temp file is gone either way.
std::string RenameOver(int dir, unsigned id, const std::string& temp, const std::string& name,
                       const std::string& shown, std::string error) {
  LiveWrites& live = Live();
  const std::lock_guard lock(live.mutex);
  if (live.abandoned) return "interrupted";  // the temp file is gone already
  live.temps.erase(id);
  if (error.empty() && renameat(dir, temp.c_str(), dir, name.c_str()) != 0) {
    error = Errno("cannot rename to " + shown);
  }
  if (!error.empty()) unlinkat(dir, temp.c_str(), 0);
  return error;
}

// An atomic write through a named temp file in `dir`, renamed to `name`:
// where the filesystem has no unnamed files. `shown` is the path for
// messages.
std::string WriteThroughTemp(int dir, const std::string& name, std::string_view data,
                             const std::string& shown, const FileId* keep, bool sync) {
  if (std::string error = KeepError(dir, name, shown, keep); !error.empty()) return error;
  LiveWrites& live = Live();
  std::unique_lock lock(live.mutex);
  if (live.abandoned) return "interrupted";
  const unsigned id = live.next_id++;
  const std::string temp = TempName(id);
  const int fd =
      openat(dir, temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return Errno("cannot create a temp file for " + shown);
  live.temps.emplace(id, std::pair(dir, temp));
  lock.unlock();
  std::string error = Fill(fd, data, shown, sync);
  if (close(fd) != 0 && error.empty()) error = Errno("cannot close " + shown);
  return RenameOver(dir, id, temp, name, shown, std::move(error));
}

// Gives the unnamed file `fd` the name `name` in `dir`; false with errno
// set (EEXIST: the name is taken). Linux before 6.10 lets only
// CAP_DAC_READ_SEARCH link a descriptor itself (ENOENT); its /proc name
// works for everyone, at the price of a lookup through /proc.
bool LinkIn(int fd, int dir, const char* name) {
  static std::atomic<bool> by_descriptor{true};
  if (by_descriptor && linkat(fd, "", dir, name, AT_EMPTY_PATH) == 0) return true;
  if (by_descriptor && errno != ENOENT) return false;
  const std::string self = "/proc/self/fd/" + std::to_string(fd);
  if (linkat(AT_FDCWD, self.c_str(), dir, name, AT_SYMLINK_FOLLOW) != 0) return false;
  by_descriptor = false;
  return true;
}

// Names the filled unnamed file `fd` `name` in `dir`: a link where the
// name is free (a fresh output: no temp name, no rename, nothing left by
// kill -9), else a link under a temp name renamed over the old file (a
// link cannot replace one). "" or why not; nullopt when it cannot be linked
// at all (no /proc before Linux 6.10, the folder gone since): the caller
// writes through a named temp file instead, whose error is the one to say.
std::optional<std::string> LinkOver(int dir, int fd, const std::string& name,
                                    const std::string& shown, const FileId* keep) {
  LiveWrites& live = Live();
  std::unique_lock lock(live.mutex);
  if (live.abandoned) return "interrupted";
  if (LinkIn(fd, dir, name.c_str())) return "";
  if (errno != EEXIST) return std::nullopt;
  lock.unlock();
  if (std::string error = KeepError(dir, name, shown, keep); !error.empty()) return error;
  lock.lock();
  if (live.abandoned) return "interrupted";
  const unsigned id = live.next_id++;
  const std::string temp = TempName(id);
  if (!LinkIn(fd, dir, temp.c_str())) return std::nullopt;
  live.temps.emplace(id, std::pair(dir, temp));
  lock.unlock();
  return RenameOver(dir, id, temp, name, shown, "");
}

// The last step of an atomic write: `data` into an unnamed file in `dir`
// (O_TMPFILE), synced when `sync`, then named `name`; through a named temp
// file where the folder cannot hold an unnamed one (a filesystem without
// them, a folder not writable: its error is the named temp file's). `shown`
// is the path for messages.
std::string WriteAt(int dir, const std::string& name, std::string_view data,
                    const std::string& shown, const FileId* keep, bool sync) {
  // Off for the run once unnamed files cannot be had (EOPNOTSUPP; EISDIR
  // before Linux 3.11) or linked.
  static std::atomic<bool> unnamed{true};
  const int fd = unnamed ? openat(dir, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644) : -1;
  if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR)) unnamed = false;
  if (fd < 0) return WriteThroughTemp(dir, name, data, shown, keep, sync);
  std::optional<std::string> error = Fill(fd, data, shown, sync);
  if (error->empty()) error = LinkOver(dir, fd, name, shown, keep);
  if (close(fd) != 0 && error && error->empty()) error = Errno("cannot close " + shown);
  if (error) return *error;
  unnamed = false;
  return WriteThroughTemp(dir, name, data, shown, keep, sync);
}

std::string FileKind(mode_t mode) {
  if (S_ISLNK(mode)) return "a symbolic link";
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a regular file";
}

// An output a manifest entry may name: a .json file below the folder that
// is neither the manifest nor a temp file.
bool IsOutputName(std::string_view output) {
  const std::string_view name = SplitName(output).second;
  return IsPlainRelative(output) && output != kManifestName && name.size() > 5 &&
         name.substr(name.size() - 5) == ".json" && TempFilePid(name) == 0;
}

std::string Hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (const char c : bytes) {
    out += kDigits[static_cast<unsigned char>(c) >> 4];
    out += kDigits[static_cast<unsigned char>(c) & 15];
  }
  return out;
}

// The bytes `hex` spells; false when it spells none.
bool FromHex(std::string_view hex, std::string* out) {
  const auto digit = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  };
  out->clear();
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    const int high = digit(hex[i]), low = digit(hex[i + 1]);
    if (high < 0 || low < 0) return false;
    out->push_back(static_cast<char>(high * 16 + low));
  }
  return hex.size() % 2 == 0 && !out->empty();
}

std::string Quote(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A name as a JSON string; when it is not valid UTF-8 (a file name may hold
// any bytes), the string shows it with U+FFFD and `hex_field` keeps it byte
// for byte.
std::string HexField(const std::string& name, const char* hex_field) {
  if (IsValidUtf8(name)) return "";
  return std::string(", \"") + hex_field + "\": \"" + Hex(name) + "\"";
}

// One manifest line: "PATH": {...}.
std::string ManifestLine(const std::string& input, const ManifestEntry& e) {
  std::ostringstream line;
  line << "  " << Quote(input) << ": {\"size\": " << e.size << ", \"mtime_ns\": " << e.mtime_ns
       << ", \"hash\": \"" << std::hex << std::setw(16) << std::setfill('0') << e.hash << std::dec
       << "\", \"output\": " << Quote(e.output) << (e.recheck ? ", \"recheck\": true" : "")
       << HexField(input, "path_hex") << HexField(e.output, "output_hex") << "}";
  return line.str();
}

}  // namespace

bool IsPlainRelative(std::string_view relative) {
  if (relative.empty() || relative[0] == '/' || relative.find('\0') != std::string_view::npos) {
    return false;
  }
  for (size_t begin = 0; begin <= relative.size();) {
    const size_t slash = std::min(relative.find('/', begin), relative.size());
    const std::string_view part = relative.substr(begin, slash - begin);
    if (part.empty() || part == "." || part == "..") return false;
    begin = slash + 1;
  }
  return true;
}

OutputFolder::~OutputFolder() {
  write_back_.Drain();  // its thread syncs through fd_
  if (fd_ >= 0) close(fd_);
}

std::string OutputFolder::Open(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return dir + ": cannot create: " + ec.message();
  fd_ = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  struct stat st;
  if (fd_ < 0 || fstat(fd_, &st) != 0) return Errno(dir + ": cannot open");
  path_ = dir;
  id_ = {st.st_dev, st.st_ino};
  return "";
}

// Runs `use(dir, name)` with the folder that holds `relative` open (made
// when `create`) and the name in it. False when `relative` is no path below
// the folder or its folder cannot be opened (*error says why).
bool OutputFolder::InFolderOf(std::string_view relative, bool create, std::string* error,
                              const std::function<void(int, const std::string&)>& use) const {
  if (!IsPlainRelative(relative)) {
    *error = path_ + "/" + std::string(relative) + ": not a path below the folder";
    return false;
  }
  const auto [folder, name] = SplitName(relative);
  const int dir = OpenBelow(fd_, path_, folder, create, error);
  if (dir < 0) return false;
  use(dir, std::string(name));
  close(dir);
  return true;
}

// A folder below the output folder, open for as long as a write or the
// cache holds it.
struct OutputFolder::Held {
  explicit Held(int fd_in) : fd(fd_in) {}
  Held(const Held&) = delete;
  Held& operator=(const Held&) = delete;
  ~Held() { close(fd); }
  const int fd;
};

// The folder `folder` names below this one, open: from the cache, or
// opened (and made) as OpenBelow does and kept. A walk is sorted, so the
// outputs of a folder come together: a few folders held are enough, and
// the cache starts over when it is full. nullptr with *error set.
std::shared_ptr<const OutputFolder::Held> OutputFolder::HeldFolder(std::string_view folder,
                                                                   std::string* error) const {
  constexpr size_t kMaxHeld = 16;
  {
    const std::lock_guard lock(held_mutex_);
    if (const auto it = held_.find(folder); it != held_.end()) return it->second;
  }
  const int fd = OpenBelow(fd_, path_, folder, true, error);
  if (fd < 0) return nullptr;
  auto held = std::make_shared<const Held>(fd);
  const std::lock_guard lock(held_mutex_);
  if (held_.size() >= kMaxHeld) held_.clear();  // writes in flight keep theirs open
  held_.emplace(std::string(folder), held);
  return held;
}

// Forgets a held folder: it may have been removed or replaced since.
void OutputFolder::Release(std::string_view folder) const {
  const std::lock_guard lock(held_mutex_);
  if (const auto it = held_.find(folder); it != held_.end()) held_.erase(it);
}

std::string OutputFolder::Write(std::string_view relative, std::string_view data,
                                const FileId* keep, Durable durable) const {
  const std::string shown = path_ + "/" + std::string(relative);
  if (!IsPlainRelative(relative)) return shown + ": not a path below the folder";
  const auto [folder, name] = SplitName(relative);
  const bool sync = durable == Durable::kNow;
  std::string error;
  // A second try in a folder opened afresh: the one held may have been
  // removed (its writes fail with ENOENT) or moved since.
  for (int attempt = 0; attempt < 2; ++attempt) {
    const std::shared_ptr<const Held> dir = HeldFolder(folder, &error);
    if (dir == nullptr) return error;
    error = WriteAt(dir->fd, std::string(name), data, shown, keep, sync);
    if (error.empty() || error == "interrupted") break;
    Release(folder);
  }
  if (!sync && error.empty()) write_back_.Written(fd_);
  return error;
}

std::string OutputFolder::Sync() const {
  const std::string error = write_back_.Drain();
  return error.empty() ? "" : path_ + ": " + error;
}

bool OutputFolder::Remove(std::string_view relative) const {
  bool removed = false;
  std::string error;
  InFolderOf(relative, false, &error, [&](int dir, const std::string& name) {
    removed = unlinkat(dir, name.c_str(), 0) == 0;
  });
  return removed;
}

bool OutputFolder::Exists(std::string_view relative) const {
  bool exists = false;
  std::string error;
  InFolderOf(relative, false, &error, [&](int dir, const std::string& name) {
    struct stat st;
    exists = fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
             st.st_size > 0;
  });
  return exists;
}

std::string CheckWritableFile(const std::string& path) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return "";
  return FileKind(st.st_mode) + ", not a regular file; not replaced";
}

std::string WriteFileAtomic(const std::string& path, std::string_view data) {
  if (std::string problem = CheckWritableFile(path); !problem.empty()) return problem;
  const fs::path target(path);
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  fs::create_directories(parent, ec);
  if (ec) return "cannot create folder " + parent.string() + ": " + ec.message();
  const int dir = open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return Errno("cannot open folder " + parent.string());
  std::string error = WriteAt(dir, target.filename().string(), data, path, nullptr, true);
  close(dir);
  return error;
}

size_t AbandonWrites() {
  LiveWrites& live = Live();
  const std::lock_guard lock(live.mutex);
  live.abandoned = true;
  size_t removed = 0;
  for (const auto& [id, temp] : live.temps) {
    if (unlinkat(temp.first, temp.second.c_str(), 0) == 0) ++removed;
  }
  live.temps.clear();
  return removed;
}

size_t RemoveStaleTempFiles(const OutputFolder& folder) {
  size_t removed = 0;
  std::error_code walk_ec;
  const fs::path root(folder.path());
  for (fs::recursive_directory_iterator
           it(root, fs::directory_options::skip_permission_denied, walk_ec),
       end;
       !walk_ec && it != end; it.increment(walk_ec)) {
    const pid_t pid = TempFilePid(it->path().filename().string());
    std::error_code ec;  // one file that cannot be removed does not stop the sweep
    if (pid == 0 || ProcessAlive(pid) || !it->is_regular_file(ec)) continue;
    if (folder.Remove(it->path().lexically_relative(root).string())) ++removed;
  }
  return removed;
}

DirLock::~DirLock() {
  if (fd_ >= 0) close(fd_);  // closing releases the flock
}

bool DirLock::Acquire(const OutputFolder& folder, bool* busy, std::string* error) {
  *busy = false;
  // Not through a symbolic link: O_CREAT would make the file it points to.
  fd_ =
      openat(folder.fd(), kLockName, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    *error = Errno(folder.path() + ": cannot open " + kLockName);
    return false;
  }
  if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    *busy = errno == EWOULDBLOCK;
    *error = *busy ? folder.path() + " is locked by another run"
                   : Errno(folder.path() + ": cannot lock " + kLockName);
    close(fd_);
    fd_ = -1;
    return false;
  }
  return true;
}

uint64_t ContentHash(std::string_view data) {
  uint64_t h = 14695981039346656037ull;
  for (const char c : data) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// Reads the manifest event by event into the entries: a parsed tree of a
// big manifest takes several times the memory of the entries. The shape is
// {"fingerprint": "...", "files": {PATH: {"size", "mtime_ns", "hash",
// "output"[, "recheck"][, "path_hex"][, "output_hex"]}}}; other keys are
// ignored, anything else (a field missing or of another type, an array,
// hex that spells nothing) stops it: the manifest is damaged.
class ManifestReader : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit ManifestReader(std::map<std::string, ManifestEntry>* entries) : entries_(entries) {}
  const std::string& Fingerprint() const { return fingerprint_; }

  bool null() override { return depth_ == 1; }
  bool boolean(bool val) override {
    return Take("recheck", 0, [&] { entry_.recheck = val; });
  }
  bool number_integer(number_integer_t val) override {
    return Take("mtime_ns", kMtime, [&] { entry_.mtime_ns = val; });
  }
  bool number_unsigned(number_unsigned_t val) override {
    if (key_ == "mtime_ns") return number_integer(static_cast<number_integer_t>(val));
    return Take("size", kSize, [&] { entry_.size = val; });
  }
  bool number_float(number_float_t, const string_t&) override { return depth_ == 1; }
  bool binary(binary_t&) override { return false; }
  bool string(string_t& val) override {
    if (depth_ == 1 && key_ == "fingerprint") fingerprint_ = val;
    if (key_ == "hash")
      return Take("hash", kHash, [&] { entry_.hash = std::stoull(val, nullptr, 16); });
    if (key_ == "path_hex") return Take("path_hex", 0, [&] { path_hex_ = val; });
    if (key_ == "output_hex") return Take("output_hex", 0, [&] { output_hex_ = val; });
    return Take("output", kOutput, [&] { entry_.output = val; });
  }
  bool start_object(std::size_t) override {
    if (depth_ == 1 && key_ != "files") return false;
    if (depth_ == 2) {
      entry_ = {};
      fields_ = 0;
      path_hex_.clear();
      output_hex_.clear();
    }
    return ++depth_ <= 3;
  }
  bool key(string_t& val) override {
    (depth_ == 2 ? input_ : key_) = val;
    return true;
  }
  bool end_object() override {
    if (--depth_ != 2) return true;
    if (fields_ != kAllFields) return false;
    if (!output_hex_.empty() && !FromHex(output_hex_, &entry_.output)) return false;
    std::string input = std::move(input_);
    if (!path_hex_.empty() && !FromHex(path_hex_, &input)) return false;
    (*entries_)[std::move(input)] = std::move(entry_);
    return true;
  }
  bool start_array(std::size_t) override { return false; }
  bool end_array() override { return false; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  enum : unsigned { kSize = 1, kMtime = 2, kHash = 4, kOutput = 8, kAllFields = 15 };

  // A scalar: an entry's `field` is set; a top-level one or another field
  // of an entry is passed over; anywhere else the shape is wrong.
  template <typename Assign>
  bool Take(std::string_view field, unsigned bit, Assign assign) {
    if (depth_ != 3) return depth_ == 1;
    if (key_ != field) return true;
    assign();
    fields_ |= bit;
    return true;
  }

  std::map<std::string, ManifestEntry>* entries_;
  std::string fingerprint_, key_, input_, path_hex_, output_hex_;
  ManifestEntry entry_;
  unsigned fields_ = 0;
  int depth_ = 0;
};

namespace {

// Parses the manifest open at `fd` (closed here) into *entries; false when
// it is damaged.
bool ParseManifest(int fd, std::map<std::string, ManifestEntry>* entries,
                   std::string* fingerprint) {
  FILE* file = fdopen(fd, "r");
  if (file == nullptr) {
    close(fd);
    return false;
  }
  ManifestReader reader(entries);
  bool ok;
  try {
    ok = nlohmann::json::sax_parse(file, &reader);
  } catch (const std::exception&) {  // a hash that is not hex
    ok = false;
  }
  fclose(file);
  *fingerprint = reader.Fingerprint();
  return ok;
}

}  // namespace

std::vector<std::string> Manifest::Load(const OutputFolder& folder,
                                        const std::string& fingerprint) {
  fingerprint_ = fingerprint;
  entries_.clear();
  changed_ = false;
  const std::string shown = folder.path() + "/" + std::string(kManifestName);
  // Not through a symbolic link, and not waiting on a pipe: whatever stands
  // there was put by someone who can write the folder.
  const int fd = openat(folder.fd(), std::string(kManifestName).c_str(),
                        O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) return {};
  struct stat st;
  std::string problem;
  if (fd < 0) {
    problem = "cannot read: " + OpenError(folder.fd(), std::string(kManifestName), errno);
  } else if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    problem = "not a regular file";
  } else if (static_cast<size_t>(st.st_size) > kMaxBytes) {
    problem = std::to_string(st.st_size) + " bytes, over the limit of " + std::to_string(kMaxBytes);
  }
  changed_ = true;  // from here on, what is read differs from what is there
  if (!problem.empty()) {
    if (fd >= 0) close(fd);
    return {shown + ": " + problem + "; every input is redone"};
  }
  std::string found;
  if (!ParseManifest(fd, &entries_, &found)) {
    entries_.clear();  // a damaged manifest only costs a full run
    return {};
  }
  changed_ = found != fingerprint;
  std::vector<std::string> dropped;
  std::erase_if(entries_, [&](const auto& entry) {
    if (IsOutputName(entry.second.output)) return false;
    dropped.push_back(shown + ": the entry of '" + entry.first + "' names '" + entry.second.output +
                      "', not a .json file below the folder; ignored");
    return true;
  });
  changed_ |= !dropped.empty();
  if (found == fingerprint) return dropped;
  // Made with other rules or options: kept so that --prune still knows the
  // outputs, but no content matches hash 0, so every file is redone.
  for (auto& [input, entry] : entries_) {
    entry.hash = 0;
    entry.recheck = true;
  }
  return dropped;
}

// Written line by line rather than as one nlohmann tree, which would take
// several times the memory of the entries for a big folder.
std::string Manifest::Save(const OutputFolder& folder) {
  std::string error = folder.Sync();
  if (!changed_ || !error.empty()) return error;
  std::string text = "{\n \"fingerprint\": " + Quote(fingerprint_) + ",\n \"files\": {";
  const char* separator = "\n";
  for (const auto& [input, e] : entries_) {
    text += separator + ManifestLine(input, e);
    separator = ",\n";
  }
  text += "\n }\n}\n";
  error = folder.Write(kManifestName, text);
  // The rename itself is on the disk only once the folder is.
  if (error.empty() && fsync(folder.fd()) != 0) error = Errno(folder.path() + ": cannot sync");
  if (error.empty()) changed_ = false;
  return error;
}

const ManifestEntry* Manifest::Find(const std::string& input) const {
  const auto it = entries_.find(input);
  return it == entries_.end() ? nullptr : &it->second;
}

void Manifest::Set(const std::string& input, ManifestEntry entry) {
  auto [it, inserted] = entries_.try_emplace(input);
  if (!inserted && it->second == entry) return;
  it->second = std::move(entry);
  changed_ = true;
}

void Manifest::Erase(const std::string& input) {
  if (entries_.erase(input) > 0) changed_ = true;
}

}  // namespace newsextract
