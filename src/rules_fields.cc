// The keys of a rules file and the Rules fields they fill.
#include "rules_fields.h"

namespace newsextract {
namespace {

RulesField Strings(std::vector<std::string> Rules::*field) { return field; }
RulesField Brackets(std::vector<Bracket> Rules::*field) { return field; }
RulesField WordSubjects(std::vector<WordSubject> Rules::*field) { return field; }
RulesField Size(size_t Rules::*field) { return field; }
RulesField Cues() { return CueList{}; }

std::map<std::string, RulesField> TextLayerFields() {
  return {{"skip_classes", Strings(&Rules::skip_classes)},
          {"caption_classes", Strings(&Rules::caption_classes)},
          {"skip_image_prefixes", Strings(&Rules::skip_image_prefixes)}};
}

std::map<std::string, RulesField> BoilerplateFields() {
  return {{"drop_lines", Strings(&Rules::drop_lines)},
          {"original_title", Strings(&Rules::original_title_prefixes)},
          {"source", Strings(&Rules::source_prefixes)},
          {"secondary_source", Strings(&Rules::secondary_source_prefixes)},
          {"reporters", Strings(&Rules::reporter_prefixes)},
          {"author", Strings(&Rules::author_prefixes)},
          {"editor", Strings(&Rules::editor_prefixes)},
          {"credit_separators", Strings(&Rules::credit_separators)},
          {"credit_keys", Strings(&Rules::credit_keys)},
          {"datelines", Strings(&Rules::datelines)},
          {"photo_marks", Strings(&Rules::photo_marks)},
          {"surnames", Strings(&Rules::surnames)},
          {"metadata_comments", Brackets(&Rules::metadata_comments)},
          {"site_notes", Strings(&Rules::site_notes)},
          {"link_lines", Strings(&Rules::link_lines)},
          {"editor_credits", Strings(&Rules::editor_credits)},
          {"staff_credits", Strings(&Rules::staff_credits)},
          {"site_note_reach", Size(&Rules::site_note_reach)}};
}

std::map<std::string, RulesField> RankingFields() {
  return {{"cues", Cues()},
          {"connectives", Strings(&Rules::connectives)},
          {"subject_connectives", Strings(&Rules::subject_connectives)},
          {"size_suffixes", Strings(&Rules::size_suffixes)},
          {"ranking_words", Strings(&Rules::ranking_words)},
          {"scope_words", Strings(&Rules::scope_words)},
          {"subjects", Strings(&Rules::subjects)},
          {"metrics", Strings(&Rules::metrics)},
          {"conjunctions", Strings(&Rules::conjunctions)},
          {"table_rank_headers", Strings(&Rules::table_rank_headers)},
          {"table_score_headers", Strings(&Rules::table_score_headers)},
          {"table_name_headers", Strings(&Rules::table_name_headers)},
          {"continuation_connectives", Strings(&Rules::continuation_connectives)},
          {"passive_connectives", Strings(&Rules::passive_connectives)},
          {"actors", Strings(&Rules::actors)},
          {"actor_measures", Strings(&Rules::actor_measures)},
          {"name_end_words", Strings(&Rules::name_end_words)},
          {"rank_verbs", Strings(&Rules::rank_verbs)},
          {"classifiers", Strings(&Rules::classifiers)},
          {"time_units", Strings(&Rules::time_units)},
          {"threshold_words", Strings(&Rules::threshold_words)},
          {"value_openers", Strings(&Rules::value_openers)},
          {"shared_suffixes", Strings(&Rules::shared_suffixes)},
          {"scope_markers", Strings(&Rules::scope_markers)},
          {"behind_words", Strings(&Rules::behind_words)},
          {"stock_subjects", WordSubjects(&Rules::stock_subjects)},
          {"name_subjects", WordSubjects(&Rules::name_subjects)},
          {"known_names", WordSubjects(&Rules::known_names)},
          {"appositive_nouns", Strings(&Rules::appositive_nouns)},
          {"measure_endings", Strings(&Rules::measure_endings)},
          {"baseline_words", Strings(&Rules::baseline_words)},
          {"member_words", Strings(&Rules::member_words)},
          {"after_words", Strings(&Rules::after_words)},
          {"ahead_words", Strings(&Rules::ahead_words)},
          {"membership_verbs", Strings(&Rules::membership_verbs)},
          {"adverbs", Strings(&Rules::adverbs)},
          {"sharing_words", Strings(&Rules::sharing_words)},
          {"unranked_nouns", Strings(&Rules::unranked_nouns)},
          {"scope_postpositions", Strings(&Rules::scope_postpositions)},
          {"continuing_words", Strings(&Rules::continuing_words)},
          {"pronouns", Strings(&Rules::pronouns)},
          {"compound_endings", Strings(&Rules::compound_endings)},
          {"placed_connectives", Strings(&Rules::placed_connectives)},
          {"approximations", Strings(&Rules::approximations)},
          {"rise_words", Strings(&Rules::rise_words)},
          {"fall_words", Strings(&Rules::fall_words)},
          {"non_cues", Strings(&Rules::non_cues)},
          {"continuation_prefixes", Strings(&Rules::continuation_prefixes)},
          {"clause_openers", Strings(&Rules::clause_openers)},
          {"reason_openers", Strings(&Rules::reason_openers)},
          {"not_name_starts", Strings(&Rules::not_name_starts)},
          {"record_openers", Strings(&Rules::record_openers)},
          {"copulas", Strings(&Rules::copulas)},
          {"max_item_chars", Size(&Rules::max_item_chars)},
          {"max_subject_chars", Size(&Rules::max_subject_chars)}};
}

std::map<std::string, RulesField> AssessmentFields() {
  return {{"entity_suffixes", Strings(&Rules::entity_suffixes)},
          {"shortcomings", Brackets(&Rules::shortcomings)},
          {"max_entity_chars", Size(&Rules::max_entity_chars)}};
}

}  // namespace

// Every key a rules file may hold, by section.
const RulesSections& RulesFields() {
  static const auto* sections = new RulesSections{
      {"text_layer", TextLayerFields()},
      {"boilerplate", BoilerplateFields()},
      {"rankings", RankingFields()},
      {"assessments", AssessmentFields()},
  };
  return *sections;
}

}  // namespace newsextract
