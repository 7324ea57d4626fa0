"""Loading the Lark grammar (``grammar/llvm.lark``) into an LALR parser."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import lark
from lark import Tree
from lark.parse_tree_builder import PropagatePositions
from lark.tree import Meta

from irpass.parser import tables
from irpass.parser.tables import START_RULES

__all__ = ["START_RULES", "TOKEN_TYPES", "grammar_text", "parser", "lean_positions"]

try:  # lark-cython's tokens are their own class; code checks tokens against both
    from lark_cython.lark_cython import Token as _CythonToken  # type: ignore[import-not-found]

    TOKEN_TYPES: tuple[type, ...] = (lark.Token, _CythonToken)
except ImportError:  # pragma: no cover - depends on what is installed
    TOKEN_TYPES = (lark.Token,)

_HERE = Path(__file__).resolve()
# The grammar's directory in a checkout (also what an editable install maps irpass.grammar to),
# then in an installed package.
_GRAMMAR_DIRS = (_HERE.parents[2] / "grammar", _HERE.parents[1] / "grammar")


def grammar_dir() -> Path:
    """The directory of ``llvm.lark`` (and of the installed ``llvm.tables``)."""
    for d in _GRAMMAR_DIRS:
        if (d / "llvm.lark").is_file():
            return d
    from importlib import resources  # a package not on a plain file system

    return Path(str(resources.files("irpass.grammar")))


def grammar_text() -> str:
    """The grammar: from the source tree when run from a checkout, else from the package."""
    return (grammar_dir() / "llvm.lark").read_text(encoding="utf-8")


@lru_cache(maxsize=2)
def parser(cython: bool = True) -> lark.Lark:
    """The LALR parser (made once per process; it is immutable once made), from the prebuilt
    tables (``irpass.parser.tables``).

    Uses lark-cython's faster parser when that package is installed, unless ``cython`` is
    False (the tests compare the two).
    """
    plugins = {}
    if cython:
        try:
            import lark_cython  # type: ignore[import-not-found]
        except ImportError:
            pass
        else:
            plugins = lark_cython.plugins
    text = grammar_text()
    built = tables.load(text, [grammar_dir() / tables.FILE_NAME], _plugins=plugins)
    lean_positions(built)
    return built


def lean_positions(built: lark.Lark) -> None:
    """Replace lark's position tracking by one that records offsets only.

    The reader only uses ``meta.start_pos``/``meta.end_pos``; lark's ``PropagatePositions``
    also records lines and columns through getattr/hasattr chains, which is about a third of
    the time of a parse. The rule for spans is lark's: a node starts where its first child
    (token, or non-empty node's container) starts and ends where its last one ends.
    """
    callbacks = built._callbacks  # the dict the LALR parser calls (built or loaded)
    for rule, callback in list(callbacks.items()):
        if isinstance(callback, PropagatePositions) and callback.node_filter is None:
            callbacks[rule] = _positions(callback.node_builder)


def _positions(build):
    tree = Tree
    new_meta = Meta

    def call(children):
        res = build(children)
        if isinstance(res, tree):
            for c in children:
                if isinstance(c, tree):
                    m = c._meta
                    if m is None or m.empty:
                        continue
                    start = m.container_start_pos
                else:
                    start = c.start_pos
                break
            else:
                return res  # no child takes up text: the node stays empty, as in lark
            end = start
            for c in reversed(children):
                if isinstance(c, tree):
                    m = c._meta
                    if m is None or m.empty:
                        continue
                    end = m.container_end_pos
                else:
                    end = c.end_pos
                break
            meta = res._meta
            if meta is None:
                meta = res._meta = new_meta()
            if meta.empty:
                meta.start_pos = start
                meta.end_pos = end
                meta.empty = False
            meta.container_start_pos = start
            meta.container_end_pos = end
        return res

    return call
