"""The build hook: the grammar's LALR tables are built here, once, and installed beside it.

Everything else about the package is in pyproject.toml. A wheel gets
``irpass/grammar/llvm.tables``; an editable install gets ``grammar/llvm.tables`` in the source
tree (what ``irpass.grammar`` maps to). See ``irpass/parser/tables.py`` for how they are read.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _tables_module():
    # By path: importing the irpass package would need its dependencies at build time.
    spec = importlib.util.spec_from_file_location("_irpass_tables",
                                                  ROOT / "irpass" / "parser" / "tables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithTables(build_py):
    """``build_py``, then the LALR tables of ``grammar/llvm.lark`` beside the grammar."""

    def run(self) -> None:
        super().run()
        tables = _tables_module()
        grammar = (ROOT / "grammar" / "llvm.lark").read_text(encoding="utf-8")
        if self.editable_mode:
            target = ROOT / "grammar" / tables.FILE_NAME
        else:
            target = Path(self.build_lib) / "irpass" / "grammar" / tables.FILE_NAME
        if not tables.write(target, tables.build(grammar)):
            raise OSError(f"cannot write the LALR tables to {target}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if not self.editable_mode:
            outputs.append(str(Path(self.build_lib) / "irpass" / "grammar" / "llvm.tables"))
        return outputs


setup(cmdclass={"build_py": BuildPyWithTables})
