// A per-file time budget, checked cooperatively between and inside stages
// (a thread cannot be stopped from outside without losing the batch); the
// same checks stop the article when the batch is cancelled.
#ifndef NEWSEXTRACT_DEADLINE_H_
#define NEWSEXTRACT_DEADLINE_H_

#include <atomic>
#include <chrono>
#include <stdexcept>

namespace newsextract {

struct TimeoutError : std::runtime_error {
  TimeoutError() : std::runtime_error("time budget exceeded") {}
};

struct CancelledError : std::runtime_error {
  CancelledError() : std::runtime_error("cancelled") {}
};

class Deadline {
 public:
  Deadline() = default;  // never expires
  // `cancel`: when set and it turns true, Check throws CancelledError.
  explicit Deadline(double seconds, const std::atomic<bool>* cancel = nullptr)
      : enabled_(seconds > 0),
        cancel_(cancel),
        at_(std::chrono::steady_clock::now() +
            std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                std::chrono::duration<double>(seconds))) {}
  void Check() const {
    if (cancel_ != nullptr && cancel_->load(std::memory_order_relaxed)) throw CancelledError();
    if (enabled_ && std::chrono::steady_clock::now() > at_) throw TimeoutError();
  }

 private:
  bool enabled_ = false;
  const std::atomic<bool>* cancel_ = nullptr;
  std::chrono::steady_clock::time_point at_{};
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_DEADLINE_H_
