#!/usr/bin/env python3
"""Hostile inputs end to end: every file gives an object (with warnings) or
one error line, with no crash, hang or runaway memory.

Generates the cases (gen.py) into a temporary folder, runs BIN on each, on
re-encoded twins of the seed article, on one folder mixing all of them with
good articles, and on staged file-system trouble (symlink loops, a FIFO, a
device, unreadable files and folders, a file deleted mid-run, ENOSPC and
EACCES on --output-dir). Checks exit codes, the error lines word for word
(`newsextract: error: PATH: message`), that good files come out whole, and
wall time and peak memory per run. Cases that cannot be staged here (no
root, no mount) print SKIP and why.

usage: run_hostile.py BIN        (plain python, no pytest)
Ends with `N passed, M failed`; exits 1 when anything failed.
"""
import fcntl
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

MAX_SECONDS = 10.0   # per case
MAX_MIB = 512.0      # peak resident memory per case
HARD_MIB = 3072.0    # a run is killed past this, whatever its bound
NOBODY = 65534


class Run:
    def __init__(self, rc, seconds, mib, out, err, killed):
        self.rc, self.seconds, self.mib, self.out, self.err, self.killed = rc, seconds, mib, out, err, killed

    def error_lines(self):
        return [l for l in self.err.decode("utf-8", "replace").split("\n") if l]

    def objects(self):
        return [json.loads(l) for l in self.out.decode("utf-8").split("\n") if l]


def rss_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# Runs the binary from a fresh, small process: a child's ru_maxrss also
# counts the memory of the process it was forked from, and this runner
# grows while it reads outputs. Writes "PID" at the start, then
# "PID MAXRSS_KB STATUS" to the file named first; runs the command as the
# user id named second ("-": unchanged).
WRAPPER = r"""
import os, sys
pid = os.fork()
if pid == 0:
    if sys.argv[2] != "-":
        os.setgroups([])
        os.setgid(int(sys.argv[2]))
        os.setuid(int(sys.argv[2]))
    os.execv(sys.argv[3], sys.argv[3:])
with open(sys.argv[1], "w") as f:
    f.write(str(pid))
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write(f"{pid} {usage.ru_maxrss} {status}")
"""


