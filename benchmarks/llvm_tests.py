"""irpass's reader against LLVM's, on LLVM's own tests (``llvm/test/**/*.ll``).

    python3 benchmarks/llvm_tests.py [--root DIR] [--dirs Assembler,Bitcode,Feature,Verifier]
                                     [--sample 25] [--jobs 2] [--json OUT] [--list] [FILES...]

For each file, LLVM decides: ``llvm-as-N`` of every installed N of 22, 19, 16 and 15
(``-disable-verify`` as well when it refuses, to tell the parser's refusals from the
verifier's). A file is *valid* when one of them accepts it, *invalid (verifier)* when none
accepts it and one parses it, *invalid (parse)* when none parses it. Then irpass reads it
(``irpass.parse``, eager) and prints it, and the two must agree:

- valid: irpass reads it, and ``llvm-as-N | llvm-dis-N`` (N the newest LLVM that accepts the
  file, use-list orders printed) of irpass's text equals that of the file;
- invalid (parse): irpass refuses it with one located ``file:line:col: error:`` and no
  traceback;
- invalid (verifier): as for a parse error, or irpass reads it and LLVM's verifier (of a
  version that parses the file) still rejects irpass's text: such rules are the verifier's
  (``irpass check`` reports LLVM's message).

Files the LLVM versions disagree on (valid for some, invalid for others) are listed with each
version's first line. ``--root`` is a directory holding ``llvm/test`` (or the test directory
itself): a checkout of https://github.com/llir/testdata (LLVM 15.0.0-rc1's tests) or of
llvm-project; ``--fetch`` clones llir/testdata's test directories into the user's cache
(``~/.cache/irpass/llvm-testdata``) first. ``--sample N`` adds every Nth file of the other
test directories (Transforms, Analysis, CodeGen, DebugInfo, Linker, ...). LLVM's verdicts are
cached (``benchmarks/out/llvm_tests_cache.json``, keyed by the file's bytes). Not a test; the
test suite runs it (``tests/test_llvm_tests.py``).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE_FILE = HERE / "out" / "llvm_tests_cache.json"
VERSIONS = (22, 19, 16, 15)
CORE_DIRS = ("Assembler", "Bitcode", "Feature", "Verifier")
# llir/testdata: LLVM 15.0.0-rc1's llvm/test/**/*.ll (Apache-2.0 WITH LLVM-exception).
TESTDATA_URL = "https://github.com/llir/testdata"
TESTDATA_COMMIT = "aea11d360f961a8da831e42fa3cda8ca960af4f0"
TIMEOUT = 120
_LOCATED = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): error: (?P<msg>.+)$")
_LLVM_LOCATED = re.compile(r"<stdin>:(\d+):(\d+): error: (.*)")


def tool(name: str, version: int) -> str | None:
    found = shutil.which(f"{name}-{version}")
    if found:
        return found
    path = Path(f"/usr/lib/llvm-{version}/bin/{name}")
    return str(path) if path.exists() else None


def installed_versions() -> tuple[int, ...]:
    return tuple(v for v in VERSIONS if tool("llvm-as", v) and tool("llvm-dis", v))


# ---- LLVM's side ---------------------------------------------------------------------------
def _run(cmd: list[str], data: bytes) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, input=data, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(cmd, 124, b"", b"timed out")


def llvm_verdict(data: bytes, version: int) -> dict:
    """``{"ok": True}``, or ``{"ok": False, "parses": bool, "message": first line}``."""
    as_ = tool("llvm-as", version)
    assert as_ is not None
    r = _run([as_, "-", "-o", "/dev/null"], data)
    if r.returncode == 0:
        return {"ok": True}
    message = _first_error(r.stderr.decode("utf-8", "replace"))
    parses = _run([as_, "-disable-verify", "-", "-o", "/dev/null"], data).returncode == 0
    return {"ok": False, "parses": parses, "message": message}


def _first_error(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    for ln in lines:
        if "error:" in ln:
            return ln.split(": ", 1)[1] if ln.startswith("llvm-as") else ln
    # "assembly parsed, but does not verify as correct!" and the verifier's first line
    return " / ".join(ln.split(": ", 1)[-1] for ln in lines[:2])


def llvm_normal_form(data: bytes, version: int) -> str | None:
    """``llvm-as-N | llvm-dis-N`` of ``data`` (use-list orders kept), or None if refused."""
    as_, dis = tool("llvm-as", version), tool("llvm-dis", version)
    assert as_ is not None and dis is not None
    r = _run([as_, "-", "-o", "-"], data)
    if r.returncode != 0:
        return None
    d = _run([dis, "-preserve-ll-uselistorder", "-", "-o", "-"], r.stdout)
    if d.returncode != 0:
        return None
    return d.stdout.decode("utf-8", "surrogateescape").split("\n", 1)[1]


# ---- irpass's side -------------------------------------------------------------------------
def _alarm(signum, frame):
    raise TimeoutError("irpass took longer than the time limit")


def irpass_roundtrip(text: str, name: str, lazy: bool = False) -> tuple[str, str]:
    """("ok", printed text) | ("error", message) | ("crash", traceback); ``lazy``: read as
    ``irpass run --lazy`` reads (bodies kept as text)."""
    import irpass
    from irpass.text.diagnostics import IRError

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIMEOUT)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 6000))  # as the command line does
    try:
        module = irpass.parse(text, name, lazy)
        return "ok", irpass.print_module(module)
    except IRError as e:
        return "error", str(e)
    except RecursionError:
        return "error", f"{name}: error: input nested too deeply"  # the command's own words
    except BaseException:  # noqa: BLE001 - a traceback is what this looks for
        return "crash", traceback.format_exc(limit=-6)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
        sys.setrecursionlimit(limit)


# ---- one file ------------------------------------------------------------------------------
@dataclass
class Result:
    path: str
    group: str  # the test directory (Assembler, ..., or "sample/<dir>")
    kind: str  # valid | invalid-parse | invalid-verifier
    agree: bool
    what: str  # for a disagreement: valid-refused, valid-changed, ...
    detail: str = ""
    versions: dict = field(default_factory=dict)  # version -> "ok" or LLVM's first line
    same_line: bool | None = None  # invalid (parse): irpass's error on LLVM's line


def check_file(path: str, name: str, group: str, versions: tuple[int, ...],
               cached: dict, lazy: bool = False) -> tuple[Result, dict]:
    """Compare irpass with LLVM on one file; ``cached``: LLVM's results already known for it
    (returned with what was added); ``lazy``: irpass reads lazily (which checks no body: an
    invalid file read that way is not counted as accepted)."""
    data = Path(path).read_bytes()
    new: dict = {}

    def verdict(v: int) -> dict:
        key = f"as{v}"
        if key not in cached:
            new[key] = cached[key] = llvm_verdict(data, v)
        return cached[key]

    def normal(v: int, key: str | None, text: bytes) -> str | None:
        if key is not None and key in cached:
            return cached[key]
        out = llvm_normal_form(text, v)
        if key is not None:
            new[key] = cached[key] = out
        return out

    verdicts = {v: verdict(v) for v in versions}
    shown = {str(v): "ok" if d["ok"] else d["message"] for v, d in verdicts.items()}
    ok = [v for v in versions if verdicts[v]["ok"]]
    parsed = [v for v in versions if not verdicts[v]["ok"] and verdicts[v]["parses"]]
    kind = "valid" if ok else "invalid-verifier" if parsed else "invalid-parse"
    text = data.decode("utf-8", "surrogateescape")
    status, out = irpass_roundtrip(text, name, lazy)

    def result(agree: bool, what: str, detail: str = "", same_line=None) -> Result:
        return Result(name, group, kind, agree, what, detail[:2000], shown, same_line)

    if status == "crash":
        return result(False, "crash", out), new
    if status == "error":
        first = out.splitlines()[0] if out else ""
        m = _LOCATED.match(first)
        if m is None or m.group("file") != name:
            return result(False, "unlocated-error", out), new
        if kind == "valid":
            return result(False, "valid-refused", first), new
        same = None
        if kind == "invalid-parse":
            lines = {int(lm.group(1)) for d in verdicts.values()
                     if (lm := _LLVM_LOCATED.search(d["message"]))}
            same = int(m.group("line")) in lines if lines else None
        return result(True, "refused", first, same), new
    # irpass read it and printed `out`
    printed = out.encode("utf-8", "surrogateescape")
    if lazy and kind != "valid":
        return result(True, "lazy"), new
    if kind == "invalid-parse":
        return result(False, "invalid-accepted", next(iter(shown.values()))), new
    if kind == "invalid-verifier":
        v = parsed[0]
        again = llvm_verdict(printed, v)
        if again["ok"]:
            return result(False, "invalid-accepted",
                          f"LLVM {v}'s verifier accepts irpass's output"), new
        if not again["parses"]:
            return result(False, "output-rejected", f"LLVM {v}: {again['message']}"), new
        return result(True, "verifier", f"LLVM {v}: {again['message']}"), new
    # The newest LLVM that reads the file and whose llvm-dis prints it back (llvm-dis-22
    # refuses some of its own bitcode with old data layouts).
    want = None
    for v in ok:
        want = normal(v, f"dis{v}", data)
        if want is not None:
            break
    if want is None:
        return result(False, "llvm-dis-failed", "llvm-dis of the file failed"), new
    got = normal(v, None, printed)
    if got is None:
        again = llvm_verdict(printed, v)
        return result(False, "output-rejected", f"LLVM {v}: {again.get('message', '')}"), new
    if got != want:
        return result(False, "valid-changed", f"LLVM {v}\n" + _diff(want, got)), new
    return result(True, "same"), new


def _diff(a: str, b: str) -> str:
    import difflib

    lines = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "llvm", "irpass",
                                      n=0, lineterm=""))
    return "\n".join(lines[2:40])


def _job(args):
    return check_file(*args)


# ---- files ---------------------------------------------------------------------------------
def test_root(root: Path) -> Path:
    """The ``llvm/test`` directory under ``root`` (or ``root`` itself)."""
    for cand in (root / "llvm" / "test", root / "test", root):
        if (cand / "Assembler").is_dir():
            return cand
    raise SystemExit(f"{root}: no llvm/test/Assembler under it")


def listing(tests: Path) -> list[str]:
    """The .ll files under ``tests`` (names relative to it, sorted): the files git tracks
    when ``tests`` is in a checkout (a sparse one lists the files it did not check out too,
    so a sample is the same one), else the files there are."""
    r = subprocess.run(["git", "-C", str(tests), "ls-files", "-z", "--", "*.ll"],
                       capture_output=True, timeout=300)
    if r.returncode == 0 and r.stdout:
        return sorted(n for n in r.stdout.decode("utf-8", "surrogateescape").split("\0") if n)
    return sorted(str(p.relative_to(tests)) for p in tests.rglob("*.ll"))


def choose(names: list[str], dirs: list[str], sample: int, offset: int = 0
           ) -> list[tuple[str, str]]:
    """(name, group) of the files of ``dirs`` (group = the directory), then of every
    ``sample``th file of the other directories from the ``offset``th on (group =
    ``sample/<dir>``), the four core ones left out."""
    chosen = [(n, d) for d in dirs for n in names if n.split("/", 1)[0] == d]
    if sample:
        skip = set(dirs) | set(CORE_DIRS)
        others = [n for n in names if n.split("/", 1)[0] not in skip]
        chosen += [(n, "sample/" + n.split("/", 1)[0]) for n in others[offset::sample]]
    return chosen


def select(tests: Path, dirs: list[str], sample: int, offset: int = 0
           ) -> list[tuple[Path, str]]:
    """``choose`` over ``listing(tests)``, as paths; files not checked out are left out."""
    return [(tests / n, g) for n, g in choose(listing(tests), dirs, sample, offset)
            if (tests / n).is_file()]


def fetch_testdata(dest: Path, dirs: list[str], sample: int) -> Path:
    """A sparse clone of llir/testdata (pinned; ``$IRPASS_LLVM_TESTDATA_URL`` and
    ``$IRPASS_LLVM_TESTDATA_COMMIT`` for another copy) with the files ``choose`` picks checked
    out; the root to give ``test_root``.
    Raises ``OSError`` with git's words when it cannot be had."""
    commit = os.environ.get("IRPASS_LLVM_TESTDATA_COMMIT", TESTDATA_COMMIT)
    want = f"{commit} {','.join(dirs)} {sample}"
    stamp = dest / ".irpass-selection"
    if stamp.is_file() and stamp.read_text() == want:
        return dest
    url = os.environ.get("IRPASS_LLVM_TESTDATA_URL", TESTDATA_URL)
    tmp = dest.with_name(dest.name + ".part")
    shutil.rmtree(tmp, ignore_errors=True)

    def git(*args: str, stdin: str | None = None) -> str:
        r = subprocess.run(["git", *args], capture_output=True, text=True, input=stdin,
                           timeout=3600)
        if r.returncode != 0:
            shutil.rmtree(tmp, ignore_errors=True)
            raise OSError(f"git {args[0]}: {r.stderr.strip()[-300:]}")
        return r.stdout

    git("clone", "-q", "--no-checkout", "--filter=blob:none", url, str(tmp))
    names = git("-C", str(tmp), "ls-tree", "-r", "--name-only", commit,
                "llvm/test").splitlines()
    tests = [n[len("llvm/test/"):] for n in names if n.endswith(".ll")]
    paths = ["/llvm/test/" + n for n, _ in choose(sorted(tests), dirs, sample)]
    git("-C", str(tmp), "sparse-checkout", "set", "--no-cone", "--stdin",
        stdin="\n".join(paths) + "\n")
    git("-C", str(tmp), "checkout", "-q", commit)
    (tmp / ".irpass-selection").write_text(want)
    shutil.rmtree(dest, ignore_errors=True)
    dest.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, dest)
    return dest


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "irpass" / "llvm-testdata"


