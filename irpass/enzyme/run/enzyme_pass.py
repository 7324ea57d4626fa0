"""The ``enzyme`` pass: the module handed to the Enzyme plugin through ``opt``, what Enzyme
is told first (``handoff``), what it says (``messages``, ``warnings``), and the trees it
contradicts taken back (``annotations``).
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from irpass.enzyme.run.handoff import differentiated, prepare, risky_frees
from irpass.enzyme.run.messages import (
    EnzymeDiagnostic,
    crash_story,
    crashed,
    describe,
    last_fatal,
    read_errors,
    rust_std_hint,
    signal_name,
)
from irpass.enzyme.run.plugin import Plugin, find_plugin
from irpass.enzyme.run.warnings import describe_warning, read_warnings, unknown_names
from irpass.enzyme.sites.markers import markers_as_metadata
from irpass.enzyme.sites.sites import reachable_from_sites
from irpass.enzyme.types.annotations import Annotation
from irpass.ir.module import Module
from irpass.ir.verifier import verify_functions
from irpass.ir.writer import print_module
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ModulePass, PassError

NEWEST_LLVM = 22  # the LLVM that writes the IR irpass reads (rustc 1.95, clang 22)
# LLVM 19 keeps debug info as records (#dbg_value) while running passes; Enzyme 19's cloning
# sometimes leaves records on phis and the function fails verification ("PHI Node must not
# have any attached DbgRecords", seen on rustc -O0 output). With debug info as intrinsics it
# works; that costs about a quarter more time in opt, so it is the retry, not the default.
RECORDS_ON_PHIS = "must not have any attached DbgRecords"
INTRINSICS_FLAG = "--experimental-debuginfo-iterators=false"
MAX_RETRIES = 6  # runs of Enzyme after taking back trees it contradicts (the last: all of them)

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
        plugin = find_plugin(self.plugin, llvm=self.llvm)
        unknown = unknown_names(self.allowed)
        if unknown:
            raise PassError(f"enzyme: allow={'+'.join(unknown)}: no such kind of warning "
                            "(see irpass.enzyme.run.warnings.KINDS)")
        passes = ("preserve-nvvm," if registers_with_enzyme(module) else "") + "enzyme" + \
            self.post_pipeline()
        markers_as_metadata(module)
        reachable_from_sites(module)  # the sites' callers too
        functions = differentiated(module)
        prepare(module, functions)
        broken = verify_functions(module, functions)
        if broken:  # never hand Enzyme a module irpass broke: its crash would hide the cause
            raise PassError("enzyme: irpass's rewrites before Enzyme (irpass.enzyme.run."
                            "handoff) left a module LLVM would refuse; this is a bug of "
                            "irpass, nothing was given to Enzyme:\n" + "\n".join(broken))
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
    def take_back(module: Module, errors: list[EnzymeDiagnostic], stderr: str, last: bool
                  ) -> bool:
        """When Enzyme stopped on a contradiction in its type analysis, remove the type trees
        (``typeinfo``'s, found in the IR) that it points at (all that are left on the
        ``last`` try), warn, and say whether Enzyme should run again."""
        from irpass.enzyme.types.annotations import type_trees

        contradiction = any(e.illegal_update for e in errors) or "bad enzyme_type" in stderr
        left = type_trees(module) if contradiction else []
        if not left:
            return False
        for a in left if last else culprits(errors, left):
            a.remove()
            where = a.source()[1] or module.source_name
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


def culprits(errors: list[EnzymeDiagnostic], annotations: list[Annotation]
             ) -> list[Annotation]:
    """The trees the errors point at: those the message prints, in the functions it names;
    failing that, any it prints; failing that, every one in the functions it names; failing
    that, all of them (Enzyme then runs as it would alone)."""
    if not annotations:
        return []
    trees = {t for e in errors for t in e.trees}
    scope = {f for e in errors for f in e.functions}
    in_scope = [a for a in annotations if a.function.name in scope]
    for pick in ([a for a in in_scope if a.tree in trees],
                 [a for a in annotations if a.tree in trees],
                 in_scope):
        if pick:
            return pick
    return list(annotations)
