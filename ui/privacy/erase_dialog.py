"""Erase one person on request (GDPR article 17), after typing SLET (English: DELETE) to confirm.

``ErasePersonDialog(caller_id, by, parent)`` says who and what goes, that it cannot
be undone and that backups keep the person until they rotate out; the erase button
works only once the word is typed. ``result_info`` holds the ``ErasureResult``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reception.privacy import ErasureResult, UnknownCaller, erase_person, person_overview
from reception.store import StorageUnavailable
from ui.messages import message_of
from ui.privacy.common import describe_rows, show_problem


class ErasePersonDialog(QDialog):
    def __init__(self, caller_id: int, by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasePersonDialog")
        self.setWindowTitle(self.tr("Slet person"))
        self.caller_id = caller_id
        self.by = by
        self.result_info: ErasureResult | None = None
        overview = person_overview(caller_id)
        text = QLabel(self.tr(
            "<b>{name}</b> · {phones}<br><br>Alt om personen slettes: {rows}. Sletningen kan "
            "ikke fortrydes. I loggen står kun, at en person er slettet, af hvem og hvornår."
            "<br><br>Sikkerhedskopier fra før i dag indeholder stadig personen, indtil de "
            "udskiftes. Indlæses en af dem, skal personen slettes igen.").format(
                name=overview.name or self.tr("(uden navn)"),
                phones=", ".join(overview.phones), rows=describe_rows(overview.rows)), self)
        text.setWordWrap(True)
        self.confirm_word = self.tr("SLET")  # each language has its own word to type
        prompt = QLabel(self.tr("Skriv {word} for at bekræfte:").format(word=self.confirm_word),
                        self)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("eraseConfirmEdit")
        self.status = QLabel(self)
        self.status.setObjectName("eraseStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.erase_button = self.buttons.addButton(self.tr("Slet for altid"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.confirm_edit.textChanged.connect(
            lambda typed: self.erase_button.setEnabled(typed.strip() == self.confirm_word))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def erase(self) -> bool:
        if self.confirm_edit.text().strip() != self.confirm_word:
            return False
        try:
            self.result_info = erase_person(self.caller_id, self.by)
        except StorageUnavailable as error:
            self.status.setText(message_of(error))
            return False
        except UnknownCaller as error:
            show_problem(self, self.tr("Personen findes ikke"), message_of(error))
            self.reject()
            return False
        self.accept()
        return True
