"""The LLVM bitcode of a Rust toolchain's standard library, and an index of what it defines.

Every rlib under ``<sysroot>/lib/rustlib/<target>/lib`` is an ``ar`` archive of objects; each
object compiled by rustc carries the LLVM bitcode it was made from in its ``.llvmbc`` section
(LLVM bitcode of the toolchain's LLVM). ``StdIndex.open`` extracts that bitcode once per
toolchain and target (reading the archive and the ELF section here, no binutils needed),
disassembles it with the toolchain's ``llvm-dis`` and records, for each global a member
defines, its kind, linkage and the globals it refers to. What it made is kept under the user's
cache (``$XDG_CACHE_HOME/irpass``, else ``~/.cache/irpass``) in a directory named by a key of
the sysroot, the target, ``rustc -vV`` and the rlibs' names, sizes and times: built in a
temporary directory and renamed into place, under a lock, so that processes started together
by ``make -j`` build it once and never read half of it; with no writable cache it is built for
the run in a temporary directory.

Reads: the rlibs. Writes: the cache directory (bitcode files and ``index.json``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from irpass.ir.names import unescape
from irpass.parser.split import iter_split
from irpass.parser.tables import cache_dir
from irpass.passes.base import PassError

FORMAT = "irpass-rust-std-index 2"
# Runtime builtins (memcpy, __udivti3, libm's functions, profiling): LLVM and Enzyme know them
# by name, and their bodies would only hide that.
SKIPPED_CRATES = ("compiler_builtins", "profiler_builtins")
TOOL_TIMEOUT = 300

LINKAGES = frozenset({"private", "internal", "available_externally", "linkonce", "weak",
                      "common", "appending", "extern_weak", "linkonce_odr", "weak_odr",
                      "external"})
LOCAL = frozenset({"private", "internal"})
_REF = re.compile(r'@(?:"([^"]*)"|([-a-zA-Z$._][-a-zA-Z$._0-9]*)|(\d+))')
_CSTRING = re.compile(r'c"[^"]*"')
_GLOBAL_HEAD = re.compile(r'@(?:"([^"]*)"|([-a-zA-Z$._][-a-zA-Z$._0-9]*)|(\d+)) = ([^\n]*)')


@dataclass(frozen=True)
class Symbol:
    """A global a member defines: kind ``f`` (function), ``v`` (variable) or ``a`` (alias),
    its linkage, whether it is constant or thread-local, and the globals it refers to."""

    name: str
    kind: str
    linkage: str
    constant: bool
    thread_local: bool
    refs: tuple[str, ...]

    @property
    def local(self) -> bool:
        return self.linkage in LOCAL


# ---- reading rlibs ---------------------------------------------------------------------------
def ar_members(data: bytes) -> Iterator[tuple[str, bytes]]:
    """The (name, contents) of each member of a System V / GNU ``ar`` archive."""
    if not data.startswith(b"!<arch>\n"):
        raise ValueError("not an ar archive")
    pos = 8
    names = b""
    while pos + 60 <= len(data):
        header = data[pos:pos + 60]
        name = header[:16].decode("ascii", "replace").rstrip()
        size = int(header[48:58].decode("ascii").strip() or 0)
        body = data[pos + 60:pos + 60 + size]
        pos += 60 + size + (size & 1)
        if name == "//":  # the GNU table of long names
            names = body
            continue
        if name in ("/", "/SYM64/", "__.SYMDEF", "__.SYMDEF SORTED"):
            continue
        if name.startswith("/") and name[1:].isdigit():
            start = int(name[1:])
            end = names.find(b"/\n", start)
            name = names[start:end if end >= 0 else len(names)].decode("utf-8", "replace")
        elif name.startswith("#1/"):  # BSD: the name leads the body
            n = int(name[3:])
            name, body = body[:n].rstrip(b"\0").decode("utf-8", "replace"), body[n:]
        else:
            name = name.rstrip("/")
        yield name, body


def elf_section(data: bytes, wanted: str) -> bytes | None:
    """The contents of the section named ``wanted`` of a 64-bit little-endian ELF object."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    if shoff == 0 or shnum == 0:
        return None

    def section(i: int) -> tuple[int, int, int]:
        name, _, _, _, offset, size = struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize)
        return name, offset, size

    _, str_off, str_size = section(shstrndx)
    strings = data[str_off:str_off + str_size]
    for i in range(shnum):
        name, offset, size = section(i)
        end = strings.find(b"\0", name)
        if strings[name:end].decode("ascii", "replace") == wanted:
            return data[offset:offset + size]
    return None


