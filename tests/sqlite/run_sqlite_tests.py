#!/usr/bin/env python3
"""End-to-end tests of --sqlite (docs/SQLITE.md): the database holds what
the NDJSON holds, field for field, for the real articles in
tests/rankset-real and (when beside the checkout) ../shared/corpus and
../shared/corpus-ranked; full-text search; reruns replace an article's rows
and no others; --incremental skips by the stat and hash kept in articles;
--prune deletes the rows of inputs that are gone; the lock (exit 3); schema
versions; kill -9 and SIGTERM in the middle of a run.

Each check is a function whose name says what must hold; a failing check
prints why and the run goes on.

usage: run_sqlite_tests.py BIN        (last line: "N passed, M failed")
"""
import fcntl, json, os, shutil, signal, sqlite3, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
RANKSET_REAL = os.path.join(SOURCE, "tests", "rankset-real", "articles")
SHARED = os.path.join(os.path.dirname(SOURCE), "shared")
CORPORA = [os.path.join(SHARED, "corpus"), os.path.join(SHARED, "corpus-ranked", "articles")]
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


def run(args, timeout=300, **kw):
    return subprocess.run([BIN] + args, capture_output=True, timeout=timeout, **kw)


def ndjson(args):
    p = run(["-q"] + args)
    return [json.loads(line) for line in p.stdout.decode("utf-8").splitlines()]


