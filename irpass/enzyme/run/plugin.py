"""Finding the Enzyme plugin, and the ``opt`` that loads it.

A plugin built for LLVM N (``LLVMEnzyme-N.so``, or ``ClangEnzyme-N.so``) loads only into
``opt-N``. It is found, in order: the pass option ``enzyme(plugin=PATH)``, ``$ENZYME_PLUGIN``,
then the usual install places (``/usr/lib``, ``/usr/local/lib``, the ``--libdir`` of each
``llvm-config`` found, ``$CONDA_PREFIX/lib``, Homebrew, Spack under ``$SPACK_ROOT/opt``).
The ``enzyme`` pass that runs it is ``irpass.enzyme.run.enzyme_pass``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from irpass.llvm.tools import opt_version
from irpass.passes.base import PassError

PLUGIN_FILE = re.compile(r"(LLVM|Clang)Enzyme-(\d+)\.(so|dylib)\Z")
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
