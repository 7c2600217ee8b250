// read_file: whole files read with a bound. Every file newsextract reads
// whole (articles, rules, the manifest) may be anything a path can name:
// /dev/zero, a log still growing, a 1 GB file planted by someone else. The
// bound makes each cost at most its limit.
#ifndef NEWSEXTRACT_READ_FILE_H_
#define NEWSEXTRACT_READ_FILE_H_

#include <cstddef>
#include <string>

namespace newsextract {

// Reads `fd` to its end into *out, at most `limit` bytes. `size_hint` (the
// size stat gave) sizes the first buffer. Returns 0, EFBIG when there is
// more than `limit` (*out then holds limit + 1 bytes), or the errno of a
// failed read.
int ReadAllLimited(int fd, size_t limit, size_t size_hint, std::string* out);

// Opens `path` and reads it as ReadAllLimited does; 0 or an errno value.
int ReadFileLimited(const std::string& path, size_t limit, std::string* out);

}  // namespace newsextract

#endif  // NEWSEXTRACT_READ_FILE_H_
