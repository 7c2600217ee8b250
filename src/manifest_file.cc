// The output folder's manifest as a stream: checked and indexed in one pass,
// looked up through the index, migrated from other layouts through scratch
// runs, and rewritten by merging, only from the first entry that differs.
#include "manifest_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

namespace newsextract {
namespace {

constexpr uint64_t kMinBlock = 4 << 10;

// Reads a manifest of any layout event by event, handing each entry on: a
// parsed tree of a big manifest takes several times the memory of the
// entries. The shape is {"fingerprint": "...", "files": {PATH: {"size",
// "mtime_ns", "hash", "output"[, "recheck"][, "path_hex"][,
// "output_hex"]}}}; other keys are ignored, anything else (a field missing
// or of another type, an array, hex that spells nothing) stops it: the
// manifest is damaged.
class JsonManifestReader : public nlohmann::json_sax<nlohmann::json> {
 public:
  using Add = std::function<bool(std::string input, ManifestEntry entry)>;
  explicit JsonManifestReader(Add add) : add_(std::move(add)) {}
  const std::string& Fingerprint() const { return fingerprint_; }

  bool null() override { return depth_ == 1; }
  bool boolean(bool val) override {
    return Take("recheck", 0, [&] { entry_.recheck = val; });
  }
  bool number_integer(number_integer_t val) override {
    return Take("mtime_ns", kMtime, [&] { entry_.mtime_ns = val; });
  }
  bool number_unsigned(number_unsigned_t val) override {
    if (key_ == "mtime_ns") return number_integer(static_cast<number_integer_t>(val));
    return Take("size", kSize, [&] { entry_.size = val; });
  }
  bool number_float(number_float_t, const string_t&) override { return depth_ == 1; }
  bool binary(binary_t&) override { return false; }
  bool string(string_t& val) override {
    if (depth_ == 1 && key_ == "fingerprint") fingerprint_ = val;
    if (key_ == "hash")
      return Take("hash", kHash, [&] { entry_.hash = std::stoull(val, nullptr, 16); });
    if (key_ == "path_hex") return Take("path_hex", 0, [&] { path_hex_ = val; });
    if (key_ == "output_hex") return Take("output_hex", 0, [&] { output_hex_ = val; });
    return Take("output", kOutput, [&] { entry_.output = val; });
  }
  bool start_object(std::size_t) override {
    if (depth_ == 1 && key_ != "files") return false;
    if (depth_ == 2) {
      entry_ = {};
      fields_ = 0;
      path_hex_.clear();
      output_hex_.clear();
    }
    return ++depth_ <= 3;
  }
  bool key(string_t& val) override {
    (depth_ == 2 ? input_ : key_) = val;
    return true;
  }
  bool end_object() override {
    if (--depth_ != 2) return true;
    if (fields_ != kAllFields) return false;
    if (!output_hex_.empty() && !FromHex(output_hex_, &entry_.output)) return false;
    std::string input = std::move(input_);
    if (!path_hex_.empty() && !FromHex(path_hex_, &input)) return false;
    return add_(std::move(input), std::move(entry_));
  }
  bool start_array(std::size_t) override { return false; }
  bool end_array() override { return false; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  enum : unsigned { kSize = 1, kMtime = 2, kHash = 4, kOutput = 8, kAllFields = 15 };

  // A scalar: an entry's `field` is set; a top-level one or another field
  // of an entry is passed over; anywhere else the shape is wrong.
  template <typename Assign>
  bool Take(std::string_view field, unsigned bit, Assign assign) {
    if (depth_ != 3) return depth_ == 1;
    if (key_ != field) return true;
    assign();
    fields_ |= bit;
    return true;
  }

  Add add_;
  std::string fingerprint_, key_, input_, path_hex_, output_hex_;
  ManifestEntry entry_;
  unsigned fields_ = 0;
  int depth_ = 0;
};

// Reads `size` bytes at `offset`; false when the file holds fewer.
bool ReadAt(int fd, uint64_t offset, size_t size, std::string* out) {
  out->resize(size);
  size_t got = 0;
  while (got < size) {
    const ssize_t n = pread(fd, out->data() + got, size - got, static_cast<off_t>(offset + got));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    got += static_cast<size_t>(n);
  }
  return true;
}

// The last run's entries as Save merges them: those the run may use.
class UsableRecords : public RecordStream {
 public:
  UsableRecords(int fd, uint64_t begin, uint64_t end, std::function<bool(ManifestEntry*)> usable)
      : records_(fd, begin, end), usable_(std::move(usable)) {}
  bool Next(std::string* path, ManifestEntry* entry) override {
    while (records_.Next(path, entry)) {
      if (usable_(entry)) return true;
    }
    return false;
  }
  bool failed() const override { return records_.failed(); }

 private:
  FileRecords records_;
  std::function<bool(ManifestEntry*)> usable_;
};

// The last run's entries and this run's (stream 0 and the others) merged
// into the next manifest, less those --prune finds gone.
class ManifestMerge {
 public:
  ManifestMerge(std::vector<std::unique_ptr<RecordStream>> streams, const ManifestFile::Gone& gone,
                size_t* pruned)
      : merged_(std::move(streams)), gone_(gone), pruned_(pruned) {}

