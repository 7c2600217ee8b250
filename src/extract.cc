// The per-article pipeline: decode -> split -> front matter -> html text ->
// boilerplate -> extractors -> Article. Each stage is its own file pair.
#include "newsextract/extract.h"

#include <new>

#include "assessments.h"
#include "boilerplate.h"
#include "charset.h"
#include "dates.h"
#include "deadline.h"
#include "front_matter.h"
#include "html_text.h"
#include "rankings.h"
#include "split.h"

namespace newsextract {
namespace {

void Append(std::vector<std::string>* to, std::vector<std::string> from) {
  for (auto& s : from) to->push_back(std::move(s));
}

void ReadFrontMatter(const SplitText& split, const ExtractOptions& options, Article* a, int* year,
                     int* month) {
  if (split.front_matter_state == SplitText::FrontMatter::kMissing) {
    a->warnings.push_back("no front matter: the whole file is body");
    return;
  }
  if (split.front_matter_state == SplitText::FrontMatter::kUnterminated) {
    a->warnings.push_back("front matter: no closing --- line; the whole file is body");
    return;
  }
  FrontMatter fm = ParseFrontMatter(split.front_matter, split.front_matter_line,
                                    {options.max_front_matter_size, options.max_yaml_nodes});
  a->front_matter = std::move(fm.map);
  a->title = std::move(fm.title);
  a->author = std::move(fm.author);
  a->categories = std::move(fm.categories);
  a->tags = std::move(fm.tags);
  Append(&a->warnings, std::move(fm.warnings));
  if (!fm.date) return;
  if (auto date = NormalizeDate(*fm.date)) {
    a->date = date->iso;
    MonthOfNextDay(*date, year, month);
  } else {
    a->warnings.push_back("date: cannot parse '" + *fm.date + "'");
  }
}

// Without a usable front-matter date, the first date the body prints
// dates the months its lists name.
void DateFromBody(const Document& doc, RankingArticle* context) {
  if (context->year != 0) return;
  constexpr size_t kBlocksLooked = 5;  // datelines stand at the top
  for (size_t i = 0; i < doc.blocks.size() && i < kBlocksLooked; ++i) {
    if (FirstDateInText(doc.blocks[i].text, &context->year, &context->month)) return;
  }
}

void ReadBody(std::string_view body, const MarkupSpans& spans, const Rules& rules,
              RankingArticle context, const Deadline& deadline, ArticleResult* result) {
  Article* a = &result->article;
  Document doc = BuildDocument(body, rules, deadline, &spans);
  deadline.Check();
  Credits credits = ApplyBoilerplate(rules, &doc, deadline);
  a->original_title = std::move(credits.original_title);
  a->source = std::move(credits.source);
  a->reporters = std::move(credits.reporters);
  a->editor = std::move(credits.editor);
  a->stocks = std::move(doc.stocks);
  a->images = std::move(doc.images);
  deadline.Check();
  DateFromBody(doc, &context);
  RankingsResult rankings = ExtractRankings(doc.blocks, rules, context, deadline);
  a->rankings = std::move(rankings.rankings);
  Append(&a->warnings, std::move(rankings.warnings));
  result->explain = std::move(rankings.explain);
  a->assessments = ExtractAssessments(doc.blocks, rules, deadline);
  a->paragraphs.reserve(doc.blocks.size());
  for (auto& block : doc.blocks) a->paragraphs.push_back(std::move(block.text));
}

// A hostile file can raise a warning per list; the reader needs the first
// ones and the count, not a megabyte of them.
void CapWarnings(std::vector<std::string>* warnings) {
  constexpr size_t kMaxWarnings = 100;
  if (warnings->size() <= kMaxWarnings) return;
  const size_t more = warnings->size() - kMaxWarnings;
  warnings->resize(kMaxWarnings);
  warnings->push_back(std::to_string(more) + " more warnings not shown");
}

ArticleResult Fail(std::string message) {
  ArticleResult r;
  r.error = std::move(message);
  return r;
}

ArticleResult Extract(std::string_view path, std::string_view bytes, const ExtractOptions& options,
                      const Rules& rules) {
  const Deadline deadline(options.timeout_seconds, options.cancel);
  ArticleResult result;
  Article& a = result.article;
  a.path = std::string(path);
  DecodedText decoded = DecodeToUtf8(bytes);
  if (const size_t nul = decoded.text.find('\0'); nul != std::string::npos) {
    return Fail("binary file (NUL byte at offset " + std::to_string(nul) + ")");
  }
  a.warnings = std::move(decoded.warnings);
  NormalizeNewlines(&decoded.text);
  const SplitText split = SplitFrontMatter(decoded.text);
  int year = 0, month = 0;
  ReadFrontMatter(split, options, &a, &year, &month);
  MarkupSpans spans;
  const std::string problem =
      CheckMarkup(split.body, {options.max_html_depth, options.max_html_attributes}, &spans);
  if (!problem.empty()) return Fail(problem);
  deadline.Check();
  const RankingArticle context{year, month, a.title ? std::string_view(*a.title) : "",
                               options.explain};
  ReadBody(split.body, spans, rules, context, deadline, &result);
  CapWarnings(&a.warnings);
  result.ok = true;
  return result;
}

}  // namespace

ArticleResult ExtractArticle(std::string_view path, std::string_view bytes,
                             const ExtractOptions& options, const Rules& rules) {
  // Library exceptions stop here: one article's problem is a value.
  try {
    return Extract(path, bytes, options, rules);
  } catch (const TimeoutError&) {
    return Fail("took longer than the time budget of " + std::to_string(options.timeout_seconds) +
                " s (--timeout-per-file)");
  } catch (const CancelledError&) {
    ArticleResult r = Fail("cancelled");
    r.cancelled = true;
    return r;
  } catch (const std::bad_alloc&) {
    return Fail("out of memory");
  } catch (const std::exception& e) {
    return Fail(std::string("internal error: ") + e.what());
  }
}

}  // namespace newsextract
