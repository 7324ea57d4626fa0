"""The grammar's LALR tables built once (irpass/parser/tables.py): installed beside the grammar
or cached for the user, used only when they match, safe when many processes start at once."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import lark
import pytest
from conftest import CORPUS, ROOT, read

import irpass
from irpass.parser import grammar, tables, treepath


def _irpass_env(cache: Path | str) -> dict[str, str]:
    return {**os.environ, "XDG_CACHE_HOME": str(cache)}


def test_loaded_tables_parse_as_the_grammar_does(monkeypatch):
    """A parser made from the tables file (each way: lark-cython and plain lark) prints every
    corpus file of one kind as a parser built from the grammar text does."""
    built = lark.Lark(grammar.grammar_text(), **tables.OPTIONS)
    grammar.lean_positions(built)
    loaded_plain = grammar.parser(cython=False)
    assert type(loaded_plain.parser.parser.parser).__module__.startswith("lark.")
    files = [CORPUS / "enzyme_cpp.clang22.O0.g.ll", CORPUS / "closures.rustc.O0.g.ll"]
    for path in files:
        src = read(path)
        expected = irpass.print_module(irpass.parse(src))
        for p in (built, loaded_plain):
            monkeypatch.setattr(treepath, "parser", lambda p=p: p)
            assert irpass.print_module(irpass.parse(src)) == expected, path


def test_both_parser_paths_come_from_the_tables():
    pytest.importorskip("lark_cython")
    assert "lark_cython" in type(grammar.parser().parser.parser).__module__
    assert "lark_cython" not in type(grammar.parser(cython=False).parser.parser).__module__


def test_key_follows_grammar_lark_version_and_options(monkeypatch):
    text = grammar.grammar_text()
    k = tables.key(text)
    assert tables.key(text) == k
    assert tables.key(text + "\n// edited\n") != k
    monkeypatch.setattr(lark, "__version__", lark.__version__ + ".post1")
    assert tables.key(text) != k


def test_a_file_is_used_only_when_its_key_matches(tmp_path, monkeypatch):
    text = grammar.grammar_text()
    data = tables.build(text)
    good = tmp_path / "good"
    tables.write(good, data)
    assert tables.read(good, tables.key(text)) is not None
    assert tables.read(good, tables.key(text + " ")) is None  # an edited grammar
    assert tables.read(tmp_path / "missing", tables.key(text)) is None
    truncated = tmp_path / "truncated"
    truncated.write_bytes(data[: len(data) // 2])
    assert tables.read(truncated, tables.key(text)) is None

    # An installed file that matches is used (nothing built, nothing cached) ...
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(tables, "build", lambda g: pytest.fail("built although installed"))
    p = tables.load(text, [truncated, good])
    assert p.parse("ret void", start="instruction").data == "instruction"
    assert not (tmp_path / "cache").exists()


def test_stale_install_builds_once_then_uses_the_cache(tmp_path, monkeypatch):
    text = grammar.grammar_text()
    stale = tmp_path / "installed"
    tables.write(stale, tables.build(text + "\n"))  # tables of another grammar
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    tables.load(text, [stale])
    cached = list((tmp_path / "cache" / "irpass").iterdir())
    assert [c.name for c in cached] == [f"tables-{tables.key(text)[:32]}"]
    monkeypatch.setattr(tables, "build", lambda g: pytest.fail("built although cached"))
    assert tables.load(text, [stale]).parse("ret void", start="instruction")


def test_a_file_naming_code_is_refused(tmp_path):
    """The cache is plain data: a file that would call a function when unpickled is not read."""
    text = grammar.grammar_text()
    evil = tmp_path / "evil"
    evil.write_bytes(f"{tables.FORMAT} {tables.key(text)}\n".encode()
                     + pickle.dumps(os.getcwd, protocol=4))
    assert tables.read(evil, tables.key(text)) is None


def test_unwritable_cache_still_parses(tmp_path, monkeypatch):
    """No cache to write (here XDG_CACHE_HOME is under a file, so no directory can be made,
    as in a read-only home): the tables are built and used, and nothing is left behind."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    p = tables.load(grammar.grammar_text(), [])
    assert p.parse("ret void", start="instruction").data == "instruction"
    assert blocker.is_file() and sorted(os.listdir(tmp_path)) == ["file"]


# Each process loads the tables as `irpass run` does, but from no installed file.
_LOAD = ("import sys; from irpass.parser import grammar, tables; "
         "p = tables.load(grammar.grammar_text(), []); "
         "sys.exit(p.parse('ret void', start='instruction').data != 'instruction')")


def test_concurrent_first_runs_share_one_cache(tmp_path):
    """Processes started together (as by make -j) with an empty cache: all succeed, one
    complete file is left and no temporary files."""
    cache = tmp_path / "cache"
    procs = [subprocess.Popen([sys.executable, "-c", _LOAD], env=_irpass_env(cache), cwd=ROOT,
                              stderr=subprocess.PIPE) for _ in range(6)]
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read()
    left = sorted(p.name for p in (cache / "irpass").iterdir())
    want = tables.key(grammar.grammar_text())
    assert left == [f"tables-{want[:32]}"]
    assert tables.read(cache / "irpass" / left[0], want) is not None


def test_checkout_tables_file_is_ignored_by_git():
    """An editable install writes grammar/llvm.tables into the checkout: never committed."""
    r = subprocess.run(["git", "check-ignore", "-q", "grammar/llvm.tables"], cwd=ROOT)
    if r.returncode == 128:
        pytest.skip("not a git checkout")
    assert r.returncode == 0
