"""Menu actions made without PySide6's ``QAction(text, parent)``.

That constructor has an overload taking an icon first, and resolving it makes PySide6
build its ``QIcon`` type (an enum of some 150 theme icons): milliseconds on the way to
the first paint. ``QAction(parent)`` and ``setText`` do not (tests/test_first_paint.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


def text_action(text: str, parent: QObject) -> QAction:
    action = QAction(parent)
    action.setText(text)
    return action
