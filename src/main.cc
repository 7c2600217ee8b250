// newsextract: the command line. Parses options, loads rules, hands the
// rest to the batch layer and returns its exit code.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "newsextract/batch.h"
#include "newsextract/output_format.h"
#include "newsextract/rules.h"
#include "newsextract/version.h"
#include "report.h"

namespace {

using newsextract::BatchOptions;
using newsextract::Emit;
using newsextract::Format;

constexpr const char* kDescription = R"(newsextract: facts out of scraped news articles, as JSON.

Reads Hexo-style article files (YAML front matter between --- lines, then an
HTML body such as Sina Finance's) and writes one JSON object per article:
title, ISO date, source, reporters, editor, stock codes, images, clean
paragraphs, ranked lists (排名前十的是…) and per-entity reviews. The fields
are documented in docs/SCHEMA.md.

Examples:
  newsextract articles/ > out.ndjson            # a folder, recursively
  newsextract articles/ | jq -r '.rankings[] | .label'
  find . -name '*.md' -newer stamp -print0 | newsextract --files-from - -0
  newsextract -o json/ --incremental articles/  # cron: only new or changed files
  newsextract --sqlite news.db --incremental articles/  # a queryable archive
  newsextract --emit rankings --format csv --bom articles/ > rankings.csv

A run with no failures prints nothing on stderr unless it is a terminal.

Exit codes: 0 all files ok; 1 some files failed (the rest were processed);
2 usage or fatal error; 3 the output folder or database is locked by
another run; 130 interrupted (SIGINT/SIGTERM).)";

constexpr const char* kTryHelp = "Try 'newsextract --help'.\n";

// NaN passes every range check (each comparison with it is false) and
// would switch the limit off; infinity is not a limit either.
const CLI::Validator kFinite(
    [](std::string& value) -> std::string {
      char* end = nullptr;
      const double number = std::strtod(value.c_str(), &end);
      return end != value.c_str() && !std::isfinite(number)
                 ? "Value " + value + " is not a finite number"
                 : "";
    },
    "FINITE");

// The rules of the run: the built-in ones as they are, or a copy that
// --rules replaces and --rules-add files extend (the texts also go into the
// fingerprint, so that a changed rule redoes every file). Not copying the
// built-in rules saved a run on one file ~0.25 M instructions. nullptr
// when a file cannot be read or is refused (said on stderr).
const newsextract::Rules* LoadRules(const std::string& replace, const std::vector<std::string>& add,
                                    newsextract::Rules* loaded, std::string* rules_text) {
  if (replace.empty()) *rules_text += "default-rules;";
  if (replace.empty() && add.empty()) return &newsextract::DefaultRules();
  std::vector<std::string> files = add;
  if (!replace.empty()) files.insert(files.begin(), replace);
  *loaded = replace.empty() ? newsextract::DefaultRules() : newsextract::Rules();
  for (const auto& file : files) {
    std::string text, error;
    if (!newsextract::LoadRulesFile(file, loaded, &text, &error)) {
      newsextract::PrintError(stderr, error);
      return nullptr;
    }
    *rules_text += text;
  }
  return loaded;
}

// --emit and --format as the words given, for --help and its errors.
struct OutputWords {
  std::string emit = "articles", format = "ndjson";

  void Apply(newsextract::OutputFormat* output) const {
    output->emit = emit == "rankings" ? Emit::kRankings : Emit::kArticles;
    output->format = format == "csv"   ? Format::kCsv
                     : format == "tsv" ? Format::kTsv
                                       : Format::kNdjson;
  }
};

// What goes to stdout: --emit, --format, --fields, --bom.
void AddOutputOptions(CLI::App* app, OutputWords* words, newsextract::OutputFormat* output) {
  app->add_option("--emit", words->emit,
                  "What to write: articles (one object each) or rankings (one row per ranked item)")
      ->type_name("WHAT")
      ->check(CLI::IsMember({"articles", "rankings"}))
      ->capture_default_str();
  app->add_option("--format", words->format,
                  "ndjson (one JSON object per line), csv (RFC 4180, header row) or tsv")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"ndjson", "csv", "tsv"}))
      ->capture_default_str();
  app->add_option("--fields", output->fields,
                  "Write only these fields, in this order (comma-separated)")
      ->type_name("A,B,...")
      ->delimiter(',')
      ->allow_extra_args(false);  // the paths after it stay paths
  app->add_flag("--bom", output->bom,
                "Start CSV/TSV with a UTF-8 byte order mark (for spreadsheet programs)");
}

