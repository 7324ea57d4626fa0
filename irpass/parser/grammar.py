"""Loading the Lark grammar (``grammar/llvm.lark``) into an LALR parser."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import lark

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
        return lark.Lark(grammar_text(), **options)
    return lark.Lark(grammar_text(), _plugins=lark_cython.plugins, **options)
