#!/usr/bin/env bash
# Runs two newsextract binaries over the same inputs in every output mode and
# says whether their outputs are byte-identical: the check a refactoring must
# pass ("outputs unchanged"). Inputs: data/, ../shared/corpus,
# ../shared/corpus-ranked, tests/rankset-real, tests/hostile inputs when
# present, and a generated bench corpus (bench/make_corpus.py, N files).
# usage: tools/compare_outputs.sh BEFORE_BIN AFTER_BIN [N=2000]
# exit: 0 identical, 1 a difference (the first lines of each diff shown), 2 usage
set -euo pipefail
[[ $# -ge 2 ]] || { echo "usage: $0 BEFORE_BIN AFTER_BIN [N]" >&2; exit 2; }
before=$(realpath "$1") after=$(realpath "$2") count=${3:-2000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

folders=("$root/data")
for f in "$root/../shared/corpus" "$root/../shared/corpus-ranked" "$root/tests/rankset-real/articles" \
  "$root/tests/rankset/articles" "$root/tests/hostile"; do
  [[ -d $f ]] && folders+=("$f")
done
python3 "$root/bench/make_corpus.py" "$count" "$work/bench" >/dev/null 2>&1
folders+=("$work/bench")

# Each mode: a name and the options; every mode runs over every folder.
modes=(
  "ndjson|"
  "pretty|--pretty"
  "rankings-csv|--emit rankings --format csv"
  "rankings-tsv|--emit rankings --format tsv"
  "explain|--explain"
  "j2|-j2"
)

run_one() {  # bin outdir mode-options folder-index folder
  local bin=$1 out=$2 opts=$3 i=$4 folder=$5
  # shellcheck disable=SC2086
  (cd "$folder" && "$bin" $opts . >"$out/$i.out" 2>"$out/$i.err"; echo "exit $?" >>"$out/$i.err") || true
  if [[ -z $opts ]]; then  # the output folder and the SQLite archive, once per folder
    (cd "$folder" && "$bin" -q -o "$out/$i.dir" . 2>>"$out/$i.err"; echo "exit-o $?" >>"$out/$i.err") || true
    (cd "$folder" && "$bin" -q --sqlite "$out/$i.db" . >/dev/null 2>>"$out/$i.err") || true
    [[ -f $out/$i.db ]] && sqlite3 "$out/$i.db" .dump >"$out/$i.dump" 2>/dev/null && rm -f "$out/$i.db"*
  fi
}

status=0
for mode in "${modes[@]}"; do
  name=${mode%%|*} opts=${mode#*|}
  mkdir -p "$work/b-$name" "$work/a-$name"
  for i in "${!folders[@]}"; do
    run_one "$before" "$work/b-$name" "$opts" "$i" "${folders[$i]}"
    run_one "$after" "$work/a-$name" "$opts" "$i" "${folders[$i]}"
  done
  if diff -r -q "$work/b-$name" "$work/a-$name" >/dev/null; then
    echo "same      $name"
  else
    echo "DIFFERENT $name"
    diff -r "$work/b-$name" "$work/a-$name" | head -20 || true  # head closing the pipe is no failure
    status=1
  fi
done
echo "folders: ${#folders[@]} (bench corpus $count files)"
exit $status
