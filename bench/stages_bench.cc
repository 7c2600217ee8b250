// Per-stage micro-benchmarks on the seed article (data/). Run:
//   build-bench/bench/stages_bench --benchmark_min_time=0.2
// Each stage is timed alone on its real input, so the numbers add up to
// roughly ExtractArticle; GumboParseArena is the floor for BuildDocument
// (TextLayerStage), GumboParseOnly the same parse with gumbo's own malloc.
#include <benchmark/benchmark.h>
#include <gumbo.h>

#include "assessments.h"
#include "boilerplate.h"
#include "charset.h"
#include "file_io.h"
#include "front_matter.h"
#include "gumbo_arena.h"
#include "html_text.h"
#include "newsextract/extract.h"
#include "newsextract/json.h"
#include "rankings.h"
#include "split.h"

namespace newsextract {
namespace {

const std::string& Seed() {
  static const std::string* text = [] {
    auto* bytes = new std::string;
    ReadFileLimited(NEWSEXTRACT_SOURCE_DIR "/data/000_99af02c5c58b7f1b.txt", ReadLimits().max_bytes,
                    bytes);
    return bytes;
  }();
  return *text;
}

std::string_view Body() { return SplitFrontMatter(Seed()).body; }

void DecodeStage(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(DecodeToUtf8(Seed()));
}
BENCHMARK(DecodeStage);

void SplitStage(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(SplitFrontMatter(Seed()));
}
BENCHMARK(SplitStage);

void FrontMatterStage(benchmark::State& state) {
  const SplitText split = SplitFrontMatter(Seed());
  for (auto _ : state) benchmark::DoNotOptimize(ParseFrontMatter(split.front_matter, 2, {}));
}
BENCHMARK(FrontMatterStage);

void GumboParseOnly(benchmark::State& state) {
  const std::string_view body = Body();
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  for (auto _ : state) {
    GumboOutput* out = gumbo_parse_with_options(&options, body.data(), body.size());
    gumbo_destroy_output(&options, out);
  }
}
BENCHMARK(GumboParseOnly);

// The same parse into the arena BuildDocument uses: the floor for it.
void GumboParseArena(benchmark::State& state) {
  const std::string_view body = Body();
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboArena arena;
  for (auto _ : state) {
    benchmark::DoNotOptimize(arena.Parse(options, body));
    arena.Reset();
  }
}
BENCHMARK(GumboParseArena);

void CheckMarkupStage(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(CheckMarkup(Body(), {}));
}
BENCHMARK(CheckMarkupStage);

void TextLayerStage(benchmark::State& state) {  // gumbo parse + walk
  for (auto _ : state) benchmark::DoNotOptimize(BuildDocument(Body(), DefaultRules()));
}
BENCHMARK(TextLayerStage);

void BoilerplateStage(benchmark::State& state) {
  const Document doc = BuildDocument(Body(), DefaultRules());
  for (auto _ : state) {
    Document copy = doc;
    benchmark::DoNotOptimize(ApplyBoilerplate(DefaultRules(), &copy));
  }
}
BENCHMARK(BoilerplateStage);

void RankingsStage(benchmark::State& state) {
  Document doc = BuildDocument(Body(), DefaultRules());
  ApplyBoilerplate(DefaultRules(), &doc);
  for (auto _ : state)
    benchmark::DoNotOptimize(ExtractRankings(doc.blocks, DefaultRules(), {2021, 4, "", false}));
}
BENCHMARK(RankingsStage);

void AssessmentsStage(benchmark::State& state) {
  Document doc = BuildDocument(Body(), DefaultRules());
  ApplyBoilerplate(DefaultRules(), &doc);
  for (auto _ : state) benchmark::DoNotOptimize(ExtractAssessments(doc.blocks, DefaultRules()));
}
BENCHMARK(AssessmentsStage);

void JsonWriterStage(benchmark::State& state) {
  const ArticleResult r = ExtractArticle("seed.txt", Seed(), {}, DefaultRules());
  for (auto _ : state) benchmark::DoNotOptimize(ArticleToJson(r.article, false));
}
BENCHMARK(JsonWriterStage);

void WholeArticle(benchmark::State& state) {
  for (auto _ : state) {
    const ArticleResult r = ExtractArticle("seed.txt", Seed(), {}, DefaultRules());
    benchmark::DoNotOptimize(ArticleToJson(r.article, false));
  }
}
BENCHMARK(WholeArticle);

}  // namespace
}  // namespace newsextract

BENCHMARK_MAIN();
