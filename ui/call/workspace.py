"""The call screens as tabs: the call, the day (»I dag«), callbacks, the checklist overview,
the register. »I dag« and »Tilbageringninger« show counts in their titles.

Built only once the database is open (and imported lazily by the main window), so
the knowledge panel is on screen before peewee and phonenumbers are even loaded.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from reception.calls.offline import OfflineJournal, journal_folder
from reception.content import Content
from reception.paths import DataPaths
from reception.phone import format_national, normalize_phone
from ui.call.call_panel import CallPanel
from ui.call.callbacks_panel import CallbacksPanel
from ui.call.callers_panel import CallersPanel
from ui.change_events import ChangeEvents
from ui.checklist import ChecklistOverview
from ui.day import TodayPanel

COUNT_SUFFIX = re.compile(r" \(\d+\)$")  # » (3)« after a tab's title


class CallWorkspace(QTabWidget):
    condition_requested = Signal(str)
    page_requested = Signal(str)  # a knowledge key, e.g. "step:scan"

    def __init__(self, content: Content, paths: DataPaths, taken_by: str,
                 parent: QWidget | None = None, events: ChangeEvents | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workTabs")
        self.content = content
        self.paths = paths
        self.taken_by = taken_by
        self.call_panel = CallPanel(content, taken_by, self)
        self.call_panel.use_journal(OfflineJournal(journal_folder(paths.root)))
        self.callbacks = CallbacksPanel(taken_by, self)
        self.overview = ChecklistOverview(content, self)
        self.callers = CallersPanel(content, taken_by, self)
        self.today = TodayPanel(taken_by, self)
        self.addTab(self.call_panel, self.tr("Opkald"))
        # second: the call form stays first (F2 and a screen pop land there), the day's
        # list is one click or key away with its count in sight
        self.addTab(self.today, self.tr("I dag"))
        self.addTab(self.callbacks, self.tr("Tilbageringninger"))
        overview_scroll = QScrollArea(self)  # its filter row must not widen the window
        overview_scroll.setWidgetResizable(True)
        overview_scroll.setFrameShape(QFrame.Shape.NoFrame)
        overview_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+4 lands on its filters
        overview_scroll.setWidget(self.overview)
        self.addTab(overview_scroll, self.tr("Før behandling"))
        self.addTab(self.callers, self.tr("Personer"))
        # »Overblik« (charts) is built when first opened: QtCharts is not loaded at start
        self.overblik_page = QWidget(self)
        self.overblik_page.setObjectName("overblikPage")
        QVBoxLayout(self.overblik_page).setContentsMargins(0, 0, 0, 0)
        self.overblik = None
        self.addTab(self.overblik_page, self.tr("Overblik"))

        self.call_panel.condition_requested.connect(self.condition_requested)
        self.call_panel.call_ended.connect(lambda _result: self.callbacks.refresh())
        self.call_panel.call_ended.connect(lambda _result: self.today.schedule_refresh())
        self.call_panel.send_sheet_requested.connect(self.send_sheet)
        for view in (self.call_panel.checklist, self.callers.checklist):
            view.explain_requested.connect(self.page_requested)
            view.changed.connect(lambda _caller: self.overview.refresh())
            view.changed.connect(lambda _caller: self.today.schedule_refresh())
        self.callbacks.call_started.connect(self.resume_call)
        self.callers.call_requested.connect(self.ring)
        self.callers.send_sheet_requested.connect(lambda caller: self.send_sheet(caller, None))
        self.overview.caller_requested.connect(self.show_caller)
        self.overview.ring_requested.connect(self.ring)
        self.today.call_started.connect(self.resume_call)
        self.today.resume_requested.connect(self.resume_call)
        self.today.caller_requested.connect(self.show_caller)
        self.today.ring_requested.connect(self.ring)
        self.today.send_sheet_requested.connect(lambda caller: self.send_sheet(caller, None))
        self.today.refreshed.connect(self._show_counts)
        self.callbacks.refreshed.connect(self._show_counts)
        self.callbacks.refreshed.connect(self.today.schedule_refresh)  # »Klaret«, »Intet svar«
        self.currentChanged.connect(self._tab_changed)
        if events is not None:  # what this desk and the others change, shown as it happens
            from ui.live_refresh import follow_workspace

            self.call_panel.events = self.callbacks.events = self.today.events = events
            self.followers = follow_workspace(self, events)

    def start(self) -> None:
        """Catch up after start: drafts left behind, today's callbacks."""
        self.call_panel.refresh_drafts()
        self.callbacks.refresh()
        self.today.refresh()

    def open_call(self, phone: str | None) -> None:
        self.setCurrentWidget(self.call_panel)
        self.call_panel.new_call(_as_shown(phone))

    def ring(self, phone: str) -> None:
        self.setCurrentWidget(self.call_panel)
        self.call_panel.new_call(_as_shown(phone), direction="out")

    def resume_call(self, call_id: int) -> None:
        self.setCurrentWidget(self.call_panel)
        self.call_panel.resume(call_id)

    def show_caller(self, caller_id: int) -> None:
        self.setCurrentWidget(self.call_panel)
        self.call_panel.show_caller(caller_id)

    def send_sheet(self, caller_id: int, call_id: int | None) -> None:
        """Open "Send informationsark" for the caller, pre-ticked from the call."""
        from ui.sheets.send_dialog import SendSheetDialog

        dialog = SendSheetDialog(self.content, caller_id, self.paths, call_id=call_id,
                                 user=self.taken_by, parent=self)
        dialog.sent.connect(lambda _sent, _how: self.call_panel.refresh_history())
        dialog.sent.connect(lambda _sent, _how: self.today.schedule_refresh())
        dialog.finished.connect(dialog.deleteLater)  # one per sheet: never kept all day
        dialog.open()
        self.sheet_dialog = dialog  # kept for tests and so it is not collected

    def flush(self) -> None:
        self.call_panel.flush()
        for view in (self.call_panel.checklist, self.callers.checklist):
            view.flush()

    def _show_counts(self) -> None:
        """»I dag (5)«: everything on the day's list; »Tilbageringninger (3)«: due or overdue.

        The title itself is kept as it is (with any mnemonic); only the count changes.
        """
        for panel, count in ((self.today, self.today.total),
                             (self.callbacks, self.callbacks.due_count)):
            index = self.indexOf(panel)
            title = COUNT_SUFFIX.sub("", self.tabText(index))
            self.setTabText(index, f"{title} ({count})" if count else title)

    def _tab_changed(self, _index: int) -> None:
        current = self.currentWidget()
        if current is self.callers:
            self.callers.refresh()
        elif current is self.callbacks:
            self.callbacks.refresh()
        elif current is not None and current.isAncestorOf(self.overview):
            self.overview.refresh()
        elif current is self.overblik_page:
            self.show_overblik()

    def show_overblik(self) -> None:
        """Build »Overblik« the first time (it computes its period), refresh it after."""
        if self.overblik is None:
            from ui.overblik import OverblikScreen

            self.overblik = OverblikScreen(self.overblik_page)
            self.overblik_page.layout().addWidget(self.overblik)
            self.overblik.show()  # now, not after the next event: Alt+6 focuses its period
            self.overblik_page.setFocusProxy(self.overblik)
        else:
            self.overblik.refresh()


def _as_shown(phone: str | None) -> str | None:
    """A number as the form shows it ("23 39 49 77"); tel: links unwrapped; else as given."""
    if not phone:
        return phone
    e164 = normalize_phone(phone)
    return format_national(e164) if e164 else phone.strip()
