"""Rust: the ``rust-std`` pass and what it knows of std (its bitcode, symbol paths, enums)."""
