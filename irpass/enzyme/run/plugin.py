"""Finding the Enzyme plugin, and the ``enzyme`` pass that runs it through ``opt``.

A plugin built for LLVM N (``LLVMEnzyme-N.so``, or ``ClangEnzyme-N.so``) loads only into
``opt-N``. It is found, in order: the pass option ``enzyme(plugin=PATH)``, ``$ENZYME_PLUGIN``,
then the usual install places (``/usr/lib``, ``/usr/local/lib``, the ``--libdir`` of each
``llvm-config`` found, ``$CONDA_PREFIX/lib``, Homebrew, Spack under ``$SPACK_ROOT/opt``).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from irpass.enzyme.run.handoff import differentiated, prepare, risky_frees
from irpass.enzyme.run.messages import (
    crash_story,
    crashed,
    describe,
    last_fatal,
    read_errors,
    rust_std_hint,
    signal_name,
)
from irpass.enzyme.run.warnings import describe_warning, read_warnings, unknown_names
from irpass.enzyme.sites.markers import markers_as_metadata
from irpass.ir.module import Module
from irpass.ir.writer import print_module
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ModulePass, PassError
from irpass.passes.registry import register

PLUGIN_FILE = re.compile(r"(LLVM|Clang)Enzyme-(\d+)\.(so|dylib)\Z")
NEWEST_LLVM = 22  # the LLVM that writes the IR irpass reads (rustc 1.95, clang 22)
TOOL_TIMEOUT = 60  # seconds, for version queries and parse checks
# LLVM 19 keeps debug info as records (#dbg_value) while running passes; Enzyme 19's cloning
# sometimes leaves records on phis and the function fails verification ("PHI Node must not
# have any attached DbgRecords", seen on rustc -O0 output). With debug info as intrinsics it
# works; that costs about a quarter more time in opt, so it is the retry, not the default.
RECORDS_ON_PHIS = "must not have any attached DbgRecords"
INTRINSICS_FLAG = "--experimental-debuginfo-iterators=false"
MAX_RETRIES = 6  # runs of Enzyme after taking back trees it contradicts (the last: all of them)
HOW_TO_POINT = ("point irpass at it with the pass option enzyme(plugin=/path/to/"
                "LLVMEnzyme-N.so) or the environment variable ENZYME_PLUGIN")


@dataclass(frozen=True)
class Plugin:
    """An Enzyme plugin and the ``opt`` that can load it."""

    path: Path
    llvm: int
    opt: str


def plugin_version(path: Path) -> int | None:
    """The LLVM major version in a plugin's file name (``LLVMEnzyme-19.so`` -> 19)."""
    m = PLUGIN_FILE.search(path.name)
    return int(m.group(2)) if m else None


def llvm_config_libdirs(env: Mapping[str, str]) -> list[Path]:
    """``llvm-config-N --libdir`` (and ``llvm-config``) of each LLVM on the PATH."""
    names: set[str] = set()
    for d in env.get("PATH", "").split(os.pathsep):
        try:
            names.update(p.name for p in Path(d).glob("llvm-config*") if p.is_file())
        except OSError:
            continue
    found = []
    for name in sorted(names):
        tool = shutil.which(name, path=env.get("PATH", ""))
        if tool is None:
            continue
        try:
            out = subprocess.run([tool, "--libdir"], capture_output=True, text=True,
                                 timeout=TOOL_TIMEOUT)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode == 0 and out.stdout.strip():
            found.append(Path(out.stdout.strip()))
    return found


def search_dirs(env: Mapping[str, str]) -> list[Path]:
    """The usual install places of the plugin, most specific first."""
    dirs: list[Path] = []
    if env.get("CONDA_PREFIX"):
        dirs.append(Path(env["CONDA_PREFIX"]) / "lib")
    dirs += [Path("/usr/local/lib"), Path("/usr/lib"), Path("/opt/homebrew/lib"),
             Path("/usr/local/opt/enzyme/lib")]
    dirs += sorted(Path("/usr/lib").glob("llvm-*/lib"))
    dirs += llvm_config_libdirs(env)
    if env.get("SPACK_ROOT"):
        spack = Path(env["SPACK_ROOT"]) / "opt"
        dirs += sorted({p.parent for p in spack.glob("**/*Enzyme-*.*")})
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


