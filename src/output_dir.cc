#include "output_dir.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

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

}  // namespace

std::string WriteFileAtomic(const std::string& path, std::string_view data) {
  const fs::path target(path);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return "cannot create folder " + target.parent_path().string() + ": " + ec.message();
  static std::atomic<unsigned> counter{0};
  const std::string temp = (target.parent_path() / ("." + target.filename().string() + ".tmp." +
                                                    std::to_string(getpid()) + "." +
                                                    std::to_string(counter++)))
                               .string();
  const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return Errno(("cannot create " + temp).c_str());
  std::string error;
  if (!WriteAll(fd, data)) error = Errno(("cannot write " + temp).c_str());
  else if (fsync(fd) != 0) error = Errno(("cannot sync " + temp).c_str());
  if (close(fd) != 0 && error.empty()) error = Errno(("cannot close " + temp).c_str());
  if (error.empty() && rename(temp.c_str(), path.c_str()) != 0) {
    error = Errno(("cannot rename to " + path).c_str());
  }
  if (!error.empty()) unlink(temp.c_str());
  return error;
}

DirLock::~DirLock() {
  if (fd_ >= 0) close(fd_);  // closing releases the flock
}

bool DirLock::Acquire(const std::string& dir, bool* busy, std::string* error) {
  *busy = false;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    *error = "cannot create " + dir + ": " + ec.message();
    return false;
  }
  const std::string path = (fs::path(dir) / kLockName).string();
  fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    *error = Errno(("cannot open " + path).c_str());
    return false;
  }
  if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    *busy = errno == EWOULDBLOCK;
    *error = *busy ? dir + " is locked by another run" : Errno(("cannot lock " + path).c_str());
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

void Manifest::Load(const std::string& dir, const std::string& fingerprint) {
  fingerprint_ = fingerprint;
  entries_.clear();
  std::ifstream in(fs::path(dir) / kManifestName);
  if (!in) return;
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    if (j.value("fingerprint", "") != fingerprint) return;
    for (const auto& [input, e] : j.at("files").items()) {
      entries_[input] = {e.at("size").get<uint64_t>(), e.at("mtime_ns").get<int64_t>(),
                         std::stoull(e.at("hash").get<std::string>(), nullptr, 16),
                         e.at("output").get<std::string>()};
    }
  } catch (const std::exception&) {
    entries_.clear();  // a damaged manifest only costs a full run
  }
}

std::string Manifest::Save(const std::string& dir) const {
  nlohmann::ordered_json files = nlohmann::ordered_json::object();
  for (const auto& [input, e] : entries_) {
    std::ostringstream hash;
    hash << std::hex << e.hash;
    files[input] = {{"size", e.size}, {"mtime_ns", e.mtime_ns}, {"hash", hash.str()},
                    {"output", e.output}};
  }
  const nlohmann::ordered_json j = {{"fingerprint", fingerprint_}, {"files", std::move(files)}};
  return WriteFileAtomic((fs::path(dir) / kManifestName).string(),
                         j.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
}

const ManifestEntry* Manifest::Find(const std::string& input) const {
  const auto it = entries_.find(input);
  return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace newsextract