def rlib_bitcode(path: Path) -> Iterator[tuple[str, bytes]]:
    """(member name, LLVM bitcode) of each object in an rlib that carries its bitcode."""
    for name, body in ar_members(path.read_bytes()):
        if name.endswith(".o"):
            bitcode = elf_section(body, ".llvmbc")
            if bitcode:
                yield name, bitcode


# ---- scanning disassembled bitcode --------------------------------------------------------------
def _name(m: re.Match) -> str:
    if m.group(1) is not None:
        return unescape(m.group(1))
    return m.group(2) if m.group(2) is not None else m.group(3)


def _linkage(words: list[str]) -> str:
    for w in words:
        if w in LINKAGES:
            return w
    return "external"


def scan(text: str) -> list[Symbol]:
    """The globals a disassembled module defines, with what each refers to."""
    out = []
    for chunk in iter_split(text):
        body = chunk.text
        if chunk.kind == "define":
            head = body[:body.find("\n")] if "\n" in body else body
            m = _REF.search(head)  # the first @ of a define's line is its name
            if m is None:
                continue
            name = _name(m)
            kind, linkage, constant, tls = "f", _linkage(head[:m.start()].split()), False, False
        elif body.startswith("@"):
            m = _GLOBAL_HEAD.match(body)
            if m is None:
                continue
            name = _name(m)
            words = m.group(4).split()
            if "external" in words[:1] or "extern_weak" in words[:1]:
                continue  # a declaration
            if "alias" in words or "ifunc" in words:
                kind = "a"
            elif "global" in words or "constant" in words:
                kind = "v"
            else:
                continue
            linkage = _linkage(words[:words.index("alias")] if "alias" in words else words[:4])
            constant = kind == "v" and "constant" in words[:8]
            tls = any(w.startswith("thread_local") for w in words[:6])
        else:
            continue
        refs = sorted({_name(r) for r in _REF.finditer(_CSTRING.sub("", body))} - {name})
        out.append(Symbol(name, kind, linkage, constant, tls, tuple(refs)))
    return out


# ---- the index -------------------------------------------------------------------------------
@dataclass
class Member:
    """One object's bitcode (a file in the index directory) and the globals it defines."""

    file: Path
    symbols: dict[str, Symbol]


