// Durable writes without an fsync per file: a thread syncs the output
// folder's filesystem while a run writes; Drain waits before the manifest.
#include "write_back.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <utility>

namespace newsextract {
namespace {

// Between two syncs while a run writes: often enough that the last one
// has little left, seldom enough to cost nothing.
constexpr auto kPause = std::chrono::milliseconds(250);

}  // namespace

WriteBack::~WriteBack() {
  {
    const std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void WriteBack::Written(int fd) {
  const std::lock_guard lock(mutex_);
  fd_ = fd;
  ++written_;
  if (!thread_.joinable()) thread_ = std::thread(&WriteBack::Loop, this);
}

std::string WriteBack::Drain() {
  std::unique_lock lock(mutex_);
  const uint64_t target = written_;
  if (synced_upto_ < target) {
    draining_upto_ = std::max(draining_upto_, target);
    wake_.notify_one();
    synced_.wait(lock, [&] { return synced_upto_ >= target; });
  }
  return std::exchange(error_, "");
}

void WriteBack::Loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    // A Drain wakes it at once; new writes after a pause.
    wake_.wait_for(lock, kPause, [this] { return stop_ || draining_upto_ > synced_upto_; });
    if (written_ == synced_upto_) {
      if (stop_) return;
      continue;
    }
    const uint64_t covers = written_;  // finished before the sync starts
    const int fd = fd_;
    lock.unlock();
    const int failed = syncfs(fd) == 0 ? 0 : errno;
    lock.lock();
    if (failed != 0 && error_.empty()) error_ = std::string("cannot sync: ") + strerror(failed);
    synced_upto_ = covers;
    synced_.notify_all();
  }
}

}  // namespace newsextract
