// Incremental runs: the skip decisions, output claims, --prune and the
// fingerprint that ties records to the rules and options that made them.
#include "incremental.h"

#include <cerrno>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <sstream>

#include "newsextract/version.h"
#include "sqlite_sink.h"

namespace newsextract {
namespace {

// A file whose mtime is this close to the moment it was looked at may be
// written again within the same timestamp tick (a coarse clock tick on
// Linux, 2 s on FAT, skew on NFS): its size and mtime do not prove that
// the content is the one read, so the next run compares the content.
constexpr int64_t kRecheckWindowNs = 2'000'000'000;

}  // namespace

std::string Fingerprint(const ExtractOptions& o, std::string_view rules_text) {
  std::ostringstream s;
  s << NEWSEXTRACT_VERSION << ";" << o.max_file_size << ";" << o.max_front_matter_size << ";"
    << o.max_yaml_nodes << ";" << o.max_html_depth << ";" << o.max_html_attributes << ";"
    << o.pretty << ";" << std::hex << ContentHash(rules_text);
  return s.str();
}

std::string OutputName(const std::string& relative) {
  std::filesystem::path p(relative);
  p.replace_extension(".json");
  return p.string();
}

int64_t WallClockNs() {
  timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  return static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

void SetStat(const struct stat& st, int64_t now_ns, ManifestEntry* entry) {
  entry->size = static_cast<uint64_t>(st.st_size);
  entry->mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  entry->recheck = entry->mtime_ns + kRecheckWindowNs >= now_ns;
}

bool InputGone(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) == 0) return !S_ISREG(st.st_mode);
  return errno == ENOENT || errno == ENOTDIR;
}

std::string Incremental::Save() {
  const std::unique_lock lock(mutex_);
  return manifest_.Save(*folder_);
}

// Hashes, not names, keep the set small for big folders.
std::string Incremental::Claim(const std::string& relative, std::string* output) {
  *output = OutputName(relative);
  if (*output == kManifestName) {
    return "its output name " + *output + " is the manifest's; rename the input";
  }
  if (!claimed_.insert(ContentHash(*output)).second) {
    return "its output " + *output + " is already written for an earlier input of this run";
  }
  return "";
}

std::optional<ManifestEntry> Incremental::Recorded(const std::string& input) const {
  if (!skip_) return std::nullopt;
  const std::shared_lock lock(mutex_);
  const ManifestEntry* e = manifest_.Find(input);
  return e ? std::optional<ManifestEntry>(*e) : std::nullopt;
}

bool Incremental::UnchangedByStat(const std::optional<ManifestEntry>& old,
                                  const ManifestEntry& now) const {
  return old && !old->recheck && old->size == now.size && old->mtime_ns == now.mtime_ns &&
         old->output == now.output && OutputExists(*old);
}

bool Incremental::UnchangedByContent(const std::optional<ManifestEntry>& old,
                                     const ManifestEntry& now) const {
  return old && old->hash == now.hash && old->output == now.output && OutputExists(*old);
}

void Incremental::Record(const std::string& input, const ManifestEntry& entry) {
  const std::unique_lock lock(mutex_);
  manifest_.Set(input, entry);
}

// An output deleted by hand is written again, though its input is
// unchanged. A database's entries are its rows: they exist.
bool Incremental::OutputExists(const ManifestEntry& entry) const {
  return folder_ == nullptr || folder_->Exists(entry.output);
}

size_t Incremental::Prune() {
  const std::unique_lock lock(mutex_);
  std::vector<std::string> gone;
  for (const auto& [input, entry] : manifest_.entries()) {
    if (InputGone(input)) gone.push_back(input);
  }
  for (const auto& input : gone) {
    const std::string output = manifest_.Find(input)->output;
    // x.md deleted and x.html added: the name now holds the new input's output.
    if (!claimed_.count(ContentHash(output))) folder_->Remove(output);
    manifest_.Erase(input);
  }
  return gone.size();
}

std::string PruneDatabase(SqliteSink* sink, size_t* pruned) {
  std::vector<std::string> paths;
  std::string error = sink->LoadPaths(&paths);
  for (size_t i = 0; i < paths.size() && error.empty(); ++i) {
    if (!InputGone(paths[i])) continue;
    error = sink->Remove(paths[i]);
    ++*pruned;
  }
  return error;
}

}  // namespace newsextract
