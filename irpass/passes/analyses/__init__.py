"""The built-in analyses: control flow and dominators, post-dominators, loops, the call
graph (registered by name in ``irpass.catalog``)."""