  // Goes through the entries while they are the last run's, unchanged:
  // true at the first that is new, changed or pruned.
  bool FindChange() {
    while (merged_.Next(&path_, &entry_, &source_)) {
      if (Pruned()) return true;
      if (source_ != 0) return pending_ = true;
    }
    return false;
  }
  // Writes the manifest to `fd`: the header, the entries `before` gives
  // that come before the change (when the change was found by
  // FindChange), then the rest of the merge.
  bool Write(int fd, const std::string& header, RecordStream* before) {
    ChunkWriter out(fd);
    out.Put(header);
    std::string path;
    ManifestEntry entry;
    while (before && before->Next(&path, &entry) && path < path_) Put(&out, path, entry);
    if (pending_) Put(&out, path_, entry_);
    while (merged_.Next(&path_, &entry_, &source_)) {
      if (!Pruned()) Put(&out, path_, entry_);
    }
    out.Put(*separator_ ? "\n" : "");
    out.Put(kManifestFooter);
    return out.Flush() && !Failed() && !(before && before->failed());
  }
  bool Failed() const { return merged_.failed(); }

 private:
  bool Pruned() {
    if (!gone_ || !gone_(path_, entry_)) return false;
    ++*pruned_;
    return true;
  }
  void Put(ChunkWriter* out, const std::string& path, const ManifestEntry& entry) {
    out->Put(separator_);
    out->Put(ManifestLine(path, entry));
    separator_ = ",\n";
  }

