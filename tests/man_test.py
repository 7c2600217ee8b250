#!/usr/bin/env python3
"""Checks the hand-written man page against the tool: the options tagged in
its OPTIONS section are exactly those of `--help` (long and short), its
EXIT STATUS names every code `--help` names, its .TH carries the version
`--version` prints, it has the sections a man page needs, and groff renders
it without a warning.

usage: man_test.py BIN MANPAGE
"""
import re, subprocess, sys

SECTIONS = ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "FILES", "EXAMPLES", "SEE ALSO"]
OPTION = re.compile(r"(?<![\w-])(--[a-z0-9][a-z0-9-]*|-[a-zA-Z0-9])(?![\w-])")


def help_options(help_text):
    """Options listed under Options: in --help, as CLI11 prints them."""
    options = set()
    for line in help_text.split("\nOptions:\n", 1)[1].splitlines():
        m = re.match(r"  ((?:-\w,)?--[\w-]+)", line)
        if m:
            options.update(m.group(1).split(","))
    return options


def help_exit_codes(help_text):
    paragraph = help_text.split("Exit codes:", 1)[1].split("\n\n", 1)[0].split("Usage:", 1)[0]
    return set(re.findall(r"(?:^|[:;])\s*(\d+) ", paragraph.replace("\n", " ")))


def plain(roff):
    """roff source with escapes a reader does not see taken out."""
    roff = roff.replace("\\-", "-").replace("\\%", "").replace("\\&", "").replace("\\e", "\\")
    return re.sub(r"\\f[BIRP]", "", roff)


def sections(roff):
    """{name: lines} for each .SH of the page."""
    found, name = {}, None
    for line in roff.splitlines():
        if line.startswith(".SH "):
            name = line[4:].strip().strip('"')
            found[name] = []
        elif name:
            found[name].append(line)
    return found


def tagged_options(lines):
    """Options in the tag lines of .TP paragraphs."""
    options = set()
    for prev, line in zip(lines, lines[1:]):
        if prev.startswith(".TP"):
            options.update(OPTION.findall(line))
    return options


def main():
    binary, page = sys.argv[1:]
    help_text = subprocess.run([binary, "--help"], capture_output=True, text=True, check=True).stdout
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.split()[-1]
    roff = plain(open(page, encoding="utf-8").read())
    found = sections(roff)
    problems = [f"no {s} section" for s in SECTIONS if s not in found]

    want, have = help_options(help_text), tagged_options(found.get("OPTIONS", []))
    problems += [f"{o} is in --help but not in OPTIONS" for o in sorted(want - have)]
    problems += [f"{o} is in OPTIONS but not in --help" for o in sorted(have - want)]
    if len(want) < 20:
        problems.append(f"only {len(want)} options read from --help: has its layout changed?")

    codes = {line.split()[1] for line in found.get("EXIT STATUS", []) if line.startswith(".B ")}
    problems += [f"exit code {c} of --help is not in EXIT STATUS" for c in sorted(help_exit_codes(help_text) - codes)]

    th = next((line for line in roff.splitlines() if line.startswith(".TH ")), "")
    if f'"newsextract {version}"' not in th:
        problems.append(f".TH does not name version {version}: {th}")

    groff = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", page], capture_output=True, text=True)
    if groff.returncode != 0 or groff.stderr:
        problems.append(f"groff warns: {groff.stderr.strip()}")

    for p in problems:
        print(f"FAIL {p}")
    print(f"{len(want)} options, {len(codes)} exit codes checked; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
