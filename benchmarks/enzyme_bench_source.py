"""The source edits behind the ``benchmarks`` part of enzyme_suites.py, as pure text functions
(no tools run here; tests/test_enzyme_suites.py tests them).

- ``enzyme_part``: the Enzyme code of one of Enzyme's ``benchmarks/ReverseMode`` C++ sources,
  whose files also hold Tapenade and Adept code (``adBuffer.h``, ``adept.h``, not available)
  and the benchmark's own ``main``. The file is cut into its top-level items (preprocessor
  lines, declarations, function definitions, ``extern "C" {}`` and ``namespace {}`` blocks);
  an item is left out when it uses Adept or Tapenade (their headers, types and runtime
  calls), names a Rust port (``rust_*``), defines ``main``, or calls a function that only
  left-out items define. Left-out items become blank lines and ``#if 0`` regions too, so
  every kept line keeps its line number (debug info and messages point at Enzyme's file).
- ``rewrite_autodiff``: a Rust port's source with each ``#[autodiff(NAME, Reverse, ...)]``
  attribute replaced by a generated function NAME that calls ``__enzyme_autodiff`` with
  marker statics, for a stable rustc (which has no ``std::autodiff``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# ---- C++: top-level items -------------------------------------------------------------------
FOREIGN = re.compile(
    r"\b(adept\w*|adouble|aVector|aMatrix|aReal|adBuffer|adStack|ADEPT\w*|"
    r"(push|pop)(Real|Control|Integer|Pointer|Boolean)\w*|rust\w*)\b")
FOREIGN_NAME = re.compile(r"(?i)adept|tapenade|^rust|_b$|_c$|_d$|_nodiff$|^main$")
_CONTAINER = re.compile(r'^\s*(extern\s+"C"|namespace\b[\w\s]*)\s*\{', re.S)
_IDENT_CALL = re.compile(r"\b([A-Za-z_]\w*)\s*[(<]")


@dataclass
class Item:
    """One top-level item: ``text[start:end]`` of the source it was cut from."""

    start: int
    end: int
    kind: str  # "pp", "container", "decl" (declaration or definition)
    text: str
    names: set[str] = field(default_factory=set)  # functions it defines
    children: list[Item] = field(default_factory=list)


def blank(text: str) -> str:
    """``text`` with every character but newlines made a space (keeps line numbers)."""
    return re.sub(r"[^\n]", " ", text)


def code_only(text: str) -> str:
    """``text`` with comments, string and character literals blanked (same length)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + blank(text[i + 1:j - 1]) + (c if j - 1 > i else ""))
            i = j
            continue
        else:
            out.append(c)
            i += 1
            continue
        out.append(blank(text[i:j]))
        i = j
    return "".join(out)[:n]


def without_if0(text: str) -> str:
    """``#if 0`` ... ``#endif`` regions (nesting counted) blanked; an ``#else`` part stays."""
    lines = text.split("\n")
    depth, dead = 0, 0  # depth of #if nesting inside the dead region
    for i, line in enumerate(lines):
        s = line.strip()
        if dead:
            if re.match(r"#\s*if", s):
                depth += 1
            elif re.match(r"#\s*endif", s):
                if depth == 0:
                    dead = 0
                else:
                    depth -= 1
            elif re.match(r"#\s*(else|elif)", s) and depth == 0:
                dead = 0
                lines[i] = "#if 1"  # the #endif that follows closes it
                continue
            lines[i] = blank(line)
        elif re.match(r"#\s*if\s+0\b", s):
            dead, depth = 1, 0
            lines[i] = blank(line)
    return "\n".join(lines)


