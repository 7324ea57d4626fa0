"""Call sites: the ``__enzyme_*`` calls, their markers and activities, closures."""
