"""The architecture, checked on the AST of every module of irpass (docs/architecture.md says
it in words):

- the layers: each top-level folder imports only folders of lower layers (and itself):
  ``ir`` (the model) imports nothing else of irpass; ``text`` and ``llvm`` only ``ir``'s
  error root; then ``parser``, ``passes``, ``transforms``, ``enzyme``, and the top (the
  modules at ``irpass/``: the API, the command, the catalog);
- no import circle between folders (sub-folders included: ``enzyme/sites``, ``enzyme/types``,
  ``enzyme/rust``, ``enzyme/run``, ``passes/analyses``);
- no string import of a module (``importlib.import_module("...")``, ``__import__``): the
  catalog registers the built-in passes and analyses with plain imports in small loaders;
- ``parser/`` and ``passes/`` do not mention Enzyme;
- every exception class derives from the one root, ``irpass.ir.errors.Error``;
- no module over 600 lines;
- every module ``docs/architecture.md`` names exists.

Every import counts, also those inside functions and under ``if TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "irpass"
# Top-level folders by layer: a folder may import only folders of a lower layer.
LAYERS = {"ir": 0, "text": 1, "llvm": 1, "parser": 2, "passes": 3, "transforms": 4,
          "enzyme": 5, "": 6}
MAX_LINES = 600


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if ".venv" not in p.parts)


def dotted(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def folder_of_module(name: str) -> str:
    """The folder (``enzyme/sites``, ``""`` for irpass itself) of a dotted module name."""
    parts = name.split(".")[1:]
    path = PACKAGE.joinpath(*parts)
    if path.is_dir():
        return "/".join(parts)
    return "/".join(parts[:-1])


def folder(path: Path) -> str:
    rel = path.parent.relative_to(PACKAGE)
    return "" if str(rel) == "." else rel.as_posix()


def imported(path: Path) -> list[str]:
    """The irpass modules ``path`` imports (a name imported from a package is taken as its
    submodule when it is one)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "irpass":
                continue
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                is_module = PACKAGE.joinpath(*sub.split(".")[1:]).with_suffix(".py").is_file()
                out.append(sub if is_module else node.module)
        elif isinstance(node, ast.Import):
            out.extend(a.name for a in node.names if a.name.split(".")[0] == "irpass")
    return out


def top(folder_name: str) -> str:
    return folder_name.split("/")[0]


def test_layers_point_down():
    bad = []
    for path in modules():
        mine = top(folder(path))
        for name in imported(path):
            theirs = top(folder_of_module(name))
            if theirs != mine and LAYERS[theirs] >= LAYERS[mine]:
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, "imports that do not point down the layers:\n" + "\n".join(bad)


def test_the_model_imports_nothing_else():
    for path in (PACKAGE / "ir").rglob("*.py"):
        assert all(n.startswith("irpass.ir") for n in imported(path)), path


def folder_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in modules():
        mine = folder(path)
        for name in imported(path):
            theirs = folder_of_module(name)
            if theirs != mine:
                graph.setdefault(mine, set()).add(theirs)
    return graph


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph``, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_import_circle_between_folders():
    graph = folder_graph()
    assert "enzyme/sites" in graph.get("enzyme/types", set())  # the check sees sub-folders
    found = cycle(graph)
    assert found is None, "folders import each other: " + " -> ".join(f or "irpass"
                                                                     for f in found)


def test_the_cycle_finder_finds_one():
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": {"c"}}) is None


def string_imports(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        literal = bool(node.args) and isinstance(node.args[0], ast.Constant) and \
            isinstance(node.args[0].value, str)
        if name == "__import__" or (name == "import_module" and literal):
            lines.append(node.lineno)
    return lines


def test_no_string_imports():
    bad = [f"{p.relative_to(ROOT)}:{line}" for p in modules()
           for line in string_imports(ast.parse(p.read_text()))]
    assert not bad, "modules imported by name: " + ", ".join(bad)
    sample = ast.parse('import importlib\nimportlib.import_module("irpass.x")\n__import__("y")')
    assert string_imports(sample) == [2, 3]


def test_parser_and_passes_know_nothing_of_enzyme():
    bad = [f"{p.relative_to(ROOT)}:{n}" for folder_name in ("parser", "passes")
           for p in sorted((PACKAGE / folder_name).rglob("*.py"))
           for n, line in enumerate(p.read_text().splitlines(), 1)
           if "enzyme" in line.lower()]
    assert not bad, "Enzyme named in a lower layer: " + ", ".join(bad)


def test_modules_are_short():
    long = {p.relative_to(ROOT).as_posix(): len(p.read_text().splitlines()) for p in modules()}
    over = {p: n for p, n in long.items() if n > MAX_LINES}
    assert not over, f"modules over {MAX_LINES} lines: {over}"


def test_one_error_root():
    from irpass.ir.errors import Error

    loose = []
    for path in modules():
        name = dotted(path)
        if name.endswith("__main__"):
            continue
        module = importlib.import_module(name)
        for cls_name, cls in vars(module).items():
            if inspect.isclass(cls) and issubclass(cls, BaseException) and \
                    cls.__module__ == name and not cls_name.startswith("_") and \
                    not issubclass(cls, Error):
                loose.append(f"{name}.{cls_name}")
    assert not loose, "exceptions outside the root irpass.ir.errors.Error: " + ", ".join(loose)
    import irpass.errors

    for exported in irpass.errors.__all__:
        assert issubclass(getattr(irpass.errors, exported), Error), exported


def test_architecture_names_modules_that_exist():
    doc = (ROOT / "docs" / "architecture.md").read_text()
    paths = set(re.findall(r"\birpass/[\w/]+(?:\.py)?", doc))
    names = set(re.findall(r"\birpass(?:\.\w+)+", doc))
    assert len(paths) + len(names) > 40  # the page names where things live
    missing = [p for p in paths if not (ROOT / p).exists()]
    for name in names:
        parts = name.split(".")
        # a module, a package, or a name defined in one (irpass.ir.errors.Error)
        for cut in range(len(parts), 0, -1):
            base = ROOT.joinpath(*parts[:cut])
            if base.with_suffix(".py").is_file() or (base / "__init__.py").is_file():
                module = importlib.import_module(".".join(parts[:cut]))
                obj = module
                for attr in parts[cut:]:
                    obj = getattr(obj, attr, None)
                if obj is None:
                    missing.append(name)
                break
        else:
            missing.append(name)
    assert not missing, f"docs/architecture.md names what does not exist: {sorted(missing)}"
