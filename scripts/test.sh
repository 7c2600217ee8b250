#!/usr/bin/env bash
# Builds newsextract and runs the whole test suite: the code's format
# (clang-format) and a warnings-as-errors build with clang-tidy's checks,
# then the same suite under AddressSanitizer + UBSan, then a bounded
# libFuzzer run of each harness (articles, rules files). Exits non-zero when
# anything fails.
# usage: scripts/test.sh   (FUZZ_SECONDS=N to change the fuzzing time, 0 to skip)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
jobs=$(nproc)

echo "== format (clang-format, .clang-format)"
clang-format --dry-run -Werror src/*.cc src/*.h include/newsextract/*.h tests/*.cc tests/*.h \
  bench/*.cc fuzz/*.cc tools/*.cc

echo "== build and test (-Werror), clang-tidy (.clang-tidy) on src/"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSEXTRACT_WERROR=ON
cmake --build build -j"$jobs"
# run-clang-tidy 14 has no -warnings-as-errors: any finding in its log fails.
run-clang-tidy -p build -quiet -extra-arg=-Wno-unknown-warning-option -j "$jobs" "$PWD/src/.*\.cc$" >build/clang-tidy.log 2>&1 || true
if grep -E "warning:|error:|Error while" build/clang-tidy.log; then
  echo "clang-tidy: findings above" >&2
  exit 1
fi
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== build and test under ASan + UBSan"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNEWSEXTRACT_SANITIZE=ON -DNEWSEXTRACT_WERROR=ON
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"

if [[ -f fuzz/CMakeLists.txt && ${FUZZ_SECONDS:-60} -gt 0 ]]; then
  CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSEXTRACT_FUZZ=ON \
    -DNEWSEXTRACT_TESTS=OFF
  cmake --build build-fuzz -j"$jobs" --target newsextract_fuzz newsextract_fuzz_rules
  for harness in newsextract_fuzz newsextract_fuzz_rules; do
    echo "== libFuzzer $harness, ${FUZZ_SECONDS:-60} s"
    fuzz/run.sh "build-fuzz/fuzz/$harness" "${FUZZ_SECONDS:-60}"
  done
fi
echo "== all tests passed"