def candidates(dirs: list[Path]) -> list[Path]:
    """Plugin files in ``dirs``: LLVMEnzyme before ClangEnzyme, newer LLVM first."""
    found = []
    for d in dirs:
        try:
            found += [p for p in d.iterdir() if PLUGIN_FILE.search(p.name)]
        except OSError:
            continue
    return sorted(found, key=lambda p: (p.name.startswith("Clang"), -(plugin_version(p) or 0),
                                        str(p)))


def opt_version(tool: str) -> int | None:
    """The LLVM major version ``tool --version`` reports."""
    try:
        out = subprocess.run([tool, "--version"], capture_output=True, text=True,
                             timeout=TOOL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r"LLVM version (\d+)", out.stdout + out.stderr)
    return int(m.group(1)) if m else None


def find_opt(llvm: int, env: Mapping[str, str], near: Path | None = None) -> str | None:
    """An ``opt`` of LLVM ``llvm``: ``opt-N``, LLVM's own bin directory, or an ``opt`` (next
    to the plugin's prefix or on the PATH) whose ``--version`` says N."""
    path = env.get("PATH", "")
    named = shutil.which(f"opt-{llvm}", path=path)
    if named:
        return named
    tries = [Path(f"/usr/lib/llvm-{llvm}/bin/opt")]
    if near is not None:
        tries.append(near.parent.parent / "bin" / "opt")
    plain = shutil.which("opt", path=path)
    if plain:
        tries.append(Path(plain))
    for t in tries:
        if t.is_file() and os.access(t, os.X_OK) and opt_version(str(t)) == llvm:
            return str(t)
    return None


def find_plugin(explicit: str = "", env: Mapping[str, str] | None = None,
                dirs: list[Path] | None = None, llvm: int = 0) -> Plugin:
    """The plugin to use and its ``opt``; a ``PassError`` saying how to point at one if none
    is found. ``llvm`` (0: any) asks for a plugin of that LLVM version."""
    env = os.environ if env is None else env
    given = explicit or env.get("ENZYME_PLUGIN", "")
    if given:
        path = Path(given).expanduser()
        source = "enzyme(plugin=...)" if explicit else "ENZYME_PLUGIN"
        if not path.is_file():
            raise PassError(f"enzyme: the plugin {path} given by {source} does not exist")
        version = llvm or plugin_version(path)
        if version is None:
            raise PassError(f"enzyme: cannot tell the LLVM version of {path} from its name "
                            "(expected LLVMEnzyme-N.so); give it with enzyme(llvm=N)")
        opt = find_opt(version, env, path)
        if opt is None:
            raise PassError(f"enzyme: the plugin {path} is for LLVM {version}, but no opt of "
                            f"LLVM {version} was found (looked for opt-{version} and opt)")
        return Plugin(path, version, opt)
    looked = search_dirs(env) if dirs is None else dirs
    skipped = []
    for path in candidates(looked):
        version = plugin_version(path)
        if version is None or (llvm and version != llvm):
            continue
        opt = find_opt(version, env, path)
        if opt is not None:
            return Plugin(path, version, opt)
        skipped.append(f"{path} (no opt of LLVM {version})")
    where = ", ".join(str(d) for d in looked) or "nowhere"
    extra = f"; found but unusable: {', '.join(skipped)}" if skipped else ""
    want = f"LLVMEnzyme-{llvm}.so" if llvm else "LLVMEnzyme-N.so"
    raise PassError(f"enzyme: no Enzyme plugin ({want}) found (looked in {where}){extra}; "
                    f"{HOW_TO_POINT}")


# Globals Enzyme's preserve-nvvm pass reads: custom derivatives (``__enzyme_register_gradient``
# ...), inactive functions and globals, function-like and allocation-like declarations, and
# ``__attribute__((enzyme(...)))`` annotations.
REGISTRATIONS = ("__enzyme_register_", "__enzyme_inactive", "__enzyme_nofree",
                 "__enzyme_function_like", "__enzyme_allocation_like",
                 "__enzyme_sparse_accumulate")