def top_level_items(text: str, offset: int = 0) -> list[Item]:
    """Cut ``text`` (C or C++, ``#if 0`` already blanked) into its top-level items."""
    code = code_only(text)
    items: list[Item] = []
    i, n = 0, len(code)
    while i < n:
        if code[i].isspace() or code[i] == ";":
            i += 1
            continue
        start = i
        if code[i] == "#":
            while True:
                j = code.find("\n", i)
                j = n if j < 0 else j
                if code[i:j].rstrip().endswith("\\") and j < n:
                    i = j + 1
                    continue
                break
            items.append(Item(offset + start, offset + j, "pp", text[start:j]))
            i = j
            continue
        depth, j, kind = 0, i, "decl"
        header_end = None
        while j < n:
            c = code[j]
            if c == "{":
                if depth == 0 and header_end is None:
                    header_end = j
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    head = code[start:header_end].strip()
                    if _CONTAINER.match(text[start:header_end + 1]):
                        kind = "container"
                        j += 1
                        break
                    if head.endswith(")") or re.search(r"\)\s*(const|noexcept|override)"
                                                       r"[\s\w()]*$", head):
                        j += 1
                        break
            elif c == ";" and depth == 0:
                j += 1
                break
            elif c == "#" and depth == 0 and (j == 0 or code[j - 1] == "\n"):
                break  # a preprocessor line ends an unterminated declaration
            j += 1
        item = Item(offset + start, offset + j, kind, text[start:j])
        if kind == "container":
            body_start = header_end + 1
            item.children = top_level_items(text[body_start:j - 1], offset + body_start)
            for child in item.children:
                item.names |= child.names
        elif header_end is not None:
            head = code[start:header_end].rstrip()
            m = re.search(r"([A-Za-z_~][\w:]*)\s*\((?:[^()]|\([^()]*\))*\)[\s\w]*$", head)
            if m and not head.lstrip().startswith(("struct", "class", "union", "enum",
                                                      "typedef")):
                item.names.add(m.group(1).split("::")[-1])
        items.append(item)
        i = j
    return items


def _calls(item: Item) -> set[str]:
    return set(_IDENT_CALL.findall(code_only(item.text)))


def _foreign(item: Item) -> bool:
    return bool(FOREIGN.search(code_only(item.text))) or any(
        FOREIGN_NAME.search(name) for name in item.names)


def enzyme_part(text: str, replace_includes: dict[str, list[str]] | None = None,
                defines: dict[str, str] | None = None, source_name: str = "",
                gone: set[str] | None = None) -> str:
    """The Enzyme code of a benchmark source, line numbers kept (see the module docstring).

    ``replace_includes`` maps an ``#include`` line's file (e.g. ``../adbench/gmm.h``, the
    ADBench driver with its own ``main``) to the lines put there instead, after which a
    ``#line`` directive restores the numbering (``source_name`` is the file it names).
    ``defines`` gives new values to ``#define NAME value`` lines (smaller sizes); ``gone``
    names functions left out elsewhere (in a header the source includes)."""
    text = without_if0(text)
    keep, drop = split_items(text, gone or set())
    out = list(text)
    for it in drop:
        out[it.start:it.end] = list(blank(text[it.start:it.end]))
    lines = "".join(out).split("\n")
    for no, line in enumerate(lines):
        m = re.match(r'\s*#\s*include\s*"([^"]+)"', line)
        if m and replace_includes and m.group(1) in replace_includes:
            lines[no] = "\n".join([*replace_includes[m.group(1)],
                                   f'#line {no + 2} "{source_name}"' if source_name else
                                   f"#line {no + 2}"])
        m = re.match(r"\s*#\s*define\s+(\w+)\s+(.*)$", line)
        if m and defines and m.group(1) in defines:
            lines[no] = f"#define {m.group(1)} {defines[m.group(1)]}"
    return "\n".join(lines)


def left_out(text: str) -> set[str]:
    """The functions that ``enzyme_part`` leaves out of ``text`` and nothing kept defines."""
    keep, drop = split_items(without_if0(text), set())
    return set().union(*(it.names for it in drop)) - set().union(*(it.names for it in keep))


def split_items(text: str, gone: set[str]) -> tuple[list[Item], list[Item]]:
    """The top-level items of ``text`` kept and left out (see the module docstring)."""
    items = top_level_items(text)
    # Containers are dropped whole when they hold foreign code (Tapenade's extern "C" blocks
    # include adBuffer.h); otherwise their items are judged one by one.
    drop: list[Item] = []
    keep: list[Item] = []

    def judge(its: list[Item]) -> None:
        for it in its:
            if it.kind == "container":
                if FOREIGN.search(code_only(it.text)) and not any(
                        "__enzyme_" in c.text for c in it.children):
                    drop.append(it)
                else:
                    judge(it.children)
            elif it.kind == "pp":
                (drop if FOREIGN.search(it.text) else keep).append(it)
            else:
                (drop if _foreign(it) else keep).append(it)

    judge(items)
    # A kept item calling a function that only dropped items define goes too.
    while True:
        kept_names = set().union(*(it.names for it in keep))
        gone_now = (gone | set().union(*(it.names for it in drop))) - kept_names
        more = [it for it in keep if it.kind == "decl" and _calls(it) & gone_now]
        if not more:
            break
        drop += more
        keep = [it for it in keep if it not in more]
    return keep, drop


