"""Enzyme's diagnostics, read from what ``opt`` wrote on stderr.

Enzyme reports through LLVM's diagnostics (``error: file:line:col: in function f <type>:
Enzyme: <message>``), but the message often spans many lines: a ``<analysis>`` block (its type
analysis of the whole function), then what went wrong (``Illegal updateAnalysis prev:{...}
new: {...}`` / ``val: ...`` / ``origin=...``, ``Illegal updateMemTransfer Analysis ...``), and
before the first diagnostic it may print the whole module. ``read_errors`` keeps what matters:
for each error, where (the source line, or for ``<unknown>`` the line of the instruction named
in the IR given to Enzyme), the function, and the message without the analysis dump and
without IR noise (``!dbg !N``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from irpass.enzyme.types.divalues import dilocation_text, function_location
from irpass.ir.module import Module

_LOCATED = re.compile(r"^(?:error: )?(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                      r"(?:in function (?P<fn>\S+)[^:]*: )?(?P<msg>.*)$")
_STOP = ("LLVM ERROR:", "PLEASE submit a bug report", "Stack dump:", "warning: ")
_DBG = re.compile(r",? !dbg !\d+")
# Trees as Enzyme prints them in messages: {[-1]:Pointer, [-1,0]:Float@double}
TREE = re.compile(r"\{(?:\[-?\d+(?:,-?\d+)*\]:[A-Za-z@0-9]+(?:, )?)*\}")
# Prefixes of the clones Enzyme analyzes ("preprocess_foo" is foo).
CLONE_PREFIXES = ("preprocess_",)
# Lines of Enzyme's activity analysis printed before some messages.
ACTIVITY_DUMP = ("constantarg[", "constantinst[")
MAX_LINE = 400  # characters of one line of a message shown


@dataclass
class EnzymeDiagnostic:
    """One error Enzyme reported, as read from its output (a record, not an exception: the
    ``enzyme`` pass raises ``PassError`` with the errors described)."""

    file: str
    line: int
    col: int
    function: str  # the function of the user's module it is in ("" if not said)
    lines: list[str] = field(default_factory=list)  # the message, cleaned

    @property
    def message(self) -> str:
        return "\n".join(self.lines)

    @property
    def trees(self) -> list[str]:
        """The type trees the message names, as printed."""
        return TREE.findall(self.message)

    @property
    def functions(self) -> set[str]:
        """Functions the message names (``@f``), and the one it is in."""
        names = set(re.findall(r"(?<!\w)@([-\w$.]+)", self.message))
        if self.function:
            names.add(self.function)
        return names

    @property
    def illegal_update(self) -> bool:
        """A contradiction in Enzyme's type analysis (what a wrong type tree causes)."""
        return "Illegal update" in self.message or "Illegal orIn" in self.message


def read_errors(stderr: str) -> list[EnzymeDiagnostic]:
    """The errors in ``stderr`` of an ``opt`` run with the Enzyme plugin."""
    lines = stderr.splitlines()
    out: list[EnzymeDiagnostic] = []
    i = 0
    while i < len(lines):
        m = _LOCATED.match(lines[i])
        if m is None or m.group("file") in ("warning", "note") or \
                not lines[i].startswith("error: ") and "Enzyme" not in lines[i]:
            i += 1
            continue
        fn = m.group("fn") or ""
        for prefix in CLONE_PREFIXES:
            fn = fn.removeprefix(prefix)
        err = EnzymeDiagnostic(m.group("file"), int(m.group("line")), int(m.group("col")), fn)
        body = [m.group("msg").removeprefix("Enzyme: ")]
        i += 1
        while i < len(lines) and not _LOCATED.match(lines[i]) and \
                not lines[i].startswith(_STOP):
            body.append(lines[i])
            i += 1
        err.lines = _clean(body)
        out.append(err)
    return out