def run(args, timeout, user=None, stdin=subprocess.DEVNULL, on_start=None):
    """Runs args; kills it after `timeout` s or past HARD_MIB."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as side:
        start = time.monotonic()
        uid = "-" if user is None else str(user)
        p = subprocess.Popen([sys.executable, "-c", WRAPPER, side.name, uid, *args], stdout=out,
                             stderr=err, stdin=stdin)
        if on_start:
            on_start(p)
        killed = None
        while p.poll() is None:
            elapsed = time.monotonic() - start
            fields = open(side.name).read().split()
            child = int(fields[0]) if fields else None
            if elapsed > timeout:
                killed = f"killed after {elapsed:.1f} s"
            elif child and rss_mib(child) > HARD_MIB:
                killed = f"killed past {HARD_MIB:.0f} MiB"
            if killed:
                if child:
                    try:
                        os.kill(child, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                p.wait()
                break
            time.sleep(0.005)
        seconds = time.monotonic() - start
        fields = open(side.name).read().split()
        if len(fields) == 3:
            rc, mib = os.waitstatus_to_exitcode(int(fields[2])), int(fields[1]) / 1024
        else:
            rc, mib = -signal.SIGKILL, 0.0
        out.seek(0)
        err.seek(0)
        return Run(rc, seconds, mib, out.read(), err.read(), killed)


class Report:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, problems, run=None):
        stats = f" ({run.seconds:.2f} s, {run.mib:.0f} MiB)" if run else ""
        if problems:
            self.failed += 1
            print(f"FAIL {name}{stats}")
            for p in problems:
                print(f"     {p}")
        else:
            self.passed += 1
            print(f"ok   {name}{stats}")

    @staticmethod
    def skip(name, why):
        print(f"SKIP {name}: {why}")


class Bounds:
    """Time and memory bounds; a sanitizer build gets more of both (ASan's
    shadow memory and quarantine, and its slower code)."""

    def __init__(self, binary):
        with open(binary, "rb") as f:
            sanitized = b"__asan_init" in f.read()
        self.time_factor = 4.0 if sanitized else 1.0
        self.mem_factor = 2.5 if sanitized else 1.0
        self.kind = "sanitizer build: bounds x4 time, x2.5 memory" if sanitized else "plain build"
        # Legitimate big files take longer in a sanitizer build than the
        # default budget; the budget itself has its own check.
        self.budget = ["--timeout-per-file", str(10 * self.time_factor)]

    def problems(self, r, seconds=MAX_SECONDS, mib=MAX_MIB):
        p = []
        if r.killed:
            p.append(r.killed)
        if r.seconds > seconds * self.time_factor:
            p.append(f"took {r.seconds:.1f} s, bound {seconds * self.time_factor:.0f} s")
        if r.mib > mib * self.mem_factor:
            p.append(f"peak {r.mib:.0f} MiB, bound {mib * self.mem_factor:.0f} MiB")
        if r.rc < 0:
            p.append(f"died of signal {-r.rc}")
        return p


def error_line_problems(lines, path, pattern):
    """Exactly one line, `newsextract: error: PATH: message`, message ~ pattern."""
    prefix = f"newsextract: error: {path}: "
    if len(lines) != 1:
        return [f"want 1 error line for {path}, got {len(lines)}: {lines[:4]}"]
    if not lines[0].startswith(prefix):
        return [f"error line does not start with '{prefix}': {lines[0][:200]}"]
    message = lines[0][len(prefix):]
    if pattern and not re.search(pattern, message):
        return [f"message '{message[:200]}' does not match /{pattern}/"]
    return []


def object_problems(r, path, warning=None):
    p = []
    if r.rc != 0:
        p.append(f"exit {r.rc}, want 0")
    if r.error_lines():
        p.append(f"stderr: {r.error_lines()[:3]}")
    try:
        objects = r.objects()
    except ValueError as e:
        return p + [f"stdout is not NDJSON: {e}"]
    if len(objects) != 1:
        return p + [f"want 1 object, got {len(objects)}"]
    if objects[0].get("path") != path:
        p.append(f"path {objects[0].get('path')!r}, want {path!r}")
    if warning and not any(re.search(warning, w) for w in objects[0].get("warnings", [])):
        p.append(f"no warning matches /{warning}/: {objects[0].get('warnings')}")
    return p


def check_cases(binary, bounds, casedir, report):
    for case in gen.CASES():
        path = os.path.join(casedir, case.name)
        r = run([binary, "-q", *bounds.budget, *case.args, path], MAX_SECONDS * bounds.time_factor + 5)
        problems = bounds.problems(r)
        if case.expect == "ok":
            problems += object_problems(r, path, case.warning)
        else:
            if r.rc != 1:
                problems.append(f"exit {r.rc}, want 1")
            if r.out:
                problems.append(f"stdout not empty: {r.out[:100]!r}")
            problems += error_line_problems(r.error_lines(), path, case.error)
        report.check(f"case {case.name}", problems, r)


def check_rules_files(binary, bounds, casedir, report):
    """Each rules file is refused with one line naming it (and its line),
    exit 2, nothing on stdout."""
    for case in gen.RULES_CASES:
        path = case.path or os.path.join(casedir, "rules", case.name)
        r = run([binary, "-q", case.option, path, gen.SEED], MAX_SECONDS * bounds.time_factor + 5)
        problems = bounds.problems(r)
        if r.rc != 2:
            problems.append(f"exit {r.rc}, want 2")
        if r.out:
            problems.append(f"stdout not empty: {r.out[:100]!r}")
        lines = r.error_lines()
        prefix = f"newsextract: error: {path}"
        if len(lines) != 1 or not lines[0].startswith(prefix):
            problems.append(f"want one line '{prefix}[:LINE]: ...', got {lines[:3]}")
        elif not re.search(case.error, lines[0][len(prefix):]):
            problems.append(f"message {lines[0][len(prefix):][:200]!r} does not match /{case.error}/")
        report.check(f"rules {case.option} {case.name}", problems, r)


def check_out_of_memory(binary, bounds, extra, report):
    """Under ulimit -v a body parsed outside the arena fails with 'out of
    memory' and the batch goes on; gumbo's own malloc handed it NULL and the
    batch died of SIGSEGV."""
    if bounds.time_factor > 1:
        Report.skip("out of memory under ulimit -v", "AddressSanitizer reserves terabytes of "
                    "address space")
        return
    big = os.path.join(extra, "six_mb_body.txt")
    tested, problems = 0, []
    for mib in (25, 30, 35, 40, 45, 60, 100):
        def limit(mib=mib):
            resource.setrlimit(resource.RLIMIT_AS, (mib << 20, mib << 20))
        if subprocess.run([binary, "--version"], capture_output=True, preexec_fn=limit).returncode:
            continue  # too tight to start at all
        p = subprocess.run([binary, "-q", "-j1", big, gen.SEED], capture_output=True,
                           preexec_fn=limit, timeout=60)
        lines = [l for l in p.stderr.decode("utf-8", "replace").split("\n") if l]
        if p.returncode < 0 or p.returncode not in (0, 1):
            problems.append(f"{mib} MiB: exit {p.returncode}")
        elif p.returncode == 1:
            tested += 1
            if lines != [f"newsextract: error: {big}: out of memory"]:
                problems.append(f"{mib} MiB: stderr {lines[:3]}")
        if p.stdout and not p.stdout.endswith(b"\n"):
            problems.append(f"{mib} MiB: stdout ends mid-record")
    if not tested and not problems:
        Report.skip("out of memory under ulimit -v", "no limit made the 6 MB body run out")
        return
    report.check(f"out of memory under ulimit -v ({tested} limits ran out)", problems)


def alone(binary, path):
    r = run([binary, "-q", path], 60)
    return r.objects()[0] if r.rc == 0 and r.out else None


def check_encodings(binary, bounds, casedir, report):
    """Re-encoded seeds give the seed's object, plus one charset warning."""
    want = alone(binary, os.path.join(casedir, "enc_seed.txt"))
    if want is None:
        report.check("encodings: the seed itself", ["the seed article failed"])
        return
    for name, (_, warning) in gen.ENCODINGS.items():
        path = os.path.join(casedir, name)
        r = run([binary, "-q", *bounds.budget, path], MAX_SECONDS * bounds.time_factor + 5)
        problems = bounds.problems(r) + object_problems(r, path, None)
        if not problems:
            got = r.objects()[0]
            expected_warnings = ([warning] if warning else []) + want["warnings"]
            if got["warnings"] != expected_warnings:
                problems.append(f"warnings {got['warnings']}, want {expected_warnings}")
            diffs = [k for k in want if k not in ("path", "warnings") and want[k] != got.get(k)]
            if diffs:
                problems.append(f"fields differ from the UTF-8 seed: {diffs}")
        report.check(f"encoding {name}", problems, r)


