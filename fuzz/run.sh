#!/usr/bin/env bash
# Runs a libFuzzer harness for a bounded time from its seed corpus:
# newsextract_fuzz (articles) or newsextract_fuzz_rules (rules files).
# usage: fuzz/run.sh BIN SECONDS
# The growing corpus and any crasher (crash-*, timeout-*, oom-*, leak-*)
# are kept in WORK (default: BIN's folder/fuzz-work, or fuzz-rules-work for
# the rules harness); exits non-zero when libFuzzer found something.
# Reproduce with: BIN WORK/artifacts/crash-...
set -euo pipefail
if (($# != 2)); then
  echo "usage: $0 BIN SECONDS" >&2
  exit 2
fi
bin=$(realpath "$1")
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
if [[ $(basename "$bin") == *rules* ]]; then
  kind=rules seeds=(--rules) dict=rules.dict max_len=65536
else
  kind= seeds=() dict=html_yaml.dict max_len=131072
fi
work=${FUZZ_WORK:-$(dirname "$bin")/fuzz${kind:+-$kind}-work}
mkdir -p "$work/corpus" "$work/artifacts"
python3 "$here/seed_corpus.py" "${seeds[@]}" "$work/seeds"

status=0
"$bin" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len="$max_len" \
  -dict="$here/$dict" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
  "$work/corpus" "$work/seeds" 2>"$work/fuzz.log" || status=$?
grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs)' "$work/fuzz.log" || true
if ((status != 0)); then
  tail -n 60 "$work/fuzz.log" >&2
  echo "fuzz/run.sh: libFuzzer exited $status; kept:" >&2
  ls -l "$work/artifacts" >&2
  exit 1
fi
echo "fuzz/run.sh: ${seconds}s clean; corpus $(ls "$work/corpus" | wc -l) files in $work/corpus"