def load_cache(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def save_cache(path: Path, cache: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(cache))
        os.replace(tmp, path)
    except OSError:
        pass


def tool_versions(versions: tuple[int, ...]) -> str:
    """What ``llvm-as-N --version`` says of each LLVM used (the cache's key)."""
    out = []
    for v in versions:
        r = subprocess.run([tool("llvm-as", v) or "", "--version"], capture_output=True,
                           text=True, timeout=60)
        out.append(" ".join(r.stdout.split()))
    return " | ".join(out)


def run(files: list[tuple[Path, str]], base: Path, jobs: int, cache_path: Path | None,
        versions: tuple[int, ...], progress: bool = False, lazy: bool = False) -> list[Result]:
    """Check ``files`` (named relative to ``base``), ``jobs`` at a time."""
    cache = load_cache(cache_path) if cache_path else {}
    tools = tool_versions(versions)
    if cache.get("tools") != tools:  # another LLVM: its verdicts may differ
        cache = {"tools": tools}
    keys = []
    work = []
    for p, group in files:
        key = hashlib.sha256(p.read_bytes()).hexdigest()
        keys.append(key)
        name = str(p.relative_to(base)) if p.is_relative_to(base) else str(p)
        work.append((str(p), name, group, versions, dict(cache.get(key, {})), lazy))
    results: list[Result | None] = [None] * len(work)
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(_job, w): i for i, w in enumerate(work)}
        for n, fut in enumerate(concurrent.futures.as_completed(futures), 1):
            i = futures[fut]
            res, new = fut.result()
            results[i] = res
            if new:
                cache.setdefault(keys[i], {}).update(new)
            if progress and n % 50 == 0:
                sys.stderr.write(f"  {n}/{len(work)}\n")
    if cache_path:
        save_cache(cache_path, cache)
    return [r for r in results if r is not None]


