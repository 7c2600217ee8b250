// The sinks of a run: records on stdout in input order, a failed write that
// stops the run, the output folder's manifest saved at Finish, --prune held
// back when inputs could not be read, and an abandoned run.
#include "sink.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "manifest_line.h"
#include "newsextract/json.h"
#include "output_dir.h"
#include "test_util.h"
#include "text_util.h"

namespace newsextract {
namespace {

namespace fs = std::filesystem;

Article MakeArticle(const std::string& path) {
  Article a;
  a.path = path;
  a.title = "标题 " + path;
  a.paragraphs = {"正文，" + path + "。"};
  return a;
}

// What a FILE* holds from its start.
std::string Contents(FILE* f) {
  fflush(f);
  rewind(f);
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
  return out;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Input {
  const char* path;
  bool skipped;
};

// Workers prepare in any order; the output stage puts in input order.
void PrepareAndPut(Sink* sink, const std::vector<Input>& inputs) {
  std::vector<Output> outputs(inputs.size());
  for (size_t i = inputs.size(); i-- > 0;) {
    outputs[i].input = inputs[i].path;
    outputs[i].skipped = inputs[i].skipped;
    outputs[i].entry.output = OutputName(inputs[i].path);
    if (!inputs[i].skipped) {
      ASSERT_EQ(sink->Prepare(MakeArticle(inputs[i].path), &outputs[i]), "");
    }
  }
  for (const Output& out : outputs) sink->Put(out);
}

TEST(SinkTest, StdoutRecordsComeInInputOrderWithoutSkippedOnes) {
  struct Case {
    const char* name;
    Format format;
    std::vector<Input> inputs;
    std::vector<std::string> want;  // paths in the records, in order
  };
  const Case cases[] = {
      {"ndjson",
       Format::kNdjson,
       {{"a.md", false}, {"b.md", false}, {"c.md", false}},
       {"a.md", "b.md", "c.md"}},
      {"skipped inputs print nothing",
       Format::kNdjson,
       {{"a.md", true}, {"b.md", false}, {"c.md", true}},
       {"b.md"}},
      {"csv: the header first", Format::kCsv, {{"b.md", false}, {"a.md", false}}, {"b.md", "a.md"}},
      {"nothing", Format::kNdjson, {}, {}},
  };
  for (const Case& c : cases) {
    BatchOptions options;
    options.output.format = c.format;
    FILE* out = tmpfile();
    FILE* err = tmpfile();
    Report report(err, false);
    std::atomic<bool> stop{false};
    {
      Sink sink(options, out, &report, &stop);
      ASSERT_EQ(sink.Open("fp"), kExitOk) << c.name;
      sink.WriteHeader();
      PrepareAndPut(&sink, c.inputs);
      sink.Finish(0);
      EXPECT_FALSE(sink.fatal()) << c.name;
    }
    std::string want;
    if (c.format == Format::kCsv) want = RowWriter(options.output, false).Header();
    for (const std::string& path : c.want) {
      want += c.format == Format::kNdjson
                  ? ArticleToJson(MakeArticle(path), false) + "\n"
                  : RowWriter(options.output, false).Records(MakeArticle(path));
    }
    EXPECT_EQ(Contents(out), want) << c.name;
    EXPECT_EQ(Contents(err), "") << c.name;
    EXPECT_FALSE(stop) << c.name;
    fclose(out);
    fclose(err);
  }
}

// A full disk is said once and stops the run; a reader that went away
// (EPIPE) stops it quietly, as the default SIGPIPE would.
TEST(SinkTest, AFailedWriteStopsTheRun) {
  struct Case {
    const char* name;
    bool reader_gone;   // a pipe whose reader closed, else /dev/full
    bool streaming;     // --files-from: each record flushed at once
    bool stops_at_put;  // else only at Finish (the record was buffered)
    const char* error;  // on stderr, "" for none
    bool fatal;
  };
  const Case cases[] = {
      {"full disk, streaming", false, true, true,
       "newsextract: error: standard output: No space left on device\n", true},
      {"full disk, buffered", false, false, false,
       "newsextract: error: standard output: No space left on device\n", true},
      {"reader gone, streaming", true, true, true, "", false},
      {"reader gone, buffered", true, false, false, "", false},
  };
  const auto old_pipe = signal(SIGPIPE, SIG_IGN);  // as main() sets it
  for (const Case& c : cases) {
    int fds[2] = {-1, -1};
    FILE* out = nullptr;
    if (c.reader_gone) {
      ASSERT_EQ(pipe(fds), 0);
      close(fds[0]);
      out = fdopen(fds[1], "w");
    } else {
      out = fopen("/dev/full", "w");
    }
    ASSERT_NE(out, nullptr) << c.name;
    FILE* err = tmpfile();
    BatchOptions options;
    if (c.streaming) options.inputs.files_from = "-";
    Report report(err, false);
    std::atomic<bool> stop{false};
    Sink sink(options, out, &report, &stop);
    ASSERT_EQ(sink.Open("fp"), kExitOk);
    PrepareAndPut(&sink, {{"a.md", false}});
    EXPECT_EQ(stop.load(), c.stops_at_put) << c.name;
    sink.Finish(0);
    EXPECT_TRUE(stop) << c.name;
    EXPECT_EQ(sink.fatal(), c.fatal) << c.name;
    EXPECT_EQ(sink.broken_pipe(), c.reader_gone) << c.name;
    // Later records are dropped: the error is said once.
    PrepareAndPut(&sink, {{"b.md", false}});
    EXPECT_EQ(Contents(err), c.error) << c.name;
    fclose(out);
    fclose(err);
  }
  signal(SIGPIPE, old_pipe);
}

// An output folder and/or a database, each in a fresh folder.
class SinkFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = testing::FreshTestFolder("newsextract_sink_test");
    err_ = tmpfile();
  }
  void TearDown() override {
    fclose(err_);
    fs::remove_all(root_);
  }

