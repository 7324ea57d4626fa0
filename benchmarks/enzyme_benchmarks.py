"""Part ``benchmarks`` of enzyme_suites.py: Enzyme's ``benchmarks/ReverseMode`` programs, each
at -O0..-O3, differentiated by Enzyme alone and through irpass, checked by drivers of our own.

C++ (gmm, ba, lstm, hand, ode, ode-const, ode-real, fft, nn, logsumexp, matdescent,
taylorlog): the Enzyme part of the benchmark's source (enzyme_bench_source.enzyme_part; its
Tapenade, Adept, Rust and ``main`` code left out) followed by our driver
(benchmarks/enzyme_bench/PROGRAM.cpp) in one translation unit, compiled by
``clang++-19 -g -O<n> -S -emit-llvm``; then

- alone: ``opt-19 -load-pass-plugin=P -passes=enzyme``, linked by clang++-19 and run;
- irpass: ``irpass run --passes 'typeinfo,enzyme(plugin=P,keep=DIR)'``, linked and run.

Rust (the ports of gmm, lstm, ba, ode-real, fft for nightly's ``#[autodiff]``): the crate's
sources with each ``#[autodiff]`` turned into a function calling ``__enzyme_autodiff``
(enzyme_bench_source.rewrite_autodiff; nothing else changed), compiled by the stable rustc
(``--emit=llvm-ir -g -C opt-level=<n> -C panic=abort -C codegen-units=1``); then opt-19 on it
(alone) or ``irpass run --passes 'rust-std,typeinfo,enzyme(plugin=P,keep=DIR)'``, then
``clang-19 -c``, ``ar rcs``, and our Rust driver (benchmarks/enzyme_bench/rust/PROGRAM.rs)
linked by rustc against the library, and run.

The drivers check every gradient entry against central differences of the primal and the
benchmark's const inputs, print one verdict line, and exit 0 (right) or 1 (wrong). Outcomes
per column: right, wrong (with the maximum error |g - fd| / (1 + |fd|)), crash (a signal, in
opt or in the program), refused (Enzyme or irpass stops with an error, or the link fails),
"drops" (the benchmark's own activities drop a derivative: lstm; the gradient then agrees
with Enzyme alone's, C++, on the same inputs), and "not built" (clang or rustc fails). Every
command, input, output and message stays in DIR/benchmarks/{cxx,rust}/PROGRAM/O<n>/.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import enzyme_suites as suites
from enzyme_bench_source import AutodiffError, enzyme_part, left_out, rewrite_autodiff

HERE = Path(__file__).resolve().parent
DRIVERS = HERE / "enzyme_bench"
LEVELS = ("O0", "O1", "O2", "O3")
OUTCOMES = ("right", "wrong", "drops", "crash", "refused", "not built")
ADBENCH_INCLUDES = ['#include "../mshared/defs.h"', "#include <stdint.h>", "#include <stdio.h>",
                    "#include <string.h>"]
LSTM_DROPS = ("the benchmark passes the recurrent state as enzyme_const although the hidden "
              "and cell values flow through it")
MARKERS_C = ("/* Enzyme's marker globals: the benchmarks only declare them, and at -O0 their "
             "loads stay after Enzyme's call is gone. */\n" +
             "".join(f"__attribute__((weak)) int enzyme_{m};\n"
                     for m in ("dup", "const", "dupnoneed", "out")))


@dataclass(frozen=True)
class CxxProgram:
    name: str
    source: str  # relative to benchmarks/ReverseMode
    driver: str  # in benchmarks/enzyme_bench
    headers: tuple[str, ...] = ()  # quoted includes beside the source to cut too
    defines: dict[str, str] = field(default_factory=dict)
    cflags: tuple[str, ...] = ()
    args: tuple[str, ...] = ()  # relative to benchmarks/ReverseMode
    drops: str = ""
    dropped: tuple[str, ...] = ()  # the const inputs the drop is about (their check may fail)


@dataclass(frozen=True)
class RustProgram:
    name: str
    folder: str
    crate: str
    driver: str  # in benchmarks/enzyme_bench/rust
    drops: str = ""
    dropped: tuple[str, ...] = ()


CXX = (
    CxxProgram("gmm", "gmm/gmm.cpp", "gmm.cpp"),
    CxxProgram("ba", "ba/ba.cpp", "ba.cpp"),
    CxxProgram("lstm", "lstm/lstm.cpp", "lstm.cpp", drops=LSTM_DROPS, dropped=("state",)),
    CxxProgram("hand", "hand/hand.cpp", "hand.cpp", cflags=("-fno-exceptions",),
               args=("hand/data",)),
    CxxProgram("ode", "ode/ode.cpp", "ode.cpp", cflags=("-fno-exceptions",)),
    CxxProgram("ode-const", "ode-const/ode.cpp", "ode.cpp"),
    CxxProgram("ode-real", "ode-real/ode.cpp", "ode-real.cpp"),
    CxxProgram("fft", "fft/fft.cpp", "fft.cpp", headers=("fft.h",)),
    CxxProgram("nn", "nn/nn.cpp", "nn.cpp"),
    CxxProgram("logsumexp", "logsumexp/logsumexp.cpp", "logsumexp.cpp"),
    # 2000 x 2000 and 1000 steps cannot be checked entry by entry.
    CxxProgram("matdescent", "matdescent/matdescent.cpp", "matdescent.cpp",
               defines={"N": "6", "M": "5", "ITERS": "1"}),
    CxxProgram("taylorlog", "taylorlog/taylorlog.cpp", "taylorlog.cpp"),
)
RUST = (
    RustProgram("gmm", "gmm", "gmmrs", "gmm.rs"),
    RustProgram("lstm", "lstm", "lstm", "lstm.rs", drops=LSTM_DROPS, dropped=("state",)),
    RustProgram("ba", "ba", "bars", "ba.rs"),
    RustProgram("ode-real", "ode-real", "ode", "ode-real.rs"),
    RustProgram("fft", "fft", "fft", "fft.rs"),
)


# ---- sources --------------------------------------------------------------------------------
def cxx_source(prog: CxxProgram, bench: Path, work: Path) -> Path:
    """Write the Enzyme part of the program and its driver as work/bench.cpp (and the cut
    headers beside it, where its quoted includes find them first)."""
    src = bench / prog.source
    gone: set[str] = set()
    for header in prog.headers:
        path = src.parent / header
        text = path.read_text(errors="replace")
        gone |= left_out(text)
        (work / header).write_text(f'#line 1 "{path}"\n' + enzyme_part(text, source_name=str(path)))
    adbench = {f"../adbench/{src.parent.name}.h": ADBENCH_INCLUDES}
    part = enzyme_part(src.read_text(errors="replace"), adbench, prog.defines, str(src), gone)
    driver = DRIVERS / prog.driver
    out = work / "bench.cpp"
    out.write_text(f'// The Enzyme part of {src} (enzyme_bench_source.enzyme_part), then the\n'
                   f'// driver {driver}.\n#line 1 "{src}"\n{part}\n#line 1 "{driver}"\n'
                   f"{driver.read_text()}")
    return out


def rust_sources(prog: RustProgram, bench: Path, work: Path) -> tuple[Path, int, bool]:
    """Copy the crate's sources (not its main.rs) to work/src with ``#[autodiff]`` rewritten;
    the crate root, the number of attributes rewritten, and whether other ``#![feature]``
    lines are left (then rustc needs RUSTC_BOOTSTRAP=1)."""
    src, dst = bench / prog.folder / "src", work / "src"
    dst.mkdir(parents=True, exist_ok=True)
    count, features = 0, False
    for f in sorted(src.glob("*.rs")):
        if f.name == "main.rs":
            continue
        text, n = rewrite_autodiff(f.read_text())
        count += n
        features |= bool(re.search(r"^\s*#!\[feature\(", text, re.M))
        (dst / f.name).write_text(text)
    return dst / "lib.rs", count, features


# ---- running --------------------------------------------------------------------------------
# A crash: a signal, or an internal failure of LLVM or Enzyme (an assertion, invalid IR
# handed on, LLVM's fatal error handler), not one of Enzyme's diagnostics.
SIGNAL = re.compile(r"Stack dump|Segmentation fault|PLEASE submit a bug report|Aborted|"
                    r"core dumped|SIG[A-Z]{3,}|double free|free\(\): |stack overflow|"
                    r"Assertion .* failed|LLVM ERROR|UNREACHABLE|^#\d+ 0x[0-9a-f]+ ", re.M)


def step(cmd: list[str], env: suites.Env, cwd: Path, name: str, extra_env: dict | None = None,
         timeout: int | None = None) -> dict:
    """Run one command in ``cwd``; its command line, stdout and stderr kept as name.*."""
    (cwd / f"{name}.sh").write_text(shlex.join(cmd) + "\n")
    environ = {**env.environ, **(extra_env or {})}
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=environ,
                           timeout=timeout or env.timeout)
        out, err, rc = r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace"), \
            r.returncode
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace")
        err = (e.stderr or b"").decode(errors="replace") + \
            f"\ntimed out after {timeout or env.timeout} s"
        rc = None
    (cwd / f"{name}.out").write_text(out)
    (cwd / f"{name}.err").write_text(err)
    return {"ok": rc == 0, "rc": rc, "stdout": out, "stderr": err}


def status(rc: int | None) -> str:
    if rc is None:
        return "timed out"
    if rc < 0:
        return f"signal {-rc}"
    return f"exit status {rc}" + (f" (signal {rc - 128})" if rc > 128 else "")


_FRAME = re.compile(r"^#\d+ 0x[0-9a-f]+ (?:\S+ )?([\w:~<>]+?)(?:<[^(]*>)?\(", re.M)


def crash_frames(text: str, n: int = 3) -> str:
    """The functions most frequent in a backtrace (an endless recursion shows there)."""
    counts: dict[str, int] = {}
    for name in _FRAME.findall(text):
        name = name.rstrip("<")
        if not name.startswith(("llvm::", "SignalHandler", "__restore_rt", "__libc", "main",
                                "_start")):
            counts[name] = counts.get(name, 0) + 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:n]
    return ", ".join(f"{name} x{k}" for name, k in top)


def crashed(res: dict) -> bool:
    rc = res["rc"]
    return rc is None or rc < 0 or rc >= 128 or bool(SIGNAL.search(res["stderr"]))


def verdict(res: dict) -> dict:
    """The outcome of running a driver."""
    lines = [x for x in res["stdout"].splitlines() if x.startswith("verdict: ")]
    m = re.search(r"max error ([-+.\deinfa]+)", lines[-1]) if lines else None
    err = float(m.group(1)) if m else None
    if res["rc"] == 0 and lines and lines[-1].startswith("verdict: right"):
        return {"outcome": "right", "stage": "run", "max_error": err, "message": lines[-1]}
    if res["rc"] == 1 and lines and lines[-1].startswith("verdict: wrong"):
        m = re.search(r"const input changed: (.*)\)$", lines[-1])
        changed = sorted({n.strip().split(".")[-1] for n in m.group(1).split(",")}) if m else []
        return {"outcome": "wrong", "stage": "run", "max_error": err, "message": lines[-1],
                "const_changed": changed}
    why = suites.first_line(res["stderr"]) or (lines[-1] if lines else "")
    return {"outcome": "crash", "stage": "run", "message":
            status(res["rc"]) + (f": {why}" if why else "")}


def failed(res: dict, stage: str, what: str) -> dict:
    """The outcome of a stage that failed (opt, irpass, link)."""
    text = res["stderr"] + "\n" + res["stdout"]
    outcome = "crash" if crashed(res) else "refused"
    frames = crash_frames(text) if outcome == "crash" else ""
    return {"outcome": outcome, "stage": stage,
            "message": f"{what} ({status(res['rc'])}): " + suites.first_line(text) +
            (f" [backtrace: {frames}]" if frames else "")}


WARNING = re.compile(r"freeing without malloc|[Ww]arning|Cannot|cannot|not handled|"
                     r"No (augmented|reverse|forward|derivative)|Illegal|unknown")


def enzyme_warnings(text: str) -> dict:
    """What Enzyme (or irpass) printed on a successful run: the count of lines that look like
    warnings, the distinct kinds (the text before the first IR value), the first line."""
    lines = [x.strip() for x in text.splitlines() if WARNING.search(x)]
    kinds: dict[str, int] = {}
    for x in lines:
        kind = re.split(r"\s+%|\s+@|\s+ptr\b|:\s+in\s+@", x, maxsplit=1)[0][:120]
        kinds[kind] = kinds.get(kind, 0) + 1
    return {"warnings": len(lines), "warning_kinds": kinds,
            "first_warning": lines[0][:300] if lines else ""}


def differentiate(tag: str, x: Path, work: Path, env: suites.Env,
                  irpass_passes: str) -> tuple[dict, Path]:
    """Enzyme alone (opt) or irpass's pipeline on x.ll, in work/tag; the outcome so far
    (with an "outcome" when it failed) and the differentiated module. For irpass, Enzyme's
    own messages are taken by running opt once more on the input irpass gave it (kept)."""
    col = work / tag
    col.mkdir()
    out = col / "enzyme.ll"
    opt = [env.tool("opt"), f"-load-pass-plugin={env.plugin}", "-passes=enzyme"]
    if tag == "alone":
        res = step([*opt, str(x), "-S", "-o", str(out)], env, col, "opt")
        if not res["ok"]:
            return failed(res, "opt", "opt"), out
        return enzyme_warnings(res["stderr"]), out
    keep = col / "keep"
    passes = f"{irpass_passes},enzyme(plugin={env.plugin},keep={keep})"
    res = step(suites.irpass_cmd(passes, x, out), env, col, "irpass")
    given = sorted(keep.glob("input*.ll"), key=lambda p: p.stat().st_mtime)
    again = step([*opt, str(given[-1]), "-S", "-o", os.devnull], env, col,
                 "enzyme-again") if given else None
    if not res["ok"]:
        outcome = failed(res, "irpass", "irpass")
        if again is not None and not again["ok"] and crashed(again):
            # irpass's message may not say that opt crashed: opt on the input it was given does
            frames = crash_frames(again["stderr"])
            outcome = {"outcome": "crash", "stage": "irpass", "message":
                       f"opt on the input irpass gave Enzyme: {status(again['rc'])}"
                       f"{' [backtrace: ' + frames + ']' if frames else ''}; irpass said: "
                       f"{outcome['message']}"}
        return outcome, out
    info = enzyme_warnings(res["stderr"])
    if again is not None:
        enz = enzyme_warnings(again["stderr"])
        info.update(enzyme_warnings=enz["warnings"], enzyme_warning_kinds=enz["warning_kinds"],
                    first_enzyme_warning=enz["first_warning"])
    return info, out


def rerun_command(lang: str, program: str, level: str, env: suites.Env) -> str:
    """The command that runs this one case again (into DIR/benchmarks/...)."""
    return shlex.join(["python3", "benchmarks/enzyme_suites.py", str(env.enzyme_dir),
                       env.plugin, "--part", "benchmarks", "--filter", f"^{lang}/{program}$",
                       "--levels", level, "--work", str(env.work)])


def run_cxx(prog: CxxProgram, level: str, env: suites.Env) -> dict:
    bench = env.enzyme_dir / "benchmarks" / "ReverseMode"
    work = env.work / "benchmarks" / "cxx" / prog.name / level
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    record = {"suite": "benchmarks", "lang": "C++", "program": prog.name, "level": level,
              "dir": str(work), "drops": prog.drops, "dropped": list(prog.dropped),
              "rerun": rerun_command("cxx", prog.name, level, env)}
    src = cxx_source(prog, bench, work)
    x = work / "x.ll"
    cc = [env.tool("clang++"), "-std=c++17", "-g", f"-{level}", *prog.cflags, "-iquote",
          str((bench / prog.source).parent), "-I", str(DRIVERS), str(src), "-S", "-emit-llvm",
          "-o", str(x)]
    built = step(cc, env, work, "compile")
    if not built["ok"]:
        record["alone"] = record["irpass"] = {"outcome": "not built", "stage": "clang",
                                              "message": suites.first_line(built["stderr"])}
        return record
    markers = work / "markers.c"
    markers.write_text(MARKERS_C)
    args = [str(bench / a) for a in prog.args]

    def column(tag: str) -> dict:
        col, out = differentiate(tag, x, work, env, "typeinfo")
        if "outcome" in col:
            return col
        exe = work / tag / prog.name
        link = step([env.tool("clang++"), f"-{level}", str(out), "-x", "c", str(markers),
                     "-x", "none", "-o", str(exe), "-lm"], env, work / tag, "link")
        if not link["ok"]:
            return {**col, **failed(link, "link", "link")}
        return {**col, **verdict(step([str(exe), *args], env, work / tag, "run"))}

    record["alone"] = column("alone")
    record["irpass"] = column("irpass")
    return record


def run_rust(prog: RustProgram, level: str, env: suites.Env) -> dict:
    bench = env.enzyme_dir / "benchmarks" / "ReverseMode"
    work = env.work / "benchmarks" / "rust" / prog.name / level
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    record = {"suite": "benchmarks", "lang": "Rust", "program": prog.name, "level": level,
              "dir": str(work), "drops": prog.drops, "dropped": list(prog.dropped),
              "rerun": rerun_command("rust", prog.name, level, env)}
    rustc = shutil.which("rustc")
    if rustc is None:
        record["alone"] = record["irpass"] = {"outcome": "not built", "stage": "rustc",
                                              "message": "rustc not found"}
        return record
    try:
        lib, count, features = rust_sources(prog, bench, work)
    except AutodiffError as e:
        record["alone"] = record["irpass"] = {"outcome": "not built", "stage": "rewrite",
                                              "message": str(e)}
        return record
    record["autodiff_rewritten"] = count
    boot = {"RUSTC_BOOTSTRAP": "1"} if features else {}
    x = work / "x.ll"
    built = step([rustc, "--edition", "2021", "--crate-type=lib", "--crate-name", prog.crate,
                  "--emit=llvm-ir", "-g", "-C", "panic=abort", "-C", f"opt-level={level[1]}",
                  "-C", "codegen-units=1", str(lib), "-o", str(x)], env, work, "compile", boot)
    if not built["ok"]:
        record["alone"] = record["irpass"] = {"outcome": "not built", "stage": "rustc",
                                              "message": suites.first_line(built["stderr"])}
        return record

    def column(tag: str) -> dict:
        col, out = differentiate(tag, x, work, env, "rust-std,typeinfo")
        if "outcome" in col:
            return col
        here = work / tag
        obj, lib_a = here / f"{prog.crate}.o", here / f"lib{prog.crate}.a"
        for cmd, name in (([env.tool("clang"), f"-{level}", "-c", str(out), "-o", str(obj)],
                           "clang"), (["ar", "rcs", str(lib_a), str(obj)], "ar"),
                          ([rustc, "--edition", "2021", "-C", "panic=abort",
                            str(DRIVERS / "rust" / prog.driver), "-L", str(here), "-l",
                            f"static={prog.crate}", "-o", str(here / prog.name)], "link")):
            res = step(cmd, env, here, name)
            if not res["ok"]:
                return {**col, **failed(res, "link", name)}
        return {**col, **verdict(step([str(here / prog.name)], env, here, "run"))}

    record["alone"] = column("alone")
    record["irpass"] = column("irpass")
    return record


# ---- benchmarks whose activities drop a derivative ---------------------------------------
def gradients(path: Path) -> dict[str, dict[tuple[str, int], float]]:
    """grad.tsv as {variant: {(array, index): gradient}} (names are VARIANT.ARRAY)."""
    out: dict[str, dict[tuple[str, int], float]] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            name, i, g, *_ = line.split("\t")
            variant, _, array = name.partition(".")
            out.setdefault(variant, {})[(array, int(i))] = float(g)
    return out


def agree(mine: dict[str, dict], ref: dict[tuple[str, int], float], tol: float = 1e-6) -> bool:
    """Every variant's gradient is ``ref`` (within ``tol``, relative to 1 + |ref|)."""
    return bool(mine) and bool(ref) and all(
        g.keys() == ref.keys() and all(abs(g[k] - ref[k]) <= tol * (1 + abs(ref[k])) for k in g)
        for g in mine.values())


