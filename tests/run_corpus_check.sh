#!/usr/bin/env bash
# Runs corpus_check.py on a folder of real articles; exit 77 (skipped) when
# the folder is not there.
set -u
bin=$1 corpus=$2 check=$3
if [[ ! -d $corpus ]]; then
  echo "no corpus at $corpus: skipped"
  exit 77
fi
exec python3 "$check" "$bin" "$corpus"
