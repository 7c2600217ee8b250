#!/usr/bin/env python3
"""Builds the Debian package from a Release build and checks it: the control
fields (`dpkg-deb -f`, those `dpkg-deb -I` shows), a Depends that names the package of every shared
library the binary loads, the files (`dpkg-deb -c`), and that the binary it
holds runs: unpacked into a scratch root with `dpkg-deb -x`, and under CI as
root also installed with `dpkg -i` (then removed).

usage: package_test.py CMAKE CPACK SOURCE_DIR WORK_DIR CXX
WORK_DIR/release is the Release build tree; it is kept, so a second run only
rebuilds what changed. Exit 77 (skipped) without dpkg-deb.
"""
import os, re, shutil, subprocess, sys, tempfile

# On Debian 12; dpkg-shlibdeps adds version bounds.
DEPENDS = ["libc6", "libgcc-s1", "libgumbo1", "libstdc++6", "libtbb12", "libyaml-cpp0.7"]
FILES = ["usr/bin/newsextract", "usr/share/man/man1/newsextract.1.gz",
         "usr/share/bash-completion/completions/newsextract", "usr/share/newsextract/article.schema.json",
         "usr/share/newsextract/ranking-row.schema.json",
         "usr/share/newsextract/rules.yaml", "usr/share/doc/newsextract/copyright",
         "usr/share/doc/newsextract/SCHEMA.md", "usr/share/doc/newsextract/batch.md"]


def run(*args, **kw):
    p = subprocess.run(args, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        sys.exit(f"FAIL {' '.join(args)}: exit {p.returncode}\n{p.stdout[-3000:]}{p.stderr[-3000:]}")
    return p.stdout


def build(cmake, cpack, source, work, cxx):
    tree = os.path.join(work, "release")
    run(cmake, "-S", source, "-B", tree, "-DCMAKE_BUILD_TYPE=Release", "-DNEWSEXTRACT_TESTS=OFF",
        f"-DCMAKE_CXX_COMPILER={cxx}")
    run(cmake, "--build", tree, "-j2")
    for old in os.listdir(tree):
        if old.endswith(".deb"):
            os.remove(os.path.join(tree, old))
    run(cpack, "-G", "DEB", cwd=tree)
    debs = [f for f in os.listdir(tree) if f.endswith(".deb")]
    if len(debs) != 1:
        sys.exit(f"FAIL cpack made {debs}")
    return os.path.join(tree, debs[0])


def fields(deb):
    """dpkg-deb -I's control fields, continuation lines joined."""
    found, key = {}, None
    for line in run("dpkg-deb", "-f", deb).splitlines():
        if line.startswith(" ") and key:
            found[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            found[key] = value.strip()
    return found


def owner(library_path):
    """The Debian package that holds a shared library (usrmerge: both paths)."""
    for path in (library_path, os.path.realpath(library_path)):
        for candidate in (path, path.replace("/usr/lib/", "/lib/", 1)):
            p = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if p.returncode == 0:
                return p.stdout.split(":")[0]
    return None


def check_fields(deb, version, binary):
    f = fields(deb)
    problems = []
    want = {"Package": "newsextract", "Version": version, "Section": "text",
            "Architecture": run("dpkg", "--print-architecture").strip()}
    for key, value in want.items():
        if f.get(key) != value:
            problems.append(f"{key}: {f.get(key)!r}, want {value!r}")
    if not re.fullmatch(r".+ <[^<>@\s]+@[^<>@\s]+>", f.get("Maintainer", "")):
        problems.append(f"Maintainer: {f.get('Maintainer')!r}, want 'name <email>'")
    if len(f.get("Description", "").splitlines()) < 2:
        problems.append("Description: no long description")
    depends = {d.split()[0] for d in f.get("Depends", "").split(", ") if d}
    problems += [f"Depends lacks {d}: {f.get('Depends')}" for d in DEPENDS if d not in depends]
    for line in run("ldd", binary).splitlines():  # every library it loads, whatever this Debian calls it
        m = re.match(r"\s*(\S+) => (/\S+)", line)
        package = m and owner(m.group(2))
        if package and package not in depends:
            problems.append(f"Depends lacks {package} (for {m.group(1)}): {f.get('Depends')}")
    return problems


def check_contents(deb):
    listed = {re.sub(r"^\./", "", line.split()[-1]) for line in run("dpkg-deb", "-c", deb).splitlines()}
    return [f"no {path} in the package" for path in FILES if path not in listed]


def check_binary(binary, version, source):
    problems = []
    got = run(binary, "--version").strip()
    if got != f"newsextract {version}":
        problems.append(f"{binary} --version: {got!r}")
    if ".debug_info" in run("readelf", "-S", binary):
        problems.append(f"{binary} is not stripped")
    seed = os.path.join(source, "data", "000_99af02c5c58b7f1b.txt")
    out = run(binary, "-q", seed).splitlines()
    if len(out) != 1 or '"schema_version":1' not in out[0]:
        problems.append(f"{binary} on the seed article: {out[:1]}")
    return problems


def check_installed(deb, version, source):
    """dpkg -i for real: only as root under CI, and when no newsextract is
    installed already (that one is someone's; this test would remove it)."""
    if os.environ.get("CI") != "true" or os.geteuid() != 0:
        print("not CI as root: dpkg -i not tried")
        return []
    if subprocess.run(["dpkg", "-s", "newsextract"], capture_output=True).returncode == 0:
        print("a newsextract package is installed: dpkg -i not tried")
        return []
    try:
        run("dpkg", "-i", deb)
        problems = check_binary("/usr/bin/newsextract", version, source)
        if "/usr/share/man/man1/newsextract.1.gz" not in run("dpkg", "-L", "newsextract"):
            problems.append("dpkg -L does not list the man page")
        print("dpkg -i: installed, ran /usr/bin/newsextract, removed")
        return problems
    finally:
        subprocess.run(["dpkg", "-r", "newsextract"], capture_output=True)


def main():
    cmake, cpack, source, work, cxx = sys.argv[1:]
    if not shutil.which("dpkg-deb"):
        print("no dpkg-deb: skipped")
        return 77
    version = re.search(r"project\(newsextract VERSION (\S+)",
                        open(os.path.join(source, "CMakeLists.txt")).read()).group(1)
    deb = build(cmake, cpack, source, work, cxx)
    print(f"built {os.path.basename(deb)}")
    problems = check_contents(deb)
    with tempfile.TemporaryDirectory() as root:
        run("dpkg-deb", "-x", deb, root)
        binary = os.path.join(root, "usr", "bin", "newsextract")
        problems += check_fields(deb, version, binary) + check_binary(binary, version, source)
    problems += check_installed(deb, version, source)
    for p in problems:
        print(f"FAIL {p}")
    print(f"{'1 passed, 0' if not problems else '0 passed, 1'} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
