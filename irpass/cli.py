"""The ``irpass`` command.

    irpass run [--passes P] IN [-o OUT]     parse, run passes, print (OUT defaults to stdout)
    irpass check IN                         parse and verify with LLVM; the exit status says
    irpass list                             every pass with its description and options
    irpass sites IN [--json]                the __enzyme_* call sites and their activities
    irpass types IN [--json]                the Enzyme type trees irpass derives from debug info
    irpass plugin                           the Enzyme plugin the enzyme pass would use
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from irpass.passes.base import PassError
from irpass.text.diagnostics import IRError

EXIT_ERROR = 1


def _read_module(path: str, lazy: bool = False):
    from irpass.parser.reader import read_module
    from irpass.text.io import read_text

    text = read_text(path)
    return read_module(text, "<stdin>" if path == "-" else path, lazy)


def cmd_run(args: argparse.Namespace) -> int:
    from irpass.ir.writer import print_module
    from irpass.passes.manager import Instrumentation, PassManager
    from irpass.text.io import write_text

    instrumentation = Instrumentation(
        print_after_all=args.print_after_all, print_changed=args.print_changed,
        time_passes=args.time_passes, verify_each=args.verify_each)
    _load_plugins(args)
    # Parse the pipeline first: a typo in it should not cost a parse of a big module.
    pm = PassManager.from_pipeline(args.passes or "", instrumentation)
    # Lazy: bodies are parsed as the passes need them (Pass.functions_needed) and the others printed as
    # they came in. Without passes the run is a full parse, which checks every body.
    lazy = args.lazy if args.lazy is not None else bool(pm.passes)
    module = _read_module(args.input, lazy)
    pm.run(module)
    # As opt does: what the passes changed is verified before anything is written (a module
    # no pass changed was checked when it was read; see irpass.passes.verification).
    if args.verify:
        pm.verification.check_model(module)
    text = print_module(module)
    if args.verify:
        pm.verification.check_llvm(module, text)
    write_text(args.output, text)
    return 0


def _load_plugins(args: argparse.Namespace) -> None:
    """The passes of each ``--load FILE.py|MODULE``, in order."""
    if args.load:
        from irpass.passes.plugins import load

        for spec in args.load:
            load(spec)


def cmd_check(args: argparse.Namespace) -> int:
    from irpass.ir.writer import print_module
    from irpass.llvm.llvmlite_check import verify
    from irpass.parser.reader import read_module
    from irpass.text.io import read_text
    from irpass.text.llvm_messages import diagnose

    name = "<stdin>" if args.input == "-" else args.input
    text = read_text(args.input)
    module = read_module(text, name)
    # LLVM's own words and place for what only LLVM refuses (its verifier's rules, and
    # what LLVM 22 no longer reads), then irpass's output, which must read as the input does.
    problem = verify(text)
    if problem is not None:
        sys.stderr.write(diagnose(name, text, problem) + "\n")
        return EXIT_ERROR
    problem = verify(print_module(module))
    if problem is not None:
        sys.stderr.write(f"{name}: error: LLVM reads the input but not irpass's output of it "
                         f"(a bug of irpass):\n{problem}\n")
        return EXIT_ERROR
    if not args.quiet:
        n = sum(1 for f in module.functions if f.blocks)
        print(f"{args.input}: ok ({n} function definitions, {len(module.entities)} entities)")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from irpass.passes.registry import all_passes, origin

    _load_plugins(args)
    for name, cls in all_passes().items():
        where = origin(name)
        mine = where.startswith("irpass.")
        print(f"{name:16} {cls.description()}" + ("" if mine else f" [from {where}]"))
        for opt, type_name, default in cls.options():
            shown = "" if default in (None, "") else f" (default: {default})"
            print(f"{'':16}   {opt}: {type_name}{shown}")
    return 0


def cmd_sites(args: argparse.Namespace) -> int:
    from irpass.enzyme.report import sites_report

    sys.stdout.write(sites_report(_read_module(args.input), as_json=args.json))
    return 0


def cmd_types(args: argparse.Namespace) -> int:
    from irpass.enzyme.report import types_report

    sys.stdout.write(types_report(_read_module(args.input), as_json=args.json))
    return 0


def cmd_plugin(args: argparse.Namespace) -> int:
    from irpass.enzyme.run.plugin import find_plugin

    found = find_plugin(args.plugin, llvm=args.llvm)
    print(found.path if args.quiet else f"{found.path} (LLVM {found.llvm}, {found.opt})")
    return 0


def cmd_include(args: argparse.Namespace) -> int:
    """The directory of irpass's C headers (irpass_gradcheck.h), for ``-I``."""
    print(Path(__file__).resolve().parent / "include")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="irpass", description="Read, rewrite and write LLVM IR; "
                                "the front end that hands programs to Enzyme.")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="parse, run a pipeline of passes, print")
    run.add_argument("input", help="LLVM IR file, or - for stdin")
    run.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    run.add_argument("-p", "--passes", default="", help="pipeline, e.g. typeinfo,enzyme")
    run.add_argument("-S", action="store_true", help="text output (always; accepted as opt does)")
    run.add_argument("--print-after-all", action="store_true", help="print the IR after each pass")
    run.add_argument("--print-changed", action="store_true",
                     help="print a diff of the IR after each pass that changed it")
    run.add_argument("--time-passes", action="store_true", help="report the time of each pass")
    run.add_argument("--verify-each", action="store_true",
                     help="verify after each pass that changed the module (names the pass "
                     "that broke it)")
    run.add_argument("--no-verify", dest="verify", action="store_false",
                     help="do not verify what the passes changed before writing it")
    run.add_argument("--lazy", dest="lazy", action="store_true", default=None,
                     help="parse function bodies only when a pass needs them (the default "
                     "when there are passes); untouched bodies are copied through")
    run.add_argument("--eager", dest="lazy", action="store_false",
                     help="parse every function body (the default without passes)")
    _plugin_options(run)
    run.set_defaults(func=cmd_run)

    check = sub.add_parser("check", help="parse and verify with LLVM")
    check.add_argument("input")
    check.add_argument("-q", "--quiet", action="store_true")
    check.set_defaults(func=cmd_check)

    plug = sub.add_parser("plugin", help="find the Enzyme plugin the enzyme pass would use")
    plug.add_argument("--plugin", default="", help="a plugin path to check instead")
    plug.add_argument("--llvm", type=int, default=0, help="want a plugin of this LLVM version")
    plug.add_argument("-q", "--quiet", action="store_true", help="print only the path")
    plug.set_defaults(func=cmd_plugin)

    inc = sub.add_parser("include", help="print the directory of irpass's C headers "
                         "(irpass_gradcheck.h: check a gradient against central differences)")
    inc.set_defaults(func=cmd_include)

    lst = sub.add_parser("list", help="list the passes")
    _plugin_options(lst)
    lst.set_defaults(func=cmd_list)

    for name, func, what in (("sites", cmd_sites, "the __enzyme_* call sites"),
                             ("types", cmd_types, "the Enzyme type trees from debug info")):
        s = sub.add_parser(name, help=f"show {what}")
        s.add_argument("input")
        s.add_argument("--json", action="store_true", help="machine-readable output")
        s.set_defaults(func=func)
    return p


