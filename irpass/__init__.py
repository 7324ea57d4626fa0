"""irpass: read, rewrite and write LLVM IR in Python; the Enzyme front end."""

from __future__ import annotations

from pathlib import Path

from irpass.catalog import install as _install_catalog
from irpass.ir.errors import Error
from irpass.ir.module import Module
from irpass.text.diagnostics import IRError

__version__ = "0.1.0"
__all__ = ["Module", "Error", "IRError", "new_module", "parse", "parse_file", "print_module"]

_install_catalog()  # irpass's own passes and analyses, by name (imported when first used)


def parse(text: str, name: str = "<input>", lazy: bool = False) -> Module:
    """Parse LLVM textual IR into a ``Module``; raises ``IRError`` on malformed input.

    ``lazy``: parse function bodies on first use of ``fn.blocks`` and print untouched ones
    as they came in (see ``irpass.parser.lazy`` for what that leaves unchecked).
    """
    from irpass.parser.reader import read_module

    return read_module(text, name, lazy)


def parse_file(path: str | Path, lazy: bool = False) -> Module:
    """Parse a ``.ll`` file (``-`` is not accepted here; see ``irpass.text.io``)."""
    from irpass.text.io import read_text

    return parse(read_text(str(path)), str(path), lazy)


def new_module(name: str = "<module>") -> Module:
    """An empty module to build in (``irpass.ir.builder``); it reads text as a parsed one
    does (``IRBuilder.parse_instruction``)."""
    return parse("", name)


def print_module(module: Module) -> str:
    """The module as LLVM text."""
    from irpass.ir.writer import print_module as _print

    return _print(module)
