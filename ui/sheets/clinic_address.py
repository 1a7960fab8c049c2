"""A small question above the letter while the clinic's own address is empty: street,
postcode and town, saved into Klinikkens oplysninger (the same settings as Filer →
Klinikkens oplysninger). Shown inside the send dialog, so nothing blocks."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.clinic_settings import InvalidSettings, load_clinic_settings, save_clinic_settings
from reception.store import StorageUnavailable
from ui.colours import ERROR_STYLE
from ui.messages import message_of, messages_of


class ClinicAddressPanel(QFrame):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinicAddressPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#clinicAddressPanel { background: #fdf3d8; }")
        intro = QLabel(self.tr("Klinikkens adresse er ikke udfyldt, så brevet har ingen "
                               "afsenderadresse. Skriv den her, så kommer den med på dette og "
                               "alle senere breve:"), self)
        intro.setWordWrap(True)
        self.street_edit = self._edit("clinicStreetEdit", self.tr("Adresse, fx Guldvej 1"))
        self.postcode_edit = self._edit("clinicPostcodeEdit", self.tr("Postnr."))
        self.postcode_edit.setMaximumWidth(80)
        self.town_edit = self._edit("clinicTownEdit", self.tr("By"))
        self.save_button = QPushButton(self.tr("Gem adressen"), self)
        self.save_button.setObjectName("clinicAddressSaveButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.error_label = QLabel(self)
        self.error_label.setObjectName("clinicAddressError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row = QHBoxLayout()
        for widget in (self.street_edit, self.postcode_edit, self.town_edit):
            row.addWidget(widget)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.hide()

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(lambda: self.save())
        return edit

    def focus(self) -> None:
        self.street_edit.setFocus()

    def save(self) -> bool:
        """Store the address (the clinic's e-mail and CVR stay); hide and emit ``saved``."""
        street, town = self.street_edit.text().strip(), self.town_edit.text().strip()
        postcode = self.postcode_edit.text().strip()
        if not street or not (postcode or town):
            return self._error(self.tr("Skriv både adressen og postnummer og by."))
        try:
            current = load_clinic_settings()
            save_clinic_settings(replace(current, street=street, postcode=postcode, town=town))
        except InvalidSettings as error:
            return self._error(" ".join(messages_of(error.problems).values()))
        except StorageUnavailable as error:
            return self._error(message_of(error))
        self.error_label.hide()
        self.hide()
        self.saved.emit()
        return True

    def _error(self, text: str) -> bool:
        self.error_label.setText(text)
        self.error_label.show()
        return False