def _plugin_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--load", action="append", default=[], metavar="FILE.py|MODULE",
                   help="load passes from a Python file or module (repeatable)")
    p.add_argument("--traceback", action="store_true",
                   help="the full traceback when a pass or a plugin fails")


def _guard(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return func(args)
    except IRError as e:
        sys.stderr.write(str(e) + "\n")
    except PassError as e:
        # A message that already says where and what ("prog.c:4:7: error: ...") is shown as
        # it is: its first line stands alone in a build log.
        located = re.match(r"\S[^\n]*?: error: ", str(e))
        sys.stderr.write(f"{e}\n" if located else f"irpass: error: {e}\n")
        cause = getattr(e, "error", None) or getattr(e, "cause", None)
        if cause is not None:
            if getattr(args, "traceback", False):
                import traceback

                sys.stderr.write("".join(traceback.format_exception(cause)))
            else:
                sys.stderr.write("(run with --traceback for the full traceback)\n")
    except KeyboardInterrupt:
        sys.stderr.write("irpass: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (`irpass run x.ll | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except RecursionError:
        sys.stderr.write("irpass: error: input nested too deeply\n")
    except MemoryError:
        sys.stderr.write("irpass: error: out of memory\n")
    except Exception as e:  # a bug in irpass: one line, not a traceback, unless asked for
        if os.environ.get("IRPASS_DEBUG"):
            raise
        sys.stderr.write(f"irpass: internal error: {type(e).__name__}: {e} "
                         "(set IRPASS_DEBUG=1 for a traceback)\n")
    return EXIT_ERROR


# Deeply nested types, constants and metadata are read recursively. Python's default (1000)
# stops at a few hundred levels; this allows a few thousand and stays well inside the 8 MB
# C stack of the main thread. Deeper input is reported as "nesting too deep".
RECURSION_LIMIT = 6000


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except KeyboardInterrupt:
        sys.stderr.write("irpass: interrupted\n")
        return 130
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, RECURSION_LIMIT))
    try:
        return _guard(args.func, args)
    finally:
        sys.setrecursionlimit(old)


def entry() -> None:
    """The console script: ``main``, then a quick exit. A read module is one large cycle of
    objects; collecting it at interpreter exit takes seconds on big inputs, and the operating
    system reclaims it at once. Output files are complete (written and renamed) by now."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        code = code or EXIT_ERROR
    os._exit(code)


if __name__ == "__main__":
    entry()
