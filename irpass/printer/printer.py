"""Printing a module: ``print_module(module)``, ``print_function(fn)``.

The text of each entity is the model's own (``irpass.ir.writer``, as LLVM's AsmWriter is part
of its IR library, so that ``str(inst)`` works on the model alone); these are the names the
rest of irpass prints modules with.
"""

from __future__ import annotations

from irpass.ir.writer import LocalNamer, Printer, format_md_kind, print_function, print_module

__all__ = ["LocalNamer", "Printer", "format_md_kind", "print_function", "print_module"]
