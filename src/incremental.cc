// Incremental runs: the skip decisions, output claims, --prune and the
// fingerprint that ties records to the rules and options that made them.
#include "incremental.h"

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <filesystem>
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

bool ClaimSet::Insert(uint64_t hash) {
  hash = hash ? hash : 1;
  if ((size_ + 1) * 4 > slots_.size() * 3) {  // over 3/4 full: twice the slots
    std::vector<uint64_t> old(std::max<size_t>(1024, slots_.size() * 2), 0);
    old.swap(slots_);
    for (const uint64_t h : old) {
      if (h) slots_[Slot(h)] = h;
    }
  }
  const size_t slot = Slot(hash);
  if (slots_[slot] == hash) return false;
  slots_[slot] = hash;
  ++size_;
  return true;
}

bool ClaimSet::Contains(uint64_t hash) const {
  hash = hash ? hash : 1;
  return !slots_.empty() && slots_[Slot(hash)] == hash;
}

// Linear probing from a slot the hash's high bits pick (FNV-1a's low bits
// vary least).
size_t ClaimSet::Slot(uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  size_t slot = static_cast<size_t>((hash * 0x9e3779b97f4a7c15ull) >> 20) & mask;
  while (slots_[slot] != 0 && slots_[slot] != hash) slot = (slot + 1) & mask;
  return slot;
}

Incremental::Incremental(bool skip, const OutputFolder* folder)
    : skip_(skip),
      folder_(folder),
      file_(folder ? std::make_unique<ManifestFile>(folder) : nullptr) {}

std::vector<std::string> Incremental::Load(const std::string& fingerprint) {
  return file_->Load(fingerprint);
}

std::string Incremental::Save(bool prune, size_t* pruned) {
  ManifestFile::Gone gone;
  if (prune)
    gone = [this](const std::string& i, const ManifestEntry& e) { return PruneIfGone(i, e); };
  return file_->Save(gone, pruned);
}

// Hashes, not names, keep the set small for big folders.
std::string Incremental::Claim(const std::string& relative, std::string* output) {
  *output = OutputName(relative);
  if (*output == kManifestName) {
    return "its output name " + *output + " is the manifest's; rename the input";
  }
  if (!claimed_.Insert(ContentHash(*output))) {
    return "its output " + *output + " is already written for an earlier input of this run";
  }
  return "";
}

std::optional<ManifestEntry> Incremental::Recorded(const std::string& input) {
  if (file_) return file_->Find(input);
  const ManifestEntry* e = database_records_.Find(input);
  return e ? std::optional<ManifestEntry>(*e) : std::nullopt;
}

bool Incremental::UnchangedByStat(const std::optional<ManifestEntry>& old,
                                  const ManifestEntry& now) const {
  return skip_ && old && !old->recheck && old->size == now.size && old->mtime_ns == now.mtime_ns &&
         old->output == now.output && OutputExists(*old);
}

bool Incremental::UnchangedByContent(const std::optional<ManifestEntry>& old,
                                     const ManifestEntry& now) const {
  return skip_ && old && old->hash == now.hash && old->output == now.output && OutputExists(*old);
}

void Incremental::Record(const std::string& input, const std::optional<ManifestEntry>& old,
                         const ManifestEntry& entry) {
  if (file_ && old != entry) file_->Record(input, entry);
}

// An output deleted by hand is written again, though its input is
// unchanged. A database's entries are its rows: they exist.
bool Incremental::OutputExists(const ManifestEntry& entry) const {
  return folder_ == nullptr || folder_->Exists(entry.output);
}

// x.md deleted and x.html added: the name now holds the new input's output.
bool Incremental::PruneIfGone(const std::string& input, const ManifestEntry& entry) {
  if (!InputGone(input)) return false;
  if (!claimed_.Contains(ContentHash(entry.output))) folder_->Remove(entry.output);
  return true;
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
