// manifest_line: one input's record in the output folder's manifest as one
// line of text, and back; the lines that open and close the manifest.
#ifndef NEWSEXTRACT_MANIFEST_LINE_H_
#define NEWSEXTRACT_MANIFEST_LINE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsextract {

// What an input looked like when its output was written.
struct ManifestEntry {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t hash = 0;
  std::string output;  // relative to the output folder
  // The mtime was too close to the moment the file was read to prove that
  // a later write would change it (timestamps are coarse): the next run
  // compares the content instead of trusting size and mtime.
  bool recheck = false;

  bool operator==(const ManifestEntry&) const = default;
};

// The manifest's first three lines, up to its first entry:
// {"fingerprint": ..., "files": {
std::string ManifestHeader(const std::string& fingerprint);
// Its last two, after the last entry.
inline constexpr std::string_view kManifestFooter = " }\n}\n";

// The fingerprint of the header `text` starts with, and the header's
// length; false when `text` does not start with a header as
// ManifestHeader writes it.
bool ParseManifestHeader(std::string_view text, std::string* fingerprint, size_t* length);

// One entry, as `  "PATH": {"size": ...}` without a separator or newline.
// A name that is not valid UTF-8 (a file name may hold any bytes) shows with
// U+FFFD, and `path_hex` or `output_hex` keeps it byte for byte.
std::string ManifestLine(const std::string& input, const ManifestEntry& entry);

// Parses a line as ManifestLine writes it, with or without the comma that
// separates it from the next: the input path and its entry. False for
// anything else (a line edited by hand, an earlier version's layout): the
// manifest is then read as any JSON (manifest_file).
bool ParseManifestLine(std::string_view line, std::string* input, ManifestEntry* entry);

// A name as a JSON string (U+FFFD for bytes that are not UTF-8).
std::string Quote(const std::string& name);

// The bytes `hex` spells (lower-case digits, two a byte); false when it
// spells none.
bool FromHex(std::string_view hex, std::string* out);

}  // namespace newsextract

#endif  // NEWSEXTRACT_MANIFEST_LINE_H_