// The command line as parsed: the batch's options, and the words that
// become options once they are checked.
struct CommandLine {
  BatchOptions options;
  OutputWords output_words;
  std::string rules_file;
  std::vector<std::string> rules_add;
  bool version = false, no_progress = false, stats = false;
  double max_mib = static_cast<double>(newsextract::ExtractOptions().max_file_size) / (1 << 20);
};

// Which files: paths, --files-from, -0, --glob, --follow.
void AddInputOptions(CLI::App* app, newsextract::InputOptions* in) {
  app->add_option("paths", in->paths, "Article files and folders (folders are walked recursively)");
  app->add_option("--files-from", in->files_from,
                  "Also read input paths from FILE, one per line ('-' = stdin)")
      ->type_name("FILE");
  app->add_flag("-0,--null", in->null_separated,
                "Paths in --files-from are NUL-separated (find -print0)");
  app->add_option("--glob", in->globs,
                  "File name pattern a folder walk takes; repeat for more (default: *.md "
                  "*.markdown *.html *.htm *.txt)")
      ->type_name("PATTERN")
      ->allow_extra_args(false)  // one pattern per --glob: the paths after it stay paths
      ->default_str("");
  app->add_flag("--follow", in->follow_symlinks,
                "Follow symbolic links in folders (loops are detected)");
}

// Where the articles go: -j, -o, --sqlite, --incremental, --prune, what
// goes to stdout, --pretty, --explain.
void AddSinkOptions(CLI::App* app, CommandLine* cl) {
  BatchOptions& o = cl->options;
  app->add_option("-j,--jobs", o.jobs,
                  "Parallel jobs (default: one per core); output order never changes")
      ->type_name("N")
      ->check(CLI::Range(0u, 4096u));
  app->add_option("-o,--output-dir", o.output_dir,
                  "Write one DIR/<path>.json per article (atomic) instead of NDJSON on stdout")
      ->type_name("DIR");
  app->add_option("--sqlite", o.sqlite,
                  "Write the articles into this SQLite database (docs/SQLITE.md); without -o, "
                  "instead of NDJSON on stdout")
      ->type_name("FILE");
  app->add_flag("--incremental", o.incremental,
                "With -o or --sqlite: process only files new or changed since the last run");
  app->add_flag("--prune", o.prune,
                "With -o or --sqlite: remove outputs or rows whose input file is gone");
  AddOutputOptions(app, &cl->output_words, &o.output);
  app->add_flag("--pretty", o.extract.pretty, "Indent the JSON for reading");
  app->add_flag(
      "--explain", o.extract.explain,
      "For each ranking cue, say on stderr whether it became a list or which rule rejected it");
}

// The rules and the per-file limits.
void AddRulesOptions(CLI::App* app, CommandLine* cl) {
  app->add_option("--rules", cl->rules_file,
                  "Use this rules file instead of the built-in data/rules.yaml")
      ->type_name("FILE");
  app->add_option("--rules-add", cl->rules_add,
                  "Add the lists in this rules file to the rules; repeatable")
      ->type_name("FILE")
      ->allow_extra_args(false);  // one file per --rules-add: the paths after it stay paths
  app->add_option("--max-file-size", cl->max_mib, "Refuse files larger than this many MiB")
      ->type_name("MIB")
      ->capture_default_str()
      ->check(kFinite)
      ->check(CLI::Range(0.001, 4096.0));
  app->add_option("--timeout-per-file", cl->options.extract.timeout_seconds,
                  "Give up on a file after this many seconds (0: no limit)")
      ->type_name("SECONDS")
      ->capture_default_str()
      ->check(kFinite)
      ->check(CLI::Range(0.0, 86400.0));
}

