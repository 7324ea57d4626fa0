"""LLVM itself, as the oracle: llvmlite in process, and LLVM's command-line tools."""
