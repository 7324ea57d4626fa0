"""Reports behind ``irpass sites`` and ``irpass types``: text for people, JSON (stable keys,
sorted) for programs. Reads the module; writes nothing."""

from __future__ import annotations

import json

from irpass.enzyme.sites.sites import Site, SiteDiagnostic, find_sites
from irpass.ir.function import Function
from irpass.ir.module import Module
from irpass.ir.values import Value
from irpass.ir.writer import LocalNamer, Printer


def _ref(value: Value, namer: LocalNamer | None) -> str:
    try:
        return value.ref(namer)
    except ValueError:
        return "<value>"


def _site_record(site: Site, printer: Printer) -> dict:
    caller = site.call.function
    namer = LocalNamer(printer, caller) if caller is not None else None
    ops = site.call.arg_values
    params = site.function.args if site.function is not None else []
    loc = site.location
    args = []
    for a in site.args:
        param_name = None
        if a.param is not None and a.param < len(params):
            param_name = _ref(params[a.param], LocalNamer(printer, site.function))
        args.append({
            "position": a.position,
            "value": f"{ops[a.position].type} {_ref(ops[a.position], namer)}",
            "param": a.param,
            "param_name": param_name,
            "activity": a.activity,
            "explicit": a.explicit,
            "marker": a.marker,
            "shadows": a.shadows,
            "byref": a.byref,
        })
    return {
        "file": loc.file,
        "line": loc.line,
        "column": loc.column,
        "caller": caller.name if caller is not None else None,
        "callee": site.callee_name,
        "entry": site.entry,
        "mode": site.mode,
        "function": site.function.name if site.function is not None else None,
        "via": site.function_via,
        "width": site.width,
        "return": site.return_activity,
        "options": {k: site.options[k] for k in sorted(site.options)},
        "extras": {k: site.extras[k] for k in sorted(site.extras)},
        "args": args,
        "markers": [{"name": m.name, "position": m.position, "form": m.form}
                    for m in site.markers],
        "diagnostics": [{"severity": d.severity, "message": d.message}
                        for d in site.diagnostics],
    }


def module_of(site: Site) -> Module:
    fn = site.call.function
    assert fn is not None and fn.module is not None
    return fn.module


def _planned(site: Site, shims: dict) -> None:
    """Say what ``typeinfo`` will do about a closure environment passed without a marker
    (mark it ``enzyme_const``), instead of the error Enzyme alone would stop with."""
    from irpass.enzyme.sites.closures import environment_to_mark, is_closure_type

    shim = shims.get(site.function) if site.function is not None else None
    pos = environment_to_mark(site, shim) if shim is not None else None
    if pos is None or shim is None:
        return
    env = module_of(site).metadata.get(shim.env_type) if shim.env_type is not None else None
    what = "function object" if env is not None and not is_closure_type(env) else "closure"
    stale = f"unmarked pointer argument {pos} "
    site.diagnostics = [d for d in site.diagnostics if not d.message.startswith(stale)]
    site.diagnostics.insert(0, SiteDiagnostic(
        "note", f"argument {pos} is the environment of the {what} that "
        f"@{shim.function.name} calls: the typeinfo pass marks it enzyme_const (Enzyme alone "
        f"would take it as enzyme_dup and stop: the argument after it is not a shadow)",
        site.location))


