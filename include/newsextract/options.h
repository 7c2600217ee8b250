// Options that change what one article run produces (ExtractOptions), and
// which files a run reads (InputOptions). The rest of a batch's options
// (jobs, output folder, ...) live in batch.h.
#ifndef NEWSEXTRACT_OPTIONS_H_
#define NEWSEXTRACT_OPTIONS_H_

#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

namespace newsextract {

// The inputs of a run: named files and folders, and a list of paths.
struct InputOptions {
  // Files and folders from the command line; folders are walked.
  std::vector<std::string> paths;
  // A file listing inputs, one per line ("-": standard input); empty: none.
  std::string files_from;
  // The list in files_from is NUL-separated (find -print0).
  bool null_separated = false;
  // File name patterns a folder walk takes (fnmatch); files named directly
  // are always taken.
  std::vector<std::string> globs = {"*.md", "*.markdown", "*.html", "*.htm", "*.txt"};
  // Follow symbolic links while walking (loops are detected).
  bool follow_symlinks = false;
};

struct ExtractOptions {
  // Files larger than this are refused before they are read (file_io's
  // ReadInput); ExtractArticle takes the bytes it is given.
  size_t max_file_size = 16u << 20;
  // Front matter larger than this is not handed to yaml-cpp, whose memory
  // use is ~90x its input.
  size_t max_front_matter_size = 64u << 10;
  // YAML nodes converted to JSON at most; alias bombs expand past any
  // sane article.
  size_t max_yaml_nodes = 100000;
  // HTML nesting deeper than this is refused: gumbo walks its stack of
  // open elements for nearly every token, and the text layer walks the
  // tree recursively.
  size_t max_html_depth = 2000;
  // Attributes on one tag at most: gumbo is quadratic in them.
  size_t max_html_attributes = 1000;
  // Time budget for one file in seconds (--timeout-per-file), checked
  // between and inside stages, and for a pipe's writer while it is read;
  // 0: none.
  double timeout_seconds = 10;
  // Indent the JSON for people.
  bool pretty = false;
  // Say, for each ranking cue, whether it became a list or which rule
  // rejected it (ArticleResult::explain).
  bool explain = false;
  // When set and it turns true, the article stops at its next budget check
  // and fails as cancelled (a batch that got SIGTERM); null: never.
  const std::atomic<bool>* cancel = nullptr;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_OPTIONS_H_
