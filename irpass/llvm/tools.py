"""LLVM's command-line tools: which LLVM a tool is."""

from __future__ import annotations

import re
import subprocess

TOOL_TIMEOUT = 60  # seconds, for version queries


def opt_version(tool: str) -> int | None:
    """The LLVM major version ``tool --version`` reports."""
    try:
        out = subprocess.run([tool, "--version"], capture_output=True, text=True,
                             timeout=TOOL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r"LLVM version (\d+)", out.stdout + out.stderr)
    return int(m.group(1)) if m else None
