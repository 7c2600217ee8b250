#include "rules_blob.h"

#include <gtest/gtest.h>

#include <string>

#include "newsextract/rules.h"

namespace newsextract {
namespace {

Rules LoadedFromYaml() {
  Rules rules;
  std::string text, error;
  EXPECT_TRUE(LoadRulesFile(NEWSEXTRACT_SOURCE_DIR "/data/rules.yaml", &rules, &text, &error))
      << error;
  return rules;
}

// The build packs data/rules.yaml; what a start unpacks must be what the
// loader makes of the file, every field and index (Rules::operator==).
TEST(DefaultRulesTest, CompiledInSetIsWhatTheLoaderMakesOfRulesYaml) {
  const Rules loaded = LoadedFromYaml();
  const Rules& compiled = DefaultRules();
  EXPECT_EQ(compiled.cues.size(), loaded.cues.size());
  EXPECT_EQ(compiled.subjects, loaded.subjects);
  EXPECT_EQ(compiled.site_note_reach, loaded.site_note_reach);
  EXPECT_TRUE(compiled.cue_buckets == loaded.cue_buckets);
  EXPECT_TRUE(compiled == loaded);
}

// Values away from the defaults in every kind of field, each cue flag set
// one way or the other: a field the blob forgot would come back default.
TEST(RulesBlobTest, PackThenUnpackGivesEveryFieldBack) {
  Rules rules = LoadedFromYaml();
  std::string error;
  ASSERT_TRUE(LoadRules("r.yaml",
                        "boilerplate:\n  site_note_reach: 7\n"
                        "  metadata_comments: [{open: '<!--x', close: 'x-->'}]\n"
                        "rankings:\n  max_item_chars: 999\n  max_subject_chars: 3\n"
                        "  cues:\n"
                        "    - {word: 榜眼, direction: bottom, number: rank, kind: ordinal,\n"
                        "       tied: true, subject_from_heading: true, needs_ranking_word: true,\n"
                        "       number_before: true, names_after_only: true, single: false,\n"
                        "       adjective_chars: 4, min_number: 6}\n"
                        "assessments:\n  max_entity_chars: 1\n",
                        &rules, &error))
      << error;
  Rules unpacked;
  ASSERT_TRUE(UnpackRules(PackRules(rules), &unpacked));
  EXPECT_TRUE(unpacked == rules);
  EXPECT_EQ(unpacked.max_item_chars, 999u);
  EXPECT_FALSE(unpacked == LoadedFromYaml());
}

TEST(RulesBlobTest, ADamagedBlobIsRefusedNotReadPastItsEnd) {
  const std::string blob = PackRules(LoadedFromYaml());
  Rules rules;
  for (const size_t keep : {size_t{0}, size_t{1}, blob.size() / 2, blob.size() - 1}) {
    EXPECT_FALSE(UnpackRules(blob.substr(0, keep), &rules)) << keep;
  }
  EXPECT_FALSE(UnpackRules(blob + "x", &rules));
  std::string renamed = blob;
  renamed[1] = 'X';  // the first key's first letter: a table of another build
  EXPECT_FALSE(UnpackRules(renamed, &rules));
  // A count of four billion words in a blob of a few bytes.
  const std::string key = "assessments.entity_suffixes";  // the table's first
  EXPECT_FALSE(UnpackRules(static_cast<char>(key.size()) + key + "\xff\xff\xff\xff\x0f", &rules));
}

}  // namespace
}  // namespace newsextract
