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
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from irpass.ir.module import Module
from irpass.passes.analysis import AnalysisManager
from irpass.passes.base import ModulePass, PassError
from irpass.passes.registry import register

PLUGIN_FILE = re.compile(r"(LLVM|Clang)Enzyme-(\d+)\.(so|dylib)\Z")
NEWEST_LLVM = 22  # the LLVM that writes the IR irpass reads (rustc 1.95, clang 22)
TOOL_TIMEOUT = 60  # seconds, for version queries and parse checks
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


# ---- the pass ------------------------------------------------------------------------------
@register
@dataclass(frozen=True)
class Enzyme(ModulePass):
    """Differentiate the module with the Enzyme plugin run by opt (reads the whole module;
    writes it back as Enzyme left it). Options: plugin (path), opt (optimization level after
    Enzyme: O0-O3, Os, Oz), flags (extra Enzyme options), keep (directory to keep the files
    in), llvm (the plugin's LLVM version; 0 finds it), timeout (seconds)."""

    name = "enzyme"
    needs = "none"
    plugin: str = ""
    opt: str = "O0"
    flags: str = ""
    keep: str = ""
    llvm: int = 0
    timeout: int = 600

    def apply(self, module: Module, am: AnalysisManager) -> bool:
        from irpass.printer.printer import print_module

        plugin = find_plugin(self.plugin, llvm=self.llvm)
        passes = "enzyme" + self.post_pipeline()
        text = print_module(module)
        if self.keep:
            work = Path(self.keep)
            work.mkdir(parents=True, exist_ok=True)
            changed = self.run_in(work, module, text, plugin, passes)
        else:
            with tempfile.TemporaryDirectory(prefix="irpass-enzyme-") as tmp:
                changed = self.run_in(Path(tmp), module, text, plugin, passes)
        if "-disable-verify" not in self.flags:
            am.mark_verified()  # opt verified its output, which the module now is
        return changed

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
               passes: str) -> bool:
        from irpass.parser.reader import read_module

        source = work / "input.ll"
        source.write_text(text, encoding="utf-8", errors="surrogateescape")
        if plugin.llvm < NEWEST_LLVM and self.rejected(plugin, source) is not None:
            text = self.lowered(text, module.source_name, plugin.llvm)
            source = work / f"input.llvm{plugin.llvm}.ll"
            source.write_text(text, encoding="utf-8", errors="surrogateescape")
            problem = self.rejected(plugin, source)
            if problem is not None:
                raise PassError(f"enzyme: opt of LLVM {plugin.llvm} rejects the module even "
                                f"after compat(llvm={plugin.llvm}):\n{problem}")
        output = work / "output.ll"
        command = [plugin.opt, f"-load-pass-plugin={plugin.path}", f"-passes={passes}",
                   *shlex.split(self.flags), "-S", str(source), "-o", str(output)]
        result = run(command, self.timeout, "Enzyme")
        if result.returncode != 0:
            raise PassError(enzyme_failure(result.stderr, text, module, plugin))
        out_text = output.read_text(encoding="utf-8", errors="surrogateescape")
        replace_contents(module, read_module(out_text, module.source_name))
        return True

    def rejected(self, plugin: Plugin, source: Path) -> str | None:
        """None when ``plugin.opt`` reads and verifies ``source``, else its message."""
        result = run([plugin.opt, "-passes=verify", "-disable-output", str(source)],
                     self.timeout, f"opt of LLVM {plugin.llvm}")
        return None if result.returncode == 0 else result.stderr.strip()

    @staticmethod
    def lowered(text: str, name: str, llvm: int) -> str:
        from irpass.enzyme.compat import lower_module
        from irpass.parser.reader import read_module
        from irpass.printer.printer import print_module

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


