// gumbo_only: the baseline newsextract is measured against.
//
// For each input (a file, or a folder walked recursively for .md, .markdown,
// .html, .htm and .txt files, in sorted order) it reads the file, skips a
// leading BOM, blank lines and a YAML front matter block delimited by `---`
// lines, parses the rest with gumbo and frees the tree. Nothing else: the time
// it takes is the floor for any tool that reads the same files and parses the
// same HTML.
//
// Usage: gumbo_only [--arena] [-j N] PATH...
// `--arena` parses into newsextract's GumboArena (src/gumbo_arena.h) instead
// of gumbo's default malloc/free: the same floor with the allocator
// newsextract uses, so the report can show newsextract's own cost apart from
// what the arena saves. `-j N` is accepted and ignored so the program can
// stand in for newsextract in bench/run.sh. Prints the number of files parsed to stderr. Exit
// status: 0 on success, 1 if a file could not be read, 2 on a usage error.

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "file_io.h"
#include "gumbo_arena.h"

namespace fs = std::filesystem;

namespace {

bool HasArticleExtension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm" || ext == ".txt";
}

// Appends the files named by `arg` to `out`: the path itself, or the article
// files under it, sorted. Returns false if the folder cannot be walked.
bool CollectInputs(const std::string& arg, std::vector<std::string>* out) {
  std::error_code ec;
  if (!fs::is_directory(arg, ec)) {
    out->push_back(arg);
    return true;
  }
  std::vector<std::string> found;  // fs::path would keep a path per component.
  fs::recursive_directory_iterator it(arg, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code file_ec;  // A dangling link is skipped, not an error.
    if (it->is_regular_file(file_ec) && HasArticleExtension(it->path())) {
      found.push_back(it->path().string());
    }
  }
  if (ec) {
    std::cerr << "gumbo_only: error: " << arg << ": " << ec.message() << '\n';
    return false;
  }
  std::sort(found.begin(), found.end());
  out->insert(out->end(), found.begin(), found.end());
  return true;
}

// The line starting at `pos` without its line break, and in `next` the offset
// of the following line.
std::string_view LineAt(std::string_view text, size_t pos, size_t* next) {
  size_t end = text.find('\n', pos);
  *next = end == std::string_view::npos ? text.size() : end + 1;
  std::string_view line =
      text.substr(pos, (end == std::string_view::npos ? text.size() : end) - pos);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line;
}

// The HTML body: what follows the BOM, blank lines and front matter. Without
// a closing `---` line the whole text after the blank lines is the body.
std::string_view Body(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  size_t pos = 0, next = 0;
  while (pos < text.size() && LineAt(text, pos, &next).empty()) pos = next;
  text.remove_prefix(pos);
  if (LineAt(text, 0, &next) != "---") return text;
  for (pos = next; pos < text.size(); pos = next) {
    if (LineAt(text, pos, &next) == "---") return text.substr(next);
  }
  return text;
}

void ParseAndFree(std::string_view html, bool arena) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  if (arena) {
    newsextract::GumboArena& a = newsextract::GumboArena::OfThisThread();
    a.Parse(options, html);
    a.Reset();
    return;
  }
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  gumbo_destroy_output(&options, output);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::vector<std::string> inputs;
  bool ok = true;
  bool any_path = false;
  bool arena = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-j" || arg == "--jobs") {
      ++i;  // Ignored: gumbo_only is single-threaded.
    } else if (arg.starts_with("-j") || arg.starts_with("--jobs=")) {
      // Ignored, as above.
    } else if (arg == "--arena") {
      arena = true;
    } else if (arg == "-h" || arg == "--help") {
      std::cout << "usage: gumbo_only [--arena] [-j N] PATH...\n";
      return 0;
    } else {
      any_path = true;
      ok = CollectInputs(arg, &inputs) && ok;
    }
  }
  if (!any_path) {
    std::cerr << "usage: gumbo_only [--arena] [-j N] PATH...\n";
    return 2;
  }
  uint64_t files = 0, bytes = 0;
  for (const std::string& path : inputs) {
    // Read as newsextract reads it, up to its default --max-file-size.
    std::string content;
    if (newsextract::ReadFileLimited(path, newsextract::ReadLimits().max_bytes, &content) != 0) {
      std::cerr << "gumbo_only: error: " << path << ": cannot read\n";
      ok = false;
      continue;
    }
    ParseAndFree(Body(content), arena);
    ++files;
    bytes += content.size();
  }
  std::cerr << "gumbo_only: " << files << " files, " << bytes << " bytes\n";
  return ok ? 0 : 1;
}
