// A per-file time budget, checked cooperatively between and inside stages
// (a thread cannot be stopped from outside without losing the batch).
#ifndef NEWSEXTRACT_DEADLINE_H_
#define NEWSEXTRACT_DEADLINE_H_

#include <chrono>
#include <stdexcept>

namespace newsextract {

struct TimeoutError : std::runtime_error {
  TimeoutError() : std::runtime_error("time budget exceeded") {}
};

class Deadline {
 public:
  Deadline() = default;  // never expires
  explicit Deadline(double seconds)
      : enabled_(seconds > 0),
        at_(std::chrono::steady_clock::now() +
            std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                std::chrono::duration<double>(seconds))) {}
  void Check() const {
    if (enabled_ && std::chrono::steady_clock::now() > at_) throw TimeoutError();
  }

 private:
  bool enabled_ = false;
  std::chrono::steady_clock::time_point at_{};
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_DEADLINE_H_