# ---- report --------------------------------------------------------------------------------
WHAT = ("valid-refused", "valid-changed", "output-rejected", "invalid-accepted",
        "unlocated-error", "crash", "llvm-dis-failed")


def summary(results: list[Result]) -> dict[str, dict[str, int]]:
    """Counts per group: files, valid, invalid-parse, invalid-verifier, agree, and each kind
    of disagreement."""
    table: dict[str, dict[str, int]] = {}
    for r in results:
        row = table.setdefault(r.group, {k: 0 for k in ("files", "valid", "invalid-parse",
                                                         "invalid-verifier", "agree")})
        row["files"] += 1
        row[r.kind] += 1
        row["agree"] += r.agree
        if not r.agree:
            row[r.what] = row.get(r.what, 0) + 1
    return table


def version_disagreements(results: list[Result]) -> list[Result]:
    return [r for r in results
            if len({v == "ok" for v in r.versions.values()}) > 1]


def report(results: list[Result], verbose: bool) -> None:
    table = summary(results)
    groups = sorted(table, key=lambda g: (g.startswith("sample/"), g))
    print(f"{'directory':28} {'files':>6} {'valid':>6} {'inv.parse':>9} {'inv.verif':>9}"
          f" {'agree':>6}  disagreements")
    total: dict[str, int] = {}
    for g in groups:
        row = table[g]
        for k, v in row.items():
            total[k] = total.get(k, 0) + v
        _row(g, row)
    _row("total", total)
    bad = [r for r in results if not r.agree]
    if bad:
        print("\nDisagreements:")
        for r in sorted(bad, key=lambda r: r.path):
            print(f"  {r.what:17} {r.path}")
            if verbose:
                for ln in r.detail.splitlines()[:12]:
                    print(f"      {ln}")
    vd = version_disagreements(results)
    if vd:
        print(f"\nFiles LLVM versions disagree on ({len(vd)}):")
        for r in sorted(vd, key=lambda r: r.path):
            print(f"  {r.path}  [{r.kind}, irpass {'agrees' if r.agree else r.what}]")
            for v, msg in r.versions.items():
                print(f"      {v}: {msg[:150]}")
    refused = [r for r in results if r.kind == "invalid-parse" and r.agree]
    same = sum(1 for r in refused if r.same_line)
    print(f"\nInvalid files irpass refuses on the line LLVM names: {same} of {len(refused)}")


