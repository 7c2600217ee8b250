#include "newsextract/rules.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "newsextract/extract.h"

namespace newsextract {
namespace {

std::string LoadError(const std::string& yaml, const Rules& base = Rules()) {
  Rules rules = base;
  std::string error;
  if (LoadRules("r.yaml", yaml, &rules, &error)) return "";
  return error;
}

std::string Seed() {
  std::ifstream in(NEWSEXTRACT_SOURCE_DIR "/data/000_99af02c5c58b7f1b.txt", std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(LoadRulesTest, WordsThatWouldMatchEverywhereAreErrorsWithTheirLine) {
  struct Case {
    std::string yaml;
    const char* error;
  };
  const Case cases[] = {
      // An empty class, cue or ranking word looped forever on every article.
      {"text_layer:\n  skip_classes: [\"\"]\n", "r.yaml:2: an empty string matches everywhere"},
      {"text_layer:\n  caption_classes:\n    - x\n    - ''\n",
       "r.yaml:4: an empty string matches everywhere"},
      {"rankings:\n  ranking_words: [\"\"]\n", "r.yaml:2: an empty string matches everywhere"},
      {"rankings:\n  scope_words: [\" \"]\n",
       "r.yaml:2: a word of white space only matches everywhere"},
      {"rankings:\n  scope_words: [\"\u3000\"]\n",
       "r.yaml:2: a word of white space only matches everywhere"},
      {"rankings:\n  cues:\n    - {word: \"\", direction: top}\n",
       "r.yaml:3: an empty string matches everywhere"},
      {"boilerplate:\n  metadata_comments:\n    - {open: \"<!--\", close: \"\"}\n",
       "r.yaml:3: an empty string matches everywhere"},
      {"assessments:\n  shortcomings:\n    - {open: \"\", close: x}\n",
       "r.yaml:3: an empty string matches everywhere"},
      {"rankings:\n  subjects: [\"\xff\"]\n", "r.yaml:2: not valid UTF-8"},
      {"rankings:\n  subjects: [" + std::string(1025, 'x') + "]\n",
       "r.yaml:2: a word over 1024 bytes"},
  };
  for (const Case& c : cases) EXPECT_EQ(LoadError(c.yaml), c.error) << c.yaml;
}

TEST(LoadRulesTest, AWordRepeatedInOneFileIsAnErrorOneFromAnEarlierFileIsKeptOnce) {
  EXPECT_EQ(LoadError("rankings:\n  subjects:\n    - 街道\n    - 区\n    - 街道\n"),
            "r.yaml:5: '街道' is already in rankings.subjects (line 3)");
  EXPECT_EQ(LoadError("rankings:\n  cues:\n    - {word: 前, direction: top}\n"
                      "    - {word: 前, direction: bottom}\n"),
            "r.yaml:4: '前' is already in rankings.cues (line 3)");
  Rules rules = DefaultRules();
  const size_t subjects = rules.subjects.size();
  std::string error;
  ASSERT_TRUE(LoadRules("add.yaml", "rankings:\n  subjects: [街道乡镇, 新词]\n", &rules, &error))
      << error;
  EXPECT_EQ(rules.subjects.size(), subjects + 1);
}

TEST(LoadRulesTest, OversizedListsNumbersAndFilesAreErrors) {
  std::string long_list = "rankings:\n  subjects: [";
  for (int i = 0; i <= 10000; ++i) long_list += "w" + std::to_string(i) + ",";
  long_list += "]\n";
  EXPECT_EQ(LoadError(long_list), "r.yaml:2: rankings.subjects has over 10000 entries");
  EXPECT_EQ(LoadError("rankings:\n  max_item_chars: -1\n"),
            "r.yaml:2: expected a whole number from 1 to 1000, got '-1'");
  EXPECT_EQ(LoadError("rankings:\n  max_subject_chars: 0\n"),
            "r.yaml:2: expected a whole number from 1 to 1000, got '0'");
  EXPECT_EQ(LoadError("assessments:\n  max_entity_chars: 99999999999999999999\n"),
            "r.yaml:2: expected a whole number from 1 to 1000, got '99999999999999999999'");
  EXPECT_EQ(LoadError("# " + std::string(kMaxRulesFileBytes, 'x') + "\n"),
            "r.yaml: 1048579 bytes, over the limit of 1048576 for a rules file");
}

TEST(LoadRulesTest, ShapeErrorsNameTheLine) {
  struct Case {
    const char* yaml;
    const char* error;
  };
  const Case cases[] = {
      {"- a\n", "r.yaml:1: a rules file is a mapping of sections"},
      {"nope:\n  x: [a]\n", "r.yaml:1: unknown section 'nope'"},
      {"rankings:\n  nope: [a]\n", "r.yaml:2: unknown key 'nope'"},
      {"rankings:\n  subjects: a\n", "r.yaml:2: expected a list of strings"},
      {"rankings:\n  subjects: [[a]]\n", "r.yaml:2: expected a string"},
      {"[a]: b\n", "r.yaml:1: expected a name"},
      {"rankings:\n  cues:\n    - {word: 前}\n", "r.yaml:3: missing 'direction'"},
      {"rankings:\n  cues:\n    - {word: 前, direction: up}\n",
       "r.yaml:3: direction must be top or bottom, got 'up'"},
  };
  for (const Case& c : cases) EXPECT_EQ(LoadError(c.yaml), c.error) << c.yaml;
}

// Every check of a cue's and a bracket's fields, word for word as the
// messages were when the loader threw them.
TEST(LoadRulesTest, FieldErrorsNameTheLine) {
  struct Case {
    const char* yaml;
    const char* error;
  };
  const Case cases[] = {
      {"rankings:\n  cues:\n    - {word: 前, direction: top, number: [a]}\n",
       "r.yaml:3: bad conversion"},  // yaml-cpp's as<std::string>, as it always said
      {"rankings:\n  cues:\n    - {word: 前, direction: top, number: {a: 1}}\n",
       "r.yaml:3: bad conversion"},
      {"rankings:\n  cues:\n    - {word: 前, direction: top, number: }\n",
       "r.yaml:3: number must be size, rank or none"},
      {"rankings:\n  cues:\n    - {word: 前, direction: top, tied: maybe}\n",
       "r.yaml:3: tied must be true or false, got 'maybe'"},
      {"rankings:\n  cues:\n    - {word: 前, direction: top, single: [x]}\n",
       "r.yaml:3: single must be true or false, got ''"},
      {"rankings:\n  cues:\n    - {word: 前, direction: top, kind: other}\n",
       "r.yaml:3: kind must be rank, superlative, comparative, chain or ordinal"},
      {"rankings:\n  cues:\n    - {word: 前, direction: top, adjective_chars: [1]}\n",
       "r.yaml:3: expected a number"},
      {"rankings:\n  cues:\n    - {word: 大, direction: top, min_number: -1}\n",
       "r.yaml:3: expected a whole number from 1 to 1000, got '-1'"},
      {"rankings:\n  cues:\n    - {direction: top}\n", "r.yaml:3: missing 'word'"},
      {"rankings:\n  cues:\n    - 前\n", "r.yaml:3: expected {word: ..., direction: ...}"},
      {"rankings:\n  cues: 前\n", "r.yaml:2: expected a list of cues"},
      {"rankings: [a]\n", "r.yaml:1: expected a mapping"},
      {"assessments:\n  shortcomings:\n    - {open: 但}\n", "r.yaml:3: missing 'close'"},
      {"assessments:\n  shortcomings:\n    - 但\n", "r.yaml:3: expected {open: ..., close: ...}"},
      {"assessments:\n  shortcomings: {open: a, close: b}\n",
       "r.yaml:2: expected a list of {open, close}"},
      {"assessments:\n  shortcomings:\n    - {open: 但, close: 不足}\n"
       "    - {open: 但, close: 不足}\n",
       "r.yaml:4: '但\\x0a不足' is already in assessments.shortcomings (line 3)"},
      {"rankings:\n  stock_subjects:\n    - {word: 涨停}\n", "r.yaml:3: missing 'subject'"},
      {"rankings:\n  stock_subjects:\n    - 涨停\n",
       "r.yaml:3: expected {word: ..., subject: ...}"},
      {"rankings:\n  stock_subjects:\n    - {word: 股, subject: 个股}\n"
       "    - {word: 股, subject: 股票}\n",
       "r.yaml:4: '股' is already in rankings.stock_subjects (line 3)"},
      {"rankings:\n  name_subjects:\n    - {word: 证券, subject: 券商}\n"
       "    - {word: 证券, subject: 公司}\n",
       "r.yaml:4: '证券' is already in rankings.name_subjects (line 3)"},
      {"rankings:\n  name_subjects:\n    - {subject: 券商}\n", "r.yaml:3: missing 'word'"},
      {"text_layer:\n  skip_classes: *nothing\n", "r.yaml:2: the referenced anchor is not defined"},
  };
  for (const Case& c : cases) EXPECT_EQ(LoadError(c.yaml), c.error) << c.yaml;
}

// A cue's flags take YAML's boolean words (yaml-cpp's): yes, On, n, ...
TEST(LoadRulesTest, CueFlagsTakeYamlsBooleanWords) {
  Rules rules;
  std::string error;
  ASSERT_TRUE(LoadRules("r.yaml",
                        "rankings:\n  cues:\n    - {word: 前, direction: top, kind: superlative,"
                        " single: Yes, tied: ON, number_before: n, names_after_only: false}\n",
                        &rules, &error))
      << error;
  ASSERT_EQ(rules.cues.size(), 1u);
  EXPECT_TRUE(rules.cues[0].single);
  EXPECT_TRUE(rules.cues[0].tied);
  EXPECT_FALSE(rules.cues[0].number_before);
  EXPECT_FALSE(rules.cues[0].names_after_only);
  EXPECT_EQ(rules.cues[0].kind, Cue::Kind::kSuperlative);
}

// Found by the rules fuzzer: yaml-cpp quotes the character it stopped at, a
// NUL or a newline too, and a repeated word may hold one.
TEST(LoadRulesTest, ErrorsStayOneLineWhateverTheFileHolds) {
  const std::string nul("rankings:\n  connectives: [\"a\", \"b\"]\0\n  metrics: [c]\n", 48);
  const std::string error = LoadError(nul);
  EXPECT_EQ(error.rfind("r.yaml:", 0), 0u) << error;
  EXPECT_EQ(error.find_first_of(std::string("\n\0", 2)), std::string::npos) << error;
  EXPECT_EQ(LoadError("rankings:\n  subjects: [\"a\\nb\", \"a\\nb\"]\n"),
            "r.yaml:2: 'a\\x0ab' is already in rankings.subjects (line 2)");
}

TEST(LoadRulesTest, AFailedLoadLeavesTheRulesAsTheyWere) {
  Rules rules = DefaultRules();
  const size_t subjects = rules.subjects.size();
  std::string error;
  EXPECT_FALSE(
      LoadRules("r.yaml", "rankings:\n  subjects: [新词]\n  metrics: [\"\"]\n", &rules, &error));
  EXPECT_EQ(rules.subjects.size(), subjects);
}

TEST(LoadRulesFileTest, ReadsAtMostTheLimitFromAnything) {
  Rules rules;
  std::string text, error;
  EXPECT_FALSE(LoadRulesFile("/dev/zero", &rules, &text, &error));
  EXPECT_EQ(error, "/dev/zero: over the limit of 1048576 bytes for a rules file");
  EXPECT_LE(text.size(), kMaxRulesFileBytes + 1);
  EXPECT_FALSE(LoadRulesFile("/no/such/rules.yaml", &rules, &text, &error));
  EXPECT_EQ(error, "/no/such/rules.yaml: cannot read rules file: No such file or directory");
  EXPECT_TRUE(LoadRulesFile(NEWSEXTRACT_SOURCE_DIR "/data/rules.yaml", &rules, &text, &error))
      << error;
  EXPECT_EQ(rules.subjects, DefaultRules().subjects);
}

// Rules built in code skip LoadRules' checks: every matching loop must still
// end, because each advances by at least one character whatever the word.
TEST(RulesMatchingTest, EmptyWordsInHandBuiltRulesNeitherHangNorBurnTheBudget) {
  Rules rules = DefaultRules();
  for (auto* list : {&rules.skip_classes, &rules.caption_classes, &rules.ranking_words,
                     &rules.scope_words, &rules.connectives, &rules.conjunctions}) {
    list->push_back("");
  }
  rules.cues.push_back(Cue{});  // an empty word
  IndexRules(&rules);
  ExtractOptions options;
  options.timeout_seconds = 0;  // a loop that never ends would hang the test
  const auto start = std::chrono::steady_clock::now();
  const ArticleResult r = ExtractArticle("seed.txt", Seed(), options, rules);
  EXPECT_TRUE(r.ok) << r.error;
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

}  // namespace
}  // namespace newsextract