def check_mixed_folder(binary, bounds, casedir, report):
    """All cases in one folder with good articles: each bad file one error
    line, each good one its object, unchanged by its neighbours."""
    mixed = os.path.join(os.path.dirname(casedir), "mixed")
    os.makedirs(mixed)
    cases = [c for c in gen.CASES() if not c.args]
    for c in cases:
        os.link(os.path.join(casedir, c.name), os.path.join(mixed, c.name))
    goods = ["good_1.txt", "good_2.txt"]
    for g in goods:
        shutil.copy(gen.SEED, os.path.join(mixed, g))
    r = run([binary, "-q", *bounds.budget, mixed], 300 * bounds.time_factor)
    problems = bounds.problems(r, seconds=120, mib=MAX_MIB)
    if r.rc != 1:
        problems.append(f"exit {r.rc}, want 1")
    lines = r.error_lines()
    want_errors = {os.path.join(mixed, c.name): c.error for c in cases if c.expect == "error"}
    for path, pattern in sorted(want_errors.items()):
        mine = [l for l in lines if l.startswith(f"newsextract: error: {path}: ")]
        problems += error_line_problems(mine, path, pattern)
    named = [l for l in lines if not any(l.startswith(f"newsextract: error: {p}: ") for p in want_errors)]
    if named:
        problems.append(f"unexpected error lines: {named[:3]}")
    try:
        objects = r.objects()
    except ValueError as e:
        objects = []
        problems.append(f"stdout is not NDJSON: {e}")
    paths = [o.get("path") for o in objects]
    want_paths = sorted(os.path.join(mixed, n) for n in goods + [c.name for c in cases if c.expect == "ok"])
    if paths != want_paths:
        problems.append(f"objects for {len(paths)} files, want {len(want_paths)} in path order; "
                        f"missing {sorted(set(want_paths) - set(paths))[:3]}")
    for g in goods:
        path = os.path.join(mixed, g)
        got = [o for o in objects if o.get("path") == path]
        if len(got) != 1 or got[0] != alone(binary, path):
            problems.append(f"{g} differs from its output alone")
    report.check(f"mixed folder ({len(cases)} hostile + {len(goods)} good files)", problems, r)


