// file_io: whole files and pipes read with a bound. Every file newsextract
// reads whole (articles, rules, the manifest) may be anything a path can
// name: /dev/zero, a log still growing, a 1 GB file planted by someone
// else, a named pipe nobody writes to. The bounds make each cost at most
// its limit, in bytes and in time.
#ifndef NEWSEXTRACT_FILE_IO_H_
#define NEWSEXTRACT_FILE_IO_H_

#include <sys/stat.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>

namespace newsextract {

// Reads `fd` to its end into *out, at most `limit` bytes. `size_hint` (the
// size stat gave) sizes the first buffer. Returns 0, EFBIG when there is
// more than `limit` (*out then holds limit + 1 bytes), or the errno of a
// failed read.
int ReadAllLimited(int fd, size_t limit, size_t size_hint, std::string* out);

// Opens `path` and reads it as ReadAllLimited does; 0 or an errno value.
int ReadFileLimited(const std::string& path, size_t limit, std::string* out);

// What reading one input may cost.
struct ReadLimits {
  // Bytes at most (--max-file-size).
  size_t max_bytes = 16u << 20;
  // How long a pipe's writer is waited for, in seconds (--timeout-per-file);
  // 0: no limit.
  double timeout_seconds = 0;
  // When set and it turns true, a wait for a pipe ends as "cancelled".
  const std::atomic<bool>* cancel = nullptr;
};

// "" when a file of `size` bytes may be read under `max_bytes`, else the
// error: "file is N bytes, over the limit of L (--max-file-size)".
std::string CheckFileSize(uint64_t size, size_t max_bytes);

// Stats an article input into *st: false with *error set when it is gone
// or is neither a regular file nor a named pipe (a device such as
// /dev/zero never ends; a pipe is read up to the limits).
bool StatInput(const std::string& path, struct stat* st, std::string* error);

// Reads an article input whole into *out: a regular file of `size` bytes
// (as stat gave it), or a named pipe when `is_pipe`, opened without
// blocking so that a pipe nobody writes to is an error, not a hang. False
// with *error set (without the path) when it cannot be read within
// `limits`.
bool ReadInput(const std::string& path, bool is_pipe, uint64_t size, const ReadLimits& limits,
               std::string* out, std::string* error);

}  // namespace newsextract

#endif  // NEWSEXTRACT_FILE_IO_H_
