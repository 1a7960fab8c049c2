"""Who is at the desk: chosen from the short staff list at start, last choice remembered.

``choose_staff(names, settings, parent)`` returns the chosen name, or None when
cancelled (the app then uses the PC's login name). The last choice is kept in the
given QSettings (``privacy/last_staff``) and preselected next time.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import exec_once

LAST_STAFF_KEY = "privacy/last_staff"


class StaffChooserDialog(QDialog):
    def __init__(self, names: list[str], settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffChooserDialog")
        self.setWindowTitle(self.tr("Hvem sidder ved skranken?"))
        self._settings = settings
        label = QLabel(self.tr("Vælg dit navn. Det skrives i loggen over, hvem der har set "
                               "og ændret patienternes oplysninger."), self)
        label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("staffList")
        last = str(settings.value(LAST_STAFF_KEY, "") or "")
        for name in names:
            item = QListWidgetItem(name, self.list)
            if name == last:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None else None

    def accept(self) -> None:
        name = self.chosen()
        if name is None:
            return
        self._settings.setValue(LAST_STAFF_KEY, name)
        self._settings.sync()
        super().accept()


def choose_staff(names: list[str], settings: QSettings,
                 parent: QWidget | None = None) -> str | None:
    """Ask who is at the desk; None when the list is empty or the dialog is cancelled."""
    if not names:
        return None
    dialog = StaffChooserDialog(names, settings, parent)
    if exec_once(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
