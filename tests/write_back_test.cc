#include "write_back.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>

namespace newsextract {
namespace {

namespace fs = std::filesystem;

TEST(WriteBackTest, DrainReturnsAtOnceWithNothingWritten) {
  WriteBack write_back;
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(write_back.Drain(), "");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(100));
}

TEST(WriteBackTest, DrainWaitsForASyncAfterTheLastWriteNotForThePause) {
  const std::string dir = fs::temp_directory_path().string();
  const int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  WriteBack write_back;
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 100; ++i) write_back.Written(fd);
    EXPECT_EQ(write_back.Drain(), "");
  }
  close(fd);
}

TEST(WriteBackTest, ASyncThatFailsIsAnErrorOnceNotForever) {
  WriteBack write_back;
  write_back.Written(-1);  // no filesystem: syncfs fails
  EXPECT_EQ(write_back.Drain(), "cannot sync: Bad file descriptor");
  EXPECT_EQ(write_back.Drain(), "");
}

}  // namespace
}  // namespace newsextract
