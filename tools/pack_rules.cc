// pack_rules RULES.yaml OUT.cc: the build step that turns data/rules.yaml
// into C++ data (rules_blob.h), through the same loader as --rules, so
// that a rules file the loader refuses fails the build.
#include <cstdio>
#include <fstream>
#include <string>

#include "newsextract/rules.h"
#include "rules_blob.h"

namespace {

// The blob as a C++ array, 16 bytes a line.
std::string Source(const std::string& blob) {
  std::string out =
      "// Generated from data/rules.yaml by tools/pack_rules.cc; do not edit.\n"
      "#include \"rules_blob.h\"\n\n"
      "namespace newsextract {\n\n"
      "const unsigned char kDefaultRulesBlob[] = {";
  for (size_t i = 0; i < blob.size(); ++i) {
    out += i % 16 == 0 ? "\n    " : " ";
    out += std::to_string(static_cast<unsigned char>(blob[i]));
    out += ',';
  }
  out +=
      "\n};\nconst size_t kDefaultRulesBlobSize = sizeof kDefaultRulesBlob;\n\n"
      "}  // namespace newsextract\n";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: pack_rules RULES.yaml OUT.cc\n");
    return 2;
  }
  newsextract::Rules rules;
  std::string text, error;
  if (!newsextract::LoadRulesFile(argv[1], &rules, &text, &error)) {
    fprintf(stderr, "newsextract: error: %s\n", error.c_str());
    return 1;
  }
  const std::string temp = std::string(argv[2]) + ".tmp";
  std::ofstream out(temp, std::ios::binary);
  out << Source(newsextract::PackRules(rules));
  // Renamed into place whole: a build stopped half-way leaves no truncated
  // source that looks up to date.
  if (!out.flush() || std::rename(temp.c_str(), argv[2]) != 0) {
    fprintf(stderr, "newsextract: error: %s: cannot write\n", argv[2]);
    return 1;
  }
  return 0;
}
