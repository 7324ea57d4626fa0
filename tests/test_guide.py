"""The pass author's guide (docs/guide.md): its Python examples run, in order, in one
namespace, and each prints what the ``text`` block after it shows. The README links to it."""

from __future__ import annotations

import contextlib
import io
import re

from conftest import ROOT

GUIDE = ROOT / "docs" / "guide.md"
BLOCK = re.compile(r"```(python|text)\n(.*?)```", re.S)


def examples() -> list[tuple[str, str | None]]:
    """(code, the output shown right after it, or None)."""
    blocks = [(m.group(1), m.group(2), m.start(), m.end()) for m in BLOCK.finditer(
        GUIDE.read_text())]
    text = GUIDE.read_text()
    out = []
    for i, (kind, body, _, end) in enumerate(blocks):
        if kind != "python":
            continue
        shown = None
        if i + 1 < len(blocks) and blocks[i + 1][0] == "text" and \
                text[end:blocks[i + 1][2]].strip() == "":
            shown = blocks[i + 1][1]
        out.append((body, shown))
    return out


def test_guide_examples_run_and_print_what_they_show():
    from irpass.passes import analysis, registry

    namespace: dict = {"__name__": "guide"}
    found = examples()
    assert len(found) >= 10
    # the guide registers a pass and an analysis: the registries are the process's, so
    # they are put back as they were for the tests that follow
    registry.all_passes()  # irpass's own first: what is put back must include them
    passes, analyses = dict(registry._PASSES), dict(analysis.ANALYSES)
    try:
        for n, (code, shown) in enumerate(found, 1):
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                exec(compile(code, f"docs/guide.md example {n}", "exec", dont_inherit=True),
                     namespace)
            if shown is not None:
                assert buf.getvalue() == shown, f"example {n}:\n{code}"
    finally:
        registry._PASSES.clear()
        registry._PASSES.update(passes)
        analysis.ANALYSES.clear()
        analysis.ANALYSES.update(analyses)


def test_readme_links_the_guide():
    readme = (ROOT / "README.md").read_text()
    assert "docs/guide.md" in readme and "docs/api.md" in readme


def test_api_reference_is_current():
    """docs/api.md is what docs/make_api.py makes of the docstrings now."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_api", ROOT / "docs" / "make_api.py")
    make_api = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_api)
    text = make_api.render()
    assert (ROOT / "docs" / "api.md").read_text() == text, \
        "docs/api.md is out of date: run python3 docs/make_api.py"
    for name in ("IRBuilder", "clone_function", "PassManager", "DominatorTree", "InvalidEdit"):
        assert f"`{name}" in text
