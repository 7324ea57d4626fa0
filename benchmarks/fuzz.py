"""Mutation fuzzer for the reader: corpus files, damaged, must be read or rejected cleanly.

    python3 benchmarks/fuzz.py --cases 2000 --seed 1 [--files PATTERN] [--show N] [--write DIR]

Each case takes a corpus file and damages it once (truncation, a byte changed, two tokens
swapped, a line deleted or duplicated; seeded, deterministic). irpass must then either read
it and print it, or raise ``IRError`` -- never another exception, never take longer than the
timeout. LLVM 22 (llvm-as-22, llvm-dis-22) judges the same text: when it accepts, irpass must accept and
print the same module; when it rejects, irpass should reject too (``classify`` names the
outcomes; tests/test_fuzz.py lists the disagreements it allows and why).
"""

from __future__ import annotations

import argparse
import random
import re
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "ll"
TIMEOUT = 10  # seconds per case

_TOKEN = re.compile(rb"[^\s,()\[\]{}]+")


def corpus(max_size: int = 60_000) -> list[Path]:
    """Corpus files small enough to fuzz quickly, in a fixed order."""
    return sorted(p for p in CORPUS.rglob("*.ll") if p.stat().st_size <= max_size)


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One damaged copy of ``data`` and the name of the damage."""
    kind = rng.choice(["truncate", "flip", "swap", "delete", "duplicate"])
    if kind == "truncate":
        return kind, data[: rng.randrange(len(data) + 1)]
    if kind == "flip":
        i = rng.randrange(len(data))
        b = rng.choice([rng.randrange(256), *b"%@!#{}[]()<>,=:;\"*x0 \n"])
        return kind, data[:i] + bytes([b]) + data[i + 1:]
    if kind == "swap":
        toks = list(_TOKEN.finditer(data))
        if len(toks) < 2:
            return kind, data
        a, b = sorted(rng.sample(toks, 2), key=lambda m: m.start())
        return kind, (data[:a.start()] + b.group() + data[a.end():b.start()] + a.group()
                      + data[b.end():])
    lines = data.split(b"\n")
    i = rng.randrange(len(lines))
    if kind == "delete":
        del lines[i]
    else:
        lines.insert(i, lines[i])
    return kind, b"\n".join(lines)


@dataclass
class Outcome:
    irpass: str  # "accepted", "rejected", "crash", "hang"
    llvm: str  # "accepted", "rejected-parse", "rejected-verify", "skipped"
    detail: str = ""
    llvm_message: str = ""
    # The first line of the top-level entity (as irpass's splitter cuts them) that LLVM's
    # message points into, if it names a line.
    llvm_line: str = ""
    same_module: bool | None = None
    # When the modules differ: "declaration order" if only the order of function
    # declarations differs (LLVM appends the intrinsics it declares and upgrades in an order
    # of its own), else "".
    difference: str = ""


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - only on a hang
    raise _Timeout()


def run_irpass(text: str, timeout: int = TIMEOUT) -> tuple[str, str, str | None]:
    """("accepted", "", printed) or ("rejected", first diagnostic, None) or crash/hang."""
    import irpass

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    try:
        module = irpass.parse(text, "fuzz.ll")
        return "accepted", "", irpass.print_module(module)
    except irpass.IRError as e:
        d = e.first
        ok = d.file == "fuzz.ll" and d.line >= 1 and d.col >= 1 and "Traceback" not in str(e)
        return ("rejected" if ok else "crash"), d.format().split("\n")[0], None
    except _Timeout:
        return "hang", "", None
    except RecursionError:
        return "crash", "RecursionError", None
    except Exception as e:  # noqa: BLE001 - any other exception is what we look for
        return "crash", f"{type(e).__name__}: {e}", None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _tool(name: str) -> str | None:
    import shutil

    return shutil.which(f"{name}-22") or shutil.which(f"/usr/lib/llvm-22/bin/{name}")


def llvm_available() -> bool:
    return _tool("llvm-as") is not None and _tool("llvm-dis") is not None


def run_llvm(text: str) -> tuple[str, str, str | None]:
    """LLVM 22's verdict on ``text``: llvm-as (which parses and verifies) and llvm-dis, in
    a subprocess -- a damaged module can make LLVM's in-process assertions abort llvmlite."""
    import subprocess

    data = text.encode("utf-8", "surrogateescape")
    try:
        r = subprocess.run([_tool("llvm-as"), "-", "-o", "-"], input=data, capture_output=True,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "skipped", "llvm-as timed out", None
    err = r.stderr.decode("utf-8", "replace")
    if r.returncode < 0:
        return "skipped", f"llvm-as crashed (signal {-r.returncode})", None
    if r.returncode != 0:
        if "does not verify" in err:
            lines = err.split("\n")
            return "rejected-verify", (lines[1] if len(lines) > 1 else lines[0])[:200], None
        return "rejected-parse", err.split("\n")[0].replace("llvm-as-22: ", "")[:200], None
    d = subprocess.run([_tool("llvm-dis"), "-", "-o", "-"], input=r.stdout, capture_output=True,
                       timeout=TIMEOUT)
    return "accepted", "", d.stdout.decode("utf-8", "surrogateescape").split("\n", 1)[-1]


def entity_line(text: str, line: int) -> str:
    """The first line of the top-level entity that line ``line`` (from 1) of ``text`` is in."""
    from irpass.parser.split import split

    lines = text.split("\n")
    offset = sum(len(x) + 1 for x in lines[: line - 1])
    first = lines[line - 1] if line <= len(lines) else ""
    for chunk in split(text):
        if chunk.offset <= offset < chunk.end:
            first = chunk.text.split("\n", 1)[0]
    return first


def classify(text: str) -> Outcome:
    status, detail, printed = run_irpass(text)
    llvm, message, normal = run_llvm(text) if llvm_available() else ("skipped", "", None)
    out = Outcome(status, llvm, detail, message)
    at = re.search(r"<stdin>:([0-9]+):[0-9]+: error:", message)
    if at is not None:
        out.llvm_line = entity_line(text, int(at.group(1)))
    if status == "accepted" and llvm == "accepted" and printed is not None:
        again, _, normal2 = run_llvm(printed)
        out.same_module = again == "accepted" and normal2 == normal
        if not out.same_module and normal is not None and normal2 is not None \
                and _declarations(normal) == _declarations(normal2):
            out.difference = "declaration order"
    return out


def _declarations(normal: str) -> tuple[list[str], list[str]]:
    """llvm-dis text as (paragraphs that are not declarations, declarations sorted)."""
    rest, decls = [], []
    for para in normal.split("\n\n"):
        lines = para.strip("\n").split("\n")
        is_decl = lines[-1].startswith("declare ") and all(x.startswith(";") for x in lines[:-1])
        (decls if is_decl else rest).append(para.strip("\n"))
    return rest, sorted(decls)


def cases(n: int, seed: int, files: list[Path]):
    """``n`` (name, text) cases, the same for the same seed and files."""
    rng = random.Random(seed)
    datas = [(p, p.read_bytes()) for p in files]
    for i in range(n):
        path, data = datas[rng.randrange(len(datas))]
        kind, damaged = mutate(data, rng)
        yield f"{i}:{path.name}:{kind}", damaged.decode("utf-8", "surrogateescape")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--files", default="", help="only corpus files whose name contains this")
    ap.add_argument("--max-size", type=int, default=60_000)
    ap.add_argument("--show", type=int, default=5, help="examples shown per kind of finding")
    ap.add_argument("--write", default="", metavar="DIR",
                    help="write each case shown as a finding to DIR/<case number>.ll")
    args = ap.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 6000))
    allowed = _allowed_rule()
    files = [p for p in corpus(args.max_size) if args.files in p.name]
    tally: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    excused: Counter[str] = Counter()
    t0 = time.perf_counter()
    for name, text in cases(args.cases, args.seed, files):
        o = classify(text)
        key = f"irpass {o.irpass} / llvm {o.llvm}"
        if o.same_module is False:
            key += f" / DIFFERENT MODULE{f' ({o.difference})' if o.difference else ''}"
        tally[key] += 1
        bad = (o.irpass in ("crash", "hang") or o.same_module is False
               or (o.irpass == "rejected" and o.llvm == "accepted")
               or (o.irpass == "accepted" and o.llvm.startswith("rejected")))
        if bad and o.irpass not in ("crash", "hang") and allowed is not None and allowed(o):
            excused[key] += 1
        elif bad:
            examples.setdefault(key, []).append(
                f"{name}: irpass: {o.detail or '-'} | llvm: {o.llvm_message or '-'}")
            if args.write:
                out = Path(args.write)
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{name.split(':')[0]}.ll").write_bytes(
                    text.encode("utf-8", "surrogateescape"))
    took = time.perf_counter() - t0
    print(f"{args.cases} cases from {len(files)} files, seed {args.seed}, {took:.1f}s")
    for key, count in sorted(tally.items(), key=lambda kv: -kv[1]):
        print(f"  {count:6}  {key}")
    if allowed is not None:
        print(f"\ndisagreements allowed by tests/test_fuzz.py (each with its reason there): "
              f"{sum(excused.values())}")
        for key, count in sorted(excused.items(), key=lambda kv: -kv[1]):
            print(f"  {count:6}  {key}")
        print(f"unclassified: {sum(len(v) for v in examples.values())}")
    for key, lines in examples.items():
        print(f"\n{key}: {len(lines)}")
        for line in lines[: args.show]:
            print("   ", line)
    crashes = sum(c for k, c in tally.items() if "crash" in k or "hang" in k)
    return 1 if crashes else 0


def _allowed_rule():
    """tests/test_fuzz.py's ``allowed`` (the disagreements it accepts), if it can be loaded."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from test_fuzz import allowed  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - pytest missing: every finding is shown
        return None
    return allowed


if __name__ == "__main__":
    sys.exit(main())