def settle_drops(records: list[dict]) -> None:
    """A wrong verdict of a program whose activities drop a derivative is "drops" when only
    the inputs the drop is about changed and, but for Enzyme alone on the C++ benchmark
    (the reference: what the benchmark asks for), the gradient is that reference's at the
    same level, on the same inputs."""
    ref = {r["level"]: r for r in records if r["lang"] == "C++" and r.get("drops")}
    for r in records:
        if not r.get("drops"):
            continue
        allowed = set(r.get("dropped", []))
        base = ref.get(r["level"])
        ref_ok = base is not None and base["alone"]["outcome"] in ("wrong", "drops") and set(
            base["alone"].get("const_changed", [])) <= allowed
        ref_all = gradients(Path(base["dir"]) / "alone" / "grad.tsv") if ref_ok else {}
        ref_grads = next(iter(ref_all.values()), {})  # the first variant the driver checks
        for tag in ("alone", "irpass"):
            col = r[tag]
            if col["outcome"] != "wrong" or not set(col.get("const_changed", [])) <= allowed:
                continue
            if r["lang"] == "C++" and tag == "alone":
                col["outcome"] = "drops"
                continue
            mine = gradients(Path(r["dir"]) / tag / "grad.tsv")
            if agree(mine, ref_grads):
                col["outcome"] = "drops"
                col["message"] += " (the gradient is Enzyme alone's for the C++ benchmark)"
            else:
                col["message"] += (" (differs from Enzyme alone's gradient for the C++ "
                                   "benchmark)" if ref_grads else " (no Enzyme-alone reference)")