// What the run says: --fail-fast, -q, --no-progress, --stats, --stats-json,
// --version.
void AddReportOptions(CLI::App* app, CommandLine* cl) {
  BatchOptions& o = cl->options;
  app->add_flag("--fail-fast", o.fail_fast, "Stop at the first file that fails");
  app->add_flag("-q,--quiet", o.quiet,
                "Print nothing on stderr but errors (and the summary, with --stats)");
  app->add_flag("--no-progress", cl->no_progress,
                "No progress line (it shows only on a terminal anyway)");
  app->add_flag("--stats", cl->stats,
                "Print the end-of-run summary on stderr even when it is not a terminal");
  app->add_option("--stats-json", o.stats_json, "Also write the end-of-run summary as JSON to FILE")
      ->type_name("FILE");
  app->add_flag("-V,--version", cl->version, "Print the version and exit");
}

// The usage error of options that do not go together; "" when they do.
std::string CombinationError(const BatchOptions& o) {
  if ((o.incremental || o.prune) && o.output_dir.empty() && o.sqlite.empty()) {
    return "--incremental and --prune need --output-dir or --sqlite";
  }
  // Each keeps its own record of what it holds; one run cannot skip a file
  // for one and not the other.
  if ((o.incremental || o.prune) && !o.output_dir.empty() && !o.sqlite.empty()) {
    return "--incremental and --prune take one of --output-dir and --sqlite";
  }
  return newsextract::CheckOutputFormat(o.output, !o.output_dir.empty(), o.extract.pretty);
}

// Checks what was parsed and turns the words into options; an exit code
// when the run ends here.
std::optional<int> CheckCommandLine(CommandLine* cl) {
  BatchOptions& o = cl->options;
  if (cl->version) {
    printf("newsextract %s\n", NEWSEXTRACT_VERSION);
    return newsextract::kExitOk;
  }
  if (o.inputs.paths.empty() && o.inputs.files_from.empty()) {
    newsextract::PrintError(stderr, "no input: name files or folders, or use --files-from");
    fputs(kTryHelp, stderr);
    return newsextract::kExitUsage;
  }
  cl->output_words.Apply(&o.output);
  if (const std::string error = CombinationError(o); !error.empty()) {
    newsextract::PrintError(stderr, error);
    return newsextract::kExitUsage;
  }
  if (o.inputs.globs.empty()) o.inputs.globs = newsextract::InputOptions().globs;
  o.extract.max_file_size = static_cast<size_t>(cl->max_mib * (1 << 20));
  if (cl->no_progress || o.quiet) o.progress = 0;
  if (cl->stats) o.summary = 1;
  return std::nullopt;
}

// Parses and checks the command line into *cl; an exit code when the run
// ends here (--help, --version, a usage error).
std::optional<int> ParseCommandLine(int argc, char** argv, CommandLine* cl) {
  CLI::App app(kDescription, "newsextract");
  app.get_formatter()->column_width(34);
  AddInputOptions(&app, &cl->options.inputs);
  AddSinkOptions(&app, cl);
  AddRulesOptions(&app, cl);
  AddReportOptions(&app, cl);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    newsextract::PrintError(stderr, e.what());
    fputs(kTryHelp, stderr);
    return newsextract::kExitUsage;
  }
  return CheckCommandLine(cl);
}

}  // namespace

// Only bad_alloc escapes main, and it should end the process.
int main(int argc, char** argv) {  // NOLINT(bugprone-exception-escape)
  CommandLine cl;
  if (const std::optional<int> code = ParseCommandLine(argc, argv, &cl)) return *code;
  newsextract::Rules loaded;
  const newsextract::Rules* rules = nullptr;
  try {
    rules = LoadRules(cl.rules_file, cl.rules_add, &loaded, &cl.options.rules_text);
    if (rules == nullptr) return newsextract::kExitUsage;
  } catch (const std::exception& e) {
    newsextract::PrintError(stderr, e.what());
    return newsextract::kExitUsage;
  }
  // Into a pipe or file, full buffering; a terminal keeps its line
  // buffering. glibc keeps its st_blksize buffer (4 KiB) for a null one: a
  // 64 KiB buffer given here filled a pipe in one write, and a run
  // interrupted while that write blocked left a record cut on stdout.
  if (!isatty(fileno(stdout))) setvbuf(stdout, nullptr, _IOFBF, 64 << 10);
  try {
    return newsextract::RunBatch(cl.options, *rules, stdout, stderr);
  } catch (const std::exception& e) {  // the batch catches per file; this is the last net
    newsextract::PrintError(stderr, e.what());
    return newsextract::kExitUsage;
  }
}
