// Bounded reads: whole files and named pipes, up to a size limit and, for
// a pipe, a time budget.
#include "file_io.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <system_error>

namespace newsextract {
namespace {

std::string ErrnoText(int error) { return std::generic_category().message(error); }

// Reads at most `limit` + 1 bytes, so a file that grows after stat (a log,
// /dev/zero named by a list) is refused by the size check, not read forever.
bool ReadRegular(const std::string& path, size_t size, size_t limit, std::string* out,
                 std::string* error) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = "cannot open: " + ErrnoText(errno);
    return false;
  }
  const int failed = ReadAllLimited(fd, limit, size, out);
  close(fd);
  if (failed == EFBIG) {
    *error = "file grew past the limit of " + std::to_string(limit) +
             " bytes while read (--max-file-size)";
  } else if (failed != 0) {
    *error = "read error: " + ErrnoText(failed);
  }
  return failed == 0;
}

// Reads the pipe open at `fd` without blocking past the time budget.
// Waits a tenth of a second at a time, so that a cancel stops it too.
void ReadPipeFd(int fd, const ReadLimits& limits, std::string* out, std::string* error) {
  const double timeout = limits.timeout_seconds;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout);
  char buf[1 << 16];
  while (true) {
    if (limits.cancel != nullptr && *limits.cancel) {
      *error = "cancelled";
      return;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd p{fd, POLLIN, 0};
    const long long wait = timeout > 0 ? std::max<long long>(left.count(), 0) : 100;
    const int ready = poll(&p, 1, static_cast<int>(std::min<long long>(wait, 100)));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0 && (timeout <= 0 || left.count() > 100)) continue;
    if (ready == 0) {
      *error = "no data from the pipe within the time budget (--timeout-per-file)";
      return;
    }
    const ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
    if (n < 0) *error = "read error: " + ErrnoText(errno);
    if (n <= 0) return;  // 0: the writer closed its end
    out->append(buf, static_cast<size_t>(n));
    if (out->size() > limits.max_bytes) {
      *error = "more than " + std::to_string(limits.max_bytes) +
               " bytes from the pipe (--max-file-size)";
      return;
    }
  }
}

// Opened non-blocking, so a pipe nobody writes to is an error, not a hang.
bool ReadPipe(const std::string& path, const ReadLimits& limits, std::string* out,
              std::string* error) {
  const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    *error = "cannot open: " + ErrnoText(errno);
    return false;
  }
  ReadPipeFd(fd, limits, out, error);
  close(fd);
  return error->empty();
}

}  // namespace

// POSIX calls, not an ifstream: no stream buffer to allocate and fill per
// file, and errno says what went wrong.
int ReadAllLimited(int fd, size_t limit, size_t size_hint, std::string* out) {
  // Sized from the hint, plus one byte to see the end of the file; a file
  // that grew since is read on to its end, or to one byte past the limit.
  out->resize(std::min(size_hint, limit) + 1);
  size_t got = 0;
  while (true) {
    if (got == out->size()) {
      if (got > limit) break;
      out->resize(std::min(2 * got, limit + 1));
    }
    const ssize_t n = read(fd, out->data() + got, out->size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  out->resize(got);
  return got > limit ? EFBIG : 0;
}

int ReadFileLimited(const std::string& path, size_t limit, std::string* out) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int error = ReadAllLimited(fd, limit, 64u << 10, out);
  close(fd);
  return error;
}

bool StatInput(const std::string& path, struct stat* st, std::string* error) {
  if (stat(path.c_str(), st) != 0) {
    *error = ErrnoText(errno);
    return false;
  }
  if (!S_ISREG(st->st_mode) && !S_ISFIFO(st->st_mode)) {
    *error = "not a regular file";
    return false;
  }
  return true;
}

std::string CheckFileSize(uint64_t size, size_t max_bytes) {
  if (size <= max_bytes) return "";
  return "file is " + std::to_string(size) + " bytes, over the limit of " +
         std::to_string(max_bytes) + " (--max-file-size)";
}

bool ReadInput(const std::string& path, bool is_pipe, uint64_t size, const ReadLimits& limits,
               std::string* out, std::string* error) {
  *error = CheckFileSize(size, limits.max_bytes);
  if (!error->empty()) return false;
  return is_pipe ? ReadPipe(path, limits, out, error)
                 : ReadRegular(path, static_cast<size_t>(size), limits.max_bytes, out, error);
}

}  // namespace newsextract
