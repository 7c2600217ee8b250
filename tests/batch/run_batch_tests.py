#!/usr/bin/env python3
"""End-to-end tests of the batch layer: -j, --files-from, --output-dir,
--incremental, --prune, the lock, exit codes, signals, progress, stats and
the GNU parallel recipe from docs/batch.md; and the hostile paths around the
articles (manifest entries naming ../x, symlinks planted in the output
folder, NUL-separated lists read without -0, endless list lines, special
files as --stats-json, names that are not UTF-8, SIGTERM over 20,000 files
and with a file stuck in the parser).

Builds folders of article variants (the seed article and tests/rankset
articles with changed titles, in nested folders, plus one file with a NUL
byte) in a temp dir and runs BIN on them. Each check is a function whose
name says what must hold; a failing check prints why and the run goes on.

usage: run_batch_tests.py BIN [CHECK...]   (last line: "N passed, M failed";
       CHECK: run only the checks whose names contain it;
       BATCH_CHECKS=REGEX: only the checks whose name matches)
"""
import fcntl, json, os, pty, random, re, select, shutil, signal, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
SEED = os.path.join(SOURCE, "data", "000_99af02c5c58b7f1b.txt")
RANKSET = os.path.join(SOURCE, "tests", "rankset", "articles")
MANIFEST = ".newsextract-manifest.json"
LOCK = ".newsextract.lock"
TEMP_RE = re.compile(r"\.tmp\.")  # WriteFileAtomic's temp names: .NAME.tmp.PID.N
HOUR_AGO_NS = time.time_ns() - 3600 * 10**9

BIN = None
WORK = None


class CheckFailed(Exception):
    pass


class SkipCheck(Exception):
    pass


def expect(cond, message):
    if not cond:
        raise CheckFailed(message)


# ---------------------------------------------------------------- fixtures

def base_articles():
    """(name, bytes) of every article the variants are made from."""
    names = [SEED] + sorted(os.path.join(RANKSET, n) for n in os.listdir(RANKSET) if n.endswith(".md"))
    return [(os.path.splitext(os.path.basename(p))[0], open(p, "rb").read()) for p in names]


def retitle(content, title):
    """The article with its front matter title replaced."""
    out, n = re.subn(rb"^title: .*$", b"title: '" + title.encode() + b"'", content, count=1, flags=re.M)
    assert n == 1, "no title line"
    return out


def write(path, content, mtime_ns=HOUR_AGO_NS):
    """Writes a file dated in the past, so that its mtime is safely older
    than any run (the tool re-reads files written during the last run)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content)
    os.utime(path, ns=(mtime_ns, mtime_ns))


def build_tree(root, count, bad=True):
    """`count` good articles in nested folders (plus odd names), and one
    file with a NUL byte when `bad`. Returns the good inputs' relative paths."""
    bases = base_articles()
    rels = []
    for i in range(count):
        name, content = bases[i % len(bases)]
        if i == 1:
            rel = "top level with space.md"
        elif i == 2:
            rel = "中文/新闻 第二.md"
        else:
            rel = f"{i % 7:02d}/{(i // 7) % 5}/{name}_{i:05d}.md"
        write(os.path.join(root, rel), retitle(content, f"变体 {i}: {name}"))
        rels.append(rel)
    if bad:
        write(os.path.join(root, "bad", "nul.md"), b"---\ntitle: bad\n---\n<p>a\0b</p>\n")
    return rels


def sorted_inputs(root):
    """Every input under root, as the tool names and orders them."""
    paths = []
    for d, _, files in os.walk(root):
        paths += [os.path.join(d, f) for f in files if f.endswith(".md")]
    return sorted(paths, key=os.fsencode)


# ---------------------------------------------------------------- running

def run(args, stdin=None, timeout=300, **kw):
    return subprocess.run([BIN] + args, input=stdin, capture_output=True, timeout=timeout, **kw)


def records(stdout):
    """The NDJSON lines as parsed objects; every line must be one."""
    text = stdout.decode("utf-8")
    expect(text == "" or text.endswith("\n"), "stdout does not end with a newline")
    return [json.loads(line) for line in text.splitlines()]


def error_lines(stderr):
    return [l for l in stderr.decode("utf-8", "replace").splitlines() if l.startswith("newsextract: error: ")]


def stats_of(args, stdin=None):
    """Runs with --stats-json; returns (process, stats dict)."""
    path = os.path.join(WORK, "stats.json")
    if os.path.exists(path):
        os.unlink(path)
    p = run(args + ["--stats-json", path], stdin=stdin)
    expect(os.path.exists(path), f"no stats file; stderr: {p.stderr.decode()}")
    return p, json.load(open(path))


def outputs(out_dir):
    """{relative path: (inode, mtime_ns)} of every file in out_dir."""
    found = {}
    for d, _, files in os.walk(out_dir):
        for f in files:
            st = os.stat(os.path.join(d, f))
            found[os.path.relpath(os.path.join(d, f), out_dir)] = (st.st_ino, st.st_mtime_ns)
    return found


def json_outputs(out_dir):
    return {k: v for k, v in outputs(out_dir).items() if k.endswith(".json") and k != MANIFEST}


def any_output_written(out_dir):
    for _, _, files in os.walk(out_dir):
        if any(f.endswith(".json") and f != MANIFEST and not TEMP_RE.search(f) for f in files):
            return True
    return False


def wait_for_first_output(p, out_dir):
    """Returns once p has written an output to out_dir (or ended): a test
    that stops a run mid-way waits for this, not a fixed sleep, which under
    ASan on a loaded CI machine had passed before anything was written."""
    deadline = time.monotonic() + 60
    while p.poll() is None and time.monotonic() < deadline and not any_output_written(out_dir):
        time.sleep(0.005)


def temp_files(out_dir):
    return [k for k in outputs(out_dir) if TEMP_RE.search(os.path.basename(k))]


def changed(before, after):
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def output_of(rel):
    return os.path.splitext(rel)[0] + ".json"


def fresh_dir(name):
    path = os.path.join(WORK, name)
    shutil.rmtree(path, ignore_errors=True)
    return path


# One folder of hundreds of articles, one of thousands, and their records.
class Trees:
    small = big = None
    small_rels = big_rels = None
    small_stdout = None  # plain -j1 run over `small`
    big_records = None   # {path: record} of a plain run over `big`


def setup():
    Trees.small = os.path.join(WORK, "articles")
    Trees.small_rels = build_tree(Trees.small, 408)
    Trees.big = os.path.join(WORK, "big")
    Trees.big_rels = build_tree(Trees.big, 3000, bad=False)
    p = run(["-j1", Trees.small])
    Trees.small_stdout = p.stdout
    p = run([Trees.big])
    Trees.big_records = {r["path"]: r for r in records(p.stdout)}


# ---------------------------------------------------------------- checks

def check_parallel_output_is_byte_identical_to_j1():
    p4 = run(["-j4", Trees.small])
    expect(p4.returncode == 1, f"exit {p4.returncode}, want 1 (one bad file)")
    expect(p4.stdout == Trees.small_stdout, "-j4 stdout differs from -j1")
    recs = records(p4.stdout)
    expect(len(recs) == len(Trees.small_rels), f"{len(recs)} records, want {len(Trees.small_rels)}")
    paths = [r["path"] for r in recs]
    expect(paths == sorted(paths, key=os.fsencode), "records are not in path order")
    for _ in range(2):
        expect(run(["-j3", Trees.small]).stdout == Trees.small_stdout, "-j3 stdout differs from -j1")


def check_rows_and_csv_are_byte_identical_across_jobs_and_keep_one_header():
    for args in (["--emit", "rankings"], ["--format", "csv"], ["--emit", "rankings", "--format", "tsv", "--bom"]):
        one = run(["-j1"] + args + [Trees.small])
        many = run(["-j4"] + args + [Trees.small])
        expect(one.returncode == 1 and many.returncode == 1, f"{args}: exit {one.returncode}, {many.returncode}")
        expect(one.stdout == many.stdout and one.stdout, f"{args}: -j4 output differs from -j1")
        header = one.stdout.split(b"\n", 1)[0]
        if "--format" in args:
            expect(one.stdout.count(header) == 1, f"{args}: the header is written more than once")
    p = run(["--format", "csv", os.path.join(Trees.small, "bad")])  # every file fails: the header alone
    expect(p.returncode == 1 and p.stdout.count(b"\r\n") == 1 and p.stdout.startswith(b"schema_version,path,"),
           f"all failed: exit {p.returncode}, stdout {p.stdout[:100]!r}")


