"""The Enzyme front end: call sites (sites/), type trees (types/), Rust (rust/), running
Enzyme (run/), and the reports of `irpass sites` and `irpass types` (report).
"""
