"""Answering the »Ændret ved et andet skrivebord« dialog in a UI test, as the receptionist."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answer_conflict(button: str, seen: dict[str, object]) -> None:
    """Press ``button`` (``mine_button``, ``theirs_button``, ``edit_button``) in the conflict
    dialog as soon as it shows; ``seen`` gets its rows (field, theirs, mine) and who."""
    def press() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "conflictDialog" and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, press)
            return
        dialog = dialogs[0]
        table = dialog.table
        seen["rows"] = [tuple(table.item(r, c).text() for c in range(3))
                        for r in range(table.rowCount())]
        seen["who"] = dialog.conflict.who
        getattr(dialog, button).click()

    QTimer.singleShot(20, press)
