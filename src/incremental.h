// incremental: what a run may leave alone. An input unchanged since the run
// that wrote its output is skipped (same size and mtime, else the same
// content), each output is claimed by one input of a run, and --prune
// removes the outputs of inputs that are gone. The records live in the
// output folder's manifest or the database (manifest_file, sqlite_sink).
#ifndef NEWSEXTRACT_INCREMENTAL_H_
#define NEWSEXTRACT_INCREMENTAL_H_

#include <sys/stat.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "manifest_file.h"
#include "newsextract/options.h"
#include "output_dir.h"

namespace newsextract {

class SqliteSink;

// What identifies the tool version, the rules (their text) and the options
// that change an article's JSON; kept in the manifest and the database so
// that a change redoes every file. Stable across builds and machines.
std::string Fingerprint(const ExtractOptions& options, std::string_view rules_text);

// The output an input's relative path maps to below the output folder:
// its extension replaced by .json.
std::string OutputName(const std::string& relative);

// The wall clock in nanoseconds, as file mtimes count.
int64_t WallClockNs();

// Sets size, mtime and `recheck` of *entry from `st`, looked at `now_ns`:
// an mtime this close to the moment may be written again within the same
// timestamp tick, so the next run compares the content instead.
void SetStat(const struct stat& st, int64_t now_ns, ManifestEntry* entry);

// Whether the input at `path` is gone, not merely unreadable: a folder that
// is not mounted right now must not cost its outputs.
bool InputGone(const std::string& path);

// The output names claimed in one run, kept as 64-bit hashes (ContentHash)
// in one flat table: 11 to 21 bytes an input, where a node-based set took
// about 40.
class ClaimSet {
 public:
  // False when `hash` is claimed already.
  bool Insert(uint64_t hash);
  bool Contains(uint64_t hash) const;

 private:
  size_t Slot(uint64_t hash) const;  // where `hash` is or would go

  std::vector<uint64_t> slots_;  // 0: empty (a hash of 0 is kept as 1)
  size_t size_ = 0;
};

// The records of one run. Claim, Recorded and Record run in input order on
// one thread; the Unchanged checks on any.
class Incremental {
 public:
  // `skip`: --incremental (without it nothing is skipped). `folder`: the
  // output folder whose manifest keeps the records, or null when they are
  // a database's rows (which exist while their entries do).
  Incremental(bool skip, const OutputFolder* folder);

  // The database's records, loaded by the caller (sqlite_sink) before the
  // run.
  Manifest* manifest() { return &database_records_; }
  // Opens the output folder's manifest (ManifestFile::Load); what a user
  // should hear of.
  std::vector<std::string> Load(const std::string& fingerprint);
  // Saves the output folder's manifest (ManifestFile::Save). With `prune`,
  // the outputs (and entries) of recorded inputs that are gone are removed
  // on the way and counted in *pruned: an output another input claimed this
  // run is kept, and inputs that exist but this run did not look at keep
  // theirs. Safe while workers still run. "" or the reason.
  std::string Save(bool prune, size_t* pruned);

  // Claims the output `relative` maps to for this run: two inputs of one
  // run may map to one output (x.md and x.html), and the first in input
  // order keeps it. Sets *output; "" or why the input fails.
  std::string Claim(const std::string& relative, std::string* output);

  // The entry the last run left for `input`, with or without
  // --incremental (a run that changes nothing rewrites no manifest).
  std::optional<ManifestEntry> Recorded(const std::string& input);
  // Before reading, with --incremental: `now` (size, mtime, output) is as
  // recorded, the mtime was not too recent to trust, and the output is
  // still there.
  bool UnchangedByStat(const std::optional<ManifestEntry>& old, const ManifestEntry& now) const;
  // After reading, with --incremental: the content hash and output are as
  // recorded and the output is still there (a file touched but not changed).
  bool UnchangedByContent(const std::optional<ManifestEntry>& old, const ManifestEntry& now) const;
  // What `input` looks like now, for the next run; `old` is what Recorded
  // gave for it.
  void Record(const std::string& input, const std::optional<ManifestEntry>& old,
              const ManifestEntry& entry);

 private:
  bool OutputExists(const ManifestEntry& entry) const;
  bool PruneIfGone(const std::string& input, const ManifestEntry& entry);

  const bool skip_;
  const OutputFolder* folder_;
  std::unique_ptr<ManifestFile> file_;  // with an output folder
  Manifest database_records_;
  ClaimSet claimed_;  // ContentHash of each output name this run
};

// --prune on a database: deletes the rows of stored inputs that are gone.
// Adds to *pruned; "" or the database's error.
std::string PruneDatabase(SqliteSink* sink, size_t* pruned);

}  // namespace newsextract

#endif  // NEWSEXTRACT_INCREMENTAL_H_
