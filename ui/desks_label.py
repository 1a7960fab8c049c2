"""The status bar's »Forbundet: Reception 1 (anna), Reception 2 (bo)«: the desks on the
clinic's server and who is at them (from their presence, ui/change_events.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.change_events import ChangeEvents, who_is_connected
from ui.colours import ERROR


class DesksLabel(QLabel):
    def __init__(self, events: ChangeEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectedDesks")
        self._events = events
        events.desks_changed.connect(self.show_desks)
        self.show_desks()

    def show_desks(self) -> None:
        if not self._events.connected:
            self.setText(self.tr("Ikke forbundet med de andre skriveborde – forbinder igen …"))
            self.setStyleSheet(f"color:{ERROR}")
            self.setToolTip("")
            return
        names = who_is_connected(self._events)
        self.setStyleSheet("")
        self.setText(self.tr("Forbundet: {desks}").format(desks=", ".join(names)))
        self.setToolTip(self.tr("Skriveborde, der bruger klinikkens database nu"))
