"""Dialogs made for one use: shown modally, then deleted.

A dialog made as a child of a screen lives as long as that screen (all day for the
main window) unless it is deleted; ``exec_once`` runs it and hands it to
``deleteLater``, so what it shows is still readable until the event loop gets
control back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the type is built on first use: not before the first paint
    from PySide6.QtWidgets import QDialog


def exec_once(dialog: QDialog) -> int:
    """``dialog.exec()``, then the dialog is deleted at the next return to the event loop."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
