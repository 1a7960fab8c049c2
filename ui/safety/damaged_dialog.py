"""The database is damaged: say so plainly and offer the newest good backup."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.safety import BackupInfo, PassphraseError, RestoreResult, SafetyError
from reception.safety.errors import DatabaseDamaged
from ui.colours import ERROR_STYLE
from ui.messages import message_of
from ui.safety.backup_dialog import busy
from ui.safety.backup_texts import holds_text, time_text

log = logging.getLogger(__name__)

Restore = Callable[[BackupInfo], RestoreResult]


class DatabaseDamagedDialog(QDialog):
    """Accepted after the backup was put back (``result_of_restore``); rejected: quit.

    ``restore`` is e.g. ``lambda b: restore_backup(paths.database, b, passphrase)``.
    """

    def __init__(self, damage: DatabaseDamaged, restore: Restore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseDamagedDialog")
        self.setWindowTitle(self.tr("Databasen er beskadiget"))
        self._damage = damage
        self._restore = restore
        self.result_of_restore: RestoreResult | None = None

        message = QLabel(message_of(damage), self)
        message.setObjectName("damageMessage")
        message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        backup = damage.newest_good_backup
        if backup is not None:
            what = QLabel(self.tr("Sikkerhedskopien fra {time} indeholder {holds}.").format(
                time=time_text(backup), holds=holds_text(backup)), self)
            what.setObjectName("backupHolds")
            what.setWordWrap(True)
            layout.addWidget(what)
            aside = QLabel(self.tr(
                "Det, der er skrevet efter sikkerhedskopien, er ikke med i den. Den "
                "beskadigede fil flyttes til mappen »gemt-til-side« i datamappen."), self)
            aside.setWordWrap(True)
            layout.addWidget(aside)
        details = QPlainTextEdit("\n".join(damage.problems[:20]), self)
        details.setObjectName("damageDetails")
        details.setReadOnly(True)
        details.setMaximumHeight(90)
        layout.addWidget(QLabel(self.tr("Det fandt kontrollen (til IT):"), self))
        layout.addWidget(details)
        self.error = QLabel(self)
        self.error.setObjectName("restoreError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Læg sikkerhedskopien tilbage"), self)
        self.restore_button.setObjectName("restoreNewestButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(backup is not None)
        self.restore_button.setVisible(backup is not None)
        quit_button = buttons.addButton(self.tr("Luk programmet"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        self.restore_button.clicked.connect(self.restore_newest)
        quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def restore_newest(self) -> None:
        backup = self._damage.newest_good_backup
        if backup is None:
            return
        try:
            with busy():
                self.result_of_restore = self._restore(backup)
        except (SafetyError, PassphraseError) as error:
            log.exception("Gendannelse mislykkedes")
            self.error.setText(message_of(error))
            self.error.show()
            return
        self.accept()