class StdIndex:
    """The index of a toolchain's std bitcode for one target: which member defines a symbol,
    and what every definition refers to."""

    def __init__(self, directory: Path, members: list[Member]) -> None:
        self.directory = directory
        self.members = members
        self.definer: dict[str, Member] = {}
        for m in members:  # members in a fixed order: the first strong definition wins
            for s in m.symbols.values():
                if not s.local and s.linkage not in ("available_externally", "extern_weak") \
                        and s.name not in self.definer:
                    self.definer[s.name] = m

    @classmethod
    def open(cls, sysroot: Path, target: str, rustc_version: str, llvm_dis: str,
             cache: Path | None = None) -> StdIndex:
        """The index of ``sysroot``'s libraries for ``target``: from the cache, else built
        (and put in the cache if it can be written)."""
        libdir = sysroot / "lib" / "rustlib" / target / "lib"
        rlibs = sorted(p for p in libdir.glob("*.rlib")
                       if not p.name.startswith(tuple(f"lib{c}-" for c in SKIPPED_CRATES)))
        if not rlibs:
            raise PassError(f"rust-std: no rlibs for {target} in {libdir} (install the target "
                            f"with rustup target add {target})")
        key = cache_key(sysroot, target, rustc_version, rlibs)
        root = cache if cache is not None else cache_dir()
        if root is not None:
            final = root / f"rust-std-{key[:24]}"
            found = cls.read(final)
            if found is not None:
                return found
            with _locked(root / f".rust-std-{key[:24]}.lock"):
                found = cls.read(final)
                if found is not None:
                    return found
                built = _build_into(root, final, rlibs, llvm_dis, key)
                if built is not None:
                    return built
            sys.stderr.write(f"irpass: warning: cannot write the cache {root}; std's bitcode "
                             "is extracted for this run only\n")
        tmp = Path(tempfile.mkdtemp(prefix="irpass-rust-std-"))
        build(tmp, rlibs, llvm_dis, key)
        index = cls.read(tmp)
        assert index is not None
        return index

    @classmethod
    def read(cls, directory: Path) -> StdIndex | None:
        try:
            data = json.loads((directory / "index.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("format") != FORMAT:
            return None
        members = []
        for m in data["members"]:
            symbols = {s[0]: Symbol(s[0], s[1], s[2], bool(s[3] & 1), bool(s[3] & 2),
                                    tuple(s[4])) for s in m["symbols"]}
            members.append(Member(directory / m["file"], symbols))
        return cls(directory, members)


def cache_key(sysroot: Path, target: str, rustc_version: str, rlibs: list[Path]) -> str:
    h = hashlib.sha256()
    parts = [FORMAT, str(sysroot.resolve()), target, rustc_version]
    for p in rlibs:
        st = p.stat()
        parts.append(f"{p.name} {st.st_size} {st.st_mtime_ns}")
    for part in parts:
        h.update(part.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
    return h.hexdigest()


@contextlib.contextmanager
def _locked(path: Path):
    """Hold an exclusive lock on ``path`` (nothing when it cannot be made)."""
    try:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        f = open(path, "a")
    except (ImportError, OSError):
        yield
        return
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX)
        except OSError:
            pass
        yield


def _build_into(root: Path, final: Path, rlibs: list[Path], llvm_dis: str,
                key: str) -> StdIndex | None:
    """Build in a temporary directory beside ``final`` and rename it into place; None when
    the cache cannot be written."""
    try:
        tmp = Path(tempfile.mkdtemp(prefix=".rust-std-", dir=root))
    except OSError:
        return None
    try:
        build(tmp, rlibs, llvm_dis, key)
        os.chmod(tmp, 0o755)
        try:
            os.rename(tmp, final)
        except OSError:
            if not (final / "index.json").exists():
                raise
    except OSError:
        return None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return StdIndex.read(final)


def build(directory: Path, rlibs: list[Path], llvm_dis: str, key: str) -> None:
    """Extract each rlib's bitcode into ``directory`` and write ``index.json`` there."""
    members = []
    for rlib in rlibs:
        crate = rlib.stem
        for name, bitcode in rlib_bitcode(rlib):
            file = f"{crate}.{name[:-2]}.bc"
            (directory / file).write_bytes(bitcode)
            text = disassemble(llvm_dis, directory / file)
            symbols = [[s.name, s.kind, s.linkage, int(s.constant) | 2 * int(s.thread_local),
                        list(s.refs)] for s in scan(text)]
            members.append({"file": file, "rlib": rlib.name, "symbols": symbols})
    data = {"format": FORMAT, "key": key, "members": members}
    path = directory / "index.json"
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


def disassemble(llvm_dis: str, bitcode: Path) -> str:
    try:
        r = subprocess.run([llvm_dis, str(bitcode), "-o", "-"], capture_output=True,
                           timeout=TOOL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise PassError(f"rust-std: cannot run {llvm_dis}: {e}") from None
    if r.returncode != 0:
        raise PassError(f"rust-std: {llvm_dis} cannot read {bitcode.name} (is it the LLVM of "
                        f"the toolchain?):\n{r.stderr.decode(errors='replace').strip()}")
    return r.stdout.decode("utf-8", "surrogateescape")
