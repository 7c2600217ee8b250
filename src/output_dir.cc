#include "output_dir.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

namespace newsextract {
namespace fs = std::filesystem;
namespace {

constexpr const char* kManifestName = ".newsextract-manifest.json";
constexpr const char* kLockName = ".newsextract.lock";

std::string Errno(const char* what) { return std::string(what) + ": " + strerror(errno); }

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

// WriteFileAtomic's temp file for `target`: hidden, and unique per process
// and call, so that parallel writers never share one.
std::string TempName(const fs::path& target) {
  static std::atomic<unsigned> counter{0};
  return (target.parent_path() / ("." + target.filename().string() + ".tmp." +
                                  std::to_string(getpid()) + "." + std::to_string(counter++)))
      .string();
}

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// The writer's pid when `name` is a TempName (".NAME.tmp.PID.N"), else 0.
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

// One manifest line: "PATH": {...}; strings escaped by nlohmann (invalid
// UTF-8 in a file name becomes U+FFFD rather than an exception).
std::string ManifestLine(const std::string& input, const ManifestEntry& e) {
  const auto quote = [](const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  std::ostringstream line;
  line << "  " << quote(input) << ": {\"size\": " << e.size << ", \"mtime_ns\": " << e.mtime_ns
       << ", \"hash\": \"" << std::hex << std::setw(16) << std::setfill('0') << e.hash << std::dec
       << "\", \"output\": " << quote(e.output) << (e.recheck ? ", \"recheck\": true" : "") << "}";
  return line.str();
}

}  // namespace

std::string WriteFileAtomic(const std::string& path, std::string_view data) {
  const fs::path target(path);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return "cannot create folder " + target.parent_path().string() + ": " + ec.message();
  const std::string temp = TempName(target);
  const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return Errno(("cannot create " + temp).c_str());
  std::string error;
  if (!WriteAll(fd, data)) {
    error = Errno(("cannot write " + temp).c_str());
  } else if (fsync(fd) != 0) {
    error = Errno(("cannot sync " + temp).c_str());
  }
  if (close(fd) != 0 && error.empty()) error = Errno(("cannot close " + temp).c_str());
  if (error.empty() && rename(temp.c_str(), path.c_str()) != 0) {
    error = Errno(("cannot rename to " + path).c_str());
  }
  if (!error.empty()) unlink(temp.c_str());
  return error;
}

size_t RemoveStaleTempFiles(const std::string& dir) {
  size_t removed = 0;
  std::error_code walk_ec;
  for (fs::recursive_directory_iterator
           it(dir, fs::directory_options::skip_permission_denied, walk_ec),
       end;
       !walk_ec && it != end; it.increment(walk_ec)) {
    const pid_t pid = TempFilePid(it->path().filename().string());
    std::error_code ec;  // one file that cannot be removed does not stop the sweep
    if (pid == 0 || ProcessAlive(pid) || !it->is_regular_file(ec)) continue;
    if (fs::remove(it->path(), ec)) ++removed;
  }
  return removed;
}

DirLock::~DirLock() {
  if (fd_ >= 0) close(fd_);  // closing releases the flock
}

bool DirLock::Acquire(const std::string& dir, bool* busy, std::string* error) {
  *busy = false;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    *error = dir + ": cannot create: " + ec.message();
    return false;
  }
  const std::string path = (fs::path(dir) / kLockName).string();
  fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    *error = dir + ": " + Errno((std::string("cannot open ") + kLockName).c_str());
    return false;
  }
  if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    *busy = errno == EWOULDBLOCK;
    *error = *busy ? dir + " is locked by another run"
                   : dir + ": " + Errno((std::string("cannot lock ") + kLockName).c_str());
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
// "output"[, "recheck"]}}}; other keys are ignored, anything else (a field
// missing or of another type, an array) stops it: the manifest is damaged.
class ManifestReader : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit ManifestReader(std::map<std::string, ManifestEntry>* entries) : entries_(entries) {}
  const std::string& fingerprint() const { return fingerprint_; }

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
    return Take("output", kOutput, [&] { entry_.output = val; });
  }
  bool start_object(std::size_t) override {
    if (depth_ == 1 && key_ != "files") return false;
    if (depth_ == 2) {
      entry_ = {};
      fields_ = 0;
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
    (*entries_)[input_] = std::move(entry_);
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
  std::string fingerprint_, key_, input_;
  ManifestEntry entry_;
  unsigned fields_ = 0;
  int depth_ = 0;
};

void Manifest::Load(const std::string& dir, const std::string& fingerprint) {
  fingerprint_ = fingerprint;
  entries_.clear();
  changed_ = false;
  std::ifstream in(fs::path(dir) / kManifestName);
  if (!in) return;
  ManifestReader reader(&entries_);
  bool ok;
  try {
    ok = nlohmann::json::sax_parse(in, &reader);
  } catch (const std::exception&) {  // a hash that is not hex
    ok = false;
  }
  if (!ok) {
    entries_.clear();  // a damaged manifest only costs a full run
    changed_ = true;
    return;
  }
  if (reader.fingerprint() == fingerprint) return;
  // Made with other rules or options: kept so that --prune still knows the
  // outputs, but no content matches hash 0, so every file is redone.
  for (auto& [input, entry] : entries_) {
    entry.hash = 0;
    entry.recheck = true;
  }
  changed_ = true;
}

// Written line by line rather than as one nlohmann tree, which would take
// several times the memory of the entries for a big folder.
std::string Manifest::Save(const std::string& dir) {
  if (!changed_) return "";
  std::string text =
      "{\n \"fingerprint\": " +
      nlohmann::json(fingerprint_).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
      ",\n \"files\": {";
  const char* separator = "\n";
  for (const auto& [input, e] : entries_) {
    text += separator + ManifestLine(input, e);
    separator = ",\n";
  }
  text += "\n }\n}\n";
  std::string error = WriteFileAtomic((fs::path(dir) / kManifestName).string(), text);
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
