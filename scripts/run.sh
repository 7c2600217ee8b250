#!/usr/bin/env bash
# Builds newsextract (Release) and runs it on data/, printing NDJSON.
# usage: scripts/run.sh [newsextract arguments...]   (default: data/)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DNEWSEXTRACT_TESTS=OFF >&2
cmake --build build-release -j"$(nproc)" >&2
if (($#)); then exec build-release/newsextract "$@"; fi
exec build-release/newsextract data/