def benchmark_jobs(select: re.Pattern, levels: list[str]) -> list[tuple]:
    """(function, program, level) per case; the slow C++ programs first."""
    levels = [lv for lv in levels if lv in LEVELS]
    jobs = [(run_cxx, p, lv) for p in CXX for lv in levels if select.search(f"cxx/{p.name}")]
    jobs += [(run_rust, p, lv) for p in RUST for lv in levels
             if select.search(f"rust/{p.name}")]
    return jobs


def run_job(job: tuple, env: suites.Env) -> dict:
    fn, prog, level = job
    try:
        return fn(prog, level, env)
    except Exception as e:  # a failure of this script on one case must not lose the rest
        lang = "C++" if fn is run_cxx else "Rust"
        msg = {"outcome": "not built", "stage": "script", "message": f"{type(e).__name__}: {e}"}
        return {"suite": "benchmarks", "lang": lang, "program": prog.name, "level": level,
                "dir": "", "drops": prog.drops, "alone": msg, "irpass": dict(msg)}


# ---- summary --------------------------------------------------------------------------------
def cell(col: dict) -> str:
    o = col["outcome"]
    if o == "wrong" and col.get("max_error") is not None:
        changed = ", ".join(col.get("const_changed", []))
        return f"wrong ({'const ' + changed + ' changed; ' if changed else ''}" \
               f"max error {col['max_error']:.2g})"
    return o


