"""Running Enzyme: the ``enzyme`` pass, finding the plugin, what it is told before ``opt``
runs, and what it says (errors, crashes, warnings)."""