def as_nobody_works(binary):
    if os.geteuid() != 0:
        return False
    try:
        return run([binary, "--version"], 30, user=NOBODY).rc == 0
    except OSError:
        return False


def open_tree(path):
    for root, dirs, files in os.walk(path):
        os.chmod(root, 0o755)
        for f in files:
            if not os.path.islink(os.path.join(root, f)):
                os.chmod(os.path.join(root, f), 0o644)


def check_fs(binary, bounds, workdir, fs, report):
    limit = MAX_SECONDS * bounds.time_factor + 5
    loops = os.path.join(fs, "loops")
    good = os.path.join(loops, "good.txt")

    r = run([binary, "-q", loops], limit)
    report.check("symlink loop, not followed", bounds.problems(r) + object_problems(r, good), r)

    r = run([binary, "-q", "--follow", loops], limit)
    problems = bounds.problems(r)
    if [o.get("path") for o in r.objects()] != [good]:
        problems.append(f"objects {[o.get('path') for o in r.objects()]}, want only {good}")
    for line in r.error_lines():
        if not re.match(rf"^newsextract: error: {re.escape(loops)}/(self|a/up): .*loop", line):
            problems.append(f"unexpected error line: {line}")
    if r.rc != (1 if r.error_lines() else 0):
        problems.append(f"exit {r.rc} with {len(r.error_lines())} error lines")
    report.check("symlink loop, --follow", problems, r)

    # A FIFO named on the command line: read (an object) or refused (an
    # error line), never a hang, whether or not anyone ever writes to it.
    fifo = os.path.join(fs, "fifo.txt")

    def writer(p):
        def write():
            while p.poll() is None:
                try:
                    fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                except OSError:  # ENXIO: no reader yet
                    time.sleep(0.01)
                    continue
                os.set_blocking(fd, True)
                try:
                    os.write(fd, gen.seed())
                except OSError:
                    pass
                os.close(fd)
                return
        threading.Thread(target=write, daemon=True).start()
    for label, on_start in (("with a writer", writer), ("no writer", None)):
        r = run([binary, "-q", "--timeout-per-file", "2", fifo], limit, on_start=on_start)
        problems = bounds.problems(r)
        if not r.killed:
            problems += (error_line_problems(r.error_lines(), fifo, None) if r.rc
                         else object_problems(r, fifo))
        report.check(f"a FIFO named on the command line, {label}", problems, r)

    r = run([binary, "-q", "/dev/zero"], limit)
    problems = bounds.problems(r)
    if not r.killed:
        problems += error_line_problems(r.error_lines(), "/dev/zero", None)
    report.check("/dev/zero named on the command line", problems, r)

    newline = os.path.join(fs, "newline")
    r = run([binary, "-q", newline], limit)
    problems = bounds.problems(r)
    if r.rc != 1 or len(r.error_lines()) != 1:
        problems.append(f"exit {r.rc}, {len(r.error_lines())} stderr lines for one bad file "
                        f"named with a newline, want exit 1 and 1 line: {r.error_lines()}")
    report.check("a file name with a newline gives one error line", problems, r)

    extra = os.path.join(os.path.dirname(fs), "extra")
    check_timeout(binary, bounds, extra, report)
    check_out_of_memory(binary, bounds, extra, report)
    check_vanishing_file(binary, bounds, workdir, extra, report)
    if as_nobody_works(binary):
        check_unreadable(binary, bounds, workdir, report)
        check_output_dir_eacces(binary, bounds, workdir, report)
    else:
        reason = ("not root: file modes cannot be bypassed, so run as non-root they would be "
                  "tested by chmod, but dropping to another user is impossible"
                  if os.geteuid() != 0 else "the binary cannot be run as nobody (uid 65534)")
        Report.skip("unreadable file and folder, EACCES on --output-dir", reason)
    check_output_dir_enospc(binary, bounds, workdir, report)


