// inputs: which files a run reads, in a deterministic order.
#ifndef NEWSEXTRACT_INPUTS_H_
#define NEWSEXTRACT_INPUTS_H_

#include <cstdio>
#include <deque>
#include <string>
#include <vector>

#include "newsextract/batch.h"

namespace newsextract {

struct InputItem {
  std::string path;      // as reached from the argument, like find prints it
  std::string relative;  // where its output goes below --output-dir
  std::string error;     // non-empty: this input cannot be read (why)
};

// Command-line paths first (each folder walked, its files sorted by path
// byte-wise), then the entries of --files-from as they are read, so a
// streaming producer is served as it writes.
class InputSource {
 public:
  InputSource(const BatchOptions& options, FILE* list);
  // False when no input is left.
  bool Next(InputItem* item);
  // Inputs known up front (walked folders); the list's are not counted.
  size_t known_total() const { return known_total_; }

 private:
  void Add(const std::string& path, bool from_list);
  bool ReadListEntry(std::string* entry);

  const BatchOptions& options_;
  FILE* list_;
  std::deque<InputItem> queue_;
  size_t known_total_ = 0;
};

// Walks `root` (a folder) and appends its matching files, sorted.
void WalkFolder(const std::string& root, const BatchOptions& options, std::vector<InputItem>* out);

// The path below --output-dir for an input named on the command line or in
// a list: no leading /, ./ or .. components.
std::string SafeRelative(const std::string& path);

}  // namespace newsextract

#endif  // NEWSEXTRACT_INPUTS_H_
