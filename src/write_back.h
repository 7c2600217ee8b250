// Written files made durable in the background, by the filesystem at once.
// A thread syncs the output folder's filesystem (syncfs) again and again
// while a run writes, and Drain waits for a sync that started after the
// last write, before the manifest that names the files is written.
// Measured on 4,000 outputs: an fsync per file cost 0.5 ms each, a third of
// the run; an fdatasync per file in the background was slower still (a
// disk cache flush each); one syncfs at the end waited for every dirty file
// of the filesystem, other programs' too (a scraper writing the articles:
// seconds). Syncing all along leaves the last one a second of writes.
#ifndef NEWSEXTRACT_WRITE_BACK_H_
#define NEWSEXTRACT_WRITE_BACK_H_

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace newsextract {

class WriteBack {
 public:
  WriteBack() = default;
  WriteBack(const WriteBack&) = delete;
  WriteBack& operator=(const WriteBack&) = delete;
  ~WriteBack();

  // Notes a write just finished (renamed into place) on the filesystem
  // that holds `fd` (the same one every time).
  void Written(int fd);
  // Waits until every write noted so far is on the disk. "" or why not
  // (the first error since the last Drain).
  std::string Drain();

 private:
  void Loop();

  std::mutex mutex_;
  std::condition_variable wake_;    // new writes, a Drain, or stop
  std::condition_variable synced_;  // a sync finished
  int fd_ = -1;
  uint64_t written_ = 0;        // writes noted
  uint64_t synced_upto_ = 0;    // writes a finished sync covers
  uint64_t draining_upto_ = 0;  // a Drain waits for these
  std::string error_;
  bool stop_ = false;
  std::thread thread_;  // started by the first write
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_WRITE_BACK_H_
