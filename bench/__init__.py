"""Benchmarks: ``python -m bench`` prints one table of timings, each beside a floor.

Every figure is measured next to a floor taken in the same run on the same machine
(raw SQLite FTS5, a bare ``QLineEdit``, a bare ``QMainWindow``), so a slow machine
shows as a slow floor rather than as a regression. Nothing here runs in the tests.

Keep this package's ``__init__`` free of imports: the start-up child runs as
``python -m bench.startup_child`` and must not pay for anything the app does not.
"""
