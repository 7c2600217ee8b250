#!/usr/bin/env python3
"""The records of --emit and --format over a folder of articles:

- `--emit rankings` gives exactly one row per item of `rankings`, in
  document order, each carrying its article's and its list's fields, the
  item, its value and score, and a rank (its place; the items a tied list
  states as equal share rank 1);
- CSV read back with Python's csv module, and TSV unescaped, give the same
  rows as NDJSON, cell for cell by the rule of docs/SCHEMA.md (null empty,
  lists joined with ';', an object in a list by its first field, a value in
  three columns), for both emits, with and without --fields;
- --bom puts a UTF-8 BOM first; --fields picks and orders fields;
- an unknown field, --bom on NDJSON, and csv with -o are one-line usage
  errors (exit 2).

usage: rows_test.py BIN DIR          (last line: "N passed, M failed")
"""
import csv, io, json, subprocess, sys, tempfile

BOM = b"\xef\xbb\xbf"
ROW_FIELDS = ["path", "title", "date", "period", "list", "label", "subject", "metric", "direction",
              "size", "tied", "rank", "item", "value", "score"]
VALUE_KEYS = ["text", "number", "unit"]
LONG_ARTICLE_FIELDS = ["front_matter", "paragraphs"]  # in article CSV only when asked

BIN = DIR = None


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, timeout=600)


def ndjson(*args):
    p = run(*args, DIR)
    assert p.returncode in (0, 1), f"{args}: exit {p.returncode}: {p.stderr.decode()[:300]}"
    return [json.loads(line) for line in p.stdout.decode("utf-8").splitlines()]


