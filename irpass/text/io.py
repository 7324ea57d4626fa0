"""Reading input files and writing output files safely.

Input is decoded as UTF-8 with surrogate escapes, so bytes that are not UTF-8 (allowed by
LLVM in comments and strings) come back out unchanged. Output goes to a temporary file in the
target's folder and is renamed over the target only when complete.
"""

from __future__ import annotations

import os
import sys
import tempfile

from irpass.text.diagnostics import Diagnostic, IRError

BITCODE_MAGIC = (b"BC\xc0\xde", b"\xde\xc0\x17\x0b")


def _fail(path: str, message: str) -> IRError:
    return IRError(Diagnostic(path, 0, 0, message))


def read_text(path: str) -> str:
    """The text of ``path`` (``-`` for stdin), or an ``IRError`` saying why not."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            path = "<stdin>"
        else:
            with open(path, "rb") as f:
                data = f.read()
    except IsADirectoryError:
        raise _fail(path, "is a directory, not an LLVM IR file") from None
    except FileNotFoundError:
        raise _fail(path, "no such file") from None
    except OSError as e:
        raise _fail(path, f"cannot read: {e.strerror or e}") from None
    if data.startswith(BITCODE_MAGIC):
        raise _fail(path, "this is LLVM bitcode, not text; convert it with llvm-dis first")
    if b"\x00" in data[:4096]:
        raise _fail(path, "binary file, not LLVM textual IR")
    return data.decode("utf-8", "surrogateescape")


def encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def write_text(path: str, text: str) -> None:
    """Write ``text`` to ``path`` (``-`` for stdout) atomically: all or nothing (a path that
    is a device or a FIFO, as ``/dev/null``, is written into directly)."""
    data = encode(text)
    if path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    if os.path.exists(path) and not os.path.isfile(path):
        # A device, a FIFO (/dev/null, a pipe given as -o): written into as it is. Renaming a
        # file over it would replace /dev/null itself for every process of a root user.
        with open(path, "wb") as f:
            f.write(data)
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".irpass-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if os.path.exists(path):
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
