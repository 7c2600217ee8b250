#!/usr/bin/env python3
"""Sources the bash completion in bash, with bash-completion's helpers
loaded (when installed) and without them, and checks that
`complete -p newsextract` names a function, that completing `--` offers
exactly the long options of `--help` and `-` its short ones too (so an option
added without completion fails here), and that values complete as they
should: folders after -o, files after --rules, - after --files-from, the
words of --emit and --format, and field names after --fields (after a
comma too, for the --emit on the line).

usage: completion_test.py BIN COMPLETION_FILE
"""
import os, re, subprocess, sys, tempfile

BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"

# Calls the function `complete -p` names the way readline would, once per
# line of words given on stdin; prints the candidates after "=>".
DRIVER = r"""
spec=$(complete -p newsextract) || exit 1
echo "spec: $spec"
fn=$(sed -n 's/.*-F \([^ ]*\) .*/\1/p' <<<"$spec")
while read -r -a COMP_WORDS; do
  [[ ${COMP_WORDS[-1]} == '""' ]] && COMP_WORDS[-1]=
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  "$fn" newsextract "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  echo "=> ${COMPREPLY[*]}"
done
"""

QUERIES = ["newsextract --", "newsextract -", "newsextract -o \"\"", "newsextract --output-dir \"\"",
           "newsextract --rules \"\"", "newsextract --files-from \"\"", "newsextract --glob \"\"",
           "newsextract --emit \"\"", "newsextract --format \"\"", "newsextract --fields ti",
           "newsextract --emit rankings --fields path,ra"]


def help_options(binary):
    text = subprocess.run([binary, "--help"], capture_output=True, text=True, check=True).stdout
    options = set()
    for line in text.split("\nOptions:\n", 1)[1].splitlines():
        m = re.match(r"  ((?:-\w,)?--[\w-]+)", line)
        if m:
            options.update(m.group(1).split(","))
    return options


def complete(completion, preamble, cwd):
    script = f"{preamble}\nsource {completion}\n{DRIVER}"
    p = subprocess.run(["bash", "--norc", "--noprofile", "-c", script], input="\n".join(QUERIES) + "\n",
                       capture_output=True, text=True, cwd=cwd, timeout=60)
    lines = p.stdout.splitlines()
    if p.returncode != 0 or not lines or not lines[0].startswith("spec: complete -F "):
        return None, f"complete -p newsextract failed: {p.stdout}{p.stderr}"
    replies = [set(line[3:].split()) for line in lines[1:] if line.startswith("=>")]
    if len(replies) != len(QUERIES):
        return None, f"{len(replies)} answers for {len(QUERIES)} queries: {p.stderr}"
    return dict(zip(QUERIES, replies)), p.stderr.strip()


def check(replies, options):
    longs = {o for o in options if o.startswith("--")}
    want = {
        "newsextract --": longs,
        "newsextract -": options,
        "newsextract -o \"\"": {"folder"},
        "newsextract --output-dir \"\"": {"folder"},
        "newsextract --rules \"\"": {"folder", "rules.yaml"},
        "newsextract --files-from \"\"": {"folder", "rules.yaml", "-"},
        "newsextract --glob \"\"": {"'*.md'", "'*.markdown'", "'*.html'", "'*.htm'", "'*.txt'"},
        "newsextract --emit \"\"": {"articles", "rankings"},
        "newsextract --format \"\"": {"ndjson", "csv", "tsv"},
        "newsextract --fields ti": {"title"},
        "newsextract --emit rankings --fields path,ra": {"path,rank"},
    }
    problems = []
    for query, expected in want.items():
        got = {w.rstrip("/") for w in replies[query]}
        for o in sorted(expected - got):
            problems.append(f"[{query}] does not offer {o}")
        for o in sorted(got - expected):
            problems.append(f"[{query}] offers {o}, which it should not")
    return problems


def main():
    binary, completion = sys.argv[1:]
    completion = os.path.abspath(completion)
    options = help_options(binary)
    modes = {"without bash-completion": ""}
    if os.path.exists(BASH_COMPLETION):
        modes["with bash-completion"] = f"source {BASH_COMPLETION}"
    else:
        print(f"no {BASH_COMPLETION}: checked without it only")
    failed = 0
    with tempfile.TemporaryDirectory() as cwd:
        os.mkdir(os.path.join(cwd, "folder"))
        open(os.path.join(cwd, "rules.yaml"), "w").close()
        for mode, preamble in modes.items():
            replies, note = complete(completion, preamble, cwd)
            problems = [note] if replies is None else check(replies, options)
            if replies is not None and note:
                problems.append(f"bash said: {note}")
            for p in problems:
                print(f"FAIL {mode}: {p}")
            print(f"{'FAIL' if problems else 'ok  '} {mode}: {len(options)} options")
            failed += bool(problems)
    print(f"{len(modes) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