def cell(value):
    """A JSON value as docs/SCHEMA.md says a CSV cell holds it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ";".join(cell(next(iter(e.values())) if isinstance(e, dict) and e else e) for e in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(value)


def columns(fields):
    out = []
    for f in fields:
        out += [f"value.{k}" for k in VALUE_KEYS] if f == "value" else [f]
    return out


def flat(record, fields):
    """The CSV cells of one NDJSON record."""
    cells = []
    for f in fields:
        if f == "value":
            cells += [cell(record[f][k]) if record[f] else "" for k in VALUE_KEYS]
        else:
            cells.append(cell(record[f]))
    return cells


def read_csv(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def unescape_tsv(field):
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 1 < len(field):
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[field[i + 1]])
            i += 2
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def read_tsv(data):
    text = data.decode("utf-8")
    assert text == "" or text.endswith("\n"), "TSV does not end with a newline"
    return [[unescape_tsv(f) for f in line.split("\t")] for line in text.split("\n")[:-1]]


# ---------------------------------------------------------------- checks

def check_one_row_per_ranked_item():
    articles = ndjson()
    rows = ndjson("--emit", "rankings")
    want = [(a["path"], i, item) for a in articles for i, r in enumerate(a["rankings"]) for item in r["items"]]
    got = [(r["path"], r["list"], r["item"]) for r in rows]
    first_bad = next((k for k, (g, w) in enumerate(zip(got, want)) if g != w), min(len(got), len(want)))
    assert got == want, f"{len(got)} rows for {len(want)} items; first difference at row {first_bad}"
    assert rows, "no rows"
    at = iter(rows)
    for a in articles:
        for r in a["rankings"]:
            for i, item in enumerate(r["items"]):
                verify_row(next(at), a, r, i)
    tied = sum(1 for r in rows if r["tied"])
    print(f"     {len(rows)} rows from {len(articles)} articles, {tied} in tied lists")


def verify_row(row, a, r, i):
    """One row against its article `a`, list `r` and item index `i`."""
    where = f"{row['path']} list {row['list']} item {i}"
    assert list(row) == ROW_FIELDS, f"{where}: fields {list(row)}"
    for key in ("title", "date"):
        assert row[key] == a[key], f"{where}: {key}"
    for key in ("period", "label", "subject", "metric", "direction", "size", "tied"):
        assert row[key] == r[key], f"{where}: {key} {row[key]!r} != {r[key]!r}"
    assert row["value"] == (r["values"][i] if "values" in r else None), f"{where}: value"
    assert row["score"] == (r["scores"][i] if "scores" in r else None), f"{where}: score"
    # A tie shares rank 1 among the head (with figures: those equal to the
    # first's; without: all); every other item has its place.
    figures = r.get("values") or r.get("scores")
    if r["tied"] and not figures:
        want = 1
    elif r["tied"] and all(f == figures[0] and f is not None for f in figures[:i + 1]):
        want = 1
    else:
        want = i + 1
    assert row["rank"] == want, f"{where}: rank {row['rank']}, want {want}"


def check_csv_and_tsv_read_back_to_the_ndjson_rows():
    article_fields = [f for f in ndjson()[0] if f not in LONG_ARTICLE_FIELDS]
    cases = [(["--emit", "rankings"], ROW_FIELDS), ([], article_fields),
             (["--fields", "paragraphs,path,tags,stocks,front_matter,rankings"],
              ["paragraphs", "path", "tags", "stocks", "front_matter", "rankings"]),
             (["--emit", "rankings", "--fields", "item,value,rank"], ["item", "value", "rank"])]
    for args, fields in cases:
        records = ndjson(*args)
        want = [columns(fields)] + [flat(r, fields) for r in records]
        for fmt, read in (("csv", read_csv), ("tsv", read_tsv)):
            p = run(*args, "--format", fmt, DIR)
            assert p.returncode in (0, 1), f"{fmt} {args}: exit {p.returncode}"
            assert not p.stdout.startswith(BOM), f"{fmt} {args}: a BOM without --bom"
            got = read(p.stdout)
            bad = next((k for k, (g, w) in enumerate(zip(got, want)) if g != w), None)
            assert len(got) == len(want), f"{fmt} {args}: {len(got)} rows for {len(want)}"
            assert bad is None, f"{fmt} {args}: row {bad}: {got[bad]} != {want[bad]}"
    p = run("--emit", "rankings", "--format", "csv", DIR)
    assert p.stdout.split(b"\n", 1)[0].endswith(b"\r") and p.stdout.endswith(b"\r\n"), \
        "CSV lines do not end in CRLF"


def check_fields_pick_and_order_ndjson():
    rows = ndjson("--emit", "rankings", "--fields", "rank,item,path")
    full = ndjson("--emit", "rankings")
    assert [list(r) for r in rows[:1]] in ([["rank", "item", "path"]], []), f"{rows[:1]}"
    assert rows == [{k: r[k] for k in ("rank", "item", "path")} for r in full], "--fields rows differ"
    articles = ndjson("--fields", "title,rankings")
    assert articles == [{"title": a["title"], "rankings": a["rankings"]} for a in ndjson()], "article --fields"


def check_bom_comes_first_only_when_asked():
    for fmt in ("csv", "tsv"):
        p = run("--emit", "rankings", "--format", fmt, "--bom", DIR)
        plain = run("--emit", "rankings", "--format", fmt, DIR)
        assert p.stdout == BOM + plain.stdout, f"{fmt}: --bom is not the BOM and the same bytes"


def check_usage_errors_are_one_line_and_exit_2():
    with tempfile.TemporaryDirectory() as out:
        for args in (["--fields", "path,nope"], ["--emit", "rankings", "--fields", "paragraphs"],
                     ["--fields", "path,path"], ["--bom"], ["--format", "csv", "--pretty"],
                     ["--format", "csv", "-o", out], ["--emit", "rankings", "-o", out],
                     ["--emit", "lists"], ["--format", "xml"]):
            p = run(*args, DIR)
            lines = p.stderr.decode().splitlines()
            assert p.returncode == 2 and p.stdout == b"", f"{args}: exit {p.returncode}"
            assert lines and lines[0].startswith("newsextract: error: "), f"{args}: {lines}"
            if args[0] == "--fields" or "-o" in args or "--bom" in args:
                assert len(lines) == 1, f"{args}: {lines}"


def main():
    global BIN, DIR
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    BIN, DIR = sys.argv[1:]
    passed = failed = 0
    for name, check in [(n, f) for n, f in globals().items() if n.startswith("check_")]:
        try:
            check()
            print(f"ok   {name[6:]}")
            passed += 1
        except (AssertionError, KeyError, ValueError, StopIteration) as e:
            print(f"FAIL {name[6:]}: {e}")
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
