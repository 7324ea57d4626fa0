#!/usr/bin/env bash
# Regenerate every tests/corpus/ll/*.ll from tests/corpus/src/.
# Usage: bash tests/corpus/generate.sh   (from any directory)
# Tools: clang-19 / clang++-19, clang-22 / clang++-22 (Debian packages), rustc
# (1.95, LLVM 22). Target is the host default (x86_64-unknown-linux-gnu).
# Absolute paths are remapped to "." so the output does not depend on where the
# repository is checked out. typed_pointers.ll is hand-written and not
# regenerated here.
set -euo pipefail
cd "$(dirname "$0")"
HERE="$PWD"
SRC=src
OUT=ll
mkdir -p "$OUT"

# Make paths relative to tests/corpus in the output (source_filename, DIFile).
CFLAGS_COMMON=(-S -emit-llvm -Wall -Wno-psabi
  "-ffile-prefix-map=$HERE=." "-fdebug-prefix-map=$HERE=." "-fdebug-compilation-dir=.")
CXXFLAGS_COMMON=("${CFLAGS_COMMON[@]}" -std=c++17)

run() { echo "+ $*" | sed "s#$HERE#\$PWD#g"; "$@"; }

for ver in 19 22; do
  for opt in O0 O2; do
    for dbg in "" g; do
      suffix="clang$ver.$opt${dbg:+.$dbg}"
      gflag=(); [ -n "$dbg" ] && gflag=(-g)
      for c in structs enzyme_c; do
        run "clang-$ver" "${CFLAGS_COMMON[@]}" -std=gnu11 "-$opt" "${gflag[@]}" \
          "$SRC/$c.c" -o "$OUT/$c.$suffix.ll"
      done
      for cxx in classes enzyme_cpp; do
        run "clang++-$ver" "${CXXFLAGS_COMMON[@]}" "-$opt" "${gflag[@]}" \
          "$SRC/$cxx.cpp" -o "$OUT/$cxx.$suffix.ll"
      done
    done
  done
done

# Rust: lib crates so #[no_mangle] pub extern "C" entry points survive at -O3.
# Codegen-units=1 keeps the single-.ll output deterministic.
RUSTFLAGS_COMMON=(--edition=2021 --crate-type=lib --emit=llvm-ir -C debuginfo=2
  -C codegen-units=1 "--remap-path-prefix=$HERE=." --remap-path-prefix="$HOME=~")
for rs in closures enzyme_rs; do
  for o in 0 1 3; do
    run rustc "${RUSTFLAGS_COMMON[@]}" -C opt-level=$o "$SRC/$rs.rs" -o "$OUT/$rs.rustc.O$o.g.ll"
  done
done

# Type-tree fixtures (tests/test_ditypes.py): -g only; clang-19 so that the Enzyme
# plugin (LLVM 19) can read them, clang-22 for the newer debug-record form.
for ver in 19 22; do
  for opt in O0 O1; do
    run "clang-$ver" "${CFLAGS_COMMON[@]}" -std=gnu11 "-$opt" -g \
      "$SRC/typeinfo_c.c" -o "$OUT/typeinfo_c.clang$ver.$opt.g.ll"
    # -fstandalone-debug: without it clang describes classes whose vtable or
    # constructors live elsewhere (std::vector, Derived) as declarations only.
    run "clang++-$ver" "${CXXFLAGS_COMMON[@]}" "-$opt" -g -fstandalone-debug \
      "$SRC/typeinfo_cpp.cpp" -o "$OUT/typeinfo_cpp.clang$ver.$opt.g.ll"
  done
done
for o in 0 1; do
  run rustc "${RUSTFLAGS_COMMON[@]}" -C opt-level=$o "$SRC/typeinfo_rs.rs" \
    -o "$OUT/typeinfo_rs.rustc.O$o.g.ll"
done

# Enzyme call-site fixtures (tests/test_sites.py, tests/test_closures.py): -g only.
for ver in 19 22; do
  for opt in O0 O2; do
    run "clang-$ver" "${CFLAGS_COMMON[@]}" -std=gnu11 "-$opt" -g \
      "$SRC/enzyme_sites.c" -o "$OUT/enzyme_sites.clang$ver.$opt.g.ll"
  done
done

echo "done: $(ls "$OUT"/*.ll | wc -l) files"
