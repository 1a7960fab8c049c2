"""Qt widgets, item models and actions. No SQL and no business rules here."""

import PySide6  # noqa: F401  (installs PySide6's import watch, made cheap on the next line)

from ui.pyside_import_hook import install as _cheap_pyside_import_watch

_cheap_pyside_import_watch()