def check_bad_file_gives_one_error_line_in_the_documented_format():
    p = run(["-j4", Trees.small])
    bad = os.path.join(Trees.small, "bad", "nul.md")
    offset = open(bad, "rb").read().index(b"\0")
    errors = error_lines(p.stderr)
    expect(errors == [f"newsextract: error: {bad}: binary file (NUL byte at offset {offset})"],
           f"error lines: {errors}")


def check_files_from_stdin_matches_the_folder_run():
    listing = sorted_inputs(Trees.small)
    p = run(["-j4", "--files-from", "-"], stdin="".join(x + "\n" for x in listing).encode())
    expect(p.returncode == 1, f"exit {p.returncode}, want 1")
    expect(p.stdout == Trees.small_stdout, "newline list: stdout differs from the folder run")


def check_files_from_nul_separated_matches_the_folder_run():
    listing = sorted_inputs(Trees.small)
    p = run(["-j2", "--files-from", "-", "-0"], stdin=b"".join(os.fsencode(x) + b"\0" for x in listing))
    expect(p.returncode == 1, f"exit {p.returncode}, want 1")
    expect(p.stdout == Trees.small_stdout, "-0 list: stdout differs from the folder run")


def check_files_from_list_file_with_crlf_and_nul_names():
    """A list in a file (not stdin), CRLF line ends; and -0 keeps a name
    with a newline in it whole."""
    listing = sorted_inputs(Trees.small)
    list_path = os.path.join(WORK, "list.txt")
    open(list_path, "wb").write(b"".join(os.fsencode(x) + b"\r\n" for x in listing))
    p = run(["--files-from", list_path])
    expect(p.stdout == Trees.small_stdout, "CRLF list file: stdout differs from the folder run")
    odd = os.path.join(WORK, "odd", "line\nbreak.md")
    write(odd, open(SEED, "rb").read())
    p = run(["--files-from", "-", "-0", "-q"], stdin=os.fsencode(odd) + b"\0")
    recs = records(p.stdout)
    expect(p.returncode == 0 and len(recs) == 1 and recs[0]["path"] == odd,
           f"newline in a -0 name: exit {p.returncode}, {p.stderr.decode()}")


def check_unreadable_list_is_an_error_not_an_empty_list():
    p = run(["--files-from", Trees.small])  # a folder: read() fails
    expect(p.returncode == 1, f"exit {p.returncode}")
    expect(error_lines(p.stderr) == [f"newsextract: error: {Trees.small}: Is a directory"],
           f"errors {error_lines(p.stderr)}")


def check_every_listed_input_gives_one_line():
    listing = sorted_inputs(Trees.small)
    missing = os.path.join(Trees.small, "no", "such.md")
    shuffled = listing + [missing]
    random.Random(6).shuffle(shuffled)
    p = run(["-j4", "--files-from", "-"], stdin="".join(x + "\n" for x in shuffled).encode())
    recs = records(p.stdout)
    errors = error_lines(p.stderr)
    expect(len(recs) + len(errors) == len(shuffled),
           f"{len(recs)} records + {len(errors)} errors for {len(shuffled)} inputs")
    expect([r["path"] for r in recs] == [x for x in shuffled if x in set(listing) and "bad" not in x],
           "records are not in list order")
    expect(sorted(records(Trees.small_stdout), key=lambda r: r["path"]) ==
           sorted(recs, key=lambda r: r["path"]), "a shuffled list gives other records")
    expect(f"newsextract: error: {missing}: No such file or directory" in errors, f"errors: {errors}")


def read_line(stream, seconds):
    """One line from a pipe, or None when none comes within `seconds`."""
    data = b""
    deadline = time.time() + seconds
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([stream], [], [], max(0, deadline - time.time()))
        if not ready:
            return None
        chunk = os.read(stream.fileno(), 1)
        if not chunk:
            return data or None
        data += chunk
    return data


