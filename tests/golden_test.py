#!/usr/bin/env python3
"""Golden end-to-end test: runs newsextract on each ARTICLE and compares the
object with ARTICLE's expected JSON (every field but `path`, which depends on
how the file is reached). On a mismatch the actual output is kept beside the
build as NAME.actual.json for diffing.

usage: golden_test.py BIN OUTDIR ARTICLE [ARTICLE...]
(expected file: the article path with its extension replaced by .expected.json)
"""
import json, os, subprocess, sys


def main():
    binary, outdir, *articles = sys.argv[1:]
    failed = 0
    for article in articles:
        expected_path = os.path.splitext(article)[0] + ".expected.json"
        expected = json.load(open(expected_path, encoding="utf-8"))
        p = subprocess.run([binary, "-q", article], capture_output=True, timeout=60)
        if p.returncode != 0:
            print(f"FAIL {article}: exit {p.returncode}: {p.stderr.decode()}")
            failed += 1
            continue
        lines = p.stdout.decode("utf-8").splitlines()
        if len(lines) != 1:
            print(f"FAIL {article}: {len(lines)} output lines, want 1")
            failed += 1
            continue
        actual = json.loads(lines[0])
        diffs = [k for k in sorted(set(expected) | set(actual))
                 if k != "path" and expected.get(k) != actual.get(k)]
        if diffs:
            os.makedirs(outdir, exist_ok=True)
            keep = os.path.join(outdir, os.path.basename(os.path.splitext(article)[0]) + ".actual.json")
            json.dump(actual, open(keep, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
            print(f"FAIL {article}: fields differ: {', '.join(diffs)} (actual kept in {keep})")
            failed += 1
        else:
            print(f"ok   {article}")
    print(f"{len(articles) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