def _clean(body: list[str]) -> list[str]:
    """The message without the ``<analysis>`` and activity dumps, functions printed whole,
    blank lines and ``!dbg`` references."""
    out: list[str] = []
    in_analysis = in_function = False
    for line in body:
        # A function Enzyme printed whole ("; Function Attrs", "define ... {" to "}").
        if not in_analysis and line.startswith(("; Function Attrs", "define ")):
            in_function = True
        if in_function:
            in_function = line != "}"
            continue
        rest = line
        if "<analysis>" in rest:
            before, _, rest = rest.partition("<analysis>")
            if before.strip():
                out.append(before.rstrip())
            in_analysis = True
        if in_analysis:
            if "</analysis>" not in rest:
                continue
            rest = rest.split("</analysis>", 1)[1]
            in_analysis = False
        rest = _DBG.sub("", rest).rstrip()
        if rest.strip().startswith(ACTIVITY_DUMP):
            continue
        if rest.strip():
            out.append(rest if len(rest) <= MAX_LINE else rest[:MAX_LINE] + " ...")
    return out


def last_fatal(stderr: str) -> str | None:
    """``LLVM ERROR: ...`` (a fatal error, an assertion) if ``opt`` stopped with one."""
    for line in reversed(stderr.splitlines()):
        if line.startswith("LLVM ERROR:") or ": Assertion `" in line:
            return line.strip()
    return None


def describe(errors: list[EnzymeDiagnostic], text: str, module: Module) -> str:
    """Diagnostics for ``errors``: ``file:line:col: error: Enzyme: message`` with the rest of
    the message indented below. Errors at ``<unknown>`` are located by the ``!dbg`` of an
    instruction they name, or in the IR given to Enzyme (``text``)."""
    out = []
    for err in errors:
        where = f"{err.file}:{err.line}:{err.col}"
        if err.file == "<unknown>":
            where = locate(err, text, module)
        lines = [line + _variable_note(line, err.function, module)
                 for line in _split_origin(err.lines or ["(no message)"])]
        first, *rest = lines
        detail = "".join(f"\n  {line.strip()}" for line in rest)
        scope = f"\n  in @{err.function}" if err.function else ""
        out.append(f"{where}: error: Enzyme: {first}{detail}{scope}")
    return "\n".join(out)


def _split_origin(lines: list[str]) -> list[str]:
    """``val: X origin=Y`` on two lines."""
    out = []
    for line in lines:
        if line.startswith("val:") and " origin=" in line:
            val, origin = line.split(" origin=", 1)
            out += [val, "origin: " + origin.strip()]
        else:
            out.append(line)
    return out


_VALUE = re.compile(r'^\s*(%(?:[-\w$.]+|"[^"]*")) = (?:tail |musttail |notail )?(\w+)')


def named_instruction(line: str) -> str:
    """The instruction a line of a message names (``val:``, ``origin:``, ``at context:``, ``Cannot
    deduce type of copy ...``, or a line that is an instruction), or ""."""
    if "Cannot deduce type of" in line:
        return re.sub(r"^.*Cannot deduce type of \w+\s*", "", line)
    for key in ("val:", "origin:", "at context:"):
        if line.strip().startswith(key):
            line = line.strip()
            return line[len(key):].split(" origin=")[0]
    return line if _VALUE.match(line) else ""


def _variable_note(line: str, function: str, module: Module) -> str:
    name = variable_of(named_instruction(line), function, module)
    return f"  [source variable '{name}']" if name else ""


def variable_of(instruction: str, function: str, module: Module) -> str | None:
    """The source variable of an instruction Enzyme printed, when debug info knows it: found
    by its name in ``function`` as the module printed it (Enzyme's clones are renumbered, so
    an instruction of another opcode there is not taken for it)."""
    from irpass.enzyme.types.divalues import source_variables
    from irpass.ir.writer import LocalNamer, Printer

    m = _VALUE.match(instruction)
    fn = module.get_function(function) if function and m else None
    if m is None or fn is None or not fn.blocks:
        return None
    namer = LocalNamer(Printer(module), fn)
    for inst in fn.instructions():
        if not inst.type.is_void and inst.opcode == m.group(2) and \
                inst.ref(namer) == m.group(1):
            found = source_variables(module, fn).get(inst)
            return found[0] if found else None
    return None


