// incremental: what a run may leave alone. An input unchanged since the run
// that wrote its output is skipped (same size and mtime, else the same
// content), each output is claimed by one input of a run, and --prune
// removes the outputs of inputs that are gone. The records live in the
// output folder's manifest or the database (output_dir, sqlite_sink).
#ifndef NEWSEXTRACT_INCREMENTAL_H_
#define NEWSEXTRACT_INCREMENTAL_H_

#include <sys/stat.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

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

// The records of one run. Claim and Record run in input order on one
// thread; Recorded and the Unchanged checks on any.
class Incremental {
 public:
  // `skip`: --incremental (without it nothing is skipped). `folder`: the
  // output folder whose files the entries name, or null when the outputs
  // are a database's rows (which exist while their entries do).
  Incremental(bool skip, const OutputFolder* folder) : skip_(skip), folder_(folder) {}

  // The records as the last run left them: loaded by the caller (from the
  // manifest or the database) before the run, saved after it.
  Manifest* manifest() { return &manifest_; }
  // Saves the manifest to the output folder (Manifest::Save); safe while
  // workers still read it. "" or the reason.
  std::string Save();

  // Claims the output `relative` maps to for this run: two inputs of one
  // run may map to one output (x.md and x.html), and the first in input
  // order keeps it. Sets *output; "" or why the input fails.
  std::string Claim(const std::string& relative, std::string* output);

  // The entry the last run left for `input`; none without --incremental.
  std::optional<ManifestEntry> Recorded(const std::string& input) const;
  // Before reading: `now` (size, mtime, output) is as recorded, the mtime
  // was not too recent to trust, and the output is still there.
  bool UnchangedByStat(const std::optional<ManifestEntry>& old, const ManifestEntry& now) const;
  // After reading: the content hash and output are as recorded and the
  // output is still there (a file touched but not changed).
  bool UnchangedByContent(const std::optional<ManifestEntry>& old, const ManifestEntry& now) const;
  // What `input` looks like now, for the next run.
  void Record(const std::string& input, const ManifestEntry& entry);

  // Removes the outputs (and entries) of recorded inputs that are gone; an
  // output another input claimed this run is kept. Inputs that exist but
  // this run did not look at keep theirs. Returns how many were pruned.
  size_t Prune();

 private:
  bool OutputExists(const ManifestEntry& entry) const;

  const bool skip_;
  const OutputFolder* folder_;
  Manifest manifest_;
  mutable std::shared_mutex mutex_;       // workers read entries while the output stage writes them
  std::unordered_set<uint64_t> claimed_;  // ContentHash of each output name this run
};

// --prune on a database: deletes the rows of stored inputs that are gone.
// Adds to *pruned; "" or the database's error.
std::string PruneDatabase(SqliteSink* sink, size_t* pruned);

}  // namespace newsextract

#endif  // NEWSEXTRACT_INCREMENTAL_H_
