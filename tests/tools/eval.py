#!/usr/bin/env python3
# Copied from ../shared/tools/eval.py (shared with the project's stakeholders; sha256 b90d808db8ab...).
# Keep in sync, do not edit: replace it with the shared file when that changes.
"""Scores newsextract's NDJSON output against hand-made gold files.

usage: eval.py --bin BIN --gold G.json [--gold G2.json ...] INPUT... [--min-recall R] [--min-precision P]
          [--min-meta M] [--strict-paragraphs]

Gold files map an article's file name to the expected fields. Only the fields present in the
gold are checked. A gold ranking matches an emitted one when their item lists are equal; it is
a strict match when direction, size and tied agree too. Prints one line per miss, then the figures;
the last line is the summary. Exits 0 when every threshold holds.
"""
import argparse, json, os, subprocess, sys

META = ["title", "original_title", "date", "author", "categories", "tags", "source", "reporters",
        "editor", "stocks"]
ATTRS = ["label", "subject", "metric", "period"]


def run(binary, inputs):
    p = subprocess.run([binary, *inputs], capture_output=True, timeout=120)
    out = {}
    bad_lines = 0
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            bad_lines += 1
            continue
        out[os.path.basename(obj.get("path", ""))] = obj
    return p.returncode, out, bad_lines, p.stderr.decode("utf-8", "replace")


def Overlap(a, b):
    """Jaccard overlap of two item lists (as sets)."""
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gold", action="append", required=True)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-meta", type=float, default=0.0)
    ap.add_argument("--strict-paragraphs", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()

    gold = {}
    for g in a.gold:
        gold.update(json.load(open(g, encoding="utf-8")))
    rc, out, bad_lines, err = run(a.bin, a.inputs)

    lists_gold = lists_found = lists_strict = lists_loose = emitted = extra = 0
    attr_ok = attr_n = meta_ok = meta_n = para_ok = para_n = 0
    misses = []
    for name, g in sorted(gold.items()):
        o = out.get(name)
        if o is None:
            misses.append(f"{name}: no output object")
            lists_gold += len(g.get("rankings", []))
            meta_n += sum(1 for k in META if k in g)
            continue
        for k in META:
            if k in g:
                meta_n += 1
                if o.get(k) == g[k]:
                    meta_ok += 1
                else:
                    misses.append(f"{name}: {k} = {json.dumps(o.get(k), ensure_ascii=False)[:80]}"
                                  f" want {json.dumps(g[k], ensure_ascii=False)[:80]}")
        if "paragraphs" in g:
            para_n += 1
            if o.get("paragraphs") == g["paragraphs"]:
                para_ok += 1
            else:
                misses.append(f"{name}: paragraphs differ ({len(o.get('paragraphs') or [])} vs {len(g['paragraphs'])})")
        if "rankings" not in g:
            continue
        got = list(o.get("rankings") or [])
        emitted += len(got)
        used = set()
        exact = {}  # gold index -> emitted index, matched before any partial match takes a list
        for j, r in enumerate(g["rankings"]):
            hit = next((i for i, e in enumerate(got) if i not in used and e.get("items") == r["items"]), None)
            if hit is not None:
                exact[j] = hit
                used.add(hit)
        for j, r in enumerate(g["rankings"]):
            lists_gold += 1
            hit = exact.get(j)
            if hit is None:
                near = next((i for i, e in enumerate(got)
                             if i not in used and Overlap(e.get("items") or [], r["items"]) >= 0.5), None)
                if near is not None:
                    used.add(near)
                    lists_loose += 1
                    misses.append(f"{name}: partial list {r['label']} {r['items'][:3]}...")
                else:
                    misses.append(f"{name}: missing list {r['label']} {r['items'][:3]}...")
                continue
            lists_found += 1
            e = got[hit]
            if all(e.get(k) == r.get(k) for k in ("direction", "size", "tied")) and \
                    ("scores" not in r or e.get("scores") == r["scores"]):
                lists_strict += 1
            else:
                misses.append(f"{name}: list {r['label']}: direction/size/tied/scores "
                              f"{[e.get(k) for k in ('direction', 'size', 'tied')]} want "
                              f"{[r.get(k) for k in ('direction', 'size', 'tied')]}")
            for k in ATTRS:
                if k in r:
                    attr_n += 1
                    if e.get(k) == r[k]:
                        attr_ok += 1
                    elif a.verbose:
                        misses.append(f"{name}: list {r['label']}: {k} = {e.get(k)!r} want {r[k]!r}")
        for i, e in enumerate(got):
            if i not in used:
                extra += 1
                misses.append(f"{name}: extra list {e.get('label')!r} {(e.get('items') or [])[:3]}")

    for m in misses:
        print(m)
    recall = lists_strict / lists_gold if lists_gold else 1.0
    # An emitted list is right when it is some gold list, exactly or with half its items.
    precision = (lists_found + lists_loose) / emitted if emitted else (1.0 if lists_gold == 0 else 0.0)
    meta = meta_ok / meta_n if meta_n else 1.0
    attrs = attr_ok / attr_n if attr_n else 1.0
    print(f"exit={rc} articles={len(out)}/{len(gold)} bad_json_lines={bad_lines}")
    ok = recall >= a.min_recall and precision >= a.min_precision and meta >= a.min_meta and bad_lines == 0
    if a.strict_paragraphs and para_ok != para_n:
        ok = False
    print(f"rankings strict {lists_strict}/{lists_gold} recall={recall:.3f} precision={precision:.3f} "
          f"(extra {extra}) partial={lists_loose} attrs={attrs:.3f} meta={meta:.3f} paragraphs={para_ok}/{para_n}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
