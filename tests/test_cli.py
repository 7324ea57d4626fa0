"""The ``irpass`` command: outputs, errors, and never a clobbered file."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import CORPUS, ROOT

SMALL = CORPUS / "enzyme_c.clang19.O2.ll"


def irpass(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "irpass", *args], input=input,
                          capture_output=True, cwd=ROOT, timeout=300)


def test_run_to_stdout_and_file(tmp_path):
    r = irpass("run", str(SMALL))
    assert r.returncode == 0, r.stderr
    assert b"define" in r.stdout
    out = tmp_path / "out.ll"
    r2 = irpass("run", str(SMALL), "-o", str(out))
    assert r2.returncode == 0 and out.read_bytes() == r.stdout


def test_stdin_to_stdout():
    r = irpass("run", "-", input=SMALL.read_bytes())
    assert r.returncode == 0 and b"define" in r.stdout


def test_syntax_error_has_location_line_and_caret(tmp_path):
    bad = tmp_path / "bad.ll"
    bad.write_text("define i32 @f(i32 %x) {\n  %y = add i32 %x,\n  ret i32 %y\n}\n")
    r = irpass("run", str(bad))
    assert r.returncode == 1
    err = r.stderr.decode()
    assert err.startswith(f"{bad}:3:3: error: ")
    lines = err.splitlines()
    assert lines[1] == "  ret i32 %y" and lines[2] == "  ^"
    assert "Traceback" not in err


def test_undefined_value(tmp_path):
    bad = tmp_path / "undef.ll"
    bad.write_text("define i32 @f() {\n  ret i32 %nope\n}\n")
    r = irpass("check", str(bad))
    assert r.returncode == 1
    assert f"{bad}:2:11: error: use of undefined value '%nope'" in r.stderr.decode()


def test_failed_run_leaves_existing_output_alone(tmp_path):
    bad = tmp_path / "bad.ll"
    bad.write_text("define void @f() {\n  bogus\n}\n")
    out = tmp_path / "out.ll"
    out.write_text("precious\n")
    r = irpass("run", str(bad), "-o", str(out))
    assert r.returncode == 1
    assert out.read_text() == "precious\n"
    assert sorted(os.listdir(tmp_path)) == ["bad.ll", "out.ll"]


def test_output_to_a_fifo_or_device_is_written_into(tmp_path):
    """-o naming a FIFO (as /dev/null is a device): irpass writes into it, and it is still a
    FIFO afterwards (replacing it by a file, as the atomic write does for files, would make
    /dev/null a file for every process when run as root)."""
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = irpass("run", str(CORPUS / "enzyme_c.clang19.O0.ll"), "-o", str(fifo))
    reader.join(timeout=60)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and b"define" in got[0]
    assert not list(tmp_path.glob(".irpass-*"))


def test_output_over_input(tmp_path):
    f = tmp_path / "x.ll"
    f.write_bytes(SMALL.read_bytes())
    r = irpass("run", str(f), "-o", str(f), "--passes", "dce")
    assert r.returncode == 0, r.stderr
    assert b"define" in f.read_bytes()


def test_bad_pipeline_is_reported_before_reading(tmp_path):
    r = irpass("run", str(tmp_path / "missing.ll"), "--passes", "no-such-pass")
    assert r.returncode == 1
    assert b"unknown pass 'no-such-pass'" in r.stderr


def test_not_text_ir(tmp_path):
    bc = tmp_path / "x.bc"
    bc.write_bytes(b"BC\xc0\xde" + b"\x00" * 16)
    for path in (bc, tmp_path, tmp_path / "missing.ll"):
        r = irpass("run", str(path))
        assert r.returncode == 1
        assert len(r.stderr.decode().strip().splitlines()) == 1, r.stderr
        assert b"Traceback" not in r.stderr


def test_list_and_check():
    r = irpass("list")
    assert r.returncode == 0
    for name in (b"verify", b"strip-debug", b"dce", b"cfg-dot", b"callgraph-dot"):
        assert name in r.stdout
    assert irpass("check", str(SMALL)).returncode == 0


def test_check_shows_llvms_words_and_place(tmp_path):
    # Rules only LLVM 22's verifier has (LLVM 15-19 read this module): LLVM's message,
    # located at the function the bad attribute belongs to.
    features = tmp_path / "features.ll"
    features.write_text('define void @f() #0 {\n  ret void\n}\n'
                        'attributes #0 = { "target-features"="+sse2,>x87" }\n')
    assert irpass("run", str(features)).returncode == 0
    r = irpass("check", str(features))
    assert r.returncode == 1
    err = r.stderr.decode()
    assert err.startswith(f"{features}:1:1: error: target feature '>x87' must start with a "
                          "'+' or '-'"), err
    # The verifier's dominance rule: at the instruction LLVM names first.
    dom = tmp_path / "dom.ll"
    dom.write_text("define i32 @f() {\n  %x = add i32 1, %y\n  %y = add i32 1, 2\n"
                   "  ret i32 %x\n}\n")
    err = irpass("check", str(dom)).stderr.decode()
    assert err.startswith(f"{dom}:3:3: error: Instruction does not dominate all uses!"), err
    # What LLVM 22 no longer reads (x86_mmx, LLVM 19 and older): LLVM's parse error, located.
    mmx = tmp_path / "mmx.ll"
    mmx.write_text("@x = global x86_mmx undef\n")
    assert irpass("run", str(mmx)).returncode == 0
    err = irpass("check", str(mmx)).stderr.decode()
    assert err.startswith(f"{mmx}:1:13: error: expected type"), err
    assert "Traceback" not in err
