"""Loading the Lark grammar (``grammar/llvm.lark``) into an LALR parser."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import lark
from lark import Tree
from lark.parse_tree_builder import PropagatePositions
from lark.tree import Meta

START_RULES = ["module", "entity", "body", "instruction", "function_def_header"]

try:  # lark-cython's tokens are their own class; code checks tokens against both
    from lark_cython.lark_cython import Token as _CythonToken  # type: ignore[import-not-found]

    TOKEN_TYPES: tuple[type, ...] = (lark.Token, _CythonToken)
except ImportError:  # pragma: no cover - depends on what is installed
    TOKEN_TYPES = (lark.Token,)


def grammar_text() -> str:
    """The grammar: from the source tree when run from a checkout, else from the package."""
    checkout = Path(__file__).resolve().parents[2] / "grammar" / "llvm.lark"
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    return resources.files("irpass.grammar").joinpath("llvm.lark").read_text(encoding="utf-8")


@lru_cache(maxsize=2)
def parser(lexer: str = "contextual") -> lark.Lark:
    """The LALR parser (built once per process; it is immutable once built).

    Uses lark-cython's faster parser when that package is installed.
    """
    options = dict(parser="lalr", lexer=lexer, start=START_RULES, propagate_positions=True,
                   maybe_placeholders=False, cache=False)
    try:
        import lark_cython  # type: ignore[import-not-found]
    except ImportError:
        built = lark.Lark(grammar_text(), **options)
    else:
        built = lark.Lark(grammar_text(), _plugins=lark_cython.plugins, **options)
    lean_positions(built)
    return built


def lean_positions(built: lark.Lark) -> None:
    """Replace lark's position tracking by one that records offsets only.

    The reader only uses ``meta.start_pos``/``meta.end_pos``; lark's ``PropagatePositions``
    also records lines and columns through getattr/hasattr chains, which is about a third of
    the time of a parse. The rule for spans is lark's: a node starts where its first child
    (token, or non-empty node's container) starts and ends where its last one ends.
    """
    callbacks = built.parser.parser.parser_conf.callbacks
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
