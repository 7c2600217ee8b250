// create_floor: the file system's cost of an output folder, with nothing
// else. It writes COUNT files of BYTES bytes each into DIR (which must not
// exist), 500 to a subfolder, the way `newsextract -o` writes a new output: an unnamed file
// (O_TMPFILE), its bytes, a link to its name, close; `--named` opens each
// name with O_CREAT|O_EXCL instead, the cheapest way to make a file at all.
// `--sync` ends with one syncfs: the files durable, as -o leaves them.
// bench/run.sh times it for as many files as its corpus has, which bounds
// the throughput of `-o DIR` against printing to stdout on the machine.
//
// Usage: create_floor [--named] [--sync] DIR COUNT [BYTES]   (BYTES default 12000)
// Exit status: 0 on success, 1 if a file could not be written, 2 on a usage
// error.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

bool WriteAll(int fd, const std::vector<char>& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// One output under `name` in the folder `dir_fd`, as newsextract makes a new
// one: unnamed, written, then linked in.
bool WriteUnnamed(int dir_fd, const std::string& name, const std::vector<char>& bytes) {
  const int fd = openat(dir_fd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = WriteAll(fd, bytes);
  // By descriptor where allowed (as root), else through /proc, as
  // src/output_dir.cc links.
  if (ok && linkat(fd, "", dir_fd, name.c_str(), AT_EMPTY_PATH) != 0) {
    const std::string proc = "/proc/self/fd/" + std::to_string(fd);
    ok = linkat(AT_FDCWD, proc.c_str(), dir_fd, name.c_str(), AT_SYMLINK_FOLLOW) == 0;
  }
  return close(fd) == 0 && ok;
}

bool WriteNamed(int dir_fd, const std::string& name, const std::vector<char>& bytes) {
  const int fd = openat(dir_fd, name.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  const bool ok = WriteAll(fd, bytes);
  return close(fd) == 0 && ok;
}

int Usage() {
  std::fputs("usage: create_floor [--named] [--sync] DIR COUNT [BYTES]\n", stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool named = false, sync = false;
  while (!args.empty() && (args.front() == "--named" || args.front() == "--sync")) {
    (args.front() == "--named" ? named : sync) = true;
    args.erase(args.begin());
  }
  if (args.size() < 2 || args.size() > 3) return Usage();
  const long count = std::strtol(args[1].c_str(), nullptr, 10);
  const long size = args.size() == 3 ? std::strtol(args[2].c_str(), nullptr, 10) : 12000;
  if (count <= 0 || size < 0) return Usage();
  const std::string& dir = args[0];
  if (mkdir(dir.c_str(), 0755) != 0) {
    std::fprintf(stderr, "create_floor: error: %s: %s\n", dir.c_str(), std::strerror(errno));
    return 1;
  }
  const int dir_fd = open(dir.c_str(), O_DIRECTORY | O_RDONLY | O_CLOEXEC);
  if (dir_fd < 0) {
    std::fprintf(stderr, "create_floor: error: %s: %s\n", dir.c_str(), std::strerror(errno));
    return 1;
  }
  const std::vector<char> bytes(static_cast<size_t>(size), 'x');
  // 500 files a subfolder, as bench/make_corpus.py lays out the inputs
  // that -o mirrors.
  constexpr long kPerFolder = 500;
  int sub_fd = -1;
  for (long i = 0; i < count; ++i) {
    const std::string sub = "d" + std::to_string(i / kPerFolder);
    if (i % kPerFolder == 0) {
      if (sub_fd >= 0) close(sub_fd);
      sub_fd = mkdirat(dir_fd, sub.c_str(), 0755) == 0
                   ? openat(dir_fd, sub.c_str(), O_DIRECTORY | O_RDONLY | O_CLOEXEC)
                   : -1;
    }
    const std::string name = "out" + std::to_string(i) + ".json";
    if (sub_fd < 0 || !(named ? WriteNamed : WriteUnnamed)(sub_fd, name, bytes)) {
      std::fprintf(stderr, "create_floor: error: %s/%s/%s: %s\n", dir.c_str(), sub.c_str(),
                   name.c_str(), std::strerror(errno));
      return 1;
    }
  }
  if (sub_fd >= 0) close(sub_fd);
  if (sync && syncfs(dir_fd) != 0) {
    std::fprintf(stderr, "create_floor: error: %s: %s\n", dir.c_str(), std::strerror(errno));
    return 1;
  }
  close(dir_fd);
  return 0;
}
