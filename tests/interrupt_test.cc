// SIGINT and SIGTERM during a run: the flag, the handlers put back, and the
// watchdog that cancels the files in flight and abandons a run that does
// not end within the grace period.
#include "interrupt.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

namespace newsextract {
namespace {

using std::chrono::milliseconds;

// Waits up to `limit` for `done`.
template <typename Done>
bool WaitFor(Done done, milliseconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(milliseconds(5));
  }
  return true;
}

TEST(WithStopSignalsTest, ASignalSetsTheFlagAndTheHandlersComeBack) {
  for (const int sig : {SIGINT, SIGTERM}) {
    struct sigaction before {};
    sigaction(sig, nullptr, &before);
    const int code = WithStopSignals([sig] {
      struct sigaction during {};
      sigaction(sig, nullptr, &during);
      EXPECT_NE(during.sa_handler, SIG_DFL) << sig;
      // No SA_RESTART: a read blocked on a list returns to look at the flag.
      EXPECT_EQ(during.sa_flags & SA_RESTART, 0) << sig;
      EXPECT_FALSE(Interrupted()) << sig;
      raise(sig);
      EXPECT_TRUE(Interrupted()) << sig;
      return 7;
    });
    EXPECT_EQ(code, 7) << sig;  // what the run returns
    struct sigaction after {};
    sigaction(sig, nullptr, &after);
    EXPECT_EQ(after.sa_handler, before.sa_handler) << sig;
    // The next run starts without the last one's signal.
    EXPECT_EQ(WithStopSignals([] { return Interrupted() ? 1 : 0; }), 0) << sig;
  }
}

TEST(WatchdogTest, CancelsOnASignalAndAbandonsARunPastTheGrace) {
  struct Case {
    const char* name;
    bool signal;
    bool pipeline_done;   // PipelineDone before the run ends
    milliseconds linger;  // how long the run goes on after the cancel
    bool abandoned;
  };
  const Case cases[] = {
      {"no signal", false, false, milliseconds(100), false},
      {"ends at once", true, true, milliseconds(0), false},
      {"pipeline done, run goes on past the grace", true, true, milliseconds(900), false},
      {"pipeline stuck past the grace", true, false, milliseconds(3000), true},
  };
  for (const Case& c : cases) {
    std::atomic<bool> cancel{false};
    std::atomic<int> abandons{0};
    std::atomic<bool> on_main_thread{false};
    const auto main_thread = std::this_thread::get_id();
    WithStopSignals([&] {
      Watchdog watchdog(&cancel, [&] {
        on_main_thread = std::this_thread::get_id() == main_thread;
        ++abandons;
      });
      if (c.signal) {
        raise(SIGTERM);
        EXPECT_TRUE(WaitFor([&] { return cancel.load(); }, milliseconds(2000))) << c.name;
      }
      if (c.pipeline_done) watchdog.PipelineDone();
      if (c.abandoned) {
        EXPECT_TRUE(WaitFor([&] { return abandons > 0; }, c.linger)) << c.name;
      } else {
        std::this_thread::sleep_for(c.linger);
      }
      return 0;
    });
    EXPECT_EQ(cancel.load(), c.signal) << c.name;
    EXPECT_EQ(abandons.load(), c.abandoned ? 1 : 0) << c.name;
    EXPECT_FALSE(on_main_thread) << c.name;
  }
  WithStopSignals([] { return 0; });  // no signal left for later tests
}

}  // namespace
}  // namespace newsextract