def registers_with_enzyme(module: Module) -> bool:
    """Whether the module tells Enzyme things through globals that only its preserve-nvvm
    pass reads (Enzyme's clang plugin always runs it first; ``-passes=enzyme`` alone ignores
    them, and a registered derivative goes unused)."""
    return any(g.name and (str(g.name) == "llvm.global.annotations" or
                           any(r in str(g.name) for r in REGISTRATIONS))
               for g in module.global_variables)


# ---- the pass ------------------------------------------------------------------------------
@register
@dataclass(frozen=True)
class Enzyme(ModulePass):
    """Differentiate the module with the Enzyme plugin run by opt (reads the whole module;
    writes it back as Enzyme left it). Enzyme's preserve-nvvm runs first when the module
    registers custom derivatives or inactive functions through ``__enzyme_*`` globals.
    Enzyme's warnings are shown located; one that means the derivative may be wrong
    (``irpass.enzyme.run.warnings``) fails the pass unless ``allow`` names its kind. Options:
    plugin (path), opt (optimization level after Enzyme: O0-O3, Os, Oz), flags (extra
    Enzyme options), keep (directory to keep the files in), llvm (the plugin's LLVM
    version; 0 finds it), timeout (seconds), allow (kinds of warning accepted, joined by
    ``+``)."""

    name = "enzyme"
    needs = "none"
    plugin: str = ""
    opt: str = "O0"
    flags: str = ""
    keep: str = ""
    llvm: int = 0
    timeout: int = 600
    allow: str = ""

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        from irpass.parser.lazy import enzyme_roots, materialize_reachable

        plugin = find_plugin(self.plugin, llvm=self.llvm)
        unknown = unknown_names(self.allowed)
        if unknown:
            raise PassError(f"enzyme: allow={'+'.join(unknown)}: no such kind of warning "
                            "(see irpass.enzyme.run.warnings.KINDS)")
        passes = ("preserve-nvvm," if registers_with_enzyme(module) else "") + "enzyme" + \
            self.post_pipeline()
        markers_as_metadata(module)
        materialize_reachable(module, enzyme_roots(module))  # the sites' callers too
        functions = differentiated(module)
        prepare(module, functions)
        names = {f.name for f in functions if f.name}
        risky = risky_frees(module, functions)
        text = print_module(module)
        if self.keep:
            work = Path(self.keep)
            work.mkdir(parents=True, exist_ok=True)
            changed = self.run_in(work, module, text, plugin, passes, names, risky)
        else:
            with tempfile.TemporaryDirectory(prefix="irpass-enzyme-") as tmp:
                changed = self.run_in(Path(tmp), module, text, plugin, passes, names, risky)
        if "-disable-verify" not in self.flags:
            am.mark_verified()  # opt verified its output, which the module now is
        return changed

    @property
    def allowed(self) -> list[str]:
        """The kinds of warning the user accepts (``allow=a+b``)."""
        return [n for n in re.split(r"[+|\s]+", self.allow) if n]

    def post_pipeline(self) -> str:
        level = self.opt.strip().removeprefix("-").upper()
        if level in ("", "O0", "0"):
            return ""
        level = level if level.startswith("O") else "O" + level
        levels = {"O1": "O1", "O2": "O2", "O3": "O3", "OS": "Os", "OZ": "Oz"}
        if level not in levels:
            raise PassError(f"enzyme: opt={self.opt} is not an optimization level "
                            "(O0, O1, O2, O3, Os, Oz)")
        return f",default<{levels[level]}>"

    def run_in(self, work: Path, module: Module, text: str, plugin: Plugin,
               passes: str, reached: set[str] | None = None,
               risky: list[str] | None = None) -> bool:
        from irpass.parser.reader import read_module

        output = work / "output.ll"
        lower = False  # set when the plugin's opt rejects the module as it is
        intrinsics: tuple[str, ...] = ()  # set when Enzyme trips over debug records
        attempt = 0
        while True:
            source, given = self.write_input(work, module, text, plugin, lower)
            command = [plugin.opt, *intrinsics, f"-load-pass-plugin={plugin.path}",
                       f"-passes={passes}", *shlex.split(self.flags), "-S", str(source),
                       "-o", str(output)]
            result = run(command, self.timeout, "Enzyme")
            if result.returncode == 0:
                self.report_warnings(result.stderr, given, module, reached, risky or [])
                break
            if RECORDS_ON_PHIS in result.stderr and not intrinsics:
                intrinsics = (INTRINSICS_FLAG,)
                continue
            if input_rejected(result.stderr, source):
                if lower or plugin.llvm >= NEWEST_LLVM:
                    said = result.stderr.strip()
                    first = next((ln for ln in said.splitlines() if "error:" in ln), "")
                    first = first.split("error:", 1)[1].strip() if first else "(no message)"
                    raise PassError(f"{module.source_name}: error: enzyme: opt-{plugin.llvm} "
                                    f"rejects the module{' even after compat' if lower else ''}"
                                    f": {first}\n{said}")
                lower = True
                continue
            errors = read_errors(result.stderr)
            if not self.take_back(module, errors, result.stderr, last=attempt == MAX_RETRIES):
                if not errors and crashed(result.returncode, result.stderr):
                    raise PassError(self.crash_report(result, command, work, source, module,
                                                      plugin))
                raise PassError(failure(result.stderr, errors, given, module, plugin))
            attempt += 1
            text = print_module(module)
        # Read back only when something looks inside (then lazily: bodies Enzyme did not touch
        # stay text); written out as it came when nothing does. Without opt's first line,
        # which names the temporary input file.
        out_text = output.read_text(encoding="utf-8", errors="surrogateescape")
        if out_text.startswith("; ModuleID = "):
            out_text = out_text[out_text.find("\n") + 1:]
        name = module.source_name
        module.adopt(Module.deferred(out_text, name,
                                     lambda: read_module(out_text, name, lazy=True)))
        return True

    def report_warnings(self, stderr: str, text: str, module: Module,
                        reached: set[str] | None = None, risky: list[str] | None = None
                        ) -> None:
        """Show what Enzyme said on a run that succeeded, located; raise ``PassError`` when
        one of its warnings means the derivative may be wrong and ``allow`` does not name
        its kind. (A free Enzyme cannot pair is such a warning only when a function it
        differentiates in two halves frees that way, ``risky``: see ``risky_frees``.)"""
        warnings = read_warnings(stderr)
        refused = [w for w in warnings if w.unsound and w.kind.name not in self.allowed and
                   (w.kind.name != "unpaired-free" or risky)]
        if risky and any(w in refused for w in warnings if w.kind and
                         w.kind.name == "unpaired-free"):
            sys.stderr.write(f"{module.source_name}: note: functions that free memory Enzyme "
                             f"cannot pair with its allocation: {', '.join(risky)}\n")
        for w in warnings:
            if w not in refused:
                sys.stderr.write(describe_warning(w, text, module, functions=reached) + "\n")
        if refused:
            stories = [describe_warning(w, text, module, "error", reached) for w in refused]
            names = "+".join(dict.fromkeys(w.kind.name for w in refused))
            raise PassError(f"{stories[0]}\n" + "".join(f"{s}\n" for s in stories[1:]) +
                            "the derivative Enzyme wrote may be wrong, so irpass does not "
                            f"write it; enzyme(allow={names}) accepts it")

    def crash_report(self, result: subprocess.CompletedProcess, command: list[str],
                     work: Path, source: Path, module: Module, plugin: Plugin) -> str:
        """``opt`` crashed: which signal, in which stage, where Enzyme was, and the input
        kept (in ``keep``, or a new temporary directory) with the command that reproduces
        it."""
        kept = Path(self.keep) if self.keep else Path(tempfile.mkdtemp(prefix="irpass-enzyme-"))
        if kept.resolve() != work.resolve():
            shutil.copy2(source, kept / source.name)
        again = [kept / source.name if a == str(source) else a for a in command]
        again = [str(a) for a in again]
        again[again.index("-o") + 1] = "/dev/null"
        how = signal_name(result.returncode) or "a fatal error"
        stage = "Enzyme's pass" if "EnzymeNewPM" in result.stderr or \
            "Running pass \"enzyme" in result.stderr else "opt"
        head = (f"{module.source_name}: error: enzyme: opt-{plugin.llvm} crashed with {how} "
                f"in {stage}; its input is kept in {kept / source.name}")
        story = crash_story(result.stderr, plugin.path.name)
        return "\n".join([head, *(f"  {line}" for line in story),
                          f"  to reproduce: {shlex.join(again)}"])

    def write_input(self, work: Path, module: Module, text: str, plugin: Plugin,
                    lower: bool) -> tuple[Path, str]:
        """The file ``opt`` reads, and its text: the module as printed, or lowered by
        ``compat`` for the plugin's LLVM."""
        if not lower:
            source = work / "input.ll"
        else:
            text = self.lowered(text, module.source_name, plugin.llvm)
            source = work / f"input.llvm{plugin.llvm}.ll"
        source.write_text(text, encoding="utf-8", errors="surrogateescape")
        return source, text

    @staticmethod
    def take_back(module: Module, errors: list, stderr: str, last: bool) -> bool:
        """When Enzyme stopped on a contradiction in its type analysis, remove the trees
        ``typeinfo`` wrote that it points at (all that are left on the ``last`` try), warn,
        and say whether Enzyme should run again."""
        from irpass.enzyme.run.annotations import culprits, recorded

        contradiction = any(e.illegal_update for e in errors) or "bad enzyme_type" in stderr
        left = recorded(module)
        if not contradiction or not left:
            return False
        for a in left if last else culprits(errors, left):
            a.remove()
            where = a.location or module.source_name
            sys.stderr.write(f"{where}: warning: Enzyme's type analysis contradicts the type "
                             f"irpass derived for {a.describe()}; irpass dropped it and runs "
                             "Enzyme again\n")
        return True

    @staticmethod
    def lowered(text: str, name: str, llvm: int) -> str:
        from irpass.ir.writer import print_module
        from irpass.parser.reader import read_module
        from irpass.transforms.compat import lower_module

        copy = read_module(text, name)  # the module itself changes only if Enzyme succeeds
        lower_module(copy, llvm)
        return print_module(copy)


