"""Filer → Revisionslog: who did what, and about whom, newest first.

For the clinic's own checks, and, opened from a person in the register with
``person``, to answer a patient who asks who has seen their data. Filters: one
staff member, a period. Reading the trail changes nothing and is not itself recorded.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.privacy.audit_log import (
    AuditFilter,
    AuditLine,
    audit_ids,
    audit_lines,
    audit_users,
)
from reception.store import StorageUnavailable
from ui.messages import message_of
from ui.models.audit_model import AuditTableModel
from ui.privacy.common import show_problem
from ui.translations import plural

PERIODS = (
    (QT_TRANSLATE_NOOP("AuditLogDialog", "Hele perioden"), None),
    (QT_TRANSLATE_NOOP("AuditLogDialog", "I dag"), 0),
    (QT_TRANSLATE_NOOP("AuditLogDialog", "Sidste 7 dage"), 6),
    (QT_TRANSLATE_NOOP("AuditLogDialog", "Sidste 30 dage"), 29),
    (QT_TRANSLATE_NOOP("AuditLogDialog", "Sidste 365 dage"), 364),
)
DEFAULT_PERIOD = 3  # the last 30 days


class AuditLogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None, *,
                 person: int | None = None, person_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        title = self.tr("Revisionslog")
        if person is not None:
            title += " – " + (person_name or self.tr("person nr. {n}").format(n=person))
        self.setWindowTitle(title)
        self.resize(980, 560)
        self.today = today
        self.person = person
        self.user_box = QComboBox(self)
        self.user_box.setObjectName("auditUserFilter")
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("auditPeriodFilter")
        for label, days in PERIODS:
            self.period_box.addItem(self.tr(label), days)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Medarbejder:"), self))
        filters.addWidget(self.user_box)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Periode:"), self))
        filters.addWidget(self.period_box)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.model = AuditTableModel(self._lines, self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AuditTableModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AuditTableModel.AT, 150), (AuditTableModel.USER, 120),
                              (AuditTableModel.ACTION, 210), (AuditTableModel.ABOUT, 300)):
            self.table.setColumnWidth(column, width)

        note = QLabel(self.tr("Loggen gemmer kun id'er og koder; navne og ord slås op, når "
                              "loggen vises. En slettet person nævnes ikke."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

        if person is None:  # the whole trail may hold a million entries: start with a month
            self.period_box.setCurrentIndex(DEFAULT_PERIOD)
        self._fill_users()
        self.user_box.currentIndexChanged.connect(self.reload)
        self.period_box.currentIndexChanged.connect(self.reload)
        self.reload()

    def _fill_users(self) -> None:
        self.user_box.addItem(self.tr("Alle"), "")
        try:
            users = audit_users()
        except StorageUnavailable as error:
            show_problem(self, self.tr("Revisionsloggen kan ikke læses"), message_of(error))
            return
        for user in users:
            self.user_box.addItem(user, user)

    def current_filter(self) -> AuditFilter:
        days = self.period_box.currentData()
        today = self.today or date.today()
        since = None if days is None else today - timedelta(days=int(days))
        return AuditFilter(user=str(self.user_box.currentData() or ""), since=since,
                           person=self.person)

    def reload(self) -> None:
        try:
            ids = audit_ids(self.current_filter())
        except StorageUnavailable as error:
            show_problem(self, self.tr("Revisionsloggen kan ikke læses"), message_of(error))
            ids = []
        self.model.set_ids(ids)
        self.count.setText(plural(len(ids), self.tr("{n} hændelse"), self.tr("{n} hændelser")))

    def _lines(self, ids: list[int]) -> list[AuditLine]:
        try:
            return audit_lines(ids)
        except StorageUnavailable:  # shown as empty rows; the next scroll tries again
            return []
