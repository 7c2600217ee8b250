#include "inputs.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

namespace newsextract {
namespace fs = std::filesystem;
namespace {

bool MatchesGlob(const std::string& name, const std::vector<std::string>& globs) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return fnmatch(g.c_str(), name.c_str(), 0) == 0; });
}

std::string Join(const std::string& dir, const std::string& name) {
  return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

class Walker {
 public:
  Walker(const BatchOptions& options, std::vector<InputItem>* out) : options_(options), out_(out) {}

  void Walk(const std::string& dir, const std::string& relative) {
    struct stat st;
    if (stat(dir.c_str(), &st) != 0) return Error(dir, strerror(errno));
    const std::pair<dev_t, ino_t> id{st.st_dev, st.st_ino};
    if (!ancestors_.insert(id).second) return Error(dir, "symlink loop; not followed again");
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      ancestors_.erase(id);
      return Error(dir, "cannot read folder: " + ec.message());
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        Error(dir, "cannot read folder: " + ec.message());
        break;
      }
      Visit(*it, dir, relative);
    }
    ancestors_.erase(id);
  }

 private:
  void Visit(const fs::directory_entry& entry, const std::string& dir, const std::string& relative) {
    const std::string name = entry.path().filename().string();
    const std::string path = Join(dir, name);
    const std::string rel = relative.empty() ? name : relative + "/" + name;
    std::error_code ec;
    if (entry.is_symlink(ec) && !options_.follow_symlinks) return;
    if (entry.is_directory(ec)) return Walk(path, rel);
    if (entry.is_regular_file(ec) && MatchesGlob(name, options_.globs)) {
      out_->push_back({path, rel, ""});
    }
  }

  void Error(const std::string& path, const std::string& message) {
    out_->push_back({path, "", message});
  }

  const BatchOptions& options_;
  std::vector<InputItem>* out_;
  std::set<std::pair<dev_t, ino_t>> ancestors_;
};

}  // namespace

void WalkFolder(const std::string& root, const BatchOptions& options, std::vector<InputItem>* out) {
  const size_t first = out->size();
  Walker(options, out).Walk(root, "");
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
            [](const InputItem& a, const InputItem& b) { return a.path < b.path; });
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

InputSource::InputSource(const BatchOptions& options, FILE* list) : options_(options), list_(list) {
  for (const auto& path : options.paths) Add(path, false);
  known_total_ = queue_.size();
}

void InputSource::Add(const std::string& path, bool from_list) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    queue_.push_back({path, "", strerror(errno)});
  } else if (S_ISDIR(st.st_mode)) {
    std::vector<InputItem> walked;
    WalkFolder(path, options_, &walked);
    for (auto& item : walked) {
      // From a list, outputs mirror the folder as named there.
      if (from_list && item.error.empty()) item.relative = SafeRelative(path) + "/" + item.relative;
      queue_.push_back(std::move(item));
    }
  } else {
    queue_.push_back({path, from_list ? SafeRelative(path) : fs::path(path).filename().string(), ""});
  }
}

bool InputSource::ReadListEntry(std::string* entry) {
  char* line = nullptr;
  size_t cap = 0;
  const ssize_t n = getdelim(&line, &cap, options_.null_separated ? '\0' : '\n', list_);
  if (n < 0) {
    free(line);
    return false;
  }
  entry->assign(line, static_cast<size_t>(n));
  free(line);
  while (!entry->empty() && (entry->back() == '\n' || entry->back() == '\0' ||
                             (!options_.null_separated && entry->back() == '\r'))) {
    entry->pop_back();
  }
  return true;
}

bool InputSource::Next(InputItem* item) {
  while (queue_.empty() && list_ != nullptr) {
    std::string entry;
    if (!ReadListEntry(&entry)) {
      list_ = nullptr;
      break;
    }
    if (!entry.empty()) Add(entry, true);
  }
  if (queue_.empty()) return false;
  *item = std::move(queue_.front());
  queue_.pop_front();
  return true;
}

}  // namespace newsextract