def locate(err: EnzymeDiagnostic, text: str, module: Module) -> str:
    """Where an error Enzyme could not place is: the line, in the IR given to Enzyme, of the
    instruction the message names. (Enzyme places every instruction that has a ``!dbg``; its
    ``!dbg`` numbers are those of its own printing, not of ``text``.)"""
    for line in err.lines:
        inst = named_instruction(line).strip()
        if inst:
            found = ir_location(inst, text, module.source_name, err.function)
            if found is not None:
                return found
    fn = module.get_function(err.function) if err.function else None
    return (function_location(module, fn) if fn is not None else None) or \
        f"{module.source_name}:0:0"


def ir_location(instruction: str, text: str, name: str, fn: str) -> str | None:
    """``name:line:col`` of an instruction Enzyme printed, in the IR given to Enzyme
    (searched for in function ``fn``; Enzyme renumbers attribute groups, so without them)."""
    wanted = re.sub(r"(\s+#\d+)+$", "", _DBG.sub("", instruction).split(", !")[0].strip())
    header = re.search(rf"^define [^\n]*@{re.escape(fn)}\(", text, re.M) if fn else None
    at = text.find(wanted, header.start() if header else 0) if wanted else -1
    if at < 0:
        return None
    line = text.count("\n", 0, at) + 1
    return f"{name}:{line}:{at - text.rfind(chr(10), 0, at)}"


def locate_instruction(instruction: str, text: str, module: Module
                       ) -> tuple[str, str, str | None]:
    """``(where, function, variable)`` of an instruction Enzyme printed: its source location
    (through the ``!dbg`` it has in the IR given to Enzyme, ``text``) or else its line there,
    the function holding it, and the source variable it is, where debug info says."""
    wanted = re.sub(r"(\s+#\d+)+$", "", _DBG.sub("", instruction).split(", !")[0].strip())
    argument = re.fullmatch(r"\S+ (%[-\w$.]+)", wanted)
    if argument:  # a parameter (``ptr %old``): the header that declares it
        m = re.search(rf"^define [^\n]*{re.escape(argument.group(1))}[,)]", text, re.M)
        at = m.start() if m else -1
    else:
        at = text.find(wanted) if wanted else -1
    if at < 0:
        return f"{module.source_name}:0:0", "", None
    headers = list(re.finditer(r"^define [^\n]*?@(\"[^\"]*\"|[-\w$.]+)\(",
                               text[:text.find("\n", at)], re.M))
    function = headers[-1].group(1).strip('"') if headers else ""
    line_end = text.find("\n", at)
    dbg = re.search(r"!dbg !(\d+)", text[at:line_end if line_end >= 0 else len(text)])
    where = dilocation_text(module, int(dbg.group(1))) if dbg else None
    if where is None or where.startswith("<unknown>"):
        line = text.count("\n", 0, at) + 1
        where = f"{module.source_name}:{line}:{at - text.rfind(chr(10), 0, at)}"
    return where, function, variable_of(instruction, function, module) if function else None


# ---- crashes -------------------------------------------------------------------------------
_FRAME = re.compile(r"^\s*#\d+ 0x[0-9a-fA-F]+ (?P<fn>.*?)(?: \((?P<obj>[^()]*)\+0x[0-9a-fA-F]+\))?$")
_SIGNAL_HANDLING = ("llvm::sys::", "__restore_rt", "SignalHandler", "abort", "raise",
                    "pthread_kill", "__assert_fail", "__GI_")


def signal_name(returncode: int) -> str | None:
    """``SIGSEGV (signal 11)`` for a process killed by a signal (negative return code, or
    128 + N from a shell)."""
    import signal

    number = -returncode if returncode < 0 else returncode - 128 if returncode > 128 else 0
    if number <= 0:
        return None
    try:
        return f"{signal.Signals(number).name} (signal {number})"
    except ValueError:
        return f"signal {number}"


def crashed(returncode: int, stderr: str) -> bool:
    """Whether ``opt`` crashed (a signal, or LLVM's stack dump) rather than reported an
    error and stopped."""
    return signal_name(returncode) is not None or "Stack dump:" in stderr