  MergedRecords merged_;
  const ManifestFile::Gone& gone_;
  size_t* pruned_;
  std::string path_;  // the entry the merge is at
  ManifestEntry entry_;
  size_t source_ = 0;
  bool pending_ = false;  // path_ is to be written
  const char* separator_ = "";
};

}  // namespace

ManifestFile::ManifestFile(const OutputFolder* folder)
    : folder_(folder),
      migrated_([folder](std::string* error) { return folder->ScratchFile(error); }),
      updates_([folder](std::string* error) { return folder->ScratchFile(error); }) {}

ManifestFile::~ManifestFile() { Close(); }

void ManifestFile::Close() {
  if (own_fd_) close(fd_);
  fd_ = -1;
  own_fd_ = false;
  begin_ = end_ = 0;
  migrated_.Clear();
  index_keys_.clear();
  index_offsets_.clear();
  cursor_.reset();
  cursor_live_ = false;
}

std::vector<std::string> ManifestFile::Load(const std::string& fingerprint) {
  Close();
  fingerprint_ = fingerprint;
  changed_ = saved_ = false;
  shown_ = folder_->path() + "/" + std::string(kManifestName);
  // Not through a symbolic link, and not waiting on a pipe: whatever stands
  // there was put by someone who can write the folder.
  const int fd = openat(folder_->fd(), std::string(kManifestName).c_str(),
                        O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) return {};
  struct stat st;
  std::string problem;
  if (fd < 0) {
    problem = "cannot read: " + OpenError(folder_->fd(), std::string(kManifestName), errno);
  } else if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    problem = "not a regular file";
  } else if (static_cast<uint64_t>(st.st_size) > kMaxBytes) {
    problem = std::to_string(st.st_size) + " bytes, over the limit of " + std::to_string(kMaxBytes);
  }
  changed_ = true;  // from here on, what is read differs from what is there
  if (!problem.empty()) {
    if (fd >= 0) close(fd);
    return {shown_ + ": " + problem + "; every input is redone"};
  }
  std::vector<std::string> warnings;
  if (ReadInPlace(fd, static_cast<uint64_t>(st.st_size)) && IndexBody(&warnings)) {
    own_fd_ = true;
    changed_ = stale_ || !warnings.empty();
    return warnings;
  }
  Close();
  warnings.clear();
  const bool migrated = Migrate(fd, &warnings);
  close(fd);
  if (!migrated) Close();  // a damaged manifest only costs a full run
  return migrated ? warnings : std::vector<std::string>{};
}

// The manifest as this version writes it: a header, one entry a line,
// the footer. False for any other.
bool ManifestFile::ReadInPlace(int fd, uint64_t size) {
  std::string head, tail, found;
  size_t header = 0;
  const size_t footer = kManifestFooter.size();
  if (!ReadAt(fd, 0, static_cast<size_t>(std::min<uint64_t>(size, 64 << 10)), &head) ||
      !ParseManifestHeader(head, &found, &header) || size < header + footer ||
      !ReadAt(fd, size - footer, footer, &tail) || tail != kManifestFooter) {
    return false;
  }
  fd_ = fd;
  begin_ = header;
  end_ = size - footer;
  stale_ = found != fingerprint_;
  return true;
}

// Any other layout, read as JSON and sorted into a scratch file of lines.
bool ManifestFile::Migrate(int fd, std::vector<std::string>* warnings) {
  FILE* file = fdopen(dup(fd), "r");
  if (file == nullptr) return false;
  JsonManifestReader reader([this](std::string input, ManifestEntry entry) {
    return migrated_.Add(std::move(input), std::move(entry)).empty();
  });
  bool ok;
  try {
    ok = nlohmann::json::sax_parse(file, &reader);
  } catch (const std::exception&) {  // a hash that is not hex
    ok = false;
  }
  fclose(file);
  int copy = -1;
  if (!ok || !migrated_.Compact(&copy, &end_).empty()) return false;
  fd_ = copy;
  begin_ = 0;
  stale_ = reader.Fingerprint() != fingerprint_;
  changed_ = true;  // written again in this version's layout
  return IndexBody(warnings);
}

// One pass over the entries: each a manifest line, each path after the one
// before (sorted, each once); an index key every block. Entries whose
// output is no output are dropped, with a warning.
bool ManifestFile::IndexBody(std::vector<std::string>* warnings) {
  block_ = std::max(kMinBlock, (end_ - begin_) / kMaxIndexKeys);
  FileRecords records(fd_, begin_, end_);
  std::string path, previous;
  ManifestEntry entry;
  uint64_t next_key = begin_;
  for (bool first = true; records.Next(&path, &entry); first = false) {
    if (!first && !(previous < path)) return false;
    if (!IsOutputName(entry.output)) {
      warnings->push_back(shown_ + ": the entry of '" + path + "' names '" + entry.output +
                          "', not a .json file below the folder; ignored");
    } else if (records.offset() >= next_key) {
      index_keys_.push_back(path);
      index_offsets_.push_back(records.offset());
      next_key = records.offset() + block_;
    }
    previous.swap(path);
  }
  return !records.failed();
}

// Whether the run may use `entry`; one made with other rules or options is
// kept so that --prune still knows the output, but no content matches
// hash 0, so its file is redone.
bool ManifestFile::Usable(ManifestEntry* entry) const {
  if (!IsOutputName(entry->output)) return false;
  if (stale_) {
    entry->hash = 0;
    entry->recheck = true;
  }
  return true;
}

void ManifestFile::AdvanceCursor() {
  cursor_live_ = cursor_->Next(&cursor_path_, &cursor_entry_);
  if (cursor_live_ && cursor_block_ + 1 < index_offsets_.size() &&
      cursor_->offset() >= index_offsets_[cursor_block_ + 1]) {
    ++cursor_block_;
  }
}

std::optional<ManifestEntry> ManifestFile::Find(const std::string& input) {
  const auto after = std::upper_bound(index_keys_.begin(), index_keys_.end(), input);
  if (after == index_keys_.begin()) return std::nullopt;
  const size_t block = static_cast<size_t>(after - index_keys_.begin()) - 1;
  // A walk in path order goes on where the last lookup stopped; any other
  // order reads the block the index names.
  if (!cursor_live_ || cursor_block_ != block || input < cursor_path_) {
    if (!cursor_) cursor_ = std::make_unique<FileRecords>(fd_, begin_, end_, block_);
    cursor_->Seek(index_offsets_[block]);
    cursor_block_ = block;
    AdvanceCursor();
  }
  while (cursor_live_ && cursor_path_ < input) AdvanceCursor();
  ManifestEntry entry = cursor_entry_;
  if (!cursor_live_ || cursor_path_ != input || !Usable(&entry)) return std::nullopt;
  return entry;
}

void ManifestFile::Record(const std::string& input, const ManifestEntry& entry) {
  const std::lock_guard lock(mutex_);
  if (update_error_.empty()) update_error_ = updates_.Add(input, entry);
}

std::string ManifestFile::Save(const Gone& gone, size_t* pruned) {
  const std::lock_guard lock(mutex_);
  std::string error = folder_->Sync();
  if (!error.empty()) return error;
  if (!update_error_.empty()) return folder_->path() + ": " + update_error_;
  if (saved_ || (!changed_ && updates_.empty() && !gone)) return "";
  const auto usable = [this](ManifestEntry* e) { return Usable(e); };
  std::vector<std::unique_ptr<RecordStream>> streams;
  streams.push_back(std::make_unique<UsableRecords>(fd_, begin_, end_, usable));
  for (auto& s : updates_.Streams()) streams.push_back(std::move(s));
  ManifestMerge merge(std::move(streams), gone, pruned);
  const bool changed = changed_ || merge.FindChange();
  if (merge.Failed()) return shown_ + ": cannot read the manifest back";
  if (!changed) return "";
  // Up to the change the old manifest stood as it is: its entries again.
  UsableRecords before(fd_, begin_, end_, usable);
  error = folder_->WriteWith(kManifestName, [&](int fd) {
    return merge.Write(fd, ManifestHeader(fingerprint_), changed_ ? nullptr : &before);
  });
  // The rename itself is on the disk only once the folder is.
  if (error.empty() && fsync(folder_->fd()) != 0) {
    error = folder_->path() + ": cannot sync: " + strerror(errno);
  }
  if (!error.empty()) return error;
  saved_ = true;  // what is on the disk now is no longer fd_
  updates_.Clear();
  return "";
}

}  // namespace newsextract