def run(command: list[str], timeout: int, what: str) -> subprocess.CompletedProcess:
    """Run ``command``; a tool that cannot start or runs out of time is a ``PassError``."""
    try:
        return subprocess.run(command, capture_output=True, text=True, errors="replace",
                              timeout=timeout)
    except subprocess.TimeoutExpired as e:
        stderr = e.stderr.decode(errors="replace") if isinstance(e.stderr, bytes) else (
            e.stderr or "")
        raise PassError(f"enzyme: {what} did not finish within {timeout} s: "
                        f"{shlex.join(command)}\n{stderr.strip()}") from None
    except OSError as e:
        raise PassError(f"enzyme: cannot run {command[0]}: {e}") from None


def input_rejected(stderr: str, source: Path) -> bool:
    """Whether ``opt`` stopped reading ``source`` (a syntax or verifier error in it), as it
    does on IR of a newer LLVM, rather than in a pass."""
    return f"{source}:" in stderr and "error:" in stderr or "input module is broken" in stderr


def failure(stderr: str, errors: list, text: str, module: Module, plugin: Plugin) -> str:
    """Enzyme's failure in the user's terms: its errors located in the source, or the fatal
    error (and the tail of what opt said) when it gave none."""
    hint = rust_std_hint(stderr, module)
    after = f"\n  {hint}" if hint else ""
    if errors:
        return describe(errors, text, module) + after
    fatal = last_fatal(stderr)
    tail = "\n".join(stderr.strip().splitlines()[-40:]) or "(no message)"
    head = f" ({fatal})" if fatal else ""
    return (f"{module.source_name}: error: enzyme: opt of LLVM {plugin.llvm} with "
            f"{plugin.path.name} failed{head}:\n{tail}{after}")