def check_files_from_stdin_streams_one_record_per_path():
    """A streaming mapper: each path written gets its record before the
    next one is written (no waiting for end of input)."""
    listing = sorted_inputs(Trees.small)[:3]
    for jobs in ("-j1", "-j4"):
        p = subprocess.Popen([BIN, jobs, "-q", "--files-from", "-"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            for path in listing:
                p.stdin.write(path.encode() + b"\n")
                p.stdin.flush()
                line = read_line(p.stdout, 5)
                expect(line is not None, f"{jobs}: no record within 5 s of writing {path}")
                expect(json.loads(line)["path"] == path, f"{jobs}: record for another path")
            p.stdin.close()
            expect(p.wait(10) == 0, f"{jobs}: exit {p.returncode}")
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()


def check_output_dir_mirrors_the_tree_and_every_file_parses():
    out = fresh_dir("out-mirror")
    p = run(["-j4", "-o", out, Trees.small])
    expect(p.returncode == 1, f"exit {p.returncode}, want 1 (one bad file)")
    expect(p.stdout == b"", "stdout is not empty with --output-dir")
    want = {output_of(rel) for rel in Trees.small_rels}
    got = set(json_outputs(out))
    expect(got == want, f"missing {sorted(want - got)[:3]}, extra {sorted(got - want)[:3]}")
    by_path = {r["path"]: r for r in records(Trees.small_stdout)}
    for rel in Trees.small_rels:
        rec = json.load(open(os.path.join(out, output_of(rel)), encoding="utf-8"))
        expect(rec == by_path[os.path.join(Trees.small, rel)], f"{output_of(rel)} differs from stdout")
    expect(temp_files(out) == [], f"temp files left: {temp_files(out)}")
    # Same bytes whatever -j.
    out1 = fresh_dir("out-mirror-j1")
    run(["-j1", "-o", out1, Trees.small])
    for rel in want:
        expect(open(os.path.join(out, rel), "rb").read() == open(os.path.join(out1, rel), "rb").read(),
               f"{rel}: -j4 and -j1 outputs differ")


def check_manifest_format():
    out = fresh_dir("out-manifest")
    run(["-o", out, "--incremental", Trees.small])
    m = json.load(open(os.path.join(out, MANIFEST)))
    expect(set(m) >= {"fingerprint", "files"}, f"manifest keys {sorted(m)}")
    expect(isinstance(m["fingerprint"], str) and m["fingerprint"], "empty fingerprint")
    expect(len(m["files"]) == len(Trees.small_rels), f"{len(m['files'])} manifest entries")
    rel = Trees.small_rels[5]
    path = os.path.join(Trees.small, rel)
    e = m["files"].get(path)
    expect(e is not None, f"no manifest entry for {path}")
    st = os.stat(path)
    expect(e["size"] == st.st_size and e["mtime_ns"] == st.st_mtime_ns, f"entry {e} vs stat")
    expect(re.fullmatch(r"[0-9a-f]{16}", e["hash"]) is not None, f"hash {e['hash']!r}")
    expect(e["output"] == output_of(rel), f"output {e['output']!r}")


def incremental_folder(name):
    """A copy of a small tree and its output folder after a first run."""
    src = fresh_dir(name + "-in")
    rels = build_tree(src, 120)
    out = fresh_dir(name + "-out")
    p = run(["-j4", "-o", out, "--incremental", src])
    expect(p.returncode == 1, f"first run: exit {p.returncode}")
    return src, rels, out


def check_incremental_second_run_rewrites_nothing_and_reports_skipped():
    src, rels, out = incremental_folder("inc-same")
    before = outputs(out)
    p, stats = stats_of(["-j4", "-o", out, "--incremental", "--stats", src])
    expect(changed(before, outputs(out)) == [], f"rewritten: {changed(before, outputs(out))[:5]}")
    expect(stats["skipped"] == len(rels) and stats["ok"] == 0, f"stats {stats}")
    expect(f"{len(rels)} skipped" in p.stderr.decode(), f"summary: {p.stderr.decode()}")


def check_damaged_manifest_costs_a_full_run_and_is_rewritten():
    src, rels, out = incremental_folder("inc-damaged")
    path = os.path.join(out, MANIFEST)
    text = open(path).read()
    for damaged in (text[: len(text) // 2], text.replace('"size"', '"sighs"', 1), "[]"):
        open(path, "w").write(damaged)
        p, stats = stats_of(["-o", out, "--incremental", src])
        expect(stats["ok"] == len(rels) and stats["skipped"] == 0, f"stats {stats}")
        expect(len(json.load(open(path))["files"]) == len(rels), "manifest not rewritten whole")
    m = json.load(open(path))
    m["comment"] = "added by hand"
    json.dump(m, open(path, "w"))
    _, stats = stats_of(["-o", out, "--incremental", src])
    expect(stats["skipped"] == len(rels), f"an extra key made the manifest damaged: {stats}")


def check_incremental_trusts_size_and_mtime_without_reading():
    """Same size and mtime: the file is not read (a content change that
    keeps both, made on purpose here, goes unnoticed, as with make)."""
    src, rels, out = incremental_folder("inc-noread")
    path = os.path.join(src, rels[10])
    st = os.stat(path)
    data = open(path, "rb").read()
    write(path, data.replace(b"\xe5\x8f\x98\xe4\xbd\x93", b"XXXXXX", 1), st.st_mtime_ns)
    expect(os.stat(path).st_size == st.st_size, "fixture: size changed")
    before = outputs(out)
    _, stats = stats_of(["-o", out, "--incremental", src])
    expect(changed(before, outputs(out)) == [], f"rewritten: {changed(before, outputs(out))}")
    expect(stats["skipped"] == len(rels), f"stats {stats}")


def check_incremental_rereads_a_file_changed_during_the_last_run():
    """A file whose mtime is not safely before the run that recorded it
    may have changed again in the same timestamp tick: the next run reads
    it rather than trusting size and mtime."""
    src = fresh_dir("inc-racy-in")
    write(os.path.join(src, "a.md"), retitle(open(SEED, "rb").read(), "AAAA"), time.time_ns())
    out = fresh_dir("inc-racy-out")
    run(["-o", out, "--incremental", src])
    st = os.stat(os.path.join(src, "a.md"))
    write(os.path.join(src, "a.md"), retitle(open(SEED, "rb").read(), "BBBB"), st.st_mtime_ns)
    p = run(["-o", out, "--incremental", src])
    title = json.load(open(os.path.join(out, "a.json")))["title"]
    expect(title == "BBBB", f"title {title!r}: a change within the recorded mtime was missed")


def check_incremental_redoes_a_file_whose_content_changed():
    src, rels, out = incremental_folder("inc-changed")
    path = os.path.join(src, rels[7])
    content = open(path, "rb").read()
    with open(path, "wb") as f:  # mtime: now
        f.write(retitle(content, "改过的标题"))
    before = outputs(out)
    _, stats = stats_of(["-j4", "-o", out, "--incremental", src])
    expect(changed(before, outputs(out)) == sorted([output_of(rels[7]), MANIFEST]),
           f"rewritten: {changed(before, outputs(out))}")
    expect(stats["ok"] == 1 and stats["skipped"] == len(rels) - 1, f"stats {stats}")
    rec = json.load(open(os.path.join(out, output_of(rels[7])), encoding="utf-8"))
    expect(rec["title"] == "改过的标题", f"title {rec['title']!r}")


def check_incremental_touch_without_change_rewrites_nothing():
    src, rels, out = incremental_folder("inc-touch")
    path = os.path.join(src, rels[3])
    os.utime(path)
    before = json_outputs(out)
    _, stats = stats_of(["-o", out, "--incremental", src])
    expect(changed(before, json_outputs(out)) == [], f"rewritten: {changed(before, json_outputs(out))}")
    expect(stats["skipped"] == len(rels), f"stats {stats}")
    m = json.load(open(os.path.join(out, MANIFEST)))
    expect(m["files"][path]["mtime_ns"] == os.stat(path).st_mtime_ns, "manifest keeps the old mtime")


def check_prune_removes_outputs_of_deleted_inputs():
    src, rels, out = incremental_folder("prune")
    gone = rels[20:23]
    for rel in gone:
        os.unlink(os.path.join(src, rel))
    p = run(["-o", out, "--incremental", src])
    expect(all(os.path.exists(os.path.join(out, output_of(r))) for r in gone), "removed without --prune")
    _, stats = stats_of(["-o", out, "--incremental", "--prune", src])
    left = [r for r in gone if os.path.exists(os.path.join(out, output_of(r)))]
    expect(left == [], f"not pruned: {left}")
    expect(stats["pruned"] == len(gone), f"stats {stats}")
    m = json.load(open(os.path.join(out, MANIFEST)))
    expect(not any(os.path.join(src, r) in m["files"] for r in gone), "pruned inputs still in the manifest")
    expect(len(json_outputs(out)) == len(rels) - len(gone), f"{len(json_outputs(out))} outputs")


def check_prune_keeps_outputs_of_inputs_not_named_this_run():
    """--prune removes what is gone, not what this run did not look at."""
    src, rels, out = incremental_folder("prune-scope")
    one = os.path.join(src, rels[0])
    p = run(["-o", out, "--incremental", "--prune", "--files-from", "-"], stdin=(one + "\n").encode())
    expect(p.returncode == 0, f"exit {p.returncode}: {p.stderr.decode()}")
    expect(len(json_outputs(out)) >= len(rels), f"{len(json_outputs(out))} outputs left of {len(rels)}")


def check_rules_add_or_an_option_change_redoes_everything():
    src, rels, out = incremental_folder("rules")
    extra = os.path.join(WORK, "extra-rules.yaml")
    open(extra, "w").write('version: 1\nboilerplate:\n  drop_lines: ["不会出现的一行"]\n')
    before = json_outputs(out)
    _, stats = stats_of(["-o", out, "--incremental", "--rules-add", extra, src])
    expect(len(changed(before, json_outputs(out))) == len(rels), "not every output was redone")
    expect(stats["skipped"] == 0 and stats["ok"] == len(rels), f"stats {stats}")
    before = json_outputs(out)
    _, stats = stats_of(["-o", out, "--incremental", "--rules-add", extra, src])
    expect(changed(before, json_outputs(out)) == [] and stats["skipped"] == len(rels), "same rules: redone")
    open(extra, "w").write('version: 1\nboilerplate:\n  drop_lines: ["另一行"]\n')
    _, stats = stats_of(["-o", out, "--incremental", "--rules-add", extra, src])
    expect(stats["skipped"] == 0, f"edited rules file: {stats}")
    _, stats = stats_of(["-o", out, "--incremental", "--rules-add", extra, "--pretty", src])
    expect(stats["skipped"] == 0, f"--pretty: {stats}")


def check_kill_9_mid_run_leaves_whole_files_and_the_rerun_completes():
    out = fresh_dir("kill9")
    p = subprocess.Popen([BIN, "-j2", "-q", "-o", out, "--incremental", Trees.big])
    wait_for_first_output(p, out)
    p.kill()
    p.wait()
    expect(p.returncode == -signal.SIGKILL, f"finished before the kill (exit {p.returncode}); use more files")
    written = json_outputs(out)
    expect(0 < len(written) < len(Trees.big_rels), f"{len(written)} outputs at the kill")
    for rel in written:
        try:
            json.load(open(os.path.join(out, rel), encoding="utf-8"))
        except ValueError:
            raise CheckFailed(f"{rel}: partial output after kill -9")
    # The kill may fall between two writes: leave a temp file the way a
    # killed writer does, so that the sweep is always exercised.
    planted = os.path.join(out, "00", ".planted.json.tmp.999999999.7")
    os.makedirs(os.path.dirname(planted), exist_ok=True)
    open(planted, "w").write('{"partial')
    p = run(["-j2", "-q", "-o", out, "--incremental", Trees.big])
    expect(p.returncode == 0, f"rerun exit {p.returncode}: {p.stderr.decode()[:300]}")
    expect(temp_files(out) == [], f"temp files after the rerun: {temp_files(out)[:3]}")
    expect(len(json_outputs(out)) == len(Trees.big_rels), f"{len(json_outputs(out))} outputs")
    for rel in Trees.big_rels:
        rec = json.load(open(os.path.join(out, output_of(rel)), encoding="utf-8"))
        expect(rec == Trees.big_records[os.path.join(Trees.big, rel)], f"{rel}: incomplete or stale")


def check_kill_9_at_random_points_never_leaves_the_manifest_naming_a_missing_output():
    """Outputs are synced once, before the manifest (no fsync per file):
    whenever a run is killed, every output is whole, every entry of the
    manifest on disk names an output that is there with the record of the
    input as the entry describes it, and a rerun accounts for every input."""
    src = os.path.join(WORK, "kill9-rounds")
    shutil.copytree(Trees.big, src)
    rels = sorted_inputs(src)
    expected = {os.path.join(src, os.path.relpath(k, Trees.big)): v for k, v in Trees.big_records.items()}
    out = fresh_dir("kill9-rounds-out")
    rng = random.Random(15)
    killed = checked = 0
    run(["-j2", "-q", "-o", out, "--incremental", src])  # then each round redoes 400 files
    # Round 0 runs to the end and times a round: the kills fall inside that
    # time on a fast machine as on a slow one (fixed sleeps outlived whole
    # runs on a fast CI machine: nothing was killed, nothing tested).
    round_seconds = None
    for round in range(9):
        for path in rng.sample(rels, 400):  # changed inputs: their outputs are redone
            title = f"round {round} {rng.random()}"
            write(path, retitle(open(path, "rb").read(), title), HOUR_AGO_NS + (round + 1) * 10**6)
            expected[path] = dict(expected[path], title=title)
        started = time.monotonic()
        p = subprocess.Popen([BIN, "-j2", "-q", "-o", out, "--incremental", src])
        if round_seconds is None:
            expect(p.wait() == 0, f"round 0 exit {p.returncode}")
            round_seconds = time.monotonic() - started
            continue
        time.sleep(rng.uniform(0.05, 0.9) * round_seconds)
        if round == 4:
            p.terminate()  # SIGTERM: the manifest is saved with writes in flight
        else:
            p.kill()
        p.wait()
        killed += p.returncode == -signal.SIGKILL
        for rel in json_outputs(out):
            try:
                json.load(open(os.path.join(out, rel), encoding="utf-8"))
            except ValueError:
                raise CheckFailed(f"round {round}: {rel} is not whole after kill -9")
        if not os.path.exists(os.path.join(out, MANIFEST)):
            continue
        for path, e in json.load(open(os.path.join(out, MANIFEST)))["files"].items():
            st = os.stat(path)
            if (st.st_size, st.st_mtime_ns) != (e["size"], e["mtime_ns"]):
                continue  # changed since: the next run redoes it
            rec = json.load(open(os.path.join(out, e["output"]), encoding="utf-8"))
            expect(rec["title"] == expected[path]["title"], f"round {round}: {e['output']} is stale")
            checked += 1
    expect(killed > 0 and checked > 0, f"{killed} runs killed, {checked} entries checked: no test")
    p = run(["-j2", "-q", "-o", out, "--incremental", src])
    expect(p.returncode == 0, f"rerun exit {p.returncode}: {p.stderr.decode()[:300]}")
    entries = json.load(open(os.path.join(out, MANIFEST)))["files"]
    expect(sorted(entries) == sorted(rels), f"{len(entries)} entries for {len(rels)} inputs")
    for path in rels:
        rec = json.load(open(os.path.join(out, entries[path]["output"]), encoding="utf-8"))
        expect(rec["title"] == expected[path]["title"], f"{path}: stale after the rerun")


def check_temp_file_of_a_live_writer_is_kept():
    """The sweep removes temp files of dead processes only."""
    out = fresh_dir("live-temp")
    os.makedirs(out)
    live = os.path.join(out, f".x.json.tmp.{os.getpid()}.0")
    open(live, "w").write("{")
    p = run(["-q", "-o", out, os.path.join(Trees.small, "00")])
    expect(p.returncode == 0, f"exit {p.returncode}")
    expect(os.path.exists(live), "the temp file of a live process was removed")


def check_incremental_rewrites_an_output_deleted_by_hand():
    src, rels, out = incremental_folder("inc-deleted-output")
    os.unlink(os.path.join(out, output_of(rels[4])))
    _, stats = stats_of(["-o", out, "--incremental", src])
    expect(os.path.exists(os.path.join(out, output_of(rels[4]))), "deleted output not written again")
    expect(stats["ok"] == 1 and stats["skipped"] == len(rels) - 1, f"stats {stats}")


def check_prune_after_a_rules_change_still_removes_deleted_inputs_outputs():
    src, rels, out = incremental_folder("prune-rules")
    os.unlink(os.path.join(src, rels[9]))
    _, stats = stats_of(["-o", out, "--incremental", "--prune", "--pretty", src])
    expect(not os.path.exists(os.path.join(out, output_of(rels[9]))), "output of a deleted input kept")
    expect(stats["pruned"] == 1 and stats["ok"] == len(rels) - 1, f"stats {stats}")


def check_prune_does_not_remove_outputs_when_the_input_folder_is_missing():
    src, rels, out = incremental_folder("prune-unmounted")
    os.rename(src, src + ".away")  # like a share that is not mounted
    try:
        p = run(["-o", out, "--incremental", "--prune", src])
        expect(p.returncode == 1, f"exit {p.returncode}")
        expect(len(json_outputs(out)) == len(rels), f"{len(json_outputs(out))} outputs left of {len(rels)}")
    finally:
        os.rename(src + ".away", src)


def check_walk_order_is_byte_wise_order_of_full_paths():
    src = fresh_dir("order")
    names = ["a.md", "a/x.md", "a-b.md", "ab.md", "a/b/c.md", "a.b/x.md", "B.md", "é.md", "z/ä.md", "a b.md"]
    for n in names:
        write(os.path.join(src, n), open(SEED, "rb").read())
    for jobs in ("-j1", "-j4"):
        p = run([jobs, "-q", src])
        got = [r["path"] for r in records(p.stdout)]
        want = sorted((os.path.join(src, n) for n in names), key=os.fsencode)
        expect(got == want, f"{jobs}: order {[os.path.relpath(x, src) for x in got]}")


def check_glob_option_takes_one_pattern_and_keeps_the_paths_after_it():
    p = run(["-q", "--glob", "*.md", os.path.join(Trees.small, "00")])
    expect(p.returncode == 0 and len(records(p.stdout)) > 0, f"exit {p.returncode}: {p.stderr.decode()}")
    p = run(["-q", "--glob", "*.nothing", "--glob", "*_00007.md", Trees.small])
    expect(len(records(p.stdout)) == 1, f"{len(records(p.stdout))} records for one matching file")


def check_a_full_disk_on_stdout_is_a_fatal_error():
    if not os.path.exists("/dev/full"):
        raise SkipCheck("no /dev/full")
    with open("/dev/full", "wb") as full:
        p = subprocess.run([BIN, "-q", Trees.small], stdout=full, stderr=subprocess.PIPE, timeout=60)
    expect(p.returncode == 2, f"exit {p.returncode}, want 2")
    expect(p.stderr.decode().endswith("newsextract: error: standard output: No space left on device\n"),
           f"stderr {p.stderr.decode()[-200:]!r}")


def check_sigint_while_waiting_for_a_list_on_stdin_ends_the_run():
    p = subprocess.Popen([BIN, "-q", "--files-from", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    try:
        p.stdin.write(sorted_inputs(Trees.small)[0].encode() + b"\n")
        p.stdin.flush()
        expect(read_line(p.stdout, 5) is not None, "no record for the first path")
        p.send_signal(signal.SIGINT)
        expect(p.wait(5) == 130, f"exit {p.returncode}")
    except subprocess.TimeoutExpired:
        raise CheckFailed("still waiting for stdin 5 s after SIGINT")
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


def check_lock_held_gives_exit_3_at_once():
    out = fresh_dir("locked")
    os.makedirs(out)
    with open(os.path.join(out, LOCK), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        start = time.time()
        p = run(["-o", out, Trees.small])
        elapsed = time.time() - start
    expect(p.returncode == 3, f"exit {p.returncode}, want 3")
    expect(p.stderr.decode() == f"newsextract: error: {out} is locked by another run\n",
           f"stderr {p.stderr.decode()!r}")
    expect(elapsed < 2, f"took {elapsed:.1f} s")
    expect(json_outputs(out) == {}, "wrote outputs without the lock")


def check_bad_file_gives_exit_1_and_every_good_output():
    out = fresh_dir("bad")
    p = run(["-j4", "-o", out, Trees.small])
    expect(p.returncode == 1, f"exit {p.returncode}")
    expect(len(json_outputs(out)) == len(Trees.small_rels), f"{len(json_outputs(out))} outputs")
    expect(len(error_lines(p.stderr)) == 1, f"errors: {error_lines(p.stderr)}")


def check_fail_fast_stops_at_the_first_failure():
    src = fresh_dir("failfast")
    write(os.path.join(src, "000_bad.md"), b"\0")
    for i in range(60):
        write(os.path.join(src, f"a{i:03d}.md"), open(SEED, "rb").read())
    p = run(["-j1", "--fail-fast", src])
    expect(p.returncode == 1, f"exit {p.returncode}")
    expect(len(records(p.stdout)) < 60, f"{len(records(p.stdout))} records after the failure")
    p = run(["-j1", src])
    expect(len(records(p.stdout)) == 60, "without --fail-fast the rest is processed")


def check_usage_errors_give_exit_2():
    for args in (["--incremental", Trees.small], ["--no-such-option"], [],
                 ["--files-from", os.path.join(WORK, "no-such-list")]):
        p = run(args)
        expect(p.returncode == 2, f"{args}: exit {p.returncode}")
        expect(p.stderr.decode().startswith("newsextract: error: "), f"{args}: {p.stderr.decode()!r}")


def interrupt(args, sig, after, out_dir=None):
    """Sends `sig` `after` seconds past the first output: a file in out_dir,
    or else the first bytes on stdout (under ASan on a loaded CI machine a
    fixed sleep had passed before anything was written)."""
    p = subprocess.Popen([BIN] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if out_dir:
        wait_for_first_output(p, out_dir)
    else:
        select.select([p.stdout], [], [], 60)  # readable: output has begun (nothing is read)
    time.sleep(after)
    p.send_signal(sig)
    stdout, stderr = p.communicate(timeout=60)
    return p.returncode, stdout, stderr


def check_sigint_or_sigterm_stop_with_130_and_no_temp_files():
    for sig in (signal.SIGINT, signal.SIGTERM):
        out = fresh_dir("sig")
        code, _, stderr = interrupt(["-j2", "-o", out, Trees.big], sig, 0.05, out)
        expect(code == 130, f"{sig.name}: exit {code}, want 130; {stderr.decode()[-300:]}")
        expect(temp_files(out) == [], f"{sig.name}: temp files {temp_files(out)[:3]}")
        written = json_outputs(out)
        expect(0 < len(written) < len(Trees.big_rels), f"{sig.name}: {len(written)} outputs")
        for rel in written:
            json.load(open(os.path.join(out, rel), encoding="utf-8"))
        json.load(open(os.path.join(out, MANIFEST)))
    code, stdout, _ = interrupt(["-j2", Trees.big, Trees.big, Trees.big], signal.SIGINT, 0.05)
    expect(code == 130, f"stdout mode: exit {code}")
    expect(0 < len(records(stdout)) < 3 * len(Trees.big_rels), "stdout mode: not stopped mid-run")


def check_closed_pipe_ends_quietly():
    for ignore in (False, True):
        def preexec():
            signal.signal(signal.SIGPIPE, signal.SIG_IGN if ignore else signal.SIG_DFL)
        p = subprocess.Popen([BIN, "-j2", Trees.big], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             preexec_fn=preexec)
        first = p.stdout.readline()
        p.stdout.close()  # like head -1
        try:
            stderr = p.communicate(timeout=30)[1]
        except subprocess.TimeoutExpired:
            p.kill()
            raise CheckFailed(f"SIGPIPE {'ignored' if ignore else 'default'}: still running")
        json.loads(first)
        expect(stderr == b"", f"SIGPIPE {'ignored' if ignore else 'default'}: stderr {stderr[:200]!r}")
        expect(p.returncode in (-signal.SIGPIPE, 128 + signal.SIGPIPE),
               f"SIGPIPE {'ignored' if ignore else 'default'}: exit {p.returncode}")
    p = subprocess.run(f"'{BIN}' '{Trees.big}' | head -1", shell=True, capture_output=True, timeout=60)
    expect(p.stderr == b"", f"| head -1: stderr {p.stderr[:200]!r}")
    expect(len(p.stdout.splitlines()) == 1, "| head -1: not one line")


def check_no_progress_line_when_stderr_is_not_a_terminal():
    p = run(["-j2", "--stats", Trees.big])
    err = p.stderr.decode()
    expect("\r" not in err and "\x1b[" not in err and "ETA" not in err, f"stderr {err[:200]!r}")
    expect(re.fullmatch(r"newsextract: 3000 files .*\n", err) is not None, f"summary {err!r}")


def check_progress_line_on_a_terminal():
    master, slave = pty.openpty()
    p = subprocess.Popen([BIN, "-j1", Trees.big], stdout=subprocess.DEVNULL,
                         stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    p.wait(60)
    text = seen.decode("utf-8", "replace")
    expect(re.search(r"\r\x1b\[K\d+/3000 files +\d+ files/s +ETA", text) is not None,
           f"no progress line in {text[:300]!r}")
    expect(re.search(r"newsextract: 3000 files", text) is not None, "no summary")


def check_a_clean_run_writes_nothing_on_stderr_when_it_is_not_a_terminal():
    """Silence on success: from cron every line on stderr is a mail."""
    for args in (["-j1"], ["-j2"], ["-j2", "-o", fresh_dir("silent-out")],
                 ["-j2", "--files-from", "-"]):
        stdin = "\n".join(sorted_inputs(Trees.big)[:50]).encode() if "-" in args else None
        paths = [] if stdin else [os.path.join(Trees.big, "00")]
        p = run(args + paths, stdin=stdin)
        expect(p.returncode == 0 and p.stderr == b"", f"{args}: exit {p.returncode}, stderr {p.stderr[:200]!r}")
    p = run(["-j2", Trees.small])  # errors still come, and only they
    expect(p.returncode == 1 and p.stderr.decode().splitlines() == error_lines(p.stderr)
           and len(error_lines(p.stderr)) == 1, f"with a bad file: stderr {p.stderr[:300]!r}")


def check_stats_prints_the_summary_when_stderr_is_not_a_terminal():
    for args in (["--stats"], ["--stats", "-q"]):
        p = run(args + ["-j2", os.path.join(Trees.big, "00")])
        err = p.stderr.decode()
        expect(re.fullmatch(r"newsextract: \d+ files \(.*\): \d+ ok, 0 failed, .* files/s\n", err) is not None,
               f"{args}: stderr {err!r}")


def check_quiet_prints_nothing_but_errors():
    p = run(["-q", Trees.small])
    expect(error_lines(p.stderr) == [l for l in p.stderr.decode().splitlines()], f"{p.stderr.decode()!r}")
    for jobs in ([], ["-j", "1"], ["-j", "64"]):  # more jobs than cores: no word from TBB either
        p = run(["-q"] + jobs + [os.path.join(Trees.big, "00")])
        expect(p.stderr == b"" and p.returncode == 0, f"{jobs}: stderr {p.stderr!r}")


def check_stats_json_fields():
    p, s = stats_of(["-j2", Trees.small])
    fields = ["files", "ok", "failed", "skipped", "pruned", "bytes", "lists", "warnings", "elapsed_s",
              "files_per_s", "interrupted"]
    expect(list(s) == fields, f"fields {list(s)}")
    size = sum(os.path.getsize(x) for x in sorted_inputs(Trees.small))
    recs = records(p.stdout)
    want = {"files": len(Trees.small_rels) + 1, "ok": len(Trees.small_rels), "failed": 1, "skipped": 0,
            "pruned": 0, "bytes": size, "lists": sum(len(r["rankings"]) for r in recs),
            "warnings": sum(len(r["warnings"]) for r in recs), "interrupted": False}
    bad = {k: (s[k], v) for k, v in want.items() if s[k] != v}
    expect(not bad, f"(got, want): {bad}")
    expect(s["elapsed_s"] > 0 and s["files_per_s"] > 0, f"timing {s}")


def check_gnu_parallel_recipe_gives_the_same_records():
    """docs/batch.md: the README recipe gives the same set of records; with
    a byte-wise sorted list and -k, the same bytes; -0 lists split on NUL."""
    if shutil.which("parallel") is None:
        raise SkipCheck("GNU parallel is not installed (scripts/install-deps.sh test installs it)")
    recipes = {
        "README recipe": (f"find '{Trees.small}' -name '*.md' | "
                          f"parallel --will-cite --pipe -N 200 -j 3 '{BIN}' --files-from - -q", False),
        "-0 lists": (f"find '{Trees.small}' -name '*.md' -print0 | parallel --will-cite --pipe "
                     f"--recend '\\0' -N 200 -j 3 '{BIN}' --files-from - -0 -q", False),
        "sorted list, -k": (f"find '{Trees.small}' -name '*.md' | LC_ALL=C sort | "
                            f"parallel --will-cite -k --pipe -N 200 -j 3 '{BIN}' --files-from - -q", True),
    }
    want = Trees.small_stdout.decode()
    for name, (cmd, same_bytes) in recipes.items():
        p = subprocess.run(cmd, shell=True, capture_output=True, timeout=300)
        got = p.stdout.decode()
        if same_bytes:
            expect(got == want, f"{name}: output differs from one plain run")
        expect(sorted(got.splitlines()) == sorted(want.splitlines()),
               f"{name}: {len(got.splitlines())} records vs {len(want.splitlines())}; "
               f"stderr {p.stderr.decode()[:300]}")
        expect(len(error_lines(p.stderr)) == 1, f"{name}: errors {error_lines(p.stderr)}")


def check_two_inputs_with_one_output_name_are_reported_not_raced():
    src = fresh_dir("collide-in")
    write(os.path.join(src, "x.md"), retitle(open(SEED, "rb").read(), "from md"))
    write(os.path.join(src, "x.html"), retitle(open(SEED, "rb").read(), "from html"))
    for jobs in ("-j1", "-j4", "-j4"):
        out = fresh_dir("collide-out")
        p = run([jobs, "-o", out, src])
        expect(p.returncode == 1, f"{jobs}: exit {p.returncode}")
        title = json.load(open(os.path.join(out, "x.json")))["title"]
        expect(title == "from html", f"{jobs}: x.json has {title!r}, want the first in path order")
        errors = error_lines(p.stderr)
        expect(len(errors) == 1 and errors[0].startswith(f"newsextract: error: {src}/x.md: "),
               f"{jobs}: errors {errors}")


def check_several_folders_with_o_each_keep_their_name():
    """-o out a/2021 b/2022 writes out/2021/... and out/2022/... (cp -r), so
    equal names in the folders do not collide; one folder keeps its files
    at the top."""
    a, b = fresh_dir("years-a"), fresh_dir("years-b")
    seed = open(SEED, "rb").read()
    for year, root in (("2021", a), ("2022", b)):
        write(os.path.join(root, year, "x.md"), retitle(seed, year))
        write(os.path.join(root, year, "m", "y.md"), retitle(seed, year + "y"))
    for jobs in ("-j1", "-j4"):
        out = fresh_dir("years-out")
        p = run([jobs, "-o", out, "--incremental", os.path.join(a, "2021"), os.path.join(b, "2022") + "/"])
        expect(p.returncode == 0 and error_lines(p.stderr) == [], f"{jobs}: exit {p.returncode}, {p.stderr.decode()!r}")
        got = {k: json.load(open(os.path.join(out, k)))["title"] for k in json_outputs(out)}
        want = {"2021/x.json": "2021", "2021/m/y.json": "2021y", "2022/x.json": "2022", "2022/m/y.json": "2022y"}
        expect(got == want, f"{jobs}: outputs {got}")
        p, stats = stats_of([jobs, "-o", out, "--incremental", os.path.join(a, "2021"), os.path.join(b, "2022")])
        expect(stats["skipped"] == 4, f"{jobs}: second run {stats}")
    out = fresh_dir("years-out")
    p = run(["-o", out, os.path.join(a, "2021")])
    expect(sorted(json_outputs(out)) == ["m/y.json", "x.json"], f"one folder: {sorted(json_outputs(out))}")
    out = fresh_dir("years-out")
    p = run(["-o", out, os.path.join(a, "2021"), os.path.join(a, "2021") + "/."])
    errors = error_lines(p.stderr)
    expect(p.returncode == 1 and len(errors) == 2 and all("already written" in e for e in errors),
           f"one folder twice: {errors}")


# ------------------------------------------- hostile paths around the articles
# (issue 12: lists, manifests, rules files and output folders are input too)

def seed_folder(name, names):
    """A folder holding the seed article under each of `names` (bytes or str)."""
    src = fresh_dir(name)
    for n in names:
        write(os.path.join(os.fsencode(src), os.fsencode(n)), open(SEED, "rb").read())
    return src


def manifest_entry(output):
    return {"size": 1, "mtime_ns": 1, "hash": "0000000000000001", "output": output}


def check_prune_never_deletes_outside_the_output_folder():
    """A manifest entry naming ../x, an absolute path or a file that is not
    an output is ignored with a warning; pruning deletes nothing there."""
    src = seed_folder("prune-out-in", ["a.md"])
    out = fresh_dir("prune-out-out")
    victim = os.path.join(WORK, "victim.txt")
    open(victim, "w").write("keep")
    os.makedirs(out)
    open(os.path.join(out, "notes.txt"), "w").write("keep")
    entries = {os.path.join(src, f"gone{i}.md"): manifest_entry(o)
               for i, o in enumerate(["../victim.txt", victim, "notes.txt", "../victim.json"])}
    json.dump({"fingerprint": "x", "files": entries}, open(os.path.join(out, MANIFEST), "w"))
    p = run(["-o", out, "--incremental", "--prune", src])
    expect(p.returncode == 0, f"exit {p.returncode}: {p.stderr.decode()}")
    expect(open(victim).read() == "keep", "a file outside the output folder was deleted")
    expect(open(os.path.join(out, "notes.txt")).read() == "keep", "a file that is no output was deleted")
    warnings = [l for l in p.stderr.decode().splitlines() if l.startswith("newsextract: warning: ")]
    expect(len(warnings) == 4 and all("; ignored" in w for w in warnings), f"warnings {warnings}")
    expect(set(json.load(open(os.path.join(out, MANIFEST)))["files"]) == {os.path.join(src, "a.md")},
           "the ignored entries are still in the manifest")


def check_a_symlinked_subfolder_in_the_output_folder_is_not_followed():
    src = fresh_dir("symsub-in")
    write(os.path.join(src, "sub", "x.md"), open(SEED, "rb").read())
    write(os.path.join(src, "y.md"), open(SEED, "rb").read())
    out, elsewhere = fresh_dir("symsub-out"), fresh_dir("symsub-elsewhere")
    os.makedirs(out)
    os.makedirs(elsewhere)
    os.symlink(elsewhere, os.path.join(out, "sub"))
    p = run(["-o", out, src])
    expect(p.returncode == 1, f"exit {p.returncode}")
    expect(os.listdir(elsewhere) == [], f"written through the link: {os.listdir(elsewhere)}")
    expect(error_lines(p.stderr) == [f"newsextract: error: {src}/sub/x.md: cannot open folder "
                                     f"{out}/sub: a symbolic link; not followed"],
           f"errors {error_lines(p.stderr)}")
    expect(os.path.exists(os.path.join(out, "y.json")), "the other output was not written")


def check_files_from_without_0_refuses_a_nul_separated_list():
    """find -print0 | newsextract --files-from - (no -0): exit 2 and one line
    that names the list and points to -0; nothing is written over an input."""
    src = seed_folder("nul-list", ["a.md", "b.md"])
    before = open(os.path.join(src, "a.md"), "rb").read()
    listing = b"".join(os.path.join(src, n).encode() + b"\0" for n in ("a.md", "b.md"))
    p = run(["-o", src, "--files-from", "-"], stdin=listing)
    expect(p.returncode == 2, f"exit {p.returncode}")
    expect(error_lines(p.stderr) == ["newsextract: error: -: line 1 holds a NUL byte: a "
                                     "NUL-separated list (find -print0) needs -0"],
           f"errors {error_lines(p.stderr)}")
    expect(open(os.path.join(src, "a.md"), "rb").read() == before, "an input was overwritten")
    p = run(["-q", "--files-from", "-", "-0"], stdin=listing)
    expect(p.returncode == 0 and len(records(p.stdout)) == 2, f"with -0: exit {p.returncode}")


def check_files_from_line_without_an_end_is_not_held_in_memory():
    """A list line of 200 MB: skipped with an error naming the list and the
    line, in bounded memory; the paths around it are processed."""
    if not os.access("/usr/bin/time", os.X_OK):
        raise SkipCheck("no GNU time to measure peak memory")
    producer = subprocess.Popen([sys.executable, "-c",
                                 "import sys; sys.stdout.buffer.write(sys.argv[1].encode() + b'\\n');"
                                 "[sys.stdout.buffer.write(b'x' * (1 << 20)) for _ in range(200)];"
                                 "sys.stdout.buffer.write(b'\\n' + sys.argv[1].encode() + b'\\n')",
                                 SEED], stdout=subprocess.PIPE)
    start = time.time()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", BIN, "-q", "--files-from", "-"],
                       stdin=producer.stdout, capture_output=True, timeout=60)
    producer.wait()
    lines = p.stderr.decode().splitlines()
    expect(p.returncode == 1, f"exit {p.returncode}")
    expect(error_lines(p.stderr) == ["newsextract: error: -: line 2: a path over 4096 bytes; skipped"],
           f"stderr {lines[:-1]}")
    expect(int(lines[-1]) < 100 * 1024, f"peak RSS {lines[-1]} KB")
    expect(len(records(p.stdout)) == 2, f"{len(records(p.stdout))} records")
    expect(time.time() - start < 10, f"took {time.time() - start:.1f} s")


def check_stats_json_writes_a_regular_file_or_refuses():
    here = fresh_dir("stats-kinds")
    os.makedirs(here)
    open(os.path.join(here, "target"), "w").write("keep")
    os.symlink(os.path.join(here, "target"), os.path.join(here, "link.json"))
    os.mkfifo(os.path.join(here, "fifo.json"))
    for name, kind in (("link.json", "a symbolic link"), ("fifo.json", "a named pipe"),
                       ("/dev/null", "a device")):
        path = os.path.join(here, name)
        p = run(["-q", "--stats-json", path, SEED])
        expect(p.returncode == 2 and p.stdout == b"", f"{name}: exit {p.returncode}")
        expect(error_lines(p.stderr) == [f"newsextract: error: {path}: {kind}, not a regular file; "
                                         "not replaced"], f"{name}: {error_lines(p.stderr)}")
    expect(open(os.path.join(here, "target")).read() == "keep", "the link's target was replaced")
    expect(os.path.islink(os.path.join(here, "link.json")), "the link was renamed over")
    p = subprocess.run([BIN, "-q", "--stats-json", "stats.json", SEED], cwd=here, capture_output=True)
    expect(p.returncode == 0, f"bare name: exit {p.returncode}: {p.stderr.decode()}")
    expect(json.load(open(os.path.join(here, "stats.json")))["ok"] == 1, "bare name: no stats")


def check_an_input_named_like_the_manifest_is_an_error_not_the_manifest():
    src = seed_folder("manifest-name", [".newsextract-manifest.md", "a.md"])
    out = fresh_dir("manifest-name-out")
    p = run(["--glob", "*", "-o", out, "--incremental", src])
    expect(p.returncode == 1, f"exit {p.returncode}")
    expect(error_lines(p.stderr) == [f"newsextract: error: {src}/.newsextract-manifest.md: its "
                                     f"output name {MANIFEST} is the manifest's; rename the input"],
           f"errors {error_lines(p.stderr)}")
    expect("files" in json.load(open(os.path.join(out, MANIFEST))), "the manifest was overwritten")


def check_names_that_are_not_utf8_are_skipped_when_unchanged_and_pruned():
    src = seed_folder("bytes-in", [b"bad\xff\xfe.md", "good.md"])
    out = fresh_dir("bytes-out")
    run(["-o", out, "--incremental", src])
    expect(os.path.exists(os.path.join(os.fsencode(out), b"bad\xff\xfe.json")), "no output")
    time.sleep(2.1)  # past the recheck window of the first run
    run(["-o", out, "--incremental", src])
    _, stats = stats_of(["-o", out, "--incremental", src])
    expect(stats["skipped"] == 2 and stats["ok"] == 0, f"rewritten every run: {stats}")
    os.unlink(os.path.join(os.fsencode(src), b"bad\xff\xfe.md"))
    _, stats = stats_of(["-o", out, "--incremental", "--prune", src])
    expect(stats["pruned"] == 1, f"stats {stats}")
    expect(not os.path.exists(os.path.join(os.fsencode(out), b"bad\xff\xfe.json")), "not pruned")


def check_an_output_folder_inside_the_input_is_never_read():
    src = seed_folder("inside-in", ["a.md"])
    out = os.path.join(src, "json")
    for _ in range(3):
        p = run(["--glob", "*", "-o", out, "--incremental", src])
        expect(p.returncode == 0, f"exit {p.returncode}: {p.stderr.decode()}")
    found = sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs)
    expect(found == sorted([".newsextract.lock", MANIFEST, "a.json"]), f"outputs {found}")


def check_names_up_to_255_bytes_are_written():
    names = ["x" * (n - 3) + ".md" for n in (243, 248, 253)]  # outputs of 245-255 bytes
    src = seed_folder("long-names", names)
    out = fresh_dir("long-names-out")
    p = run(["-o", out, src])
    expect(p.returncode == 0, f"exit {p.returncode}: {error_lines(p.stderr)[:1]}")
    expect(len(json_outputs(out)) == 3, f"{len(json_outputs(out))} outputs")


def check_an_input_is_never_overwritten_by_its_own_output():
    src = seed_folder("self", ["a.json"])
    before = open(os.path.join(src, "a.json"), "rb").read()
    p = run(["-o", src, os.path.join(src, "a.json")])
    expect(p.returncode == 1, f"exit {p.returncode}")
    expect(open(os.path.join(src, "a.json"), "rb").read() == before, "the input was overwritten")


def check_oversized_or_endless_rules_and_manifests_are_refused_quickly():
    out = fresh_dir("big-manifest")
    os.makedirs(out)
    with open(os.path.join(out, MANIFEST), "wb") as f:
        f.truncate(1 << 30)  # 1 GB, sparse
    start = time.time()
    p = run(["-o", out, "--incremental", SEED])
    expect(p.returncode == 0, f"1 GB manifest: exit {p.returncode}")
    expect(time.time() - start < 10, f"1 GB manifest: {time.time() - start:.1f} s")
    expect("over the limit of 268435456; every input is redone" in p.stderr.decode(),
           f"1 GB manifest: {p.stderr.decode()[:300]}")
    expect(os.path.getsize(os.path.join(out, MANIFEST)) < 4096, "the manifest was not rewritten")
    for rules in ("/dev/zero", "/proc/self/exe"):
        p = run(["-q", "--rules-add", rules, SEED], timeout=10)
        expect(p.returncode == 2, f"{rules}: exit {p.returncode}")
        expect(error_lines(p.stderr) == [f"newsextract: error: {rules}: over the limit of 1048576 "
                                         "bytes for a rules file"], f"{rules}: {p.stderr.decode()}")


def check_nan_and_infinite_option_values_are_usage_errors():
    for args in (["--max-file-size", "nan"], ["--timeout-per-file", "nan"],
                 ["--timeout-per-file", "inf"], ["--max-file-size", "-inf"], ["--jobs", "100000"]):
        p = run(args + [SEED])
        expect(p.returncode == 2 and p.stdout == b"", f"{args}: exit {p.returncode}")
        expect(p.stderr.decode().startswith(f"newsextract: error: {args[0]}: "), f"{args}: {p.stderr}")


def many_files(count):
    """`count` seed variants in 20 folders, made once."""
    root = os.path.join(WORK, f"many-{count}")
    if not os.path.exists(root):
        seed = open(SEED, "rb").read()
        for i in range(count):
            write(os.path.join(root, f"{i % 20:02d}", f"a{i:05d}.md"), retitle(seed, f"变体 {i}"))
    return root


def peak_rss_kb(args):
    """Runs BIN under GNU time: (process, peak RSS in KB)."""
    p = subprocess.run(["/usr/bin/time", "-f", "%M", BIN] + args, capture_output=True, timeout=300)
    lines = p.stderr.decode().splitlines()
    return p, int(lines[-1])


def check_no_change_rerun_memory_does_not_grow_from_n_to_4n_files():
    """The manifest is streamed, not held: a rerun over 4N files takes
    about the memory of one over N (issue 15: within 1.2x, under 40 MiB)."""
    if not os.access("/usr/bin/time", os.X_OK):
        raise SkipCheck("no GNU time to measure peak memory")
    if os.environ.get("NEWSEXTRACT_SANITIZED"):
        raise SkipCheck("peak memory under ASan is its shadow memory, not ours")
    rss = {}
    for count in (2000, 8000):
        src = many_files(count)
        out = fresh_dir(f"rss-{count}-out")
        p = run(["-q", "-j2", "-o", out, "--incremental", src])
        expect(p.returncode == 0, f"{count}: first run exit {p.returncode}")
        p, rss[count] = peak_rss_kb(["-q", "-j2", "-o", out, "--incremental", "--prune", src])
        expect(p.returncode == 0, f"{count}: rerun exit {p.returncode}: {p.stderr.decode()[:300]}")
    expect(rss[8000] <= 1.2 * rss[2000] and rss[8000] < 40 * 1024,
           f"peak RSS {rss[2000]} KB at 2,000 files, {rss[8000]} KB at 8,000")


def generated_manifest(out, fingerprint, real, count):
    """The manifest of `real` ({input: entry}) and `count` generated inputs
    that do not exist, one line an entry, sorted, as newsextract writes it."""
    files = dict(real)
    for i in range(count):
        files[f"/nonexistent/generated/{i % 1000:03d}/article-{i:07d}.md"] = {
            "size": 4000 + i % 997, "mtime_ns": 1700000000000000000 + i, "hash": f"{i:016x}",
            "output": f"generated/{i % 1000:03d}/article-{i:07d}.json"}
    lines = []
    for path in sorted(files, key=os.fsencode):
        e = files[path]
        lines.append(f'  {json.dumps(path, ensure_ascii=False)}: {{"size": {e["size"]}, '
                     f'"mtime_ns": {e["mtime_ns"]}, "hash": "{e["hash"]}", '
                     f'"output": {json.dumps(e["output"], ensure_ascii=False)}'
                     + (', "recheck": true' if e.get("recheck") else "") + "}")
    with open(os.path.join(out, MANIFEST), "w", encoding="utf-8") as f:
        f.write('{\n "fingerprint": ' + json.dumps(fingerprint, ensure_ascii=False) +
                ',\n "files": {\n' + ",\n".join(lines) + "\n }\n}\n")


def manifest_lines(out):
    with open(os.path.join(out, MANIFEST), "rb") as f:
        return sum(1 for line in f if line.startswith(b'  "'))


def check_a_generated_manifest_of_a_million_entries_reruns_in_bounded_memory():
    """A manifest of 1,000,000 entries (an archive of a million articles,
    generated): a rerun that changes two files, then one that prunes the
    million whose inputs are gone, each under 64 MiB (issue 15)."""
    if not os.access("/usr/bin/time", os.X_OK):
        raise SkipCheck("no GNU time to measure peak memory")
    if os.environ.get("NEWSEXTRACT_SANITIZED"):
        raise SkipCheck("peak memory under ASan is its shadow memory, not ours")
    src = seed_folder("million-in", [f"{i:02d}/a{i}.md" for i in range(40)])
    out = fresh_dir("million-out")
    p = run(["-q", "-o", out, "--incremental", src])
    expect(p.returncode == 0, f"first run exit {p.returncode}")
    m = json.load(open(os.path.join(out, MANIFEST)))
    generated_manifest(out, m["fingerprint"], m["files"], 1000000)
    for i in (3, 17):
        path = os.path.join(src, f"{i:02d}/a{i}.md")
        write(path, retitle(open(SEED, "rb").read(), f"changed {i}"))
    start = time.time()
    p, rss = peak_rss_kb(["-q", "-o", out, "--incremental", "--stats-json", os.path.join(WORK, "m.json"), src])
    seconds = time.time() - start
    stats = json.load(open(os.path.join(WORK, "m.json")))
    expect(p.returncode == 0 and stats["ok"] == 2 and stats["skipped"] == 38,
           f"rerun: exit {p.returncode}, {stats}, {p.stderr.decode()[:300]}")
    expect(rss < 64 * 1024, f"rerun over a 1,000,000-entry manifest: peak RSS {rss} KB")
    expect(manifest_lines(out) == 1000040, f"{manifest_lines(out)} entries after the rerun")
    expect(json.load(open(os.path.join(out, "03/a3.json")))["title"] == "changed 3", "not redone")
    p, rss = peak_rss_kb(["-q", "-o", out, "--incremental", "--prune", "--stats-json",
                          os.path.join(WORK, "m.json"), src])
    stats = json.load(open(os.path.join(WORK, "m.json")))
    expect(p.returncode == 0 and stats["pruned"] == 1000000 and stats["skipped"] == 40,
           f"prune: exit {p.returncode}, {stats}")
    expect(rss < 64 * 1024, f"pruning a 1,000,000-entry manifest: peak RSS {rss} KB")
    expect(manifest_lines(out) == 40, f"{manifest_lines(out)} entries after pruning")
    expect(seconds < 60, f"rerun took {seconds:.1f} s")


def check_a_manifest_in_the_earlier_layout_is_read_and_rewritten_in_lines():
    """The first versions wrote the manifest as an indented tree with short
    hashes: a new binary reads it (nothing is redone) and writes it again
    one entry a line."""
    src, rels, out = incremental_folder("old-layout")
    path = os.path.join(out, MANIFEST)
    original = json.load(open(path))["files"]
    m = json.load(open(path))
    for e in m["files"].values():
        e["hash"] = e["hash"].lstrip("0") or "0"
    with open(path, "w") as f:
        json.dump({"fingerprint": m["fingerprint"], "files": dict(reversed(list(m["files"].items())))},
                  f, indent=1, ensure_ascii=False)
    before = json_outputs(out)
    _, stats = stats_of(["-o", out, "--incremental", src])
    expect(stats["skipped"] == len(rels) and stats["ok"] == 0, f"stats {stats}")
    expect(changed(before, json_outputs(out)) == [], "outputs rewritten")
    expect(manifest_lines(out) == len(rels), f"{manifest_lines(out)} entry lines")
    expect(json.load(open(path))["files"] == original, "entries changed in the migration")


def sigterm_after(args, seconds):
    """Runs BIN, sends SIGTERM after `seconds`; (exit code, seconds to exit, stdout)."""
    p = subprocess.Popen([BIN] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(seconds)
    start = time.time()
    p.send_signal(signal.SIGTERM)
    try:
        stdout, _ = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        raise CheckFailed("still running 30 s after SIGTERM")
    return p.returncode, time.time() - start, stdout


def check_sigterm_while_opening_a_fifo_list_exits_130():
    fifo = os.path.join(WORK, "list.fifo")
    if os.path.exists(fifo):
        os.unlink(fifo)
    os.mkfifo(fifo)
    code, seconds, _ = sigterm_after(["--files-from", fifo], 0.3)
    expect(code == 130, f"exit {code}")
    expect(seconds < 1, f"took {seconds:.2f} s")


def check_sigterm_on_20000_files_exits_130_within_a_second():
    """A clean run over 20,000 files: exit 130 in under a second, whole
    outputs only, and the manifest saved with every output it names."""
    src = many_files(20000)
    for jobs in ("-j1", "-j2"):
        out = fresh_dir("sigterm-20k")
        code, seconds, _ = sigterm_after([jobs, "-q", "-o", out, "--incremental", src], 1.5)
        expect(code == 130, f"{jobs}: exit {code}")
        expect(seconds < 1, f"{jobs}: exited {seconds:.2f} s after SIGTERM")
        expect(temp_files(out) == [], f"{jobs}: temp files {temp_files(out)[:3]}")
        entries = json.load(open(os.path.join(out, MANIFEST)))["files"]
        written = json_outputs(out)
        expect(0 < len(entries) <= len(written) < 20000, f"{jobs}: {len(entries)} entries, "
               f"{len(written)} outputs")
        for e in entries.values():
            json.load(open(os.path.join(out, e["output"]), encoding="utf-8"))


def check_sigterm_with_a_file_stuck_in_the_parser_exits_within_a_second():
    """gumbo cannot be stopped: a file it parses for seconds is abandoned,
    the run exits 130 within a second, with the finished files recorded
    (whole) and the stuck one not."""
    stuck = os.path.join(WORK, "stuck.md")
    with open(stuck, "wb") as f:
        f.write(b"---\ntitle: t\n---\n" + b"<" * (16 * 1024 * 1024 - 64))  # seconds in gumbo
    src = many_files(20000)
    listing = [os.path.join(src, "00", f"a{i:05d}.md") for i in range(0, 1000, 20)] + [stuck]
    listing += [os.path.join(src, "01", f"a{i:05d}.md") for i in range(1, 2000, 20)]
    out = fresh_dir("sigterm-stuck")
    lst = os.path.join(WORK, "stuck-list.txt")
    open(lst, "w").write("".join(x + "\n" for x in listing))
    code, seconds, _ = sigterm_after(["-j2", "-q", "-o", out, "--files-from", lst], 1.5)
    expect(code == 130, f"exit {code}")
    expect(seconds < 1, f"exited {seconds:.2f} s after SIGTERM")
    expect(temp_files(out) == [], f"temp files {temp_files(out)[:3]}")
    entries = json.load(open(os.path.join(out, MANIFEST)))["files"]
    # The files before the stuck one are recorded; so are those after it when
    # the stuck one was still in the pre-scan, which stops at the signal.
    expect(set(listing[:50]) <= set(entries) and stuck not in entries,
           f"{len(entries)} entries; the 50 before the stuck one: "
           f"{len(set(listing[:50]) & set(entries))}")
    for e in entries.values():
        json.load(open(os.path.join(out, e["output"]), encoding="utf-8"))
    code, seconds, stdout = sigterm_after(["-j2", "-q", stuck, stuck, SEED], 0.5)
    expect(code == 130 and seconds < 1, f"stdout mode: exit {code} after {seconds:.2f} s")
    expect(stdout == b"" or stdout.endswith(b"\n"), "stdout ends mid-record")


def main():
    global BIN, WORK
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    BIN = os.path.abspath(sys.argv[1])
    WORK = tempfile.mkdtemp(prefix="newsextract-batch-")
    passed = failed = 0
    try:
        setup()
        only = re.compile(os.environ.get("BATCH_CHECKS", ""))  # a subset, while working on one
        wanted = sys.argv[2:]
        checks = [(n, f) for n, f in globals().items()
                  if n.startswith("check_") and only.search(n)
                  and (not wanted or any(w in n for w in wanted))]
        for name, check in checks:
            start = time.time()
            try:
                check()
                print(f"ok   {name[6:]} ({time.time() - start:.1f} s)")
                passed += 1
            except SkipCheck as e:
                print(f"skip {name[6:]}: {e}")
            except Exception as e:  # a crash in a check is a failure of that check
                print(f"FAIL {name[6:]}: {type(e).__name__ + ': ' if not isinstance(e, CheckFailed) else ''}{e}")
                failed += 1
    finally:
        if os.environ.get("KEEP_BATCH_TMP"):
            print(f"kept {WORK}")
        else:
            shutil.rmtree(WORK, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
