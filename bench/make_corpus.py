#!/usr/bin/env python3
"""Build a benchmark corpus of N Hexo-style articles from a few real ones.

usage: make_corpus.py [N] OUTDIR [--source DIR]... [--per-dir 500] [--seed S]

Every source article (.md/.markdown/.html/.htm/.txt under the source folders,
valid UTF-8, starting with a `---` front matter block) is used in turn. The
first copy of each is verbatim; later copies get a new title suffix and date in
the front matter and, in runs of one-line <p> paragraphs, shuffled paragraphs.
Files go to OUTDIR/d000, OUTDIR/d001, ... (--per-dir files each) as
NNNNNN_SSS.md. The output depends only on the arguments and the source files.

Default sources, relative to this script, skipped when missing: ../data,
../../shared/seeds and ../../shared/corpus. Identical files are used once.
"""

import argparse
import datetime
import hashlib
import os
import random
import re
import sys

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCES = ["../data", "../../shared/seeds", "../../shared/corpus"]
EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt")
MAX_SOURCE_BYTES = 1 << 20  # Larger files are guard tests, not articles.

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RFC1123_DATE = re.compile(r"^date:\s*\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT\s*$")
ISO_DATE = re.compile(r"^date:\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?\s*$")
ONE_LINE_P = re.compile(r"^\s*<p[\s>].*</p>\s*$")


def find_sources(folders):
    """Sorted paths of usable article files under `folders`, without duplicates."""
    paths, seen_digests, skipped = [], set(), 0
    for folder in folders:
        if not os.path.isdir(folder):
            print(f"make_corpus: skipping missing source {folder}", file=sys.stderr)
            continue
        found = []
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            found += [os.path.join(root, f) for f in files
                      if f.lower().endswith(EXTENSIONS)]
        for path in sorted(found):
            with open(path, "rb") as f:
                data = f.read()
            digest = hashlib.sha256(data).digest()
            if digest in seen_digests:
                continue
            seen_digests.add(digest)
            if usable(data):
                paths.append(path)
            else:
                skipped += 1
    if skipped:
        print(f"make_corpus: skipped {skipped} files that are not plain articles",
              file=sys.stderr)
    return paths


def usable(data):
    if len(data) > MAX_SOURCE_BYTES or b"\0" in data:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return split_front_matter(text) is not None


def split_front_matter(text):
    """(lead, front matter lines, body) or None when there is no closed block.

    `lead` is the BOM and blank lines before the opening `---`, kept as is.
    """
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and lines[i].strip("\ufeff \t\r\n") == "":
        i += 1
    if i == len(lines) or lines[i].strip("\ufeff \t\r\n") != "---":
        return None
    for j in range(i + 1, len(lines)):
        if lines[j].rstrip(" \t\r\n") == "---":
            return "".join(lines[:i + 1]), lines[i + 1:j], "".join(lines[j:])
    return None


def random_date(rng):
    start = datetime.datetime(2018, 1, 1)
    return start + datetime.timedelta(seconds=rng.randrange(5 * 365 * 86400))


def vary_date(line, rng):
    eol = line[len(line.rstrip("\r\n")):]
    d = random_date(rng)
    if RFC1123_DATE.match(line):
        return (f"date: {WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} "
                f"{d.year} {d:%H:%M:%S} GMT{eol}")
    if ISO_DATE.match(line):
        return f"date: {d:%Y-%m-%d %H:%M:%S}{eol}"
    return line


def vary_title(line, variant):
    """Adds ` vN` inside the title's quotes, keeping broken quoting broken."""
    eol = line[len(line.rstrip("\r\n")):]
    value = line.rstrip("\r\n")[len("title:"):].strip()
    lead = len(value) - len(value.lstrip("'\""))
    trail = len(value) - len(value.rstrip("'\""))
    if lead + trail >= len(value) or value.startswith(("|", ">", "&", "*", "!")):
        return line
    inner = value[lead:len(value) - trail]
    return f"title: {value[:lead]}{inner} v{variant}{value[len(value) - trail:]}{eol}"


def shuffle_paragraphs(body, rng):
    """Shuffles the inner lines of each run of 4+ one-line <p> paragraphs."""
    lines = body.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"  # Moved lines must stay lines.
        strip_last = True
    else:
        strip_last = False
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and ONE_LINE_P.match(lines[j]):
            j += 1
        if j - i >= 4:
            middle = lines[i + 1:j - 1]
            rng.shuffle(middle)
            lines[i + 1:j - 1] = middle
        i = max(j, i + 1)
    out = "".join(lines)
    return out[:-1] if strip_last else out


def variant_of(text, variant, rng):
    if variant == 0:
        return text
    lead, front, body = split_front_matter(text)
    front = [vary_title(l, variant) if l.startswith("title:") else
             vary_date(l, rng) if l.startswith("date:") else l for l in front]
    return lead + "".join(front) + shuffle_paragraphs(body, rng)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("args", nargs="+", metavar="[N] OUTDIR",
                        help="number of files (default 10000) and output folder")
    parser.add_argument("--source", action="append", metavar="DIR",
                        help="source folder (repeatable); replaces the defaults")
    parser.add_argument("--per-dir", type=int, default=500,
                        help="files per subfolder (default 500)")
    parser.add_argument("--seed", default="newsextract-bench",
                        help="random seed (default newsextract-bench)")
    opts = parser.parse_args(argv)
    if len(opts.args) > 2:
        parser.error("expected [N] OUTDIR")
    count = int(opts.args[0]) if len(opts.args) == 2 else 10000
    outdir = opts.args[-1]
    if count < 1 or opts.per_dir < 1:
        parser.error("N and --per-dir must be positive")
    if os.path.exists(outdir) and (not os.path.isdir(outdir) or os.listdir(outdir)):
        parser.error(f"{outdir} exists and is not an empty folder")

    folders = opts.source or [os.path.normpath(os.path.join(SCRIPT_DIR, s))
                              for s in DEFAULT_SOURCES]
    sources = find_sources(folders)
    if not sources:
        parser.error("no source articles found in " + ", ".join(folders))
    texts = []
    for path in sources:
        with open(path, encoding="utf-8", newline="") as f:
            texts.append(f.read())

    total = 0
    for n in range(count):
        rng = random.Random(f"{opts.seed}:{n}")
        text = variant_of(texts[n % len(texts)], n // len(texts), rng)
        folder = os.path.join(outdir, f"d{n // opts.per_dir:03d}")
        if n % opts.per_dir == 0:
            os.makedirs(folder, exist_ok=True)
        data = text.encode("utf-8")
        with open(os.path.join(folder, f"{n:06d}_{n % len(texts):03d}.md"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"make_corpus: {count} files, {total} bytes from {len(sources)} sources "
          f"in {outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