def frame_name(text: str) -> str:
    """A stack frame's function, without its return type, template and parameters:
    ``bool A::f<(Q)0, false>(G const*, ...)`` -> ``A::f``."""
    depth, out = 0, []
    for ch in text:
        if ch in "<(":
            depth += 1
        elif ch in ">)":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    name = "".join(out).strip()
    return name.split(" ")[-1] if name else text.strip()


def crash_frames(stderr: str, plugin_file: str) -> list[str]:
    """The functions of the stack dump in the plugin (all but the signal handling when none
    is), innermost first."""
    frames = [(frame_name(m.group("fn")), m.group("obj") or "")
              for m in map(_FRAME.match, stderr.splitlines()) if m]
    mine = [f for f, obj in frames if obj.endswith(plugin_file)]
    return mine or [f for f, obj in frames if f and not f.startswith(_SIGNAL_HANDLING + ("(",
                    "./", "/")) and "libc.so" not in obj]


def recursion(frames: list[str]) -> tuple[list[str], int] | None:
    """The cycle of functions the stack repeats and how many times, when it repeats one at
    least 20 times (an endless recursion), else None."""
    for period in range(1, 9):
        if len(frames) < 20 * period:
            break
        tail = frames[-20 * period:]  # the outermost frames shown
        if all(tail[i] == tail[i % period] for i in range(len(tail))):
            cycle = tail[:period]
            count = sum(1 for i in range(0, len(frames) - period + 1, 1)
                        if frames[i:i + period] == cycle)
            return cycle, count
    return None


def crash_story(stderr: str, plugin_file: str) -> list[str]:
    """Where Enzyme was when ``opt`` crashed, and what it printed just before: lines for a
    report."""
    out: list[str] = []
    frames = crash_frames(stderr, plugin_file)
    cycle = recursion(frames)
    if cycle is not None:
        names, count = cycle
        out.append(f"Enzyme was in an endless recursion: {' <- '.join(names)} "
                   f"(repeated {count} times in the {len(frames)} frames shown)")
        inner = [f for f in frames[:12] if f not in names]
        if inner:
            out.append(f"innermost: {' <- '.join(inner[:4])}")
    elif frames:
        out.append(f"in {' <- '.join(frames[:6])}")
    fatal = last_fatal(stderr)
    if fatal:
        out.append(fatal)
    before = stderr.split("PLEASE submit a bug report")[0].split("Stack dump:")[0]
    said = [ln for ln in before.strip().splitlines() if ln.strip()][-8:]
    if said:
        out.append("Enzyme's last words: " + said[0][:MAX_LINE])
        out += [ln[:MAX_LINE] for ln in said[1:]]
    return out


# ---- what to do about it -----------------------------------------------------------------
_MISSING = re.compile(r"No (?:reverse pass|augmented forward pass|forward pass|derivative) "
                      r"found for (\S+?)(?:\(|\s|$)|No create nofree of empty function "
                      r"\([^)]*\) (\S+?)\)")
RUST_STD_HINT = ("hint: this is rustc's IR, and the derivative reaches std's code, which the "
                 "module only declares (and the allocator, under names Enzyme does not "
                 "know): add rust-std before typeinfo: --passes rust-std,typeinfo,enzyme")


def rust_std_hint(stderr: str, module: Module) -> str | None:
    """The hint for a Rust module that did not go through ``rust-std``, when Enzyme stopped
    because a function it must differentiate is only declared (std's code, or the mangled
    allocator shims of rustc 1.95); None otherwise."""
    from irpass.enzyme.rust.rustnames import allocator_shim
    from irpass.enzyme.rust.ruststd import is_rust, was_prepared

    names = [a or b for a, b in _MISSING.findall(stderr)]
    if not names or not is_rust(module) or was_prepared(module):
        return None
    for name in names:
        fn = module.get_function(name)
        if allocator_shim(name) is not None or name.startswith(("_R", "_ZN")) and \
                (fn is None or not fn.blocks and fn.lazy_body is None):
            return RUST_STD_HINT
    return None
