"""The colours that say something: error, warning and success, in one place.

Widgets build their style sheets from these (``f"color:{ERROR}"``) rather than
writing the hex codes themselves, so a clinic theme or a contrast fix is one edit.
"""

from __future__ import annotations

ERROR = "#a11"  # text of an error: a field's problem, a failed save, an overdue callback
WARNING = "#7a4b00"  # text of a warning, on WARNING_BACKGROUND
WARNING_BACKGROUND = "#fff4d6"
SUCCESS = "#2e6b30"  # text of something done: a sheet sent, a letter posted
DONE = "#1b7f3b"  # a checklist step's tick

ERROR_STYLE = f"color:{ERROR}"
SUCCESS_STYLE = f"color:{SUCCESS}"
