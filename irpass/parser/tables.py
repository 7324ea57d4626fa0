"""The grammar's LALR tables, built once and kept in a file (Lark's ``save``/``_load`` data).

Building the tables from ``grammar/llvm.lark`` takes ~0.4 s, longer than the rest of a run on a
small module, so a process loads them from the first of:

1. the file installed beside the grammar (``irpass/grammar/llvm.tables``, written by the
   ``build_py`` hook in ``setup.py`` into the wheel, or into ``grammar/`` for an editable
   install);
2. the user's cache (``$XDG_CACHE_HOME/irpass``, else ``~/.cache/irpass``), written by the
   first process that had to build them: a temporary file renamed into place, so processes
   started together by ``make -j`` never read a half-written file, and an unwritable cache
   (a read-only home, no home) only means building in every process.

A file is used only when its key matches: a hash of the grammar's text, lark's version, the
parser options and this format, so an edited grammar or another lark builds afresh.

The file is pickled plain data (dicts, lists, strings, numbers: Lark's own serialization); it is
read by an unpickler that refuses any class or function, so a file in the cache cannot run code.

This module imports only lark and the standard library: ``setup.py`` loads it by path.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
from pathlib import Path

import lark

START_RULES = ["module", "entity", "body", "instruction", "function_def_header"]
OPTIONS = dict(parser="lalr", lexer="contextual", start=START_RULES, propagate_positions=True,
               maybe_placeholders=False)
FILE_NAME = "llvm.tables"
FORMAT = "irpass-lalr-tables 1"


def key(grammar: str) -> str:
    """What the tables depend on: the grammar, lark's version, the options, this format."""
    h = hashlib.sha256()
    for part in (FORMAT, lark.__version__, repr(sorted(OPTIONS.items())), grammar):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def build(grammar: str) -> bytes:
    """The tables of ``grammar``, as the bytes of a tables file (a key line, then the data)."""
    parser = lark.Lark(grammar, **OPTIONS)
    data, memo = parser.memo_serialize([lark.lexer.TerminalDef, lark.grammar.Rule])
    body = pickle.dumps({"data": data, "memo": memo}, protocol=4)
    return f"{FORMAT} {key(grammar)}\n".encode("ascii") + body


class _PlainData(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"tables file refers to {module}.{name}")


def read(path: Path, want: str) -> dict | None:
    """The data of the tables file at ``path`` if it exists and its key is ``want``."""
    try:
        with open(path, "rb") as f:
            head = f.readline()
            if head != f"{FORMAT} {want}\n".encode("ascii"):
                return None
            return _PlainData(io.BytesIO(f.read())).load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        return None


def write(path: Path, data: bytes) -> bool:
    """Put ``data`` at ``path`` atomically (a temporary file beside it, then a rename).
    False, and nothing left behind, if the directory cannot be made or written."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False


def cache_dir() -> Path | None:
    """Where a user's cache lives (XDG), or None when there is no home to put it in."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "irpass"
    try:
        return Path.home() / ".cache" / "irpass"
    except RuntimeError:
        return None


def load(grammar: str, installed: list[Path], **options) -> lark.Lark:
    """The parser of ``grammar``: from the first installed tables file whose key matches, else
    from the user's cache, else built (and put in the cache). ``options`` go to Lark's load
    (e.g. ``_plugins``)."""
    want = key(grammar)
    cache = cache_dir()
    cached = cache / f"tables-{want[:32]}" if cache is not None else None
    for path in [*installed, *([cached] if cached is not None else [])]:
        data = read(path, want)
        if data is not None:
            return lark.Lark.__new__(lark.Lark)._load(data, **options)
    made = build(grammar)
    if cached is not None:
        write(cached, made)
    data = _PlainData(io.BytesIO(made.split(b"\n", 1)[1])).load()
    return lark.Lark.__new__(lark.Lark)._load(data, **options)
