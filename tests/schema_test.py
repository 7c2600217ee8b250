#!/usr/bin/env python3
"""Validates every object newsextract writes for a folder against
schema/article.schema.json (JSON Schema 2020-12), compact and --pretty, and
checks what a schema cannot say: scores and values have one entry per item,
paragraph indexes point into paragraphs. First it checks the schema itself:
valid for its metaschema, and strict enough to reject a field too many, one
too few and a wrong enum.

With ROW_SCHEMA (schema/ranking-row.schema.json) it validates the rows of
`--emit rankings` for the folder against it too, and checks that its value
definition is the article schema's.

usage: schema_test.py BIN SCHEMA DIR [ROW_SCHEMA]
Exit 77 (skipped) when DIR is not there; needs python3-jsonschema.
"""
import copy, json, os, subprocess, sys

SYSTEM_PYTHON = "/usr/bin/python3"  # where Debian's python3-jsonschema is

try:
    import jsonschema
except ImportError:
    # A python3 of its own (pyenv, a venv) earlier on PATH does not see
    # Debian's package; the system one does.
    if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) and os.path.exists(SYSTEM_PYTHON):
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, *sys.argv])
    sys.exit("jsonschema is missing: apt-get install python3-jsonschema (scripts/install-deps.sh test)")


def schema_rejects(validator, obj):
    """The mutations the schema must catch, each with its name."""
    cases = [("an unknown field", lambda o: o.update(extra=1)),
             ("a missing field", lambda o: o.pop("title")),
             ("a string where null or string", lambda o: o.update(title=1)),
             ("a direction that is not top or bottom",
              lambda o: o.update(rankings=[{"label": "前二", "period": None, "subject": None, "metric": None,
                                            "direction": "middle", "size": 2, "tied": False,
                                            "items": ["甲", "乙"], "paragraph": 0}])),
             ("a period that is not YYYY or YYYY-MM",
              lambda o: o.update(rankings=[{"label": "前二", "period": "123", "subject": None, "metric": None,
                                            "direction": "top", "size": 2, "tied": False,
                                            "items": ["甲", "乙"], "paragraph": 0}]))]
    problems = []
    for name, mutate in cases:
        bad = copy.deepcopy(obj)
        mutate(bad)
        if validator.is_valid(bad):
            problems.append(f"schema accepts {name}")
    return problems


def beyond_schema(obj):
    """Rules of docs/SCHEMA.md that JSON Schema cannot express."""
    problems = []
    n = len(obj["paragraphs"])
    for i, r in enumerate(obj["rankings"]):
        for key in ("scores", "values"):
            if key in r and len(r[key]) != len(r["items"]):
                problems.append(f"rankings[{i}]: {len(r[key])} {key} for {len(r['items'])} items")
        if r["paragraph"] >= n:
            problems.append(f"rankings[{i}]: paragraph {r['paragraph']} of {n}")
    for i, a in enumerate(obj["assessments"]):
        if a["paragraph"] >= n:
            problems.append(f"assessments[{i}]: paragraph {a['paragraph']} of {n}")
    return problems


def run(binary, folder, *extra):
    p = subprocess.run([binary, "-q", *extra, folder], capture_output=True, timeout=600)
    if p.returncode not in (0, 1):  # 1: some files failed, the rest were written
        sys.exit(f"FAIL {binary} {' '.join(extra)} {folder}: exit {p.returncode}\n{p.stderr.decode()}")
    return p.stdout.decode("utf-8")


def pretty_objects(text):
    decoder, objs, at = json.JSONDecoder(), [], 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at == len(text):
            return objs
        obj, at = decoder.raw_decode(text, at)
        objs.append(obj)


def check_rows(binary, folder, row_schema_path, article_schema):
    """Problems of the --emit rankings rows against their schema."""
    schema = json.load(open(row_schema_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    if schema["$defs"]["value"] != article_schema["$defs"]["value"]:
        problems.append("the row schema's value is not the article schema's")
    rows = [json.loads(line) for line in run(binary, folder, "--emit", "rankings").splitlines()]
    for row in rows:
        problems += [f"row {row.get('path')} list {row.get('list')} {row.get('item')}: "
                     f"{'/'.join(map(str, e.absolute_path)) or '(row)'}: {e.message}"
                     for e in validator.iter_errors(row)]
    bad = dict(rows[0] if rows else {"path": "a", "list": 0}, list=-1, extra=1)
    if validator.is_valid(bad):
        problems.append("row schema accepts a negative list and an unknown field")
    print(f"{len(rows)} ranking rows validated")
    return problems


def main():
    binary, schema_path, folder, *row_schema = sys.argv[1:]
    if not os.path.isdir(folder):
        print(f"no folder at {folder}: skipped")
        return 77
    schema = json.load(open(schema_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    objs = [json.loads(line) for line in run(binary, folder).splitlines()]
    if not objs:
        sys.exit(f"FAIL {folder}: no objects written")
    failed = 0
    for obj in objs:
        problems = [f"{'/'.join(map(str, e.absolute_path)) or '(object)'}: {e.message}"
                    for e in validator.iter_errors(obj)] + beyond_schema(obj)
        if problems:
            failed += 1
            print(f"FAIL {obj.get('path')}:\n  " + "\n  ".join(problems[:10]))
    problems = schema_rejects(validator, objs[0])
    if row_schema:
        problems += check_rows(binary, folder, row_schema[0], schema)
    if pretty_objects(run(binary, folder, "--pretty")) != objs:
        problems.append("--pretty gives other objects than NDJSON")
    for p in problems:
        print(f"FAIL {p}")
    print(f"{len(objs) - failed} passed, {failed + len(problems)} failed")
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
