"""The call screens as tabs: the call, due callbacks, the callers register.

Built only once the database is open (and imported lazily by the main window), so
the knowledge panel is on screen before peewee and phonenumbers are even loaded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from reception.phone import format_national, normalize_phone
from ui.call.call_panel import CallPanel
from ui.call.callbacks_panel import CallbacksPanel
from ui.call.callers_panel import CallersPanel


class CallWorkspace(QTabWidget):
    condition_requested = Signal(str)

    def __init__(self, taken_by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workTabs")
        self.call_panel = CallPanel(taken_by, self)
        self.callbacks = CallbacksPanel(taken_by, self)
        self.callers = CallersPanel(self)
        self.addTab(self.call_panel, self.tr("Opkald"))
        self.addTab(self.callbacks, self.tr("Tilbageringninger"))
        self.addTab(self.callers, self.tr("Personer"))

        self.call_panel.condition_requested.connect(self.condition_requested)
        self.call_panel.call_ended.connect(lambda _result: self.callbacks.refresh())
        self.callbacks.call_started.connect(self.resume_call)
        self.callers.call_requested.connect(self.ring)
        self.currentChanged.connect(self._tab_changed)

    def start(self) -> None:
        """Catch up after start: drafts left behind, today's callbacks."""
        self.call_panel.refresh_drafts()
        self.callbacks.refresh()

    def open_call(self, phone: str | None) -> None:
        self.setCurrentWidget(self.call_panel)
        if phone:
            e164 = normalize_phone(phone)  # also unwraps tel: links
            phone = format_national(e164) if e164 else phone.strip()
        self.call_panel.new_call(phone)

    def ring(self, phone: str) -> None:
        self.setCurrentWidget(self.call_panel)
        self.call_panel.new_call(phone, direction="out")

    def resume_call(self, call_id: int) -> None:
        self.setCurrentWidget(self.call_panel)
        self.call_panel.resume(call_id)

    def _tab_changed(self, _index: int) -> None:
        if self.currentWidget() is self.callers:
            self.callers.refresh()
        elif self.currentWidget() is self.callbacks:
            self.callbacks.refresh()
