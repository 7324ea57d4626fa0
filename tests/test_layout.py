"""Imports point one way: text -> parser -> ir -> printer -> passes -> enzyme -> cli, read as
"may be imported by what comes later". The model (``irpass.ir``) imports nothing but itself,
so that it reads on its own; the parser builds it, the printer and passes use it."""

from __future__ import annotations

import ast

from conftest import ROOT

# What each package may import besides itself (every import, also those inside functions).
ALLOWED = {
    "text": set(),
    "llvm": set(),
    "ir": set(),
    "parser": {"text", "ir"},
    "printer": {"text", "ir"},
    "passes": {"text", "ir", "parser", "printer", "llvm"},
    "enzyme": {"text", "ir", "parser", "printer", "llvm", "passes"},
}


def imports(path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "irpass" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_imports_point_one_way():
    bad = []
    for package, allowed in ALLOWED.items():
        for path in sorted((ROOT / "irpass" / package).glob("*.py")):
            for used in imports(path) - allowed - {package}:
                bad.append(f"{path.relative_to(ROOT)} imports irpass.{used}")
    assert not bad, "\n".join(bad)
    assert "ir" in imports(ROOT / "irpass" / "parser" / "reader.py")  # the check sees imports
