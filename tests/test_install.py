"""Installing irpass on any machine: the README's set-up with an externally managed system
Python (PEP 668, as on Debian and Ubuntu), and a wheel built from the repository installed with
pip and with pipx into fresh environments, run from outside the source tree.

These make virtual environments and install from the package index (as .ci/setup does), so
they take a minute or two; pip's cache makes them quicker after the first run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT

from irpass.parser import grammar, tables

SYSTEM_PYTHON = Path("/usr/bin/python3")
SAMPLE = CORPUS / "enzyme_c.clang19.O0.g.ll"


def run(cmd: list, **kw) -> subprocess.CompletedProcess:
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=900, **kw)
    assert r.returncode == 0, f"{cmd}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r


def copy_of_repo(dest: Path) -> Path:
    """The repository's files as they are now (tracked and new, not ignored: no .venv, no
    build output, no tables from an earlier install)."""
    r = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                       capture_output=True, check=True)
    for name in filter(None, r.stdout.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


def expected_output() -> str:
    import irpass

    return irpass.print_module(irpass.parse_file(SAMPLE))


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: no virtual environment of the test run's own."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    venv_bin = str(Path(sys.prefix) / "bin")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if p != venv_bin)
    env.update(extra)
    return env


def externally_managed(python: Path) -> bool:
    r = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"],
                       capture_output=True, text=True)
    return r.returncode == 0 and (Path(r.stdout.strip()) / "EXTERNALLY-MANAGED").is_file()


def test_setup_with_an_externally_managed_python(tmp_path):
    """`.ci/setup` with Debian's own python3: it makes .venv from it and installs there,
    leaving the system's Python as it was; irpass then runs from .venv, and the samples'
    Makefile finds it there."""
    if not SYSTEM_PYTHON.exists():
        pytest.skip("no /usr/bin/python3 (apt-get install python3 python3-venv)")
    if not externally_managed(SYSTEM_PYTHON):
        pytest.skip("/usr/bin/python3 is not marked externally managed (not Debian's python3?)")
    # The marker is in force: pip refuses to install into the system's Python.
    refused = subprocess.run([str(SYSTEM_PYTHON), "-m", "pip", "install", "--dry-run", "lark"],
                             capture_output=True, text=True, cwd=tmp_path)
    if "No module named pip" not in refused.stderr:
        assert refused.returncode != 0 and "externally-managed" in refused.stderr
    before = run([SYSTEM_PYTHON, "-c", "import sys; print(sorted(sys.modules))"], cwd=tmp_path)

    repo = copy_of_repo(tmp_path / "repo")
    run(["bash", ".ci/setup"], cwd=repo, env=clean_env(PYTHON=str(SYSTEM_PYTHON)))
    venv_python = repo / ".venv" / "bin" / "python"
    base = run([venv_python, "-c", "import sys; print(sys.base_prefix, sys.prefix)"]).stdout
    assert base.split() == ["/usr", str(repo / ".venv")]
    # The editable install built the tables into the copy's grammar/ (for the lark of .venv).
    r = run([venv_python, "-c", "from irpass.parser import grammar as g, tables as t; "
             "print(g.grammar_dir()); "
             "print(t.read(g.grammar_dir() / t.FILE_NAME, t.key(g.grammar_text())) is not None)"],
            cwd=tmp_path)
    assert r.stdout.split() == [str(repo / "grammar"), "True"]

    out = tmp_path / "out.ll"
    run([repo / ".venv" / "bin" / "irpass", "run", SAMPLE, "-o", out], cwd=tmp_path,
        env=clean_env(XDG_CACHE_HOME=str(tmp_path / "cache")))
    assert out.read_text() == expected_output()
    assert not (tmp_path / "cache").exists()  # the installed tables were used

    # The system's Python did not get irpass (or anything else).
    r = subprocess.run([str(SYSTEM_PYTHON), "-c", "import irpass"], capture_output=True,
                       cwd=tmp_path)
    assert r.returncode != 0
    after = run([SYSTEM_PYTHON, "-c", "import sys; print(sorted(sys.modules))"], cwd=tmp_path)
    assert after.stdout == before.stdout

    if shutil.which("make"):
        r = run(["make", "-n", "-C", repo / "samples", "OUT=out", "out/copy.typed.ll"])
        assert f"{repo}/.venv/bin/irpass run --passes typeinfo" in r.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the repository with `python -m build` (sdist, then the
    wheel from the sdist, as a package index user would get it)."""
    pytest.importorskip("build", reason="pip install build (in the test extras)")
    tmp = tmp_path_factory.mktemp("wheel")
    repo = copy_of_repo(tmp / "repo")
    run([sys.executable, "-m", "build", "--outdir", tmp / "dist", repo], env=clean_env())
    (found,) = (tmp / "dist").glob("irpass-*.whl")
    return found


def test_wheel_carries_grammar_and_tables(wheel):
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        assert "irpass/grammar/llvm.lark" in names
        assert f"irpass/grammar/{tables.FILE_NAME}" in names
        assert "irpass/include/irpass_gradcheck.h" in names  # irpass include
        text = z.read("irpass/grammar/llvm.lark").decode("utf-8")
        head = z.read(f"irpass/grammar/{tables.FILE_NAME}").split(b"\n", 1)[0].decode()
    assert text == grammar.grammar_text()
    assert head.startswith(tables.FORMAT + " ")


def _check_installed(irpass_exe: Path, tmp: Path) -> None:
    """`irpass run` of the installed command, from a directory outside the source tree, with
    an empty cache that stays empty (the tables came with the wheel)."""
    work = tmp / "work"
    work.mkdir()
    shutil.copy(SAMPLE, work / "in.ll")
    cache = tmp / "cache"
    run([irpass_exe, "run", "in.ll", "-o", "out.ll"], cwd=work,
        env=clean_env(XDG_CACHE_HOME=str(cache)))
    assert (work / "out.ll").read_text() == expected_output()
    assert not cache.exists(), list(cache.rglob("*"))
    r = run([irpass_exe, "list"], cwd=work)
    assert "typeinfo" in r.stdout


def test_wheel_installs_with_pip(wheel, tmp_path):
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    run([venv / "bin" / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check",
         wheel], cwd=tmp_path, env=clean_env())
    # Nothing of the source tree is reachable: the package is the installed one.
    where = run([venv / "bin" / "python", "-c", "import irpass; print(irpass.__file__)"],
                cwd=tmp_path).stdout.strip()
    assert where.startswith(str(venv))
    _check_installed(venv / "bin" / "irpass", tmp_path)


def test_wheel_installs_with_pipx(wheel, tmp_path):
    pytest.importorskip("pipx", reason="pip install pipx (in the test extras)")
    homes = {"PIPX_HOME": str(tmp_path / "pipx"), "PIPX_BIN_DIR": str(tmp_path / "bin"),
             "PIPX_MAN_DIR": str(tmp_path / "man")}
    run([sys.executable, "-m", "pipx", "install", wheel], cwd=tmp_path, env=clean_env(**homes))
    _check_installed(tmp_path / "bin" / "irpass", tmp_path)
