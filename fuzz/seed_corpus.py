#!/usr/bin/env python3
"""Writes the fuzzing seed corpus into OUTDIR: the real articles in data/ and
tests/rankset/articles/, and small files for the shapes the decoder and the
front-matter splitter branch on (no front matter, BOMs, UTF-16, GB18030,
CRLF, unterminated fences, YAML that is not a map, ...). With --rules, seeds
for the rules harness instead: data/rules.yaml, each of its sections alone,
and small rules files of each shape.

usage: seed_corpus.py [--rules] OUTDIR
"""
import hashlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SMALL = [
    b"",
    b"---",
    b"---\n---\n",
    b"---\ntitle: t\n<p>body</p>\n",
    b"---\ntitle: \xe6\xa0\x87\xe9\xa2\x98\ndate: 2021-04-30 08:00:19\n---\n<p>\xe6\xad\xa3\xe6\x96\x87</p>\n",
    b"---\n- a\n- b\n---\n<p>x</p>\n",
    b"---\n,\n---\n<p>x</p>\n",
    b"---\na: &a [x, x]\nb: [*a, *a]\n---\n",
    b"---\ntitle: \"\"\"'broken'\"\"\"\n---\n<p>x</p>",
    b"\xef\xbb\xbf---\r\ntitle: t\r\n---\r\n<p>x</p>\r\n",
    "\ufeff---\ntitle: t\n---\n<p>甲</p>\n".encode("utf-16-le"),
    "\ufeff---\ntitle: t\n---\n<p>甲</p>\n".encode("utf-16-be"),
    "---\ntitle: 标题\n---\n<p>排名前十的是甲、乙和丙。</p>\n".encode("gb18030"),
    b"<p>\xff\xfe invalid</p>",
    b"<div><p><b>x</p>y<table><tr><td>1<td>2</table></div>",
    b"<svg><title>t</title><foreignObject><div>x</div></foreignObject></svg>",
    b"<script><!--<script></script>--></script><p>x</p>",
    b"<p>&#x19debd0041;&#0;&#128;</p>",
]


RULES_SMALL = [
    "text_layer:\n  skip_classes: [a, b]\n  caption_classes: [c]\n",
    "boilerplate:\n  reporters: [记者]\n  metadata_comments:\n    - {open: \"x[\", close: \"]x\"}\n",
    "rankings:\n  cues:\n    - {word: 前, direction: top, number: size}\n"
    "    - {word: 并列第, direction: top, number: rank, tied: true}\n  max_item_chars: 30\n",
    "rankings:\n  scope_words: [全市, 各]\n  ranking_words: [排名]\n  connectives: [的是, \"：\"]\n",
    "assessments:\n  entity_suffixes: [区]\n  shortcomings:\n    - {open: 但在, close: 等方面仍存不足}\n",
    "version: 1\n",
    "{}\n",
]


def article_seeds():
    sources = [os.path.join(ROOT, "data"), os.path.join(ROOT, "tests", "rankset", "articles")]
    blobs = list(SMALL)
    for folder in sources:
        for name in sorted(os.listdir(folder)):
            if name.endswith((".txt", ".md")) and not name.endswith(".expected.json"):
                with open(os.path.join(folder, name), "rb") as f:
                    blobs.append(f.read())
    return blobs


def rules_seeds():
    with open(os.path.join(ROOT, "data", "rules.yaml"), "rb") as f:
        whole = f.read()
    # Each top-level section on its own.
    sections = re.split(rb"\n(?=[a-z_]+:)", whole)
    return [whole] + sections + [s.encode("utf-8") for s in RULES_SMALL]


def main():
    rules = sys.argv[1:2] == ["--rules"]
    out = sys.argv[2 if rules else 1]
    os.makedirs(out, exist_ok=True)
    count = 0
    blobs = rules_seeds() if rules else article_seeds()
    for blob in blobs:
        with open(os.path.join(out, hashlib.sha1(blob).hexdigest()), "wb") as f:
            f.write(blob)
        count += 1
    print(f"seed_corpus.py: {count} seeds in {out}")


if __name__ == "__main__":
    main()