  BatchOptions Options(bool folder, bool database) const {
    BatchOptions options;
    if (folder) options.output_dir = (root_ / "out").string();
    if (database) options.sqlite = (root_ / "articles.db").string();
    return options;
  }

  // The inputs the manifest names, in its (sorted) order.
  std::vector<std::string> ManifestInputs() const {
    std::ifstream file(root_ / "out" / std::string(kManifestName));
    std::vector<std::string> inputs;
    for (std::string line; std::getline(file, line);) {
      std::string input;
      ManifestEntry entry;
      if (ParseManifestLine(line, &input, &entry)) inputs.push_back(input);
    }
    return inputs;
  }

  std::vector<std::string> DatabasePaths() const {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open((root_ / "articles.db").c_str(), &db), SQLITE_OK);
    sqlite3_stmt* q = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, "SELECT path FROM articles ORDER BY path", -1, &q, nullptr),
              SQLITE_OK);
    std::vector<std::string> paths;
    while (sqlite3_step(q) == SQLITE_ROW) {
      paths.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    return paths;
  }

  std::vector<std::string> TempFiles() const {
    std::vector<std::string> temps;
    for (const auto& entry : fs::recursive_directory_iterator(root_)) {
      const std::string name = entry.path().filename().string();
      if (Contains(name, ".tmp.")) temps.push_back(name);
    }
    return temps;
  }

  fs::path root_;
  FILE* err_ = nullptr;
};

// The manifest (and the database) are written at Finish, not before: a run
// killed halfway leaves the last run's records.
TEST_F(SinkFilesTest, TheRecordsAreSavedAtFinish) {
  struct Case {
    const char* name;
    bool folder, database;
  };
  const Case cases[] = {{"folder", true, false}, {"database", false, true}, {"both", true, true}};
  for (const Case& c : cases) {
    fs::remove_all(root_ / "out");
    for (const char* db : {"articles.db", "articles.db-wal", "articles.db-shm"}) {
      fs::remove(root_ / db);
    }
    const BatchOptions options = Options(c.folder, c.database);
    Report report(err_, false);
    std::atomic<bool> stop{false};
    Sink sink(options, stdout, &report, &stop);
    ASSERT_EQ(sink.Open("fp"), kExitOk) << c.name;
    PrepareAndPut(&sink, {{"a.md", false}, {"sub/b.md", false}});
    if (c.folder) {
      EXPECT_FALSE(fs::exists(root_ / "out" / kManifestName)) << c.name;
      EXPECT_EQ(ReadFile(root_ / "out/sub/b.json"),
                ArticleToJson(MakeArticle("sub/b.md"), false) + "\n")
          << c.name;
    }
    sink.Finish(0);
    EXPECT_FALSE(sink.fatal()) << c.name;
    const std::vector<std::string> want = {"a.md", "sub/b.md"};
    if (c.folder) {
      EXPECT_EQ(ManifestInputs(), want) << c.name;
    }
    if (c.database) {
      EXPECT_EQ(DatabasePaths(), want) << c.name;
    }
    EXPECT_EQ(Contents(err_), "") << c.name;
  }
}

