"""Asks for the database passphrase at start, checking it before it closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.colours import ERROR_STYLE

# passphrase -> None when it opens the database, else a Danish message
PassphraseCheck = Callable[[str], str | None]


class PassphraseDialog(QDialog):
    """``PassphraseDialog(check)``; after ``exec()`` is accepted, ``passphrase()`` opened it."""

    def __init__(self, check: PassphraseCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Guldklinikken – adgangskode"))
        self._check = check
        intro = QLabel(self.tr(
            "Klinikkens database er krypteret. Skriv adgangskoden for at åbne den."), self)
        intro.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        note = QLabel(self.tr(
            "Uden adgangskoden kan hverken databasen eller sikkerhedskopierne læses. "
            "Den kan også gives i miljøvariablen RECEPTION_PASSPHRASE."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color:#555")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Åbn"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Afslut"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.edit, self.error, note, buttons):
            layout.addWidget(widget)
        self._accepted_passphrase: str | None = None

    def try_accept(self) -> None:
        typed = self.edit.text()
        problem = self._check(typed)
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.edit.selectAll()
            self.edit.setFocus()
            return
        self._accepted_passphrase = typed
        self.edit.clear()
        self.accept()

    def passphrase(self) -> str | None:
        return self._accepted_passphrase
