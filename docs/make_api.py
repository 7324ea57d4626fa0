"""Write docs/api.md, the API reference, from the docstrings of irpass's public modules.

    python3 docs/make_api.py          # rewrite docs/api.md
    python3 docs/make_api.py --check  # exit 1 if docs/api.md is not what the code says

``tests/test_guide.py`` checks that docs/api.md is current. What is documented: each module's
docstring, its public classes (with their public methods and properties) and functions, in
source order, with their signatures as written.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "api.md"

MODULES = [
    "irpass",
    "irpass.ir.types",
    "irpass.ir.values",
    "irpass.ir.instructions",
    "irpass.ir.memaccess",
    "irpass.ir.opcodes",
    "irpass.ir.function",
    "irpass.ir.module",
    "irpass.ir.attributes",
    "irpass.ir.metadata",
    "irpass.ir.names",
    "irpass.ir.builder",
    "irpass.ir.copying",
    "irpass.ir.callsite",
    "irpass.ir.rules",
    "irpass.ir.patternmatch",
    "irpass.ir.constfold",
    "irpass.ir.verifier",
    "irpass.ir.writer",
    "irpass.passes.base",
    "irpass.passes.manager",
    "irpass.passes.pipeline",
    "irpass.passes.registry",
    "irpass.passes.plugins",
    "irpass.passes.analysis",
    "irpass.passes.analyses.dominance",
    "irpass.passes.analyses.callgraph",
    "irpass.passes.analyses.loopinfo",
    "irpass.passes.analyses.postdomtree",
    "irpass.passes.verification",
    "irpass.transforms.cloning",
    "irpass.llvm.llvmlite_check",
    "irpass.text.diagnostics",
]


def _doc(obj) -> str:
    """The object's own docstring (not one inherited from a base class)."""
    doc = obj.__doc__ if isinstance(getattr(obj, "__doc__", None), str) else ""
    if inspect.isclass(obj) and "__doc__" not in obj.__dict__:
        doc = ""
    return inspect.cleandoc(doc) if doc else ""


def _signature(obj, drop_first: bool = False) -> str:
    """``(a: int, b: str = 'x') -> bool`` as the source writes the annotations."""
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return "(...)"
    parts = []
    seen_kw = False
    params = list(sig.parameters.values())
    if drop_first and params:
        params = params[1:]
    for p in params:
        text = p.name
        if p.kind is p.VAR_POSITIONAL:
            text = "*" + text
            seen_kw = True
        elif p.kind is p.VAR_KEYWORD:
            text = "**" + text
        elif p.kind is p.KEYWORD_ONLY and not seen_kw:
            parts.append("*")
            seen_kw = True
        if p.annotation is not p.empty:
            text += f": {_annotation(p.annotation)}"
        if p.default is not p.empty:
            text += f" = {p.default!r}" if p.annotation is not p.empty else f"={p.default!r}"
        parts.append(text)
    out = "(" + ", ".join(parts) + ")"
    if sig.return_annotation is not sig.empty:
        out += f" -> {_annotation(sig.return_annotation)}"
    return out


def _annotation(a) -> str:
    return a if isinstance(a, str) else getattr(a, "__name__", repr(a))


def _line(obj) -> int:
    try:
        return inspect.getsourcelines(obj)[1]
    except (OSError, TypeError):
        return 10**9


def _defined_here(module, name: str, obj) -> bool:
    if name.startswith("_"):
        return False
    if module.__name__ == "irpass":  # the package: what it exports
        return name in getattr(module, "__all__", ())
    return getattr(obj, "__module__", None) == module.__name__


def _members(cls) -> list[tuple[str, object]]:
    out = []
    for name, obj in cls.__dict__.items():
        if name.startswith("_") and name != "__init__":
            continue
        if isinstance(obj, (staticmethod, classmethod)):
            obj = obj.__func__
        if inspect.isfunction(obj) or isinstance(obj, property):
            out.append((name, obj))
    fget = lambda o: o.fget if isinstance(o, property) else o  # noqa: E731
    return sorted(out, key=lambda item: _line(fget(item[1])))


def _class(name: str, cls) -> list[str]:
    bases = [b.__name__ for b in cls.__bases__ if b is not object]
    head = f"### class `{name}`" + (f"({', '.join(bases)})" if bases else "")
    lines = [head, ""]
    doc = _doc(cls)
    if doc:
        lines += [doc, ""]
    for mname, obj in _members(cls):
        about = f": {_oneline(obj)}" if _doc(obj) else ""
        if isinstance(obj, property):
            what = "property" + (", settable" if obj.fset is not None else "")
            lines.append(f"- `{mname}` ({what}){about}")
        elif mname == "__init__":
            lines.append(f"- `{name}{_signature(obj, drop_first=True)}`{about}")
        else:
            static = isinstance(cls.__dict__.get(mname), staticmethod)
            lines.append(f"- `{mname}{_signature(obj, drop_first=not static)}`{about}")
    return lines + [""]


def _oneline(obj) -> str:
    """A member's docstring, its paragraphs joined (a list item holds one paragraph)."""
    return " ".join(_doc(obj).split())


def render() -> str:
    """The text of docs/api.md."""
    sys.path.insert(0, str(ROOT))
    out = ["# irpass API reference", "",
           "Generated from the docstrings by `python3 docs/make_api.py`; do not edit. The "
           "guide is [guide.md](guide.md).", ""]
    out += [f"- [`{m}`](#{m.replace('.', '')})" for m in MODULES] + [""]
    for modname in MODULES:
        module = importlib.import_module(modname)
        out += [f"## {modname}", ""]
        doc = _doc(module)
        if doc:
            out += [doc, ""]
        items = [(n, o) for n, o in vars(module).items()
                 if (inspect.isclass(o) or inspect.isfunction(o)) and _defined_here(module, n, o)]
        items.sort(key=lambda item: _line(item[1]))
        for name, obj in items:
            if inspect.isclass(obj) and modname == "irpass":
                out += [f"### class `{name}`", "", f"See `{obj.__module__}`.", ""]
            elif inspect.isclass(obj):
                out += _class(name, obj)
            else:
                out.append(f"### `{name}{_signature(obj)}`")
                out.append("")
                if _doc(obj):
                    out += [_doc(obj), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text() != text:
            sys.stderr.write("docs/api.md is out of date: run python3 docs/make_api.py\n")
            return 1
        return 0
    OUT.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
