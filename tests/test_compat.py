"""The compat pass: LLVM 22 IR lowered so that LLVM 19 (and older) reads it.

The oracles are LLVM's own tools: llvm-as-19 and opt-19 must accept the lowered module, and
LLVM 22 (llvmlite) must read it as the same program (same functions, same instructions).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import CORPUS, llvm_tool, needs_tool, read

import irpass
from irpass.passes.base import PassError
from irpass.passes.manager import PassManager
from irpass.transforms.compat import lower_module
from irpass.transforms.compat_rules import DataLayout, lower_attribute


def llvm22_files() -> list[Path]:
    files = [*CORPUS.glob("*.clang22.*.ll"), *CORPUS.glob("*.rustc.*.ll"),
             *CORPUS.glob("handwritten/*.llvm22.ll")]
    # instructions.llvm22.ll holds constructs that must be refused; tested below.
    return sorted(f for f in files if f.name != "instructions.llvm22.ll")


def lowered(text: str, llvm: int = 19, name: str = "<test>") -> str:
    module = irpass.parse(text, name)
    lower_module(module, llvm)
    return irpass.print_module(module)


def run_tool(tool: str, args: list[str], text: str) -> subprocess.CompletedProcess:
    return subprocess.run([tool, *args], input=text.encode("utf-8", "surrogateescape"),
                          capture_output=True, timeout=300)


def accepted_by(text: str, version: int) -> str | None:
    """None when llvm-as-N reads ``text``, else its message."""
    r = run_tool(needs_tool("llvm-as", version), ["-", "-o", "/dev/null"], text)
    return None if r.returncode == 0 else r.stderr.decode(errors="replace")


def shape(text: str) -> dict[str, list[str]]:
    """Opcodes of each function definition, as LLVM 22 reads the module (verified)."""
    import llvmlite.binding as llvm

    module = llvm.parse_assembly(text, context=llvm.create_context())
    module.verify()
    return {f.name: [i.opcode for b in f.blocks for i in b.instructions]
            for f in module.functions if not f.is_declaration}


@pytest.mark.parametrize("path", llvm22_files(), ids=lambda p: p.name)
def test_corpus_lowered_for_llvm19(path: Path) -> None:
    text = read(path)
    out = lowered(text, 19, str(path))
    problem = accepted_by(out, 19)
    assert problem is None, problem
    r = run_tool(needs_tool("opt", 19), ["-passes=verify", "-disable-output", "-"], out)
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    assert shape(out) == shape(text)


def test_llvm19_input_is_left_alone() -> None:
    path = CORPUS / "enzyme_c.clang19.O2.g.ll"
    text = irpass.print_module(irpass.parse(read(path)))
    assert lowered(text, 19) == text


@pytest.mark.parametrize(("attr", "llvm", "expected"), [
    ("captures(none)", 19, ["nocapture"]),
    ("captures(address, read_provenance)", 19, []),
    ("captures(ret: address, provenance)", 20, []),
    ("captures(none)", 21, None),
    # Other memory becomes writable; inaccessible memory was "none" and stays so.
    ("memory(argmem: read, errnomem: write)", 19,
     ["memory(write, argmem: read, inaccessiblemem: none)"]),
    ("memory(read, errnomem: none)", 19, ["memory(read)"]),
    ("memory(errnomem: write)", 21, None),
    ("memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, "
     "target_mem1: none)", 19, ["memory(readwrite, argmem: none, inaccessiblemem: none)"]),
    ("memory(target_mem0: read)", 19, ["memory(read, argmem: none)"]),
    ("memory(argmem: readwrite, errnomem: write, inaccessiblemem: none)", 21, None),
    ("memory(target_mem1: write)", 21, ["memory(write, argmem: none, errnomem: none)"]),
    ("memory(none)", 15, ["readnone"]),
    ("memory(argmem: read)", 15, ["argmemonly", "readonly"]),
    ("memory(inaccessiblemem: write)", 15, ["inaccessiblememonly", "writeonly"]),
    ("memory(read)", 15, ["readonly"]),
    ("nocreateundeforpoison", 21, []),
    ("dead_on_return", 20, []),
    ("dead_on_return", 21, None),
    ("range(i32 0, 5)", 18, []),
    ("range(i32 0, 5)", 19, None),
    ('"enzyme_type"="{[-1]:Pointer}"', 15, None),
])
def test_lower_attribute(attr: str, llvm: int, expected: list[str] | None) -> None:
    assert lower_attribute(attr, llvm) == expected


def test_errnomem_folds_into_other_memory() -> None:
    # errno is written: after lowering the function may write "other" memory, which in LLVM 19
    # is where errno lives; argument memory stays read-only.
    text = ("declare void @f(ptr) memory(argmem: read, errnomem: write)\n"
            "define void @g(ptr %p) {\n  call void @f(ptr %p) memory(errnomem: read)\n"
            "  ret void\n}\n")
    out = lowered(text)
    assert "memory(write, argmem: read, inaccessiblemem: none)" in out
    assert "memory(read, argmem: none, inaccessiblemem: none)" in out
    assert accepted_by(out, 19) is None


def test_lifetime_sizes_match_clang19() -> None:
    # clang-19 writes the size clang-22 leaves out: the same sources must get the same sizes.
    pattern = re.compile(r"call void @llvm\.lifetime\.(?:start|end)\.p0\(i64 (-?\d+), ")
    checked = 0
    for name in ("enzyme_c", "enzyme_cpp", "structs"):
        new = lowered(read(CORPUS / f"{name}.clang22.O2.ll"))
        old = read(CORPUS / f"{name}.clang19.O2.ll")
        assert sorted(pattern.findall(new)) == sorted(pattern.findall(old))
        checked += len(pattern.findall(new))
        assert "declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture)" in new
    assert checked > 0


def test_lifetime_size_unknown_is_minus_one() -> None:
    text = ("define void @f(i64 %n) {\n  %a = alloca i32, i64 %n\n"
            "  call void @llvm.lifetime.start.p0(ptr %a)\n  ret void\n}\n"
            "declare void @llvm.lifetime.start.p0(ptr captures(none))\n")
    out = lowered(text)
    assert "call void @llvm.lifetime.start.p0(i64 -1, ptr %a)" in out
    assert accepted_by(out, 19) is None


@pytest.mark.parametrize(("type_text", "size"), [
    ("i32", 4), ("i1", 1), ("double", 8), ("x86_fp80", 16), ("ptr", 8), ("[3 x i16]", 6),
    ("{ i8, double }", 16), ("<{ i8, double }>", 9), ("{ i64, { i8, i32 } }", 16),
    ("<3 x float>", 16), ("%S", 24),
])
def test_alloc_sizes(type_text: str, size: int) -> None:
    layout_text = ("e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64"
                   "-S128")
    module = irpass.parse(f'target datalayout = "{layout_text}"\n'
                          "%S = type { i32, [2 x double] }\n"
                          f"define void @f() {{\n  %a = alloca {type_text}\n  ret void\n}}\n")
    alloca = next(module.functions[0].instructions())
    assert DataLayout(module.datalayout).alloc_size_of(module, alloca) == size


def test_instruction_flags_dropped() -> None:
    text = read(CORPUS / "handwritten" / "instructions.llvm22.ll")
    # Keep what can be lowered; the rest is refused (tested below).
    text = re.sub(r"^@(addr|named_barrier).*$|^.*atomicrmw (usub|fm).*$", "", text, flags=re.M)
    text = text.replace("ptrtoaddr", "ptrtoint")
    out = lowered(text)
    assert accepted_by(out, 19) is None, accepted_by(out, 19)
    assert "icmp samesign" not in out and "fptrunc fast" not in out
    assert "trunc nuw nsw i32" in out  # LLVM 19 reads these
    assert shape(out) == shape(text)
    with pytest.raises(PassError, match="atomicrmw on a vector needs LLVM 19"):
        lowered(text, 18)
    out18 = lowered(re.sub(r"^.*atomicrmw.*$", "", text, flags=re.M), 18)
    assert "trunc nuw" not in out18 and "uitofp nneg" not in out18
    assert "zext nneg" in out18


@pytest.mark.parametrize(("line", "construct", "version"), [
    ("%pa = ptrtoaddr ptr %p to i64", "ptrtoaddr instruction", 22),
    ("%a = atomicrmw usub_cond ptr %p, i32 1 seq_cst", "atomicrmw usub_cond", 20),
    ("%a = atomicrmw fmaximum ptr %p, float 1.0 seq_cst", "atomicrmw fmaximum", 21),
    ("%a = call double @llvm.atan2.f64(double 1.0, double 2.0)", "@llvm.atan2.f64", 20),
])
def test_refused_constructs(line: str, construct: str, version: int) -> None:
    text = f"define void @f(ptr %p) {{\n  {line}\n  ret void\n}}\n"
    if "atan2" in line:
        text += "declare double @llvm.atan2.f64(double, double)\n"
    with pytest.raises(PassError) as e:
        lowered(text, 19)
    message = str(e.value)
    assert construct in message and f"LLVM {version}" in message and "@f" in message
    assert line.split(" = ")[1].split(",")[0] in message
    if version < 22:  # the first LLVM that has the construct keeps it
        assert accepted_by(lowered(text, version), 22) is None


def test_refused_constant_expression_names_global() -> None:
    text = "@g = global i32 0\n@addr = global i64 ptrtoaddr (ptr @g to i64)\n"
    with pytest.raises(PassError, match="ptrtoaddr constant expression"):
        lowered(text, 21)


def test_refused_target_type() -> None:
    text = '@b = addrspace(3) global target("amdgcn.named.barrier", 0) poison\n'
    with pytest.raises(PassError, match=r'target\("amdgcn.named.barrier", 0\).*@b'):
        lowered(text, 19)
    assert accepted_by(lowered(text, 20), 22) is None


def test_renamed_intrinsic() -> None:
    text = ("declare <vscale x 4 x i32> @llvm.stepvector.nxv4i32()\n"
            "define <vscale x 4 x i32> @f() {\n"
            "  %v = call <vscale x 4 x i32> @llvm.stepvector.nxv4i32()\n"
            "  ret <vscale x 4 x i32> %v\n}\n")
    out = lowered(text, 19)
    assert "@llvm.experimental.stepvector.nxv4i32()" in out
    assert "@llvm.stepvector" not in out
    assert accepted_by(out, 19) is None
    assert lowered(text, 20) == irpass.print_module(irpass.parse(text))


def test_maximumnum_without_signed_zeros_is_maxnum(tmp_path) -> None:
    """rustc 1.96's f64::max and f32::min: llvm.maximumnum/minimumnum with nsz, which
    LLVM 19 computes as maxnum/minnum (the same but for the sign of a zero, which nsz says
    does not matter); lli-19 runs both to the same results, NaN operands included. A call
    without nsz is refused."""
    text = ("declare double @llvm.maximumnum.f64(double, double)\n"
            "declare float @llvm.minimumnum.f32(float, float)\n"
            "define double @f(double %a, double %b) {\n"
            "  %m = call nsz double @llvm.maximumnum.f64(double %a, double %b)\n"
            "  %af = fptrunc double %a to float\n"
            "  %bf = fptrunc double %b to float\n"
            "  %n = call nsz float @llvm.minimumnum.f32(float %af, float %bf)\n"
            "  %nd = fpext float %n to double\n"
            "  %r = fadd double %m, %nd\n"
            "  ret double %r\n}\n")
    out = lowered(text, 19)
    assert "@llvm.maxnum.f64(" in out and "@llvm.minnum.f32(" in out
    assert "maximumnum" not in out and "minimumnum" not in out
    assert accepted_by(out, 19) is None
    assert lowered(text, 20) == irpass.print_module(irpass.parse(text))
    lli19, lli22 = llvm_tool("lli", 19), llvm_tool("lli", 22)
    if lli19 is None or lli22 is None:
        pytest.skip("lli-19 and lli-22 are needed to run them")
    cases = [("2.5", "-1.0"), ("0x7FF8000000000000", "3.0"), ("-4.0", "0x7FF8000000000000"),
             ("1.0", "1.0")]
    main = "".join(
        f"  %c{k} = call double @f(double {a}, double {b})\n"
        f"  %i{k} = fptosi double %c{k} to i32\n  %s{k} = add i32 %s{k - 1}, %i{k}\n"
        for k, (a, b) in enumerate(cases, 1))
    driver = f"define i32 @main() {{\n  %s0 = add i32 0, 0\n{main}  ret i32 %s{len(cases)}\n}}\n"
    codes = []
    for tool, module in ((lli22, text), (lli19, out)):
        path = tmp_path / f"m{len(codes)}.ll"
        path.write_text(module + driver)
        codes.append(subprocess.run([tool, str(path)], timeout=60).returncode)
    # (2.5 + -1) + (3 + 3) + (-4 + -4) + (1 + 1): 1 + 6 - 8 + 2 = 1
    assert codes == [1, 1]
    refused = text.replace("call nsz double", "call double")
    with pytest.raises(PassError, match="maximumnum.f64 needs LLVM 20"):
        lowered(refused, 19)


def test_debug_metadata_lowered() -> None:
    path = CORPUS / "handwritten" / "metadata.llvm22.ll"
    out = lowered(read(path), 19, str(path))
    assert accepted_by(out, 19) is None
    assert "language: DW_LANG_C11" in out and "sourceLanguageName" not in out
    assert "atomGroup" not in out and "keyInstructions" not in out
    assert '!DIBasicType(name: "fix_bin", size: 32, align: 32, encoding: DW_ATE_signed_fixed)' \
        in out


def test_attribute_groups_and_call_sites() -> None:
    path = CORPUS / "handwritten" / "attributes.llvm22.ll"
    out = lowered(read(path), 19, str(path))
    assert accepted_by(out, 19) is None
    assert "captures(" not in out and "errnomem" not in out and "dead_on_return" not in out
    assert "call void @cap(ptr nocapture %p" in out


def test_records_become_intrinsic_calls_below_19() -> None:
    path = CORPUS / "enzyme_c.clang22.O2.g.ll"
    out = lowered(read(path), 18, str(path))
    assert "#dbg_" not in out
    assert "call void @llvm.dbg.value(metadata " in out
    assert "declare void @llvm.dbg.value(metadata, metadata, metadata)" in out
    assert accepted_by(out, 19) is None
    assert {k: [o for o in v if o != "call"] for k, v in shape(out).items()} == \
        {k: [o for o in v if o != "call"] for k, v in shape(read(path)).items()}


def test_llvm15_output_read_by_an_older_llvm() -> None:
    # No LLVM 15 here: LLVM 14 (with opaque pointers) reads the LLVM 15 form of a module that
    # uses only what both know, which checks records -> calls and memory(...) -> readonly.
    as14 = llvm_tool("llvm-as", 14)
    if as14 is None:
        pytest.skip("llvm-as-14 is not installed")
    text = ("define i32 @f(i32 %x) #0 !dbg !5 {\n"
            "    #dbg_value(i32 %x, !9, !DIExpression(), !10)\n"
            "  %y = add i32 %x, 1, !dbg !10\n  ret i32 %y, !dbg !10\n}\n"
            "attributes #0 = { memory(argmem: read) nocreateundeforpoison }\n"
            "!llvm.dbg.cu = !{!0}\n!llvm.module.flags = !{!3}\n"
            "!0 = distinct !DICompileUnit(sourceLanguageName: DW_LNAME_C, "
            "sourceLanguageVersion: 199901, file: !1, emissionKind: FullDebug)\n"
            '!1 = !DIFile(filename: "a.c", directory: "/")\n'
            '!3 = !{i32 2, !"Debug Info Version", i32 3}\n'
            '!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !6, '
            "spFlags: DISPFlagDefinition, unit: !0, keyInstructions: true)\n"
            "!6 = !DISubroutineType(types: !7)\n!7 = !{null}\n"
            '!9 = !DILocalVariable(name: "x", arg: 1, scope: !5, file: !1, line: 1, type: !11)\n'
            "!10 = !DILocation(line: 1, column: 1, scope: !5, atomGroup: 1, atomRank: 1)\n"
            '!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)\n')
    out = lowered(text, 15)
    assert "argmemonly readonly" in out and "DW_LANG_C99" in out
    r = run_tool(as14, ["-opaque-pointers", "-", "-o", "/dev/null"], out)
    assert r.returncode == 0, r.stderr.decode(errors="replace")


def test_pass_in_a_pipeline_and_bad_target() -> None:
    module = irpass.parse("declare void @f(ptr captures(none))\n")
    assert PassManager.from_pipeline("compat(llvm=19)").run(module)
    assert "ptr nocapture" in irpass.print_module(module)
    assert not PassManager.from_pipeline("compat(llvm=22)").run(module)
    with pytest.raises(PassError, match="llvm=14 is not supported"):
        PassManager.from_pipeline("compat(llvm=14)").run(module)
