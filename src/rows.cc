// Records on stdout: an article's JSON as one record or one row per ranked
// item, cut to --fields.
#include "rows.h"

#include <algorithm>

#include "csv.h"
#include "newsextract/json.h"

namespace newsextract {
namespace {

using Json = nlohmann::ordered_json;

const std::vector<std::string> kArticleFields = {
    "schema_version", "path",   "title",        "original_title", "date",        "author",
    "categories",     "tags",   "front_matter", "source",         "reporters",   "editor",
    "stocks",         "images", "paragraphs",   "rankings",       "assessments", "warnings"};

// docs/SCHEMA.md, "ranking rows"; schema/ranking-row.schema.json.
const std::vector<std::string> kRankingFields = {
    "path",      "title", "date", "period", "list", "label", "subject", "metric",
    "direction", "size",  "tied", "rank",   "item", "value", "score"};

// Left out of article CSV unless --fields names them: the whole text would
// make every row a screenful, and the front matter is a map of its own.
const std::vector<std::string> kLongArticleFields = {"front_matter", "paragraphs"};

// A ranking value ({"text", "number", "unit"}) takes a CSV column per key,
// so that a spreadsheet sums the numbers.
const std::vector<std::string> kValueKeys = {"text", "number", "unit"};

bool Has(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::vector<std::string> DefaultFields(const OutputFormat& format) {
  if (format.emit == Emit::kRankings) return kRankingFields;
  if (format.format == Format::kNdjson) return kArticleFields;
  std::vector<std::string> fields;
  for (const auto& f : kArticleFields) {
    if (!Has(kLongArticleFields, f)) fields.push_back(f);
  }
  return fields;
}

std::string Joined(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& s : list) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string CheckFields(const OutputFormat& format) {
  const std::vector<std::string>& known = FieldNames(format.emit);
  const char* emit = format.emit == Emit::kArticles ? "articles" : "rankings";
  for (size_t i = 0; i < format.fields.size(); ++i) {
    const std::string& f = format.fields[i];
    if (!Has(known, f)) {
      return "--fields: no field '" + f + "' in --emit " + emit + " (fields: " + Joined(known) +
             ")";
    }
    if (std::find(format.fields.begin(), format.fields.begin() + static_cast<long>(i), f) !=
        format.fields.begin() + static_cast<long>(i)) {
      return "--fields: '" + f + "' is named twice";
    }
  }
  return "";
}

// The item's entry in an optional per-item list (values, scores); null when
// the list is absent.
Json Nth(const Json& ranking, const char* key, size_t i) {
  const auto it = ranking.find(key);
  return it != ranking.end() && i < it->size() ? (*it)[i] : Json(nullptr);
}

Json RankingRow(const Json& article, const Json& ranking, size_t list, size_t i, int rank) {
  Json row = Json::object();
  for (const char* key : {"path", "title", "date"}) row[key] = article.at(key);
  row["period"] = ranking.at("period");
  row["list"] = list;
  for (const char* key : {"label", "subject", "metric", "direction", "size", "tied"}) {
    row[key] = ranking.at(key);
  }
  row["rank"] = rank;
  row["item"] = ranking.at("items").at(i);
  row["value"] = Nth(ranking, "values", i);
  row["score"] = Nth(ranking, "scores", i);
  return row;
}

// Two figures state the same place: equal scores, or values with the same
// number in the same unit. A missing figure equals none.
bool SameFigure(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
  if (!a.is_object() || !b.is_object()) return false;
  return a.at("number") == b.at("number") && a.at("unit") == b.at("unit");
}

// How many items, from the first, a tied list states as equal: those with
// the first one's figure when the list gives figures (A、B关注度最高，均有
// 9次；C获8次: A and B), else all of them (并列第一的是A、B; A和B都达到…,
// 成为…最多的两家).
size_t TiedHead(const Json& ranking) {
  const size_t n = ranking.at("items").size();
  const char* key = ranking.contains("values") ? "values" : "scores";
  if (!ranking.contains(key)) return n;
  const Json& figures = ranking.at(key);
  size_t head = 1;
  while (head < n && head < figures.size() && SameFigure(figures[head], figures[0])) ++head;
  return head;
}

}  // namespace

const std::vector<std::string>& FieldNames(Emit emit) {
  return emit == Emit::kArticles ? kArticleFields : kRankingFields;
}

std::string CheckOutputFormat(const OutputFormat& format, bool output_dir, bool pretty) {
  if (std::string error = CheckFields(format); !error.empty()) return error;
  const bool json = format.format == Format::kNdjson;
  if (format.bom && json) return "--bom is for --format csv or tsv";
  if (pretty && !json) return "--pretty is for --format ndjson";
  if (output_dir && (format.emit != Emit::kArticles || !json || !format.fields.empty())) {
    return "--output-dir writes one JSON file per article: --emit rankings, --format csv or tsv "
           "and --fields write to standard output";
  }
  return "";
}

std::vector<int> Ranks(const Json& ranking) {
  const size_t n = ranking.at("items").size();
  const size_t head = ranking.at("tied").get<bool>() ? TiedHead(ranking) : 1;
  std::vector<int> ranks(n);
  for (size_t i = 0; i < n; ++i) ranks[i] = i < head ? 1 : static_cast<int>(i + 1);
  return ranks;
}

std::vector<Json> RankingRows(const Json& article) {
  std::vector<Json> rows;
  const Json& rankings = article.at("rankings");
  for (size_t list = 0; list < rankings.size(); ++list) {
    const Json& ranking = rankings[list];
    const std::vector<int> ranks = Ranks(ranking);
    for (size_t i = 0; i < ranks.size(); ++i) {
      rows.push_back(RankingRow(article, ranking, list, i, ranks[i]));
    }
  }
  return rows;
}

std::string CellText(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "";
    case Json::value_t::string:
      return value.get<std::string>();
    case Json::value_t::object:
      return value.dump(-1, ' ', false, Json::error_handler_t::replace);
    case Json::value_t::array: {
      std::string out;
      for (size_t i = 0; i < value.size(); ++i) {
        const Json& e = value[i];
        if (i > 0) out += ';';
        out += CellText(e.is_object() && !e.empty() ? e.begin().value() : e);
      }
      return out;
    }
    default:
      return value.dump();
  }
}

RowWriter::RowWriter(const OutputFormat& format, bool pretty)
    : format_(format),
      pretty_(pretty),
      fields_(format.fields.empty() ? DefaultFields(format) : format.fields) {
  for (const auto& field : fields_) {
    if (field != "value") {
      columns_.push_back({field, ""});
      continue;
    }
    for (const auto& key : kValueKeys) columns_.push_back({field, key});
  }
}

std::string RowWriter::Header() const {
  if (format_.format == Format::kNdjson) return "";
  std::vector<std::string> names;
  for (const auto& c : columns_) names.push_back(c.key.empty() ? c.field : c.field + "." + c.key);
  const std::string bom = format_.bom ? "\xEF\xBB\xBF" : "";
  return bom + (format_.format == Format::kCsv ? CsvLine(names) : TsvLine(names));
}

std::string RowWriter::Records(const Article& article) const {
  const bool whole = format_.emit == Emit::kArticles && format_.fields.empty();
  if (whole && format_.format == Format::kNdjson) return ArticleToJson(article, pretty_) + "\n";
  const Json object = Json::parse(ArticleToJson(article, false));
  if (format_.emit == Emit::kArticles) return Line(object);
  std::string out;
  for (const auto& row : RankingRows(object)) out += Line(row);
  return out;
}

std::string RowWriter::Line(const Json& record) const {
  if (format_.format == Format::kNdjson) return NdjsonLine(record);
  std::vector<std::string> cells;
  for (const auto& c : columns_) {
    const Json& value = record.at(c.field);
    if (c.key.empty()) {
      cells.push_back(CellText(value));
    } else {
      cells.push_back(value.is_object() ? CellText(value.at(c.key)) : "");
    }
  }
  return format_.format == Format::kCsv ? CsvLine(cells) : TsvLine(cells);
}

std::string RowWriter::NdjsonLine(const Json& record) const {
  Json picked = Json::object();
  for (const auto& field : fields_) picked[field] = record.at(field);
  return picked.dump(pretty_ ? 2 : -1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace newsextract