def _row(name: str, row: dict[str, int]) -> None:
    extra = ", ".join(f"{k} {row[k]}" for k in WHAT if row.get(k))
    print(f"{name:28} {row['files']:6} {row['valid']:6} {row['invalid-parse']:9}"
          f" {row['invalid-verifier']:9} {row['agree']:6}  {extra}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="check these files only")
    ap.add_argument("--root", type=Path, help="a directory holding llvm/test")
    ap.add_argument("--fetch", action="store_true",
                    help=f"clone {TESTDATA_URL} (its test directories) into the cache first")
    ap.add_argument("--dirs", default=",".join(CORE_DIRS))
    ap.add_argument("--sample", type=int, default=0, metavar="N",
                    help="also every Nth file of the other test directories")
    ap.add_argument("--offset", type=int, default=0, metavar="K",
                    help="the sample starts at the Kth file (another sample of the same size)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--lazy", action="store_true",
                    help="read lazily (irpass run --lazy): valid files must print the same")
    ap.add_argument("-v", "--verbose", action="store_true", help="show each disagreement")
    args = ap.parse_args(argv)
    versions = installed_versions()
    if not versions:
        raise SystemExit("no llvm-as-N/llvm-dis-N of " + ", ".join(map(str, VERSIONS)))
    missing = [v for v in VERSIONS if v not in versions]
    if missing:
        print(f"(not installed: LLVM {', '.join(map(str, missing))}; verdicts without them)")
    dirs = [d for d in args.dirs.split(",") if d]
    if args.files:
        base = Path.cwd()
        files = [(p.resolve(), p.parent.name) for p in args.files]
    else:
        root = args.root
        if args.fetch:
            root = fetch_testdata(cache_dir(), dirs, args.sample)
        if root is None:
            raise SystemExit("give --root DIR (a checkout of llir/testdata or llvm-project), "
                             "--fetch, or files")
        tests = test_root(root)
        base = tests
        files = select(tests, dirs, args.sample, args.offset)
    cache = None if args.no_cache else CACHE_FILE
    results = run(files, base, args.jobs, cache, versions, progress=True, lazy=args.lazy)
    report(results, args.verbose)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))
    return 0 if all(r.agree for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