def fresh(name):
    path = os.path.join(WORK, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def copy_articles(src, dest, limit=None):
    """Copies the .md files of src into dest, dated an hour ago (the tool
    re-reads files written during its last run). Returns their paths."""
    names = sorted(n for n in os.listdir(src) if n.endswith(".md"))[:limit]
    for n in names:
        shutil.copyfile(os.path.join(src, n), os.path.join(dest, n))
        os.utime(os.path.join(dest, n), ns=(HOUR_AGO_NS, HOUR_AGO_NS))
    return [os.path.join(dest, n) for n in names]


def stored_inputs():
    """The folders the round-trip checks load: the repository's real set,
    and the shared corpora when they are beside the checkout."""
    return [RANKSET_REAL] + [c for c in CORPORA if os.path.isdir(c)]


# ------------------------------------------------------- database to JSON

def rows(db, sql, *args):
    return db.execute(sql, args).fetchall()


def ranking_json(db, rid, row):
    label, period, subject, metric, direction, size, tied, paragraph = row
    items = rows(db, "SELECT item, value, number, unit, score FROM ranking_items "
                 "WHERE ranking_id = ? ORDER BY idx", rid)
    r = {"label": label, "period": period, "subject": subject, "metric": metric,
         "direction": direction, "size": size, "tied": bool(tied), "items": [i[0] for i in items]}
    if any(i[4] is not None for i in items):
        r["scores"] = [i[4] for i in items]
    if any(i[1] is not None for i in items):
        r["values"] = [{"text": i[1], "number": i[2], "unit": i[3]} if i[1] is not None else None
                       for i in items]
    r["paragraph"] = paragraph
    return r


def article_json(db, aid):
    """One article rebuilt from its rows, in the NDJSON's field set."""
    (path, title, otitle, date, author, source, editor, cats, tags, reporters, fm,
     warnings) = rows(db, "SELECT path, title, original_title, date, author, source, editor, "
                      "categories, tags, reporters, front_matter, warnings FROM articles "
                      "WHERE id = ?", aid)[0]
    rankings = [ranking_json(db, r[0], r[1:]) for r in rows(
        db, "SELECT id, label, period, subject, metric, direction, size, tied, paragraph "
        "FROM rankings WHERE article_id = ? ORDER BY idx", aid)]
    return {
        "path": path, "title": title, "original_title": otitle, "date": date, "author": author,
        "categories": json.loads(cats), "tags": json.loads(tags), "front_matter": json.loads(fm),
        "source": source, "reporters": json.loads(reporters), "editor": editor,
        "stocks": [{"code": c, "name": n} for c, n in rows(
            db, "SELECT code, name FROM stocks WHERE article_id = ? ORDER BY idx", aid)],
        "images": [{"src": s, "caption": c} for s, c in rows(
            db, "SELECT src, caption FROM images WHERE article_id = ? ORDER BY idx", aid)],
        "paragraphs": [t for (t,) in rows(
            db, "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", aid)],
        "rankings": rankings,
        "assessments": [{"name": n, "text": t, "shortcomings": json.loads(s), "paragraph": p}
                        for n, t, s, p in rows(db, "SELECT name, text, shortcomings, paragraph "
                                               "FROM assessments WHERE article_id = ? ORDER BY idx",
                                               aid)],
        "warnings": json.loads(warnings),
    }


def database_json(path):
    db = sqlite3.connect(path)
    try:
        ids = [i for (i,) in rows(db, "SELECT id FROM articles ORDER BY path")]
        return {a["path"]: a for a in (article_json(db, i) for i in ids)}
    finally:
        db.close()


def counts(path):
    db = sqlite3.connect(path)
    try:
        return {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in
                ("articles", "rankings", "ranking_items", "paragraphs", "stocks", "images",
                 "assessments", "search")}
    finally:
        db.close()


def snapshot(path):
    """Every row of every table, with its rowid or key."""
    db = sqlite3.connect(path)
    try:
        out = {}
        for t in ("articles", "rankings", "ranking_items", "paragraphs", "stocks", "images",
                  "assessments"):
            out[t] = set(rows(db, f"SELECT * FROM {t}"))
        out["search"] = set(rows(db, "SELECT rowid, * FROM search"))
        return out
    finally:
        db.close()


def stats(args):
    path = os.path.join(WORK, "stats.json")
    p = run(args + ["--stats-json", path])
    expect(p.returncode == 0, f"exit {p.returncode}: {p.stderr.decode()}")
    return json.load(open(path))


# ---------------------------------------------------------------- checks

def check_database_holds_what_the_ndjson_holds_field_for_field():
    """Articles, lists and items: the counts and every field equal the
    NDJSON's, for each real article set there is."""
    for folder in stored_inputs():
        db = os.path.join(fresh("roundtrip"), "news.db")
        p = run(["-q", "--sqlite", db, folder])
        expect(p.returncode in (0, 1), f"{folder}: exit {p.returncode}: {p.stderr.decode()}")
        expect(p.stdout == b"", "--sqlite alone wrote to stdout")
        want = {a["path"]: a for a in ndjson([folder])}
        for a in want.values():
            del a["schema_version"]  # the JSON's version; the database has user_version
        c = counts(db)
        lists = sum(len(a["rankings"]) for a in want.values())
        items = sum(len(r["items"]) for a in want.values() for r in a["rankings"])
        expect((c["articles"], c["rankings"], c["ranking_items"]) == (len(want), lists, items),
               f"{folder}: database {c}, NDJSON {len(want)} articles, {lists} lists, {items} items")
        got = database_json(db)
        for path, article in want.items():
            expect(got.get(path) == article, f"{path}: rows differ from the NDJSON")
        print(f"     {os.path.basename(folder)}: {len(want)} articles, {lists} lists, {items} items")


def check_with_output_dir_both_are_written():
    out, db = fresh("both"), os.path.join(WORK, "both.db")
    if os.path.exists(db):
        os.unlink(db)
    p = run(["-q", "-o", out, "--sqlite", db, RANKSET_REAL])
    expect(p.returncode == 0, f"exit {p.returncode}: {p.stderr.decode()}")
    outputs = [f for f in os.listdir(out) if f.endswith(".json") and not f.startswith(".")]
    expect(len(outputs) == counts(db)["articles"] > 0, f"{len(outputs)} outputs")


def check_full_text_search_finds_a_word_of_one_article():
    """A phrase that only one article holds (in a paragraph, and its
    title) is found by MATCH, in that article and paragraph only."""
    db = os.path.join(fresh("fts"), "news.db")
    run(["-q", "--sqlite", db, RANKSET_REAL])
    articles = ndjson([RANKSET_REAL])
    target = articles[len(articles) // 2]
    texts = {a["path"]: "\n".join(a["paragraphs"] + [a["title"] or ""]) for a in articles}
    phrase = None
    for i, paragraph in enumerate(target["paragraphs"]):
        for start in range(0, max(0, len(paragraph) - 6), 3):
            cand = paragraph[start:start + 6]
            if '"' not in cand and sum(cand in t for t in texts.values()) == 1:
                phrase, where = cand, i
                break
        if phrase:
            break
    expect(phrase is not None, "no phrase unique to one article")
    con = sqlite3.connect(db)
    hits = rows(con, "SELECT a.path, s.paragraph FROM search s JOIN articles a ON a.id = s.article_id "
                "WHERE search MATCH ?", f'"{phrase}"')
    expect(hits and {h[0] for h in hits} == {target["path"]} and (target["path"], where) in hits,
           f"'{phrase}' gave {hits}")
    title = target["title"][:5]
    hits = rows(con, "SELECT a.path FROM search s JOIN articles a ON a.id = s.article_id "
                "WHERE search MATCH ? AND s.paragraph IS NULL", f'"{title}"')
    expect((target["path"],) in hits, f"title '{title}' gave {hits}")


def check_tied_items_share_a_rank_and_others_count_from_one():
    db = os.path.join(fresh("ranks"), "news.db")
    run(["-q", "--sqlite", db] + stored_inputs())
    con = sqlite3.connect(db)
    for rid, tied in rows(con, "SELECT id, tied FROM rankings"):
        ranks = [r for (r,) in rows(con, "SELECT rank FROM ranking_items WHERE ranking_id = ? "
                                    "ORDER BY idx", rid)]
        expect(ranks[0] == 1, f"ranking {rid} starts at {ranks[0]}")
        for i in range(1, len(ranks)):
            expect(ranks[i] in (ranks[i - 1], i + 1), f"ranking {rid}: ranks {ranks}")
        if tied and not rows(con, "SELECT 1 FROM ranking_items WHERE ranking_id = ? AND "
                             "(value IS NOT NULL OR score IS NOT NULL)", rid):
            expect(set(ranks) == {1}, f"tied ranking {rid}: ranks {ranks}")


def incremental_setup(name, limit=30):
    src = fresh(name)
    files = copy_articles(RANKSET_REAL, src, limit)
    db = os.path.join(WORK, name + ".db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.unlink(db + suffix)
    s = stats(["-q", "--sqlite", db, "--incremental", src])
    expect(s["ok"] == len(files), f"first run: {s}")
    return src, files, db


def rows_of(snap, db_path, path):
    """The rows of one article in a snapshot (by its id, ranking ids and
    search rowids)."""
    con = sqlite3.connect(db_path)
    aid = rows(con, "SELECT id FROM articles WHERE path = ?", path)[0][0]
    con.close()
    rids = {r[0] for r in snap["rankings"] if r[1] == aid}
    # rankings are (id, article_id, ...); the other child tables start with article_id.
    picked = {t: {r for r in snap[t] if r[0] == aid} for t in
              ("articles", "paragraphs", "stocks", "images", "assessments")}
    picked["rankings"] = {r for r in snap["rankings"] if r[1] == aid}
    picked["ranking_items"] = {r for r in snap["ranking_items"] if r[0] in rids}
    picked["search"] = {r for r in snap["search"] if r[0] >> 24 == aid}
    return picked


def check_rerun_after_touching_one_file_changes_only_its_rows():
    src, files, db = incremental_setup("touch")
    before = snapshot(db)
    s = stats(["-q", "--sqlite", db, "--incremental", src])
    expect(s["skipped"] == len(files) and s["ok"] == 0, f"unchanged rerun: {s}")
    expect(snapshot(db) == before, "an unchanged rerun changed rows")
    changed = files[3]
    text = open(changed, encoding="utf-8").read()
    open(changed, "w", encoding="utf-8").write(text + "\n<p>新加的一句话。</p>\n")
    os.utime(changed, ns=(HOUR_AGO_NS + 10**9, HOUR_AGO_NS + 10**9))
    s = stats(["-q", "--sqlite", db, "--incremental", src])
    expect(s["ok"] == 1 and s["skipped"] == len(files) - 1, f"after one change: {s}")
    after = snapshot(db)
    old, new = rows_of(before, db, changed), rows_of(after, db, changed)
    for t in after:
        expect(before[t] - old[t] == after[t] - new[t], f"{t}: rows of other articles changed")
    expect(old["paragraphs"] != new["paragraphs"], "the changed article's paragraphs are the same")
    con = sqlite3.connect(db)
    hits = rows(con, "SELECT a.path FROM search s JOIN articles a ON a.id = s.article_id "
                "WHERE search MATCH '\"新加的一句话\"'")
    expect(hits == [(changed,)], f"search for the new sentence: {hits}")
    # A full rerun replaces every article's rows with the same content
    # (rankings get new ids), and keeps each article's id.
    content = database_json(db)
    stats(["-q", "--sqlite", db, src])
    expect(database_json(db) == content, "a full rerun changed the content")
    expect(snapshot(db)["articles"] == after["articles"], "a full rerun changed articles rows")
    expect(snapshot(db)["search"] == after["search"], "a full rerun changed the search rows")


def check_incremental_touch_without_change_reads_but_rewrites_nothing():
    src, files, db = incremental_setup("same", 5)
    before = snapshot(db)
    os.utime(files[0], ns=(HOUR_AGO_NS + 10**9, HOUR_AGO_NS + 10**9))
    s = stats(["-q", "--sqlite", db, "--incremental", src])
    expect(s["skipped"] == len(files), f"{s}")
    con = sqlite3.connect(db)
    mtime = rows(con, "SELECT mtime_ns FROM articles WHERE path = ?", files[0])[0][0]
    expect(mtime == HOUR_AGO_NS + 10**9, "the new mtime was not kept")
    con.close()
    after = snapshot(db)
    expect(after["paragraphs"] == before["paragraphs"] and after["search"] == before["search"],
           "rows rewritten")


def check_rules_change_redoes_every_article():
    src, files, db = incremental_setup("rules", 5)
    rules = os.path.join(WORK, "more-rules.yaml")
    open(rules, "w").write("rankings:\n  cues:\n    - {word: \"领涨\", direction: top, single: false}\n")
    s = stats(["-q", "--sqlite", db, "--incremental", "--rules-add", rules, src])
    expect(s["ok"] == len(files), f"{s}")


def check_prune_after_deleting_a_file_removes_its_rows():
    src, files, db = incremental_setup("prune")
    gone = files[5]
    before = snapshot(db)
    mine = rows_of(before, db, gone)
    os.unlink(gone)
    s = stats(["-q", "--sqlite", db, "--incremental", "--prune", src])
    expect(s["pruned"] == 1, f"{s}")
    after = snapshot(db)
    for t in after:
        expect(after[t] == before[t] - mine[t], f"{t}: not exactly the deleted article's rows went")
    expect(counts(db)["articles"] == len(files) - 1, "article count")


def check_prune_keeps_rows_when_an_input_cannot_be_read():
    src, files, db = incremental_setup("prune-missing", 5)
    p = run(["-q", "--sqlite", db, "--incremental", "--prune", src, os.path.join(WORK, "absent")])
    expect(p.returncode == 1, f"exit {p.returncode}")
    expect(f"newsextract: error: {db}: not pruned: some inputs could not be read" in p.stderr.decode(),
           p.stderr.decode())
    expect(counts(db)["articles"] == len(files), "rows pruned")


def check_second_writer_exits_3_at_once():
    src, files, db = incremental_setup("lock", 3)
    with open(db, "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        start = time.time()
        p = run(["--sqlite", db, src])
        seconds = time.time() - start
    expect(p.returncode == 3, f"exit {p.returncode}: {p.stderr.decode()}")
    expect(p.stderr.decode() == f"newsextract: error: {db} is locked by another run\n",
           p.stderr.decode())
    expect(seconds < 2, f"took {seconds:.1f} s")


def check_incremental_needs_one_sink_and_the_schema_is_checked():
    p = run(["--incremental", RANKSET_REAL])
    expect(p.returncode == 2, f"no sink: exit {p.returncode}")
    p = run(["--prune", "-o", fresh("two"), "--sqlite", os.path.join(WORK, "two.db"), RANKSET_REAL])
    expect(p.returncode == 2 and b"take one of --output-dir and --sqlite" in p.stderr,
           f"two sinks: exit {p.returncode}: {p.stderr.decode()}")
    newer = os.path.join(WORK, "newer.db")
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    p = run(["--sqlite", newer, RANKSET_REAL])
    expect(p.returncode == 2 and p.stderr.decode().startswith(
        f"newsextract: error: {newer}: database schema version 99 is newer than this "
        "newsextract's (1)"), f"newer schema: exit {p.returncode}: {p.stderr.decode()}")
    other = os.path.join(WORK, "other.db")
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    p = run(["--sqlite", other, RANKSET_REAL])
    expect(p.returncode == 2 and b"not a newsextract database" in p.stderr,
           f"foreign database: exit {p.returncode}: {p.stderr.decode()}")
    expect(rows(sqlite3.connect(other), "SELECT name FROM sqlite_schema") == [("t",)],
           "a foreign database was changed")


def check_a_table_changed_by_hand_is_a_clean_error():
    """A write that SQLite refuses ends the run with exit 2 and one error
    line; what was committed stays."""
    db = os.path.join(fresh("altered"), "news.db")
    p = run(["-q", "--sqlite", db, RANKSET_REAL])
    expect(p.returncode == 0, f"first run: exit {p.returncode}: {p.stderr.decode()}")
    con = sqlite3.connect(db)
    con.execute("ALTER TABLE stocks RENAME COLUMN code TO symbol")
    con.close()
    seed = os.path.join(SOURCE, "data", "000_99af02c5c58b7f1b.txt")
    p = run(["-q", "--sqlite", db, seed])
    expect(p.returncode == 2 and p.stderr.decode() ==
           f"newsextract: error: {db}: cannot write a stock: table stocks has no column named code\n",
           f"exit {p.returncode}: {p.stderr.decode()}")
    expect(counts(db)["articles"] == len(ndjson([RANKSET_REAL])), "committed rows lost")


def many_copies(name, count):
    """count articles, copies of the real set under distinct names."""
    src = fresh(name)
    base = [open(os.path.join(RANKSET_REAL, n), "rb").read()
            for n in sorted(os.listdir(RANKSET_REAL)) if n.endswith(".md")]
    for i in range(count):
        path = os.path.join(src, f"{i % 10}", f"a{i:05d}.md")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(base[i % len(base)])
        os.utime(path, ns=(HOUR_AGO_NS, HOUR_AGO_NS))
    return src


def interrupted_run_then_rerun(name, sig):
    """Starts a run over 3,000 files, waits (reading the database while it
    is written) until a batch is committed, checks that a second run is
    refused, sends sig, reruns."""
    count = 3000
    src = many_copies(name, count)
    db = os.path.join(WORK, name + ".db")
    proc = subprocess.Popen([BIN, "-q", "-j2", "--sqlite", db, "--incremental", src],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen, deadline = 0, time.time() + 60
    while seen == 0 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            seen = rows(con, "SELECT count(*) FROM articles")[0][0]
            con.close()
        except sqlite3.OperationalError:
            pass  # not created yet
    expect(proc.poll() is None, "the run ended before it could be interrupted")
    # A reader is never kept out by the writer (WAL): no busy wait here.
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0)
    expect(rows(con, "SELECT count(*) FROM paragraphs")[0][0] > 0, "no paragraphs while running")
    con.close()
    second = run(["-q", "--sqlite", db, RANKSET_REAL])
    expect(second.returncode == 3 and second.stderr.decode() ==
           f"newsextract: error: {db} is locked by another run\n",
           f"a second writer during the run: exit {second.returncode}: {second.stderr.decode()}")
    proc.send_signal(sig)
    code = proc.wait(timeout=30)
    con = sqlite3.connect(db)
    stored = rows(con, "SELECT count(*) FROM articles")[0][0]
    expect(rows(con, "PRAGMA integrity_check") == [("ok",)], "integrity check after the kill")
    con.close()
    expect(0 < stored < count, f"{stored} articles stored when killed (read {seen} while running)")
    s = stats(["-q", "-j2", "--sqlite", db, "--incremental", src])
    expect(s["skipped"] >= stored and s["ok"] + s["skipped"] == count, f"rerun: {s}")
    con = sqlite3.connect(db)
    expect(rows(con, "PRAGMA integrity_check") == [("ok",)], "integrity check after the rerun")
    expect(rows(con, "SELECT count(*), count(DISTINCT path) FROM articles")[0] == (count, count),
           "articles not there exactly once")
    con.close()
    want = ndjson(["-j2", src])
    c = counts(db)
    expect(c["rankings"] == sum(len(a["rankings"]) for a in want) and
           c["paragraphs"] == sum(len(a["paragraphs"]) for a in want),
           f"rows after the rerun {c}")
    return code


def check_kill_9_mid_run_keeps_committed_batches_and_the_rerun_completes():
    code = interrupted_run_then_rerun("kill9", signal.SIGKILL)
    expect(code == -signal.SIGKILL, f"exit {code}")


def check_sigterm_mid_run_exits_130_and_the_rerun_completes():
    code = interrupted_run_then_rerun("sigterm", signal.SIGTERM)
    expect(code == 130, f"exit {code}")


def main():
    global BIN, WORK
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    BIN = os.path.abspath(sys.argv[1])
    WORK = tempfile.mkdtemp(prefix="newsextract-sqlite-")
    missing = [c for c in CORPORA if not os.path.isdir(c)]
    for c in missing:
        print(f"no corpus at {c}: the round trip runs without it")
    passed = failed = 0
    try:
        checks = [(n, f) for n, f in globals().items() if n.startswith("check_")]
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
        if os.environ.get("KEEP_SQLITE_TMP"):
            print(f"kept {WORK}")
        else:
            shutil.rmtree(WORK, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