def sites_report(module: Module, as_json: bool = False) -> str:
    """Every Enzyme call site: what it differentiates, each argument's activity, problems,
    and what ``typeinfo`` will do about closure environments passed without a marker."""
    from irpass.enzyme.sites.closures import find_closure_shims

    printer = Printer(module)
    sites = find_sites(module)
    shims = find_closure_shims(module)
    for site in sites:
        _planned(site, shims)
    records = [_site_record(s, printer) for s in sites]
    if as_json:
        return json.dumps({"sites": records}, indent=2, sort_keys=True) + "\n"
    if not records:
        return "no Enzyme call sites\n"
    out: list[str] = []
    for r in records:
        where = (f"{r['file']}:{r['line']}:{r['column']}" if r["file"] is not None
                 else f"@{r['caller']}")
        target = f"@{r['function']}" if r["function"] is not None else "<unknown function>"
        via = f" (via {', '.join(r['via'])})" if r["via"] else ""
        out.append(f"{where}: {r['callee']} [{r['mode']}] in @{r['caller']} -> {target}{via}")
        extra = [f"return {r['return']}"] if r["return"] else []
        if r["width"] != 1:
            extra.append(f"width {r['width']}")
        extra += [f"{k}={v}" for k, v in r["options"].items() if k != "width"]
        out.append("  " + ", ".join(extra) if extra else "  (no return activity)")
        for a in r["args"]:
            param = f" -> param {a['param']}" if a["param"] is not None else ""
            name = f" {a['param_name']}" if a["param_name"] else ""
            how = "marked" if a["explicit"] else "default"
            shadows = (f", shadow{'s' if len(a['shadows']) > 1 else ''} arg "
                       + ", ".join(str(s) for s in a["shadows"])) if a["shadows"] else ""
            byref = f", byref {a['byref']}" if a["byref"] else ""
            out.append(f"  arg {a['position']} ({a['value']}){param}{name}: {a['activity']} "
                       f"({how}){shadows}{byref}")
        for d in r["diagnostics"]:
            out.append(f"  {d['severity']}: {d['message']}")
    n = len(records)
    bad = sum(1 for r in records if any(d["severity"] == "error" for d in r["diagnostics"]))
    out.append(f"{n} site{'s' if n != 1 else ''}, {bad} with errors")
    return "\n".join(out) + "\n"


def types_report(module: Module, as_json: bool = False) -> str:
    """Enzyme type trees derived from debug info, per function: return value, parameters,
    and the values debug records describe (``irpass.enzyme.types.ditypes``)."""
    try:
        from irpass.enzyme.types import ditypes, divalues
    except ImportError as e:
        message = f"type trees are not available: irpass.enzyme.types.ditypes cannot be loaded ({e})"
        if as_json:
            return json.dumps({"error": message, "functions": []}, indent=2) + "\n"
        return message + "\n"
    printer = Printer(module)
    shared = ditypes.DITypes(module) if hasattr(ditypes, "DITypes") else None
    records = []
    for fn in module.functions:
        if not fn.blocks or fn.get_metadata("dbg") is None:
            continue
        records.append(_types_record(module, fn, printer, divalues, shared))
    if as_json:
        return json.dumps({"functions": records}, indent=2, sort_keys=True) + "\n"
    if not records:
        return "no functions with debug info\n"
    out: list[str] = []
    for r in records:
        out.append(f"@{r['name']}:")
        out.append(f"  return: {r['return'] if r['return'] is not None else '-'}")
        for p in r["params"]:
            out.append(f"  param {p['index']} {p['name']}: "
                       f"{p['tree'] if p['tree'] is not None else '-'}")
        for v in r["values"]:
            out.append(f"  {v['value']}: {v['tree']}")
    return "\n".join(out) + "\n"


def _types_record(module: Module, fn: Function, printer: Printer, divalues, shared) -> dict:
    namer = LocalNamer(printer, fn)
    kwargs = {"types": shared} if shared is not None else {}
    ret, params = divalues.function_signature_trees(module, fn, **kwargs)
    values = divalues.variable_trees(module, fn, **kwargs)
    items = values.items() if isinstance(values, dict) else values
    listed = [{"value": _ref(v, namer) if isinstance(v, Value) else str(v), "tree": str(t)}
              for v, t in items if t is not None]
    return {
        "name": fn.name,
        "return": str(ret) if ret is not None else None,
        "params": [{"index": i, "name": _ref(a, namer),
                    "tree": str(params[i]) if i < len(params) and params[i] is not None
                    else None} for i, a in enumerate(fn.args)],
        "values": listed,
    }
