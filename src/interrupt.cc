// SIGINT and SIGTERM: a flag set by the handler, and the watchdog that
// turns it into a cancel and, past a grace period, an abandoned run.
#include "interrupt.h"

#include <pthread.h>

#include <chrono>
#include <csignal>

namespace newsextract {
namespace {

volatile std::sig_atomic_t g_signal = 0;

extern "C" void OnStopSignal(int sig) { g_signal = sig; }

// After SIGINT or SIGTERM a run stops taking files, and the files in
// flight stop at their next budget check. What cannot be stopped (gumbo,
// a read from a hung share) is waited for this long; then the watchdog
// saves the manifest, removes the temp files of writes in progress and
// exits with 130 itself: in under a second, whatever the run was doing.
constexpr auto kGrace = std::chrono::milliseconds(500);

}  // namespace

bool Interrupted() { return g_signal != 0; }

int WithStopSignals(const std::function<int()>& run) {
  g_signal = 0;
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  struct sigaction old_int {
  }, old_term{};
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  const int code = run();
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGTERM, &old_term, nullptr);
  return code;
}

Watchdog::Watchdog(std::atomic<bool>* cancel, std::function<void()> abandon)
    : cancel_(cancel), abandon_(std::move(abandon)) {
  sigset_t stop, old;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, &old);
  thread_ = std::thread([this] { Watch(); });
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

Watchdog::~Watchdog() {
  {
    const std::lock_guard lock(watch_mutex_);
    run_over_ = true;
  }
  watch_.notify_one();
  thread_.join();
}

void Watchdog::PipelineDone() {
  const std::lock_guard finish(finish_mutex_);  // the watchdog abandons the run, or not
  pipeline_done_ = true;
}

// Polls for a signal (a handler can only set a flag); the end of the run
// wakes it at once.
void Watchdog::Watch() {
  std::unique_lock lock(watch_mutex_);
  while (!watch_.wait_for(lock, std::chrono::milliseconds(20), [this] { return run_over_; })) {
    if (g_signal == 0) continue;
    *cancel_ = true;
    if (watch_.wait_for(lock, kGrace, [this] { return run_over_; })) return;
    const std::lock_guard finish(finish_mutex_);
    if (!pipeline_done_) abandon_();
    return;
  }
}

}  // namespace newsextract
