#!/usr/bin/env bash
# Benchmarks newsextract against a gumbo-only baseline and plain `cat`.
#
# usage: bench/run.sh [N]        (N files, default 10000; also runs 4N files)
#
# Builds the project in Release into build-bench/, makes corpora of N and 4N
# articles with bench/make_corpus.py in a temporary folder, times with
# hyperfine and measures peak RSS with GNU time, and prints a markdown report
# to stdout (and to $BENCH_OUT if set). Progress goes to stderr.
# See bench/README.md for the environment variables and the columns.
set -euo pipefail

die() { echo "run.sh: error: $*" >&2; exit 2; }
log() { echo "run.sh: $*" >&2; }

N=${1:-10000}
[[ $N =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$N'"
RUNS=${BENCH_RUNS:-3}
SMALL_RUNS=${BENCH_SMALL_RUNS:-100}
JOBS=${BENCH_JOBS:-$(nproc)}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$BENCH_DIR/.." && pwd)
cd "$REPO_ROOT"
BUILD_DIR=${BENCH_BUILD_DIR:-build-bench}

ensure_tools() {
  local missing=()
  command -v hyperfine >/dev/null || missing+=(hyperfine)
  [[ -x /usr/bin/time ]] || missing+=(time)
  if ((${#missing[@]})); then
    [[ $(id -u) -eq 0 ]] || die "missing ${missing[*]}: run apt-get install -y ${missing[*]}"
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y "${missing[@]}" >&2 ||
      { apt-get update >&2 && apt-get install -y "${missing[@]}" >&2; }
  fi
  local tool
  for tool in python3 cmake find xargs; do
    command -v "$tool" >/dev/null || die "$tool is required"
  done
}

build() {
  if [[ ${BENCH_SKIP_BUILD:-0} == 1 ]]; then
    log "BENCH_SKIP_BUILD=1: not building"
  elif [[ -f CMakeLists.txt ]]; then
    log "building $REPO_ROOT in $BUILD_DIR (Release)"
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DNEWSEXTRACT_BENCH=ON >&2
    cmake --build "$BUILD_DIR" -j >&2
  else
    log "no top-level CMakeLists.txt: building bench/ alone"
    cmake -S bench -B "$BUILD_DIR/bench-standalone" -DCMAKE_BUILD_TYPE=Release >&2
    cmake --build "$BUILD_DIR/bench-standalone" -j >&2
  fi
}

pick_binaries() {
  GUMBO_BIN=${GUMBO_ONLY_BIN:-}
  if [[ -z $GUMBO_BIN ]]; then
    GUMBO_BIN=$BUILD_DIR/bench/gumbo_only
    [[ -x $GUMBO_BIN ]] || GUMBO_BIN=$BUILD_DIR/bench-standalone/gumbo_only
  fi
  NX_BIN=${NEWSEXTRACT_BIN:-$BUILD_DIR/newsextract}
  [[ -x $GUMBO_BIN ]] || die "no gumbo_only binary at $GUMBO_BIN (set GUMBO_ONLY_BIN)"
  [[ -x $NX_BIN ]] || die "no newsextract binary at $NX_BIN (set NEWSEXTRACT_BIN)"
  GUMBO_BIN=$(realpath "$GUMBO_BIN")
  NX_BIN=$(realpath "$NX_BIN")
  # Extra arguments for every newsextract run, e.g. NEWSEXTRACT_ARGS='--rules data/rules.yaml'.
  read -r -a NX_ARGS <<<"${NEWSEXTRACT_ARGS:-}"
  Q_NX=$(printf '%q' "$NX_BIN")
  if ((${#NX_ARGS[@]})); then Q_NX+=$(printf ' %q' "${NX_ARGS[@]}"); fi
}

make_corpus() {  # count outdir
  local args=()
  if [[ -n ${BENCH_SOURCES:-} ]]; then
    local src
    IFS=: read -r -a srcs <<<"$BENCH_SOURCES"
    for src in "${srcs[@]}"; do args+=(--source "$src"); done
  fi
  python3 "$BENCH_DIR/make_corpus.py" "${args[@]}" "$1" "$2"
}

# Runs "$@" once under GNU time with stdout counted and stderr kept in a log;
# appends "label key files bytes rss_kb exit lines" to metrics.tsv.
measure_rss() {  # label key dir files bytes -- command...
  local label=$1 key=$2 dir=$3 files=$4 bytes=$5
  shift 6
  local base=$WORK/$label.$key status lines rss
  set +e
  /usr/bin/time -v -o "$base.time" "$@" 2>"$base.stderr" | wc -l >"$base.lines"
  status=${PIPESTATUS[0]}
  set -e
  lines=$(<"$base.lines")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$base.time")
  if ((status != 0)); then
    log "warning: ($key) on $dir exited with $status; first lines of its stderr:"
    head -n 5 "$base.stderr" >&2
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$key" "$files" "$bytes" "${rss:-0}" \
    "$status" "$lines" >>"$WORK/metrics.tsv"
}

bench_corpus() {  # label count
  local label=$1 count=$2 dir=$WORK/corpus_$1
  make_corpus "$count" "$dir"
  local files bytes q_dir q_gumbo
  files=$(find "$dir" -type f | wc -l)
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
  q_dir=$(printf '%q' "$dir")
  q_gumbo=$(printf '%q' "$GUMBO_BIN")
  local cmd_d="find $q_dir -type f -print0 | xargs -0 cat > /dev/null"
  # (s) writes a fresh database each run: hyperfine's --prepare removes it.
  local db=$WORK/$label.db q_db
  q_db=$(printf '%q' "$db")
  local clear_db="rm -f $q_db $q_db-wal $q_db-shm"

  log "peak RSS on $label ($files files)"
  measure_rss "$label" a "$dir" "$files" "$bytes" -- "$GUMBO_BIN" "$dir"
  measure_rss "$label" a2 "$dir" "$files" "$bytes" -- "$GUMBO_BIN" --arena "$dir"
  measure_rss "$label" b "$dir" "$files" "$bytes" -- "$NX_BIN" "${NX_ARGS[@]}" -j1 "$dir"
  measure_rss "$label" c "$dir" "$files" "$bytes" -- "$NX_BIN" "${NX_ARGS[@]}" "-j$JOBS" "$dir"
  measure_rss "$label" d "$dir" "$files" "$bytes" -- sh -c "$cmd_d"
  rm -f "$db" "$db-wal" "$db-shm"
  measure_rss "$label" s "$dir" "$files" "$bytes" -- "$NX_BIN" "${NX_ARGS[@]}" "-j$JOBS" --sqlite "$db" "$dir"

  log "timing on $label ($files files, $RUNS runs)"
  hyperfine --warmup 1 --runs "$RUNS" --ignore-failure \
    --export-json "$WORK/$label.hyperfine.json" --prepare "$clear_db" \
    -n a "$q_gumbo $q_dir" \
    -n a2 "$q_gumbo --arena $q_dir" \
    -n b "$Q_NX -j1 $q_dir > /dev/null" \
    -n c "$Q_NX -j$JOBS $q_dir > /dev/null" \
    -n d "$cmd_d" \
    -n s "$Q_NX -j$JOBS --sqlite $q_db $q_dir" >&2
}

# The output-folder rows on corpus $1: (e) -o fresh, (f) -o --incremental
# fresh, (g) its no-change rerun, (h) a rerun with 1% new files. Every
# fresh run writes into a folder of its own, and none is deleted until the
# end: ext4 scans past recently deleted inodes when it makes new ones, which
# made a run right after `rm -rf` of the last output cost seconds of kernel
# time that no real run pays.
bench_output_dir() {  # label
  local label=$1 dir=$WORK/corpus_$1 files bytes
  files=$(find "$dir" -type f | wc -l)
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
  local outs=$WORK/outs_$label plus=$WORK/plus_$label
  mkdir -p "$outs"
  # (h)'s inputs: the corpus (hard links) plus 1% new files in new/.
  cp -al "$dir" "$plus"
  make_corpus "$(((files + 99) / 100))" "$WORK/new_$label"
  mv "$WORK/new_$label" "$plus/new"
  local q_dir q_plus q_outs inc_dir=$outs/inc plus_dir=$outs/plus restore plus_files
  plus_files=$(find "$plus" -type f | wc -l)
  q_dir=$(printf '%q' "$dir")
  q_plus=$(printf '%q' "$plus")
  q_outs=$(printf '%q' "$outs")
  local fresh="d=\$(mktemp -d $q_outs/fresh.XXXXXX) && $Q_NX -q -j$JOBS -o \"\$d\""

  log "output folder rows on $label ($files files)"
  measure_rss "$label" e "$dir" "$files" "$bytes" -- \
    "$NX_BIN" "${NX_ARGS[@]}" -q "-j$JOBS" -o "$outs/rss_e" "$dir"
  measure_rss "$label" f "$dir" "$files" "$bytes" -- \
    "$NX_BIN" "${NX_ARGS[@]}" -q "-j$JOBS" -o "$inc_dir" --incremental "$dir"
  measure_rss "$label" g "$dir" "$files" "$bytes" -- \
    "$NX_BIN" "${NX_ARGS[@]}" -q "-j$JOBS" -o "$inc_dir" --incremental "$dir"
  # (h) starts from the manifest of a run without new/, every time.
  mv "$plus/new" "$WORK/new_$label"
  "$NX_BIN" "${NX_ARGS[@]}" -q "-j$JOBS" -o "$plus_dir" --incremental "$plus" >/dev/null 2>&1 || true
  mv "$WORK/new_$label" "$plus/new"
  cp "$plus_dir/.newsextract-manifest.json" "$outs/plus-manifest.json"
  restore="cp $(printf '%q' "$outs/plus-manifest.json") $(printf '%q' "$plus_dir/.newsextract-manifest.json")"
  measure_rss "$label" h "$plus" "$plus_files" "$bytes" -- \
    "$NX_BIN" "${NX_ARGS[@]}" -q "-j$JOBS" -o "$plus_dir" --incremental "$plus"

  log "timing output folder rows on $label ($RUNS runs)"
  # --prepare runs before every command; only (h) needs it.
  hyperfine --warmup 1 --runs "$RUNS" --ignore-failure --prepare "$restore" \
    --export-json "$WORK/$label.out.hyperfine.json" \
    -n c "$Q_NX -j$JOBS $q_dir > /dev/null" \
    -n e "$fresh $q_dir" \
    -n f "$fresh --incremental $q_dir" \
    -n g "$Q_NX -q -j$JOBS -o $(printf '%q' "$inc_dir") --incremental $q_dir" \
    -n h "$Q_NX -q -j$JOBS -o $(printf '%q' "$plus_dir") --incremental $q_plus" \
    -n floor "$(floor_command "$outs" "$files" "$bytes")" >&2
}

# (floor): as many files as the corpus has, of its mean size, made the way
# -o makes them and synced once, nothing else (bench/create_floor.cc), on
# one thread.
floor_command() {  # outs files bytes
  local bin=${CREATE_FLOOR_BIN:-$(dirname "$GUMBO_BIN")/create_floor}
  printf 'd=$(mktemp -u %q/floor.XXXXXX) && %q --sync "$d" %d %d' "$1" "$bin" "$2" $(($3 / $2))
}

bench_small_file() {
  local seed=${BENCH_SEED:-}
  if [[ -z $seed ]]; then
    for seed in data/000_99af02c5c58b7f1b.txt ../shared/seeds/000_99af02c5c58b7f1b.txt \
                "$(find "$WORK/corpus_N" -type f | sort | head -n 1)"; do
      [[ -f $seed ]] && break
    done
  fi
  [[ -f $seed ]] || die "no seed file at '$seed' (set BENCH_SEED)"
  SEED=$(realpath "$seed")
  log "timing one small file: $SEED"
  hyperfine -N --warmup 5 --runs "$SMALL_RUNS" --ignore-failure \
    --export-json "$WORK/small.hyperfine.json" \
    -n small "$Q_NX $(printf '%q' "$SEED")" -n version "$Q_NX --version" \
    -n gumbo-small "$(printf '%q %q' "$GUMBO_BIN" "$SEED")" \
    -n gumbo-help "$(printf '%q --help' "$GUMBO_BIN")" >&2
}

report() {
  python3 - "$WORK" "$N" "$JOBS" "$GUMBO_BIN" "$Q_NX" "$SEED" <<'EOF'
import json, os, platform, subprocess, sys

work, n, jobs, gumbo_bin, nx_bin, seed = sys.argv[1:]
n = int(n)
what = {
    "a": "gumbo_only DIR",
    "a2": "gumbo_only --arena DIR",
    "b": "newsextract -j1 DIR",
    "c": f"newsextract -j{jobs} DIR",
    "d": "find DIR -type f -print0 \\| xargs -0 cat",  # \\| keeps the table intact
    "s": f"newsextract -j{jobs} --sqlite DB DIR",
}
KEYS = ("a", "a2", "b", "c", "d", "s")
metrics = {}
for line in open(os.path.join(work, "metrics.tsv")):
    label, key, files, size, rss_kb, status, lines = line.split("\t")
    metrics[label, key] = dict(files=int(files), bytes=int(size), rss=int(rss_kb) / 1024,
                               status=int(status), lines=int(lines))
for label in ("N", "4N"):
    for r in json.load(open(os.path.join(work, f"{label}.hyperfine.json")))["results"]:
        metrics[label, r["command"]].update(mean=r["mean"], stddev=r["stddev"] or 0.0)
    # The output-folder rows, timed beside a run of (c) of their own.
    for r in json.load(open(os.path.join(work, f"{label}.out.hyperfine.json")))["results"]:
        key = "c-out" if r["command"] == "c" else r["command"]
        metrics.setdefault((label, key), dict(metrics[label, "c"]))
        metrics[label, key].update(mean=r["mean"], stddev=r["stddev"] or 0.0,
                                   cpu=r["user"] + r["system"])
OUT_WHAT = {
    "c-out": f"newsextract -j{jobs} DIR > /dev/null",
    "e": f"newsextract -j{jobs} -o OUT DIR (fresh OUT)",
    "f": f"newsextract -j{jobs} -o OUT --incremental DIR (fresh OUT)",
    "g": f"newsextract -j{jobs} -o OUT --incremental DIR (no change)",
    "h": f"newsextract -j{jobs} -o OUT --incremental DIR (1% new files)",
    "floor": "create_floor --sync OUT FILES BYTES (the files of -o alone, one thread)",
}

def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"

def commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "none"

out = []
p = out.append
p("## newsextract benchmark\n")
p(f"- machine: {cpu_model()}, {os.cpu_count()} CPUs; commit {commit()}")
# Paths relative to the repository: the report goes into docs, and a
# machine's own paths have no place there.
p(f"- newsextract: `{os.path.relpath(nx_bin)}`; baseline: `{os.path.relpath(gumbo_bin)}`")
for label in ("N", "4N"):
    m = metrics[label, "a"]
    p(f"- corpus {label}: {m['files']} files, {m['bytes'] / 1e6:.1f} MB")
p("")
p("| corpus | run | command | mean ± σ (s) | files/s | MB/s | peak RSS (MiB) | exit | NDJSON lines |")
p("|---|---|---|--:|--:|--:|--:|--:|--:|")
for label in ("N", "4N"):
    for key in KEYS:
        m = metrics[label, key]
        lines = str(m["lines"]) if key in "bc" else "–"
        p(f"| {label} | ({key}) | `{what[key]}` | {m['mean']:.3f} ± {m['stddev']:.3f} "
          f"| {m['files'] / m['mean']:,.0f} | {m['bytes'] / 1e6 / m['mean']:.1f} "
          f"| {m['rss']:.1f} | {m['status']} | {lines} |")

p("")
p("| corpus | run | command | mean ± σ (s) | files/s | peak RSS (MiB) | exit |")
p("|---|---|---|--:|--:|--:|--:|")
for label in ("N", "4N"):
    for key, text in OUT_WHAT.items():
        m = metrics[label, key]
        rss = "–" if key == "floor" else f"{m['rss']:.1f}"
        p(f"| {label} | ({key if key == 'floor' else key[0]}) | `{text}` "
          f"| {m['mean']:.3f} ± {m['stddev']:.3f} | {m['files'] / m['mean']:,.0f} | {rss} "
          f"| {m['status']} |")

rows, missed = [], 0
def check(name, value, target, ok):
    global missed
    missed += 0 if ok else 1
    rows.append(f"| {name} | {value} | {target} | {'yes' if ok else '**no**'} |")

for label in ("N", "4N"):
    a, b, c = (metrics[label, k]["mean"] for k in "abc")
    check(f"throughput b/a ({label})", f"{a / b:.2f}", "≥ 0.85", a / b >= 0.85)
    check(f"speed-up c/b ({label}, -j{jobs})", f"{b / c:.2f}", "≥ 1.7", b / c >= 1.7)
rss_n, rss_4n = metrics["N", "c"]["rss"], metrics["4N", "c"]["rss"]
check("peak RSS (c): N → 4N files", f"{rss_n:.1f} → {rss_4n:.1f} MiB (×{rss_4n / rss_n:.2f})",
      "flat (≤ 1.5×)", rss_4n <= 1.5 * rss_n)
for label in ("N", "4N"):
    c = metrics[label, "c-out"]["mean"]
    for key, name in (("e", "-o fresh"), ("f", "-o --incremental fresh")):
        ratio = c / metrics[label, key]["mean"]
        check(f"{name} / stdout throughput ({label})", f"{ratio:.2f}", "≥ 0.85", ratio >= 0.85)
    # Making the files costs the kernel this much CPU whatever writes them.
    # At best it is spread over all the jobs and the sync's wait is hidden
    # behind the work: the highest -o / stdout ratio the file system allows.
    floor = metrics[label, "floor"]
    ceiling = c / (c + floor["cpu"] / int(jobs))
    added = metrics[label, "e"]["mean"] - c
    rows.append(f"| ceiling of -o / stdout the file system allows ({label}): (c) / ((c) + "
                f"CPU of (floor) / {jobs}); what (e) adds to (c) against (floor) | {ceiling:.2f}; "
                f"{added:.2f} s against {floor['mean']:.2f} s ({floor['cpu']:.2f} s CPU) "
                f"| information | – |")
rss_n, rss_4n = metrics["N", "g"]["rss"], metrics["4N", "g"]["rss"]
check("peak RSS (g), no-change rerun: N → 4N files",
      f"{rss_n:.1f} → {rss_4n:.1f} MiB (×{rss_4n / rss_n:.2f})", "≤ 1.2×, < 40 MiB",
      rss_4n <= 1.2 * rss_n and rss_4n < 40)
for label in ("N", "4N"):
    c, e = (metrics[label, k]["mean"] for k in "cs")
    check(f"throughput s/c ({label}, --sqlite)", f"{c / e:.2f}", "≥ 0.8", c / e >= 0.8)
rss_n, rss_4n = metrics["N", "s"]["rss"], metrics["4N", "s"]["rss"]
check("peak RSS (s): N → 4N files", f"{rss_n:.1f} → {rss_4n:.1f} MiB (×{rss_4n / rss_n:.2f})",
      "flat (≤ 1.5×)", rss_4n <= 1.5 * rss_n)
small_runs = json.load(open(os.path.join(work, "small.hyperfine.json")))["results"]
small, version, gumbo_small, gumbo_help = small_runs[:4]
check(f"one small file (`{os.path.basename(seed)}`)",
      f"{small['mean'] * 1e3:.2f} ± {(small['stddev'] or 0) * 1e3:.2f} ms "
      f"(min {small['min'] * 1e3:.2f})", "< 5 ms", small["mean"] < 0.005)
check("one small file / `newsextract --version` (the process floor)",
      f"{small['mean'] * 1e3:.2f} / {version['mean'] * 1e3:.2f} ms = "
      f"{small['mean'] / version['mean']:.2f} (min {small['min'] / version['min']:.2f})",
      "≤ 1.3", small["mean"] <= 1.3 * version["mean"])
# gumbo parsing the seed in a fresh process, over gumbo_only's own start:
# no program that parses the file can start and finish faster than that.
cold = gumbo_small["mean"] - gumbo_help["mean"]
rows.append(f"| least small / version any parser of the seed can have: (version + gumbo_only "
            f"seed − gumbo_only --help) / version = ({version['mean'] * 1e3:.2f} + "
            f"{cold * 1e3:.2f}) / {version['mean'] * 1e3:.2f} ms | "
            f"{(version['mean'] + cold) / version['mean']:.2f} | information | – |")
if any(metrics[l, k]["status"] for l in ("N", "4N") for k in KEYS + tuple(OUT_WHAT)):
    rows.append("| some run exited non-zero | see `exit` | 0 | **no** |")
    missed += 1

p("")
p("| check | value | target | met |")
p("|---|---|---|---|")
out += rows
# newsextract parses into an arena; (a2) is the same floor with that arena,
# so b/a2 is what newsextract's own stages cost, the arena's saving aside.
own = ", ".join(f"{metrics[l, 'a2']['mean'] / metrics[l, 'b']['mean']:.2f} ({l})" for l in ("N", "4N"))
p("")
p(f"Against the floor with newsextract's allocator, (a2) `gumbo_only --arena`: b/a2 = {own}.")
print("\n".join(out))
sys.exit(1 if missed else 0)
EOF
}

ensure_tools
build
pick_binaries
WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsextract-bench.XXXXXX")
if [[ ${BENCH_KEEP:-0} == 1 ]]; then
  log "keeping $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi
: >"$WORK/metrics.tsv"

bench_corpus N "$N"
bench_output_dir N
bench_corpus 4N "$((4 * N))"
bench_output_dir 4N
bench_small_file

set +e
report >"$WORK/report.md"
report_status=$?
set -e
[[ -s $WORK/report.md ]] || die "could not write the report"
cat "$WORK/report.md"
if [[ -n ${BENCH_OUT:-} ]]; then
  cp "$WORK/report.md" "$BENCH_OUT"
  log "report written to $BENCH_OUT"
fi
if ((report_status != 0)); then
  log "some targets were missed"
  [[ ${BENCH_STRICT:-0} == 1 ]] && exit 1
fi
exit 0
