#include "read_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace newsextract {

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

}  // namespace newsextract
