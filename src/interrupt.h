// interrupt: SIGINT and SIGTERM during a run. The handler only sets a flag;
// a watchdog thread sees it, cancels the files in flight, and when the run
// has not ended within a grace period, abandons it (the caller's function
// saves what it can and exits).
#ifndef NEWSEXTRACT_INTERRUPT_H_
#define NEWSEXTRACT_INTERRUPT_H_

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace newsextract {

// Whether SIGINT or SIGTERM came since the handlers were installed.
bool Interrupted();

// Runs `run` with handlers for SIGINT and SIGTERM that set Interrupted()
// (no SA_RESTART: a blocked open() of a list returns); the handlers before
// are restored after. Returns what `run` returns.
int WithStopSignals(const std::function<int()>& run);

// The watchdog's thread for the life of the object; SIGINT and SIGTERM
// stay with the other threads, so that they interrupt a blocked call there.
class Watchdog {
 public:
  // After a signal, `cancel` turns true; when the run has not called
  // PipelineDone within the grace, `abandon` runs on the watchdog's thread
  // and must not return.
  Watchdog(std::atomic<bool>* cancel, std::function<void()> abandon);
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  ~Watchdog();

  // The pipeline has ended: from here on the run finishes on its own.
  void PipelineDone();

 private:
  void Watch();

  std::atomic<bool>* cancel_;
  std::function<void()> abandon_;
  std::mutex watch_mutex_, finish_mutex_;
  std::condition_variable watch_;
  bool run_over_ = false, pipeline_done_ = false;
  std::thread thread_;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_INTERRUPT_H_