def markdown(records: list[dict]) -> list[str]:
    recs = [r for r in records if r.get("suite") == "benchmarks"]
    if not recs:
        return []
    out = ["## Enzyme's ReverseMode benchmarks", "",
           "Each program at each level: Enzyme alone (`opt-19 -passes=enzyme`) and through "
           "irpass (`typeinfo,enzyme`; Rust: `rust-std,typeinfo,enzyme`), checked by our "
           "driver against central differences (error |g - fd| / (1 + |fd|)). \"drops\": the "
           "benchmark's own activities drop a derivative, and the gradient is what Enzyme "
           "alone gives for the C++ benchmark.", ""]
    for lang in ("C++", "Rust"):
        sel = [r for r in recs if r["lang"] == lang]
        if not sel:
            continue
        levels = sorted({r["level"] for r in sel}, key=LEVELS.index)
        out += [f"### {lang}", "", "| program | " + " | ".join(
            f"{lv} alone | {lv} irpass" for lv in levels) + " |",
            "|---" + "|---" * (2 * len(levels)) + "|"]
        for name in dict.fromkeys(r["program"] for r in sel):
            row = {r["level"]: r for r in sel if r["program"] == name}
            cells = []
            for lv in levels:
                r = row.get(lv)
                cells += [cell(r["alone"]), cell(r["irpass"])] if r else ["", ""]
            out.append(f"| {name} | " + " | ".join(cells) + " |")
        out.append("")
        counts = {tag: {o: sum(r[tag]["outcome"] == o for r in sel) for o in OUTCOMES}
                  for tag in ("alone", "irpass")}
        out += ["| column | " + " | ".join(OUTCOMES) + " |",
                "|---" + "|---:" * len(OUTCOMES) + "|"]
        out += [f"| {tag} | " + " | ".join(str(counts[tag][o]) for o in OUTCOMES) + " |"
                for tag in ("alone", "irpass")]
        out.append("")
    bad = [r for r in recs if r["irpass"]["outcome"] not in ("right", "drops")]
    if bad:
        out += ["Cases not right through irpass (the first line that says why; the folder "
                "holds every message):", ""]
        for r in bad:
            i = r["irpass"]
            out.append(f"- {r['lang']} {r['program']} {r['level']}: {cell(i)} at "
                       f"{i.get('stage', '?')}: `{(i.get('message') or '')[:240]}`"
                       + (f"; irpass printed {i['warnings']} warning lines, first: "
                          f"`{i['first_warning'][:160]}`" if i.get("warnings") else "")
                       + (f"; Enzyme printed {i['enzyme_warnings']} warning lines: " +
                          ", ".join(f"{n}x `{k}`" for k, n in i["enzyme_warning_kinds"].items())
                          if i.get("enzyme_warnings") else "")
                       + f" (Enzyme alone: {cell(r['alone'])}); again: `{r.get('rerun', '')}`")
        out.append("")
    return out


def worse_than_alone(r: dict) -> bool:
    """Through irpass not right where Enzyme alone is, or wrong or crashing at all."""
    a, i = r["alone"]["outcome"], r["irpass"]["outcome"]
    return i in ("wrong", "crash") or (a in ("right", "drops") and i != a)


if __name__ == "__main__":
    sys.exit("run this through enzyme_suites.py --part benchmarks")