def check_timeout(binary, bounds, extra, report):
    path = os.path.join(extra, "slow.txt")
    r = run([binary, "-q", "--timeout-per-file", "0.001", path], MAX_SECONDS * bounds.time_factor + 5)
    problems = bounds.problems(r)
    if r.rc != 1:
        problems.append(f"exit {r.rc}, want 1")
    problems += error_line_problems(r.error_lines(), path, r"took longer than the time budget")
    report.check("--timeout-per-file 0.001 on a 4 MB article", problems, r)


def check_vanishing_file(binary, bounds, workdir, extra, report):
    """A file the folder walk listed, deleted before it is read. One job;
    the run is held by its own output: nobody reads stdout until the first
    file's JSON, far bigger than the pipe, fills it."""
    d = os.path.join(workdir, "vanish")
    os.makedirs(d)
    first = os.path.join(d, "a_big_output.txt")
    victim = os.path.join(d, "b_victim.txt")
    shutil.copy(os.path.join(extra, "big_output.txt"), first)
    shutil.copy(gen.SEED, victim)
    with tempfile.TemporaryFile() as err:
        start = time.monotonic()
        p = subprocess.Popen([binary, "-q", "-j", "1", d], stdout=subprocess.PIPE, stderr=err)
        capacity = fcntl.fcntl(p.stdout.fileno(), 1032)  # F_GETPIPE_SZ
        held = False
        while time.monotonic() - start < MAX_SECONDS * bounds.time_factor and p.poll() is None:
            waiting = fcntl.ioctl(p.stdout.fileno(), termios.FIONREAD, b"\0\0\0\0")
            if int.from_bytes(waiting, sys.byteorder) >= capacity:
                held = True
                break
            time.sleep(0.01)
        os.unlink(victim)
        out = p.stdout.read()
        rc = p.wait(timeout=MAX_SECONDS * bounds.time_factor)
        err.seek(0)
        lines = [l for l in err.read().decode("utf-8", "replace").split("\n") if l]
    paths = [json.loads(l).get("path") for l in out.decode("utf-8").split("\n") if l]
    if not held or victim in paths:
        Report.skip("file deleted mid-run", "the first file's output did not hold the run "
                    f"(stdout never filled; objects for {paths})")
        return
    problems = []
    if rc != 1:
        problems.append(f"exit {rc}, want 1")
    problems += error_line_problems(lines, victim, r"No such file or directory")
    if paths != [first]:
        problems.append(f"objects {paths}, want only {first}")
    report.check("file deleted mid-run (after the walk listed it)", problems)


def check_unreadable(binary, bounds, workdir, report):
    d = os.path.join(workdir, "unreadable")
    os.makedirs(os.path.join(d, "closed"))
    shutil.copy(gen.SEED, os.path.join(d, "a_good.txt"))
    shutil.copy(gen.SEED, os.path.join(d, "b_secret.txt"))
    shutil.copy(gen.SEED, os.path.join(d, "closed", "inside.txt"))
    open_tree(workdir)
    os.chmod(os.path.join(d, "b_secret.txt"), 0)
    os.chmod(os.path.join(d, "closed"), 0)
    limit = MAX_SECONDS * bounds.time_factor + 5
    r = run([binary, "-q", d], limit, user=NOBODY)
    problems = bounds.problems(r)
    if r.rc != 1:
        problems.append(f"exit {r.rc}, want 1")
    lines = r.error_lines()
    for path in (os.path.join(d, "b_secret.txt"), os.path.join(d, "closed")):
        problems += error_line_problems([l for l in lines if l.startswith(f"newsextract: error: {path}: ")],
                                        path, r"Permission denied")
    if len(lines) != 2:
        problems.append(f"{len(lines)} error lines, want 2: {lines}")
    if [o.get("path") for o in r.objects()] != [os.path.join(d, "a_good.txt")]:
        problems.append(f"objects {[o.get('path') for o in r.objects()]}, want only a_good.txt")
    report.check("unreadable file and folder (run as nobody)", problems, r)


def leftovers(folder):
    """Temporary or truncated outputs left in `folder`."""
    bad = []
    for root, _, files in os.walk(folder):
        for f in files:
            path = os.path.join(root, f)
            if ".tmp" in f:
                bad.append(path)
            elif f.endswith(".json") and not f.startswith(".newsextract"):
                try:
                    with open(path, encoding="utf-8") as h:
                        json.load(h)
                except (ValueError, OSError):
                    bad.append(path + " (not whole JSON)")
    return bad


