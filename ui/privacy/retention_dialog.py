"""Review people with no activity in the retention period; erase or anonymise the chosen ones.

``RetentionReviewDialog(by, parent, today=None)`` lists ``inactive_callers()`` (the
period from the settings), oldest activity first, all rows chosen. Nothing changes
until a button is pressed and the question after it is answered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.privacy import (
    InactiveCaller,
    anonymise_people,
    erase_people,
    inactive_callers,
    retention_months,
)
from reception.store import StorageUnavailable
from ui.formats import date_text
from ui.messages import message_of
from ui.privacy.common import confirm, show_problem
from ui.translations import plural

COLUMNS = (
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Navn"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Telefon"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "By"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Opkald"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Sidst aktiv"),
)


class RetentionReviewDialog(QDialog):
    def __init__(self, by: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionReviewDialog")
        self.setWindowTitle(self.tr("Gennemgå gamle personer"))
        self.resize(760, 480)
        self.by = by
        self.today = today
        self.people: list[InactiveCaller] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        self.anonymise_button = buttons.addButton(self.tr("Anonymisér valgte …"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.anonymise_button.setObjectName("anonymiseButton")
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.erase_button = buttons.addButton(self.tr("Slet valgte …"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.erase_button.setObjectName("eraseSelectedButton")
        self.erase_button.clicked.connect(self.erase_selected)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr(
            "Anonymisér beholder statistikken (opkald med dato, udfald og smerteområder) men "
            "fjerner navn, adresse, numre og alle noter. Slet fjerner alt om personen."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        months = retention_months()
        self.people = inactive_callers(months, today=self.today)
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            values = (person.name or self.tr("(uden navn)"), ", ".join(person.phones),
                      " ".join(p for p in (person.postcode, person.town) if p),
                      str(person.call_count), date_text(person.last_activity))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
        self.table.clearSelection()  # nothing chosen until the receptionist chooses
        people = plural(len(self.people), self.tr("{n} person har"), self.tr("{n} personer har"))
        period = plural(months, self.tr("{n} måned"), self.tr("{n} måneder"))
        self.summary.setText(self.tr(
            "{people} ikke været i kontakt med klinikken i {period}. "
            "Vælg dem, der skal slettes eller anonymiseres (Ctrl-klik vælger flere); "
            "resten bliver stående.").format(people=people, period=period))
        self._update()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.people[row].id for row in rows]

    def _update(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.anonymise_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def erase_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids or not confirm(
                self, self.tr("Slet personer"),
                plural(len(ids), self.tr("Slet alt om {n} person? Det kan ikke fortrydes."),
                       self.tr("Slet alt om {n} personer? Det kan ikke fortrydes.")),
                plural(len(ids), self.tr("Slet {n} person"), self.tr("Slet {n} personer"))):
            return False
        return self._run(lambda: erase_people(ids, self.by))

    def anonymise_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids or not confirm(
                self, self.tr("Anonymisér personer"),
                plural(len(ids),
                       self.tr("Fjern navn, adresse, numre og noter fra {n} person? "
                               "Statistikken bliver. Det kan ikke fortrydes."),
                       self.tr("Fjern navn, adresse, numre og noter fra {n} personer? "
                               "Statistikken bliver. Det kan ikke fortrydes.")),
                plural(len(ids), self.tr("Anonymisér {n} person"),
                       self.tr("Anonymisér {n} personer"))):
            return False
        return self._run(lambda: anonymise_people(ids, self.by))

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except StorageUnavailable as error:
            show_problem(self, self.tr("Intet er ændret"), message_of(error))
            return False
        finally:
            self.reload()
        return True
