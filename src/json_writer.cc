// writer stage: Article -> JSON text. The only place that knows the output
// format (SCHEMA.md, schema version 1).
#include "newsextract/extract.h"

namespace newsextract {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kSchemaVersion = 1;

template <typename T>
Json OrNull(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json RankingJson(const Ranking& r) {
  Json j = {{"label", r.label},
            {"period", OrNull(r.period)},
            {"subject", OrNull(r.subject)},
            {"metric", OrNull(r.metric)},
            {"direction", r.top ? "top" : "bottom"},
            {"size", OrNull(r.size)},
            {"tied", r.tied},
            {"items", r.items}};
  if (!r.scores.empty()) j["scores"] = r.scores;
  j["paragraph"] = r.paragraph;
  return j;
}

Json AssessmentJson(const Assessment& a) {
  return {{"name", a.name},
          {"text", a.text},
          {"shortcomings", a.shortcomings},
          {"paragraph", a.paragraph}};
}

}  // namespace

std::string ArticleToJson(const Article& a, bool pretty) {
  Json stocks = Json::array(), images = Json::array(), rankings = Json::array(),
       assessments = Json::array();
  for (const auto& s : a.stocks) stocks.push_back({{"code", s.code}, {"name", s.name}});
  for (const auto& i : a.images) images.push_back({{"src", i.src}, {"caption", OrNull(i.caption)}});
  for (const auto& r : a.rankings) rankings.push_back(RankingJson(r));
  for (const auto& x : a.assessments) assessments.push_back(AssessmentJson(x));
  const Json j = {{"schema_version", kSchemaVersion},
                  {"path", a.path},
                  {"title", OrNull(a.title)},
                  {"original_title", OrNull(a.original_title)},
                  {"date", OrNull(a.date)},
                  {"author", OrNull(a.author)},
                  {"categories", a.categories},
                  {"tags", a.tags},
                  {"front_matter", a.front_matter},
                  {"source", OrNull(a.source)},
                  {"reporters", a.reporters},
                  {"editor", OrNull(a.editor)},
                  {"stocks", std::move(stocks)},
                  {"images", std::move(images)},
                  {"paragraphs", a.paragraphs},
                  {"rankings", std::move(rankings)},
                  {"assessments", std::move(assessments)},
                  {"warnings", a.warnings}};
  return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace newsextract
