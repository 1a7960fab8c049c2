"""Small pieces the privacy dialogs share: a yes/no question tests can answer, error boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from reception.privacy.audit_words import table_count
from ui.messages import message_of
from ui.translations import tr

CONFIRM_NAME = "privacyConfirm"


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask before something that cannot be undone; "Annullér" is the default button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName(CONFIRM_NAME)
    do_it = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    do_it.setObjectName("privacyConfirmYes")
    cancel = box.addButton(tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is do_it


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("privacyProblem")
    box.exec()


def describe_rows(counts: dict[str, int]) -> str:
    """``{"call": 3, "note": 1}`` → ``"3 opkald, 1 note"`` in the UI's language (the
    words of ``reception.words.TABLE_WORDS``; table names for unknown tables)."""
    return ", ".join(message_of(table_count(table, n)) for table, n in counts.items() if n)
