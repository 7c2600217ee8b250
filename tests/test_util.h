// Builders shared by the unit tests: blocks as the text layer makes them,
// and text in legacy charsets.
#ifndef NEWSEXTRACT_TESTS_TEST_UTIL_H_
#define NEWSEXTRACT_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <iconv.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "document.h"

namespace newsextract {
namespace testing {

// A paragraph block made of runs: {text, bold} pairs in order.
inline Block Para(const std::vector<std::pair<std::string, bool>>& runs) {
  Block b;
  for (const auto& [text, bold] : runs) {
    const size_t begin = b.text.size();
    b.text += text;
    b.runs.push_back({begin, b.text.size(), bold, "", ""});
  }
  return b;
}

// An empty folder for the running test, unique to this process and test
// (`prefix` names the suite); the fixture removes it in TearDown.
inline std::filesystem::path FreshTestFolder(const std::string& prefix) {
  const std::filesystem::path root =
      std::filesystem::temp_directory_path() /
      (prefix + "_" + std::to_string(getpid()) + "_" +
       ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(root);
  std::filesystem::create_directories(root);
  return root;
}

inline Block Plain(const std::string& text) { return Para({{text, false}}); }
inline Block Bold(const std::string& text) { return Para({{text, true}}); }

// A table row block: cells joined by " | ", as the text layer joins them.
inline Block TableRow(const std::vector<std::string>& cells, int table_id, int row) {
  Block b;
  b.kind = BlockKind::kTableRow;
  b.table_id = table_id;
  b.row = row;
  for (const auto& cell : cells) {
    if (!b.text.empty()) b.text += " | ";
    b.cells.emplace_back(b.text.size(), b.text.size() + cell.size());
    b.text += cell;
  }
  b.runs.push_back({0, b.text.size(), false, "", ""});
  return b;
}

// `utf8` converted to `charset` with glibc iconv, as a GBK-era site served it.
inline std::string Encode(const char* charset, const std::string& utf8) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << charset;
  if (cd == reinterpret_cast<iconv_t>(-1)) return "";
  std::string out(utf8.size() * 4 + 16, '\0');
  char* src = const_cast<char*>(utf8.data());
  size_t src_left = utf8.size();
  char* dst = out.data();
  size_t dst_left = out.size();
  EXPECT_NE(iconv(cd, &src, &src_left, &dst, &dst_left), static_cast<size_t>(-1)) << charset;
  iconv_close(cd);
  out.resize(out.size() - dst_left);
  return out;
}

}  // namespace testing
}  // namespace newsextract

#endif  // NEWSEXTRACT_TESTS_TEST_UTIL_H_
