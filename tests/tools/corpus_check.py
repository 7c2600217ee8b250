#!/usr/bin/env python3
# Copied from ../shared/tools/corpus_check.py (shared with the project's stakeholders; sha256 8605aa658436...).
# Keep in sync, do not edit: replace it with the shared file when that changes.
"""Checks newsextract's output on a folder of real articles for invariants that need no gold.

usage: corpus_check.py BIN DIR [extra newsextract args...]
Every file must give one object; no paragraph may carry markup, entities or site boilerplate;
the editor must be found wherever the article has an editor line; a source wherever a 来源 line
exists; ranking items must look like names. Last line: the figures; exit 0 when all hold.
"""
import json, os, re, subprocess, sys

BOILER = ["海量资讯、精准解读", "责任编辑", "appendQr", "news_keyword_pub", "原标题：", "article_adlist",
          "&#", "&nbsp;", "&amp;", "<p", "</", "cms-style", "{border"]
# Site-generic lines that open a paragraph: disclaimers, risk notes, links, editor credits.
BOILER_START = ["免责声明", "声明：", "风险提示", "点击查看", "编辑：", "原标题 "]


def main():
    binary, folder, *extra = sys.argv[1:]
    exts = (".md", ".markdown", ".html", ".htm", ".txt")
    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(folder) for f in fs if f.lower().endswith(exts))
    p = subprocess.run([binary, *extra, folder], capture_output=True, timeout=300)
    objs = {}
    bad = 0
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        try:
            o = json.loads(line)
            objs[os.path.basename(o["path"])] = o
        except (ValueError, KeyError):
            bad += 1
    problems = []
    editors = sources = 0
    for f in files:
        name = os.path.basename(f)
        o = objs.get(name)
        if o is None:
            problems.append(f"{name}: no object")
            continue
        raw = open(f, "rb").read().decode("utf-8", "replace")
        for para in o.get("paragraphs") or []:
            for b in BOILER:
                if b in para:
                    problems.append(f"{name}: paragraph carries {b!r}: {para[:60]!r}")
            for b in BOILER_START:
                if para.startswith(b):
                    problems.append(f"{name}: paragraph is site boilerplate {b!r}: {para[:60]!r}")
            if para != para.strip() or "  " in para or not para:
                problems.append(f"{name}: paragraph not folded/trimmed: {para[:40]!r}")
        if re.search(r'class="article-editor">\s*责任编辑', raw):
            editors += 1
            if not o.get("editor"):
                problems.append(f"{name}: editor line present, editor missing")
        if re.search(r"article_adlist\[.*?来源：|<p[^>]*>(\s|　|<[^>]+>)*来源：", raw, re.S):
            sources += 1
            if not o.get("source"):
                problems.append(f"{name}: 来源 present, source missing")
        for r in o.get("rankings") or []:
            for it in r.get("items") or []:
                if not it or len(it) > 30 or re.search(r"[，。；：！？]", it):
                    problems.append(f"{name}: ranking {r.get('label')!r} has a non-name item {it[:40]!r}")
    for pr in problems[:60]:
        print(pr)
    if len(problems) > 60:
        print(f"... {len(problems) - 60} more")
    print(f"files={len(files)} objects={len(objs)} bad_json_lines={bad} exit={p.returncode} "
          f"editor_lines={editors} source_lines={sources} problems={len(problems)}")
    return 0 if not problems and bad == 0 and len(objs) == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