def replace_contents(module: Module, new: Module) -> None:
    """Make ``module`` hold what ``new`` holds (entities, globals, types, metadata), so the
    object the pass manager has is the changed module."""
    from irpass.ir.function import Function
    from irpass.ir.module import GlobalAlias, GlobalVariable

    source_name = module.source_name
    module.__dict__.update(new.__dict__)
    module.source_name = source_name
    for e in module.entities:
        if isinstance(e, (Function, GlobalVariable, GlobalAlias)):
            e.module = module


# ---- Enzyme's messages -----------------------------------------------------------------
_LOCATED = re.compile(r"^(?:error: )?(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                      r"(?:in function (?P<fn>\S+)[^:]*: )?(?P<msg>.*)$")
_CONTEXT = re.compile(r"^\s*at context:\s*(?P<inst>.*)$")
_DBG = re.compile(r"!dbg !(\d+)")


def enzyme_failure(stderr: str, text: str, module: Module, plugin: Plugin) -> str:
    """Enzyme's failure as diagnostics: ``file:line:col: error: message``, with the source
    location of the instruction when Enzyme gave none, and the function it was in."""
    lines = stderr.strip().splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _LOCATED.match(lines[i])
        if m is None or m.group("file") in ("warning", "note"):
            i += 1
            continue
        context = ""
        if i + 1 < len(lines) and _CONTEXT.match(lines[i + 1]):
            context = _CONTEXT.match(lines[i + 1]).group("inst").strip()  # type: ignore[union-attr]
            i += 1
        where = f"{m.group('file')}:{m.group('line')}:{m.group('col')}"
        fn = (m.group("fn") or "").removeprefix("preprocess_")
        if m.group("file") == "<unknown>":
            where = (context_location(context, module)
                     or ir_location(context, text, module.source_name, fn))
        detail = f"\n  in @{fn}" if fn else ""
        if context:
            detail += f"{':' if fn else ''} `{_DBG.sub('', context).rstrip(', ')}`"
        out.append(f"{where}: error: {m.group('msg')}{detail}")
        i += 1
    if not out:
        tail = "\n".join(lines[-40:]) or "(no message)"
        return f"enzyme: opt of LLVM {plugin.llvm} with {plugin.path.name} failed:\n{tail}"
    return "Enzyme failed:\n" + "\n".join(out)


def ir_location(instruction: str, text: str, name: str, fn: str) -> str:
    """``name:line:col`` of an instruction Enzyme printed, in the IR given to Enzyme
    (searched for in function ``fn``; Enzyme renumbers attribute groups, so without them)."""
    wanted = re.sub(r"(\s+#\d+)+$", "", _DBG.sub("", instruction).split(", !")[0].strip())
    header = re.search(rf"^define [^\n]*@{re.escape(fn)}\(", text, re.M) if fn else None
    at = text.find(wanted, header.start() if header else 0) if wanted else -1
    if at < 0:
        return f"{name}:0:0"
    line = text.count("\n", 0, at) + 1
    return f"{name}:{line}:{at - text.rfind(chr(10), 0, at)}"


def context_location(instruction: str, module: Module) -> str | None:
    """``file:line:col`` of the ``!dbg`` of an instruction Enzyme printed, if it has one."""
    m = _DBG.search(instruction)
    if m is None:
        return None
    return dilocation_text(module, int(m.group(1)))


def dilocation_text(module: Module, md_id: int) -> str | None:
    from irpass.ir.metadata import MDRef

    loc = module.metadata.get(md_id)
    if loc is None or loc.kind != "DILocation":
        return None
    scope = loc.get("scope")
    filename = "<unknown>"
    for _ in range(64):  # scopes lead to a file or a subprogram with one
        node = module.metadata.get(scope.id) if isinstance(scope, MDRef) else None
        if node is None:
            break
        file_ref = node.get("file") if node.kind != "DIFile" else MDRef(node.id or 0)
        file_node = module.metadata.get(file_ref.id) if isinstance(file_ref, MDRef) else None
        if file_node is not None and file_node.kind == "DIFile":
            filename = str(file_node.get("filename"))
            break
        scope = node.get("scope")
    return f"{filename}:{loc.get('line', 0)}:{loc.get('column', 0)}"
