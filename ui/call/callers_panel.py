"""The callers register: search by name, number, postcode or note; see a caller's history."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reception.calls import StorageUnavailable, caller_history
from reception.calls.caller_list import (
    caller_ids,
    caller_ids_after,
    caller_page,
    checklist_page,
)
from reception.content import Content
from ui.call.history_html import history_html, note_view
from ui.checklist import ChecklistView
from ui.dialogs import exec_once
from ui.messages import message_of
from ui.models.callers_model import CallersTableModel
from ui.translations import plural

SEARCH_DELAY_MS = 120  # typing fast runs one query, not one per letter
# The unsearched register: the first screenful (and some) before the list paints, then
# the rest in small chunks on a timer, each in an event pass of its own (at 100,000
# callers reading every id at once took ~40 ms; a 5,000-row chunk ~20 ms, one 1,000-row
# chunk a few milliseconds), so typing and scrolling never wait long for it.
FIRST_ROWS = 100
MORE_ROWS = 1000
MORE_DELAY_MS = 10
FIRST_MORE_DELAY_MS = 50  # the first later chunk waits for the list's first paint to settle


class CallersPanel(QWidget):
    call_requested = Signal(str)  # phone number to ring
    send_sheet_requested = Signal(int)  # caller id

    def __init__(self, content: Content, taken_by: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callersPanel")
        self.taken_by = taken_by
        self._caller_id: int | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("callersSearchEdit")
        self.search_edit.setAccessibleName(self.tr("Søg efter en person"))
        self.search_edit.setPlaceholderText(self.tr("Søg navn, telefon, postnummer eller note …"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = CallersTableModel(caller_page, self, fetch_progress=checklist_page,
                                       steps=len(content.steps) or 6)
        self.table = QTableView(self)
        self.table.setObjectName("callersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(CallersTableModel.NAME, 200)
        header.resizeSection(CallersTableModel.PHONE, 130)
        self.count_label = QLabel(self)
        self.history = QTextBrowser(self)
        self.history.setObjectName("callersHistory")
        self.ring_button = QPushButton(self.tr("Ring op"), self)
        self.ring_button.setObjectName("ringCallerButton")
        self.ring_button.setEnabled(False)
        self.ring_button.clicked.connect(self._ring)
        self.sheet_button = QPushButton(self.tr("Send informationsark"), self)
        self.sheet_button.setObjectName("callerSheetButton")
        self.sheet_button.setEnabled(False)
        self.sheet_button.clicked.connect(self._send_sheet)
        self.export_button = QPushButton(self.tr("Udlevér oplysninger …"), self)
        self.export_button.setObjectName("exportPersonButton")
        self.export_button.setToolTip(self.tr("Alt om personen som PDF og JSON (GDPR art. 15)"))
        self.export_button.clicked.connect(self._export)
        self.erase_button = QPushButton(self.tr("Slet person …"), self)
        self.erase_button.setObjectName("erasePersonButton")
        self.erase_button.clicked.connect(self._erase)
        self.audit_button = QPushButton(self.tr("Revisionslog …"), self)
        self.audit_button.setObjectName("personAuditButton")
        self.audit_button.setToolTip(self.tr("Hvem har set og ændret personens oplysninger"))
        self.audit_button.clicked.connect(self._show_audit)
        for button in (self.export_button, self.erase_button, self.audit_button):
            button.setEnabled(False)
        self.checklist = ChecklistView(content, user=taken_by, parent=self)
        self.checklist.setObjectName("callerChecklistView")
        self.side_tabs = QTabWidget(self)
        self.side_tabs.addTab(self.history, self.tr("Historik"))
        self.side_tabs.addTab(self.checklist, self.tr("Tjekliste"))

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.side_tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ring_button)
        buttons.addWidget(self.sheet_button)
        privacy = QHBoxLayout()  # a row of its own: rarer, and keeps the window narrow
        privacy.addWidget(self.export_button)
        privacy.addWidget(self.audit_button)
        privacy.addWidget(self.erase_button)
        side_layout.addLayout(buttons)
        side_layout.addLayout(privacy)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self._shared = False  # the panes are shared when the tab is first shown
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self._phone = ""
        self._name = ""
        self._generation = 0  # a refresh's chunks stop when a newer refresh starts


    def showEvent(self, event: QShowEvent) -> None:
        """The list gets three fifths of the width when first shown: left to the size
        hints, a large screen gave it half, cut its columns short and scrolled it sideways
        beside an empty history."""
        super().showEvent(event)
        if not self._shared and self.splitter.width() > 0:
            self._shared = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 3 // 5, width - width * 3 // 5])
    def refresh(self) -> None:
        self._generation += 1
        text = self.search_edit.text()
        try:
            if text.strip():
                ids, after = caller_ids(text), None
            else:
                chunk = caller_ids_after(None, FIRST_ROWS)
                ids = [caller_id for caller_id, _ in chunk]
                after = _more_after(chunk, FIRST_ROWS)
        except StorageUnavailable as error:
            self.count_label.setText(message_of(error))
            return
        self.model.set_ids(ids)
        self._show_count(more=after is not None)
        if after is not None:
            self._load_more_later(after, FIRST_MORE_DELAY_MS)

    def _load_more_later(self, after: tuple[str, int], delay_ms: int = MORE_DELAY_MS) -> None:
        generation = self._generation
        QTimer.singleShot(delay_ms, lambda: self._load_more(generation, after))

    def _load_more(self, generation: int, after: tuple[str, int]) -> None:
        """The next chunk of the unsearched register, unless a newer refresh replaced it."""
        if generation != self._generation:
            return
        try:
            chunk = caller_ids_after(after, MORE_ROWS)
        except StorageUnavailable as error:
            self.count_label.setText(message_of(error))
            return
        self.model.append_ids([caller_id for caller_id, _ in chunk])
        following = _more_after(chunk, MORE_ROWS)
        self._show_count(more=following is not None)
        if following is not None:
            self._load_more_later(following)

    def _show_count(self, more: bool) -> None:
        count = plural(self.model.rowCount(), self.tr("{n} person"), self.tr("{n} personer"))
        self.count_label.setText(f"{count} …" if more else count)

    def reload(self) -> None:
        """Read the register again after a change (here or at another desk), keeping the
        person selected and the scroll position; their history is read again too."""
        chosen = self._caller_id
        position = self.table.verticalScrollBar().value()
        self.refresh()
        self.table.verticalScrollBar().setValue(position)
        if chosen is None:
            return
        row = self.model.row_of(chosen)
        if row is None:
            return
        self.table.selectionModel().blockSignals(True)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)
        try:
            history = caller_history(chosen)
        except (StorageUnavailable, LookupError):
            return
        self.history.setHtml(history_html(history))

    def _show_current(self) -> None:
        caller_id = self.model.caller_id(self.table.currentIndex().row())
        if caller_id is None:
            return
        try:
            history = caller_history(caller_id)
        except (StorageUnavailable, LookupError) as error:
            self.history.setPlainText(message_of(error))
            return
        self.history.setHtml(history_html(history))
        note_view(caller_id, self.taken_by)
        self.checklist.set_caller(caller_id)
        self._caller_id = caller_id
        for button in (self.sheet_button, self.export_button, self.erase_button,
                       self.audit_button):
            button.setEnabled(True)
        self._name = history.caller.name
        self._phone = history.caller.phones[0].display if history.caller.phones else ""
        self.ring_button.setEnabled(bool(self._phone))

    def _export(self) -> None:
        from ui.privacy import ExportPersonDialog

        if self._caller_id is not None:
            exec_once(ExportPersonDialog(self._caller_id, self.taken_by, self))

    def _show_audit(self) -> None:
        from ui.privacy import AuditLogDialog

        if self._caller_id is not None:
            exec_once(AuditLogDialog(self, person=self._caller_id,
                                     person_name=self._name))

    def _erase(self) -> None:
        from ui.privacy import ErasePersonDialog

        if self._caller_id is None:
            return
        if exec_once(ErasePersonDialog(self._caller_id, self.taken_by, self)):
            self._caller_id = None
            self.history.clear()
            self.checklist.set_caller(None)
            for button in (self.sheet_button, self.export_button, self.erase_button,
                           self.audit_button, self.ring_button):
                button.setEnabled(False)
            self.refresh()

    def _send_sheet(self) -> None:
        if self._caller_id is not None:
            self.send_sheet_requested.emit(self._caller_id)

    def _ring(self) -> None:
        if self._phone:
            self.call_requested.emit(self._phone)


def _more_after(chunk: list[tuple[int, str]], asked: int) -> tuple[str, int] | None:
    """Where the next chunk starts (name, id), or None when this one was the last."""
    if len(chunk) < asked:
        return None
    caller_id, name = chunk[-1]
    return name, caller_id