def check_output_dir_eacces(binary, bounds, workdir, report):
    limit = MAX_SECONDS * bounds.time_factor + 5
    d = os.path.join(workdir, "eacces")
    src = os.path.join(d, "in")
    os.makedirs(os.path.join(src, "sub"))
    shutil.copy(gen.SEED, os.path.join(src, "a.txt"))
    shutil.copy(gen.SEED, os.path.join(src, "sub", "b.txt"))
    out_locked = os.path.join(d, "locked")
    out = os.path.join(d, "out")
    os.makedirs(out_locked)
    os.makedirs(os.path.join(out, "sub"))
    open_tree(workdir)
    os.chown(out, NOBODY, NOBODY)
    os.chmod(os.path.join(out, "sub"), 0o555)  # root's, not writable by nobody

    r = run([binary, "-q", "-o", out_locked, src], limit, user=NOBODY)
    problems = bounds.problems(r)
    if r.rc != 2:
        problems.append(f"exit {r.rc}, want 2 (the output folder is unusable)")
    lines = r.error_lines()
    if len(lines) != 1 or not lines[0].startswith(f"newsextract: error: {out_locked}: "):
        problems.append(f"want one line 'newsextract: error: {out_locked}: ...', got {lines}")
    if os.listdir(out_locked):
        problems.append(f"wrote into the locked folder: {os.listdir(out_locked)}")
    report.check("EACCES on --output-dir itself (run as nobody)", problems, r)

    r = run([binary, "-q", "-o", out, src], limit, user=NOBODY)
    problems = bounds.problems(r)
    if r.rc != 1:
        problems.append(f"exit {r.rc}, want 1")
    b = os.path.join(src, "sub", "b.txt")
    problems += error_line_problems(r.error_lines(), b, r"Permission denied")
    if not os.path.exists(os.path.join(out, "a.json")):
        problems.append("a.json was not written")
    problems += [f"left behind: {x}" for x in leftovers(out)]
    report.check("EACCES on a folder below --output-dir (run as nobody)", problems, r)


def check_output_dir_enospc(binary, bounds, workdir, report):
    mnt = os.path.join(workdir, "full")
    os.makedirs(mnt)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt],
                                           capture_output=True).returncode != 0:
        Report.skip("ENOSPC on --output-dir", "cannot mount a small tmpfs here (needs root)")
        return
    try:
        src = os.path.join(workdir, "enospc_in")
        os.makedirs(src)
        for i in range(12):
            shutil.copy(gen.SEED, os.path.join(src, f"a{i:02}.txt"))
        with open(os.path.join(mnt, "filler"), "wb") as f:  # leave room for a few outputs
            f.write(b"\0" * (256 * 1024 - 48 * 1024))
        r = run([binary, "-q", "-o", mnt, src], MAX_SECONDS * bounds.time_factor + 5)
        problems = bounds.problems(r)
        if r.rc not in (1, 2):
            problems.append(f"exit {r.rc}, want 1 or 2")
        lines = r.error_lines()
        if not lines:
            problems.append("no error line")
        for line in lines:
            if not re.match(r"^newsextract: error: \S+: .*No space left on device", line):
                problems.append(f"unexpected error line: {line[:200]}")
        problems += [f"left behind: {x}" for x in leftovers(mnt)]
        report.check("ENOSPC on --output-dir (256 KiB tmpfs)", problems, r)
    finally:
        subprocess.run(["umount", mnt], capture_output=True)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    bounds = Bounds(binary)
    report = Report()
    workdir = tempfile.mkdtemp(prefix="newsextract-hostile-")
    try:
        casedir = os.path.join(workdir, "cases")
        start = time.monotonic()
        # A process of its own: this one stays small, and forked children
        # start from its size (ru_maxrss counts that too).
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), casedir], check=True,
                       stdout=subprocess.DEVNULL)
        fs = os.path.join(casedir, "fs")
        print(f"{len(gen.CASES())} cases written in {time.monotonic() - start:.1f} s; {bounds.kind}; "
              f"bounds {MAX_SECONDS:.0f} s and {MAX_MIB:.0f} MiB per run")
        check_cases(binary, bounds, casedir, report)
        check_rules_files(binary, bounds, casedir, report)
        check_encodings(binary, bounds, casedir, report)
        check_mixed_folder(binary, bounds, casedir, report)
        check_fs(binary, bounds, workdir, fs, report)
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", workdir], capture_output=True)
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"{report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
