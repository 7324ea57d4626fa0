"""What opt-22's analysis printers say, read back for the tests that compare irpass's
analyses with LLVM's (``print<loops>``, ``print<postdomtree>``, ``loop(print)``), and random
CFGs to give them shapes the corpus lacks (infinite loops, irreducible regions, unreachable
blocks, several exits)."""

from __future__ import annotations

import random
import re
import subprocess

from conftest import needs_tool

from irpass.ir.names import format_name, unescape

_QUOTED = re.compile(r'%"((?:[^"\\]|\\.)*)"')
_LABEL = re.compile(r'^("(?:[^"\\]|\\.)*"|[-\w.$]+):')


def opt_stderr(text: str, passes: str, *flags: str) -> str:
    """What ``opt-22 -passes=PASSES`` writes to stderr (the printers' output)."""
    tool = needs_tool("opt", 22)
    r = subprocess.run([tool, f"-passes={passes}", *flags, "-"], input=text.encode(),
                       capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode()[:2000]
    return r.stderr.decode()


def respell(text: str) -> str:
    """Local names spelled as irpass spells them: LLVM quotes names with ``$`` (Rust's
    mangled names), irpass writes them bare; both read back the same."""
    return _QUOTED.sub(lambda m: format_name("%", unescape(m.group(1))), text)


def sections(out: str, head: str) -> dict[str, str]:
    """Function name -> the printer's text for it; ``head`` is a regex of the line that
    starts each function's part, its group 1 the function's name."""
    parts = re.split(head, out, flags=re.M)
    return {parts[i]: respell(parts[i + 1]) for i in range(1, len(parts), 2)}


def loops_by_function(out: str) -> dict[str, str]:
    """``print<loops>``: function name -> its loops' lines."""
    return {k: v.rstrip("\n") for k, v in
            sections(out, r"^Loop info for function '(.*)':\n").items()}


def postdom_by_function(out: str) -> dict[str, tuple[dict[str, str | None], list[str]]]:
    """``print<postdomtree>``: function name -> (node -> its parent, roots); the virtual
    root is ``<<exit node>>``, with parent None."""
    result = {}
    for name, body in sections(out, r"^PostDominatorTree for function: (.*)\n").items():
        parent: dict[str, str | None] = {}
        stack: list[str] = []
        for m in re.finditer(r"^\s*\[(\d+)\] +(<<exit node>>|%\S+) \{", body, re.M):
            depth, node = int(m.group(1)), m.group(2)
            del stack[depth - 1:]
            parent[node] = stack[-1] if stack else None
            stack.append(node)
        roots = re.search(r"^Roots: (.*)$", body, re.M).group(1).split()
        result[name] = (parent, roots)
    return result


def printed_loops(out: str) -> list[tuple[str | None, frozenset[str], frozenset[str]]]:
    """``loop(print)`` on loop-simplified IR: (preheader, blocks, exit blocks) of each loop
    (``<entry>`` for an unnamed entry block, printed without a label). Every loop must
    have a preheader, which is how one loop's part is told from the next."""
    loops: list[dict] = []
    state = ""
    for line in out.splitlines():
        if line.startswith("; Preheader:"):
            loops.append({"pre": "<entry>", "blocks": [], "exits": []})
            state = "pre"
            continue
        if line.startswith("; Loop:"):
            state = "blocks"
            continue
        if line.startswith("; Exit blocks"):
            state = "exits"
            continue
        m = _LABEL.match(line)
        if state == "pre" and line.strip():
            if m:
                loops[-1]["pre"] = respell("%" + m.group(1))
            state = "in-pre"
        elif m and state in ("blocks", "exits"):
            loops[-1][state].append(respell("%" + m.group(1)))
    return [(x["pre"], frozenset(x["blocks"]), frozenset(x["exits"])) for x in loops]


def random_cfg_module(seed: int, functions: int = 200, most_blocks: int = 12) -> str:
    """A module of ``functions`` functions whose blocks end in random ``ret``,
    ``unreachable``, ``br``, conditional ``br`` and ``switch`` (never back to the entry)."""
    rng = random.Random(seed)
    out = []
    for k in range(functions):
        n = rng.randint(1, most_blocks)
        lines = [f"define void @f{k}(i32 %x) {{"]
        targets = [f"%b{i}" for i in range(1, n)]
        for i in range(n):
            lines.append(f"b{i}:")
            r = rng.random()
            if not targets or r < 0.12:
                lines.append("  ret void")
            elif r < 0.18:
                lines.append("  unreachable")
            elif r < 0.5:
                lines.append(f"  br label {rng.choice(targets)}")
            elif r < 0.85:
                lines.append(f"  %c{i} = icmp eq i32 %x, {i}")
                lines.append(f"  br i1 %c{i}, label {rng.choice(targets)}, "
                             f"label {rng.choice(targets)}")
            else:
                cases = " ".join(f"i32 {j}, label {rng.choice(targets)}"
                                 for j in range(rng.randint(1, 3)))
                lines.append(f"  switch i32 %x, label {rng.choice(targets)} [ {cases} ]")
        lines.append("}")
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"
