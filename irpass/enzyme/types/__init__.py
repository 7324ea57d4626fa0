"""Type trees: Enzyme's trees, read from debug info, checked against the IR, written by the
``typeinfo`` pass."""
