"""Item-data roles as plain numbers, for the widgets built before the first paint.

The first use of anything in PySide6's ``Qt`` namespace (``Qt.ItemDataRole``,
``Qt.AlignmentFlag``, …) makes PySide build all ~90 of its enums, 12–20 ms on
the clinic's kind of PC: a tenth of a bare window's start. The knowledge panel,
which the first paint shows, therefore leaves ``Qt`` alone and uses these values
(fixed by Qt's ABI). ``tests/test_first_paint.py`` checks them against the enums
and checks that showing the first window leaves ``Qt`` unbuilt.
"""

from __future__ import annotations

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