// --prune removes the outputs of inputs that are gone, unless some inputs
// could not be read: a missing mount must not look like deleted articles.
TEST_F(SinkFilesTest, PruneOnlyWhenEveryInputWasRead) {
  struct Case {
    size_t unreadable;
    bool pruned;
    std::string error;
  };
  const std::string out = (root_ / "out").string();
  const Case cases[] = {
      {0, true, ""},
      {1, false, "newsextract: error: " + out + ": not pruned: some inputs could not be read\n"},
  };
  for (const Case& c : cases) {
    const std::string gone = (root_ / "gone.md").string();  // never there
    {
      const BatchOptions first = Options(true, false);  // the Sink keeps a reference
      Report report(err_, false);
      std::atomic<bool> stop{false};
      Sink sink(first, stdout, &report, &stop);
      ASSERT_EQ(sink.Open("fp"), kExitOk);
      Output output;
      output.input = gone;
      output.entry.output = "gone.json";
      ASSERT_EQ(sink.Prepare(MakeArticle(gone), &output), "");
      sink.Put(output);
      sink.Finish(0);
    }
    ASSERT_TRUE(fs::exists(root_ / "out/gone.json"));
    BatchOptions options = Options(true, false);
    options.prune = true;
    FILE* err = tmpfile();
    Report report(err, false);
    std::atomic<bool> stop{false};
    {
      Sink sink(options, stdout, &report, &stop);
      ASSERT_EQ(sink.Open("fp"), kExitOk);
      sink.Finish(c.unreadable);
    }
    EXPECT_EQ(fs::exists(root_ / "out/gone.json"), !c.pruned) << c.unreadable;
    EXPECT_EQ(ManifestInputs().size(), c.pruned ? 0u : 1u) << c.unreadable;
    EXPECT_EQ(report.stats().pruned, c.pruned ? 1u : 0u) << c.unreadable;
    EXPECT_EQ(Contents(err), c.error);
    fclose(err);
  }
}

// Abandon makes every later write fail for the whole process, so it runs
// in a child (a death test, forked: the child writes to this test's folder)
// and the parent looks at what it left.
TEST_F(SinkFilesTest, AbandonKeepsWhatIsFinishedAndLeavesNoTempFiles) {
  const BatchOptions options = Options(true, false);
  EXPECT_EXIT(
      {
        Report report(err_, false);
        std::atomic<bool> stop{false};
        Sink sink(options, stdout, &report, &stop);
        if (sink.Open("fp") != kExitOk) _exit(2);
        PrepareAndPut(&sink, {{"a.md", false}});
        Output late;  // written but never put: redone by the next run
        late.input = "b.md";
        late.entry.output = "b.json";
        if (!sink.Prepare(MakeArticle("b.md"), &late).empty()) _exit(3);
        sink.Abandon();
        Output after;
        after.input = "c.md";
        after.entry.output = "c.json";
        _exit(sink.Prepare(MakeArticle("c.md"), &after).empty() ? 4 : 0);
      },
      ::testing::ExitedWithCode(0), "");
  EXPECT_EQ(ManifestInputs(), std::vector<std::string>{"a.md"});
  EXPECT_TRUE(fs::exists(root_ / "out/b.json"));
  EXPECT_FALSE(fs::exists(root_ / "out/c.json"));
  EXPECT_EQ(TempFiles(), std::vector<std::string>{});
}

}  // namespace
}  // namespace newsextract
