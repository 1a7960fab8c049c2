"""Backups in the app: the list by date with what each holds; back up now; restore; folder.

Everything it does goes through functions handed to it, so the window decides
how the open database is closed before a restore and opened again after:

    BackupDialog(actions, parent)

``BackupActions`` bundles them; ``BackupActions.for_paths(paths, passphrase,
close_store, reopen_store)`` builds the usual set.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.paths import DataPaths
from reception.safety import (
    BackupInfo,
    PassphraseError,
    RestoreResult,
    SafetyError,
    backup_now,
    list_backups,
    resolve_backup_folder,
    restore_backup,
    set_backup_folder,
)
from ui.colours import ERROR_STYLE
from ui.messages import message_of
from ui.safety.backup_texts import holds_text, size_text, time_text

log = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupDialog", "Tidspunkt"),
    QT_TRANSLATE_NOOP("BackupDialog", "Indhold"),
    QT_TRANSLATE_NOOP("BackupDialog", "Størrelse"),
    QT_TRANSLATE_NOOP("BackupDialog", "Krypteret"),
)


@dataclass
class BackupActions:
    folder: Callable[[], Path]
    backups: Callable[[], list[BackupInfo]]
    backup: Callable[[], BackupInfo]
    restore: Callable[[BackupInfo], RestoreResult]  # closes and reopens the store itself
    change_folder: Callable[[Path], Path]
    data_folder: Path | None = None  # to tell a full disk from other I/O errors

    @classmethod
    def for_paths(cls, paths: DataPaths, passphrase: str | None,
                  close_store: Callable[[], None], reopen_store: Callable[[], None]
                  ) -> BackupActions:
        def restore(info: BackupInfo) -> RestoreResult:
            close_store()
            try:
                return restore_backup(paths.database, info, passphrase)
            finally:
                reopen_store()

        return cls(
            folder=lambda: resolve_backup_folder(paths, passphrase),
            backups=lambda: list_backups(resolve_backup_folder(paths, passphrase)),
            backup=lambda: backup_now(paths, passphrase),
            restore=restore,
            change_folder=lambda folder: set_backup_folder(paths, folder),
            data_folder=paths.root,
        )


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a backup or restore runs (seconds for a large database)."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class BackupDialog(QDialog):
    def __init__(self, actions: BackupActions, parent: QWidget | None = None, *,
                 confirm: Callable[[str, str], bool] | None = None,
                 choose_folder: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Sikkerhedskopier"))
        self._actions = actions
        self._confirm = confirm or (lambda title, text: ask(self, title, text))
        self._choose_folder = choose_folder or self._ask_folder
        self._backups: list[BackupInfo] = []

        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Tag sikkerhedskopi nu"), self)
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Læg valgte tilbage …"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        folder_button = QPushButton(self.tr("Skift mappe …"), self)
        folder_button.setObjectName("changeFolderButton")
        folder_button.clicked.connect(self.change_folder)
        close_button = QPushButton(self.tr("Luk"), self)
        close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        note = QLabel(self.tr(
            "Der tages en sikkerhedskopi hver dag og når programmet lukkes. De nyeste 7 dage, "
            "4 uger og 12 måneder gemmes. Læg mappen på en anden disk end datamappen."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        self.folder_label.setText(self.tr("Mappe: {folder}").format(folder=self._actions.folder()))
        self._backups = self._actions.backups()
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            cells = (time_text(info), holds_text(info), size_text(info),
                     self.tr("ja") if info.encrypted else self.tr("nej"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        if not self._backups:
            self._show_status(self.tr("Der er ingen sikkerhedskopier i mappen endnu."))
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def backup_now(self) -> None:
        try:
            with busy():
                info = self._actions.backup()
        except (SafetyError, PassphraseError) as error:
            self._show_error(message_of(error))
            return
        self.refresh()
        self._show_status(self.tr("Sikkerhedskopi taget og kontrolleret: {holds}.").format(
            holds=holds_text(info)))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        text = self.tr(
            "Læg sikkerhedskopien fra {time} tilbage?\n\nDen indeholder {holds}. Alt, der er "
            "skrevet siden, er ikke med. Den nuværende database flyttes til mappen "
            "»gemt-til-side« i datamappen og slettes ikke."
        ).format(time=time_text(info), holds=holds_text(info))
        if not self._confirm(self.tr("Læg sikkerhedskopi tilbage"), text):
            return
        try:
            with busy():
                result = self._actions.restore(info)
        except (SafetyError, PassphraseError) as error:
            log.exception("Gendannelse mislykkedes")
            self._show_error(message_of(error))
            return
        except Exception as error:  # a read-only or full data folder, SQLite refusing
            message = self._restore_failure(error)
            if message is None:
                raise  # a bug: the app's error dialog and the log
            log.exception("Gendannelse mislykkedes")
            self._show_error(message)
            return
        self.refresh()
        self._show_status(self.tr(
            "Sikkerhedskopien fra {time} er lagt tilbage. Den tidligere database ligger i "
            "{aside}.").format(time=time_text(info), aside=result.aside or "-"))

    def _restore_failure(self, error: Exception) -> str | None:
        """The receptionist's words for a restore that the files refused; None for a bug."""
        from reception.failures import describe_failure

        failure = describe_failure(error, self._actions.data_folder)
        if failure is None:
            return None
        if failure.code == "disk_full":
            return self.tr("Disken er fuld, så sikkerhedskopien er ikke lagt tilbage. Databasen "
                           "i brug er ikke ændret. Frigør plads på disken, og prøv igen.")
        if failure.code == "read_only":
            return self.tr("Programmet må ikke skrive i datamappen, så sikkerhedskopien er ikke "
                           "lagt tilbage. Databasen i brug er ikke ændret. Bed jeres "
                           "IT-ansvarlige om at rette adgangen til datamappen, og prøv igen.")
        return self.tr("Sikkerhedskopien kunne ikke lægges tilbage: {reason} Databasen i brug "
                       "er ikke ændret.").format(reason=message_of(failure))

    def change_folder(self) -> None:
        chosen = self._choose_folder(self._actions.folder())
        if chosen is None:
            return
        try:
            folder = self._actions.change_folder(chosen)
        except OSError as error:
            self._show_error(self.tr("Mappen kan ikke bruges: {error}").format(error=error))
            return
        self.refresh()
        self._show_status(self.tr("Nye sikkerhedskopier gemmes i {folder}.").format(
            folder=folder))

    def _ask_folder(self, current: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Mappe til sikkerhedskopier"),
                                                  str(current))
        return Path(chosen) if chosen else None

    def _show_status(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("")

    def _show_error(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(ERROR_STYLE)