# ---- Rust: #[autodiff] -> __enzyme_autodiff ----------------------------------------------------
class AutodiffError(ValueError):
    """An ``#[autodiff]`` attribute this rewriting does not handle."""


EXTERN_BLOCK = ('#[allow(non_upper_case_globals, dead_code, improper_ctypes)] extern "C" { '
                "fn __enzyme_autodiff(f: *const u8, ...); static enzyme_dup: i32; "
                "static enzyme_const: i32; static enzyme_dupnoneed: i32; "
                "static enzyme_out: i32; }")
_ATTR = re.compile(r"^[ \t]*#\[autodiff\((?P<args>.*?)\)\][ \t]*$", re.M | re.S)
_USE = re.compile(r"^[ \t]*use std::autodiff::autodiff;[ \t]*$", re.M)
_FEATURE = re.compile(r"^[ \t]*#!\[feature\(autodiff\)\][ \t]*$", re.M)
_SIG = re.compile(r"(?P<vis>pub(?:\s*\([^)]*\))?\s+)?(?P<unsafe>unsafe\s+)?"
                  r'(?:extern\s+"[^"]*"\s+)?fn\s+(?P<name>\w+)\s*\(')


def _split_top(text: str, sep: str = ",") -> list[str]:
    """``text`` split at ``sep`` outside brackets (types like ``&[f64; N * N]``)."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def _signature(text: str, pos: int) -> tuple[re.Match, list[tuple[str, str]], str]:
    """The ``fn`` after ``pos`` (other attributes skipped): its match, (name, type) per
    parameter, and its return type ("" for none)."""
    m = _SIG.search(text, pos)
    if m is None:
        raise AutodiffError("no fn follows the #[autodiff] attribute")
    depth, i = 1, m.end()
    while depth:
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        i += 1
    params = []
    for p in _split_top(text[m.end():i - 1]):
        name, _, ty = p.partition(":")
        params.append((name.strip().removeprefix("mut ").strip(), ty.strip()))
    ret = text[i:text.index("{", i)].strip().removeprefix("->").strip()
    return m, params, "" if ret == "()" else ret


def _shadow_type(ty: str) -> str:
    if ty.startswith("&"):
        return "&mut " + ty.removeprefix("&").strip().removeprefix("mut ").strip()
    if ty.startswith("*"):
        return "*mut " + re.sub(r"^\*\s*(const|mut)\s+", "", ty)
    raise AutodiffError(f"a shadow for a parameter of type {ty} (not a reference or pointer)")


def _operands(ty: str, value: str, activity: str, shadow: str) -> list[str]:
    """The LLVM-level arguments of one Rust parameter, each preceded by its marker."""
    slice_ = re.fullmatch(r"&\s*(mut\s+)?\[[^;\]]+\]", ty)
    if slice_:  # a slice is a pointer and a length
        if activity == "Const":
            return ["enzyme_const", f"{value}.as_ptr()", "enzyme_const", f"{value}.len()"]
        marker = "enzyme_dup" if activity == "Duplicated" else "enzyme_dupnoneed"
        return [marker, f"{value}.as_ptr()", f"{shadow}.as_ptr()", "enzyme_const",
                f"{value}.len()"]
    if ty.startswith(("&", "*")):
        ptr = f"{value} as *const _ as *const u8"
        if activity == "Const":
            return ["enzyme_const", ptr]
        marker = "enzyme_dup" if activity == "Duplicated" else "enzyme_dupnoneed"
        return [marker, ptr, f"{shadow} as *const _ as *const u8"]
    if ty in ("f64", "f32"):
        if activity == "Active":
            return ["enzyme_out", f"{value} as f64"]
        if activity == "Const":
            return ["enzyme_const", f"{value} as f64"]
    if re.fullmatch(r"[iu](8|16|32|64|size)|bool", ty):
        if activity != "Const":
            raise AutodiffError(f"an integer parameter marked {activity}")
        wide = ty if re.fullmatch(r"[iu](32|64|size)", ty) else "i32"
        return ["enzyme_const", f"{value} as {wide}"]
    raise AutodiffError(f"a parameter of type {ty} marked {activity}")


def autodiff_function(args: str, sig: re.Match, params: list[tuple[str, str]],
                      ret: str) -> str:
    """The function an ``#[autodiff(NAME, Reverse, activities...)]`` attribute generates,
    on one line: the parameters of the original, each Duplicated/DuplicatedOnly one followed
    by its shadow, calling ``__enzyme_autodiff`` on the original."""
    words = [w.strip() for w in _split_top(args)]
    if len(words) < 2 or words[1] != "Reverse":
        raise AutodiffError(f"#[autodiff({args})]: only Reverse mode is rewritten")
    name, acts = words[0], words[2:]
    if ret or len(acts) != len(params):
        raise AutodiffError(f"#[autodiff({args})]: {len(acts)} activities for "
                            f"{len(params)} parameters{' and a return value' if ret else ''}")
    sig_params, operands, actives = [], [], 0
    for i, ((_, ty), act) in enumerate(zip(params, acts)):
        if act not in ("Const", "Duplicated", "DuplicatedOnly", "Active"):
            raise AutodiffError(f"activity {act} is not rewritten")
        sig_params.append(f"p{i}: {ty}")
        if act in ("Duplicated", "DuplicatedOnly"):
            sig_params.append(f"s{i}: {_shadow_type(ty)}")
        actives += act == "Active"
        operands += _operands(ty, f"p{i}", act, f"s{i}")
    if actives > 1:
        raise AutodiffError("more than one Active parameter (a struct of gradients)")
    vis = (sig.group("vis") or "").strip()
    unsafe = "unsafe " if sig.group("unsafe") else ""
    original = sig.group("name")
    ret_ty = " -> f64" if actives else ""
    # With an Active parameter the gradient is what __enzyme_autodiff returns.
    decl = ('extern "C" { fn __enzyme_autodiff(f: *const u8, ...) -> f64; } ' if actives
            else "")
    call = f"__enzyme_autodiff({original} as *const u8, {', '.join(operands)})"
    body = f"unsafe {{ {decl}{call} }}"
    return (f"#[allow(unused_unsafe, clippy::all)] {vis + ' ' if vis else ''}{unsafe}fn "
            f"{name}({', '.join(sig_params)}){ret_ty} {{ {body} }}")


def rewrite_autodiff(text: str) -> tuple[str, int]:
    """``text`` (a Rust source file) with ``#![feature(autodiff)]`` and
    ``use std::autodiff::autodiff;`` made blank lines, the declarations of
    ``__enzyme_autodiff`` and the marker statics put where that ``use`` was (else at the
    end), and each ``#[autodiff]`` attribute replaced by its generated function (one line,
    then blank lines: the file keeps its line numbers). Returns the text and the number of
    attributes rewritten."""
    out, last, count = [], 0, 0
    for m in _ATTR.finditer(text):
        sig, params, ret = _signature(text, m.end())
        line = autodiff_function(" ".join(m.group("args").split()), sig, params, ret)
        # Before the item's other attributes (#[no_mangle] ...), which stay the original's.
        start = m.start()
        while True:
            prev = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start else 0
            if start and re.match(r"[ \t]*(#\[.*\]|///.*)[ \t]*\n", text[prev:start]):
                start = prev
            else:
                break
        out += [text[last:start], line + " ", text[start:m.start()],
                "\n" * m.group(0).count("\n")]
        last = m.end()
        count += 1
    out.append(text[last:])
    text = _FEATURE.sub("", "".join(out))
    if count or _USE.search(text):
        text, n = _USE.subn(EXTERN_BLOCK, text, count=1)
        text = _USE.sub("", text)
        if not n:
            text = text.rstrip("\n") + "\n" + EXTERN_BLOCK + "\n"
    return text, count
