"""Clinic settings: empty until filled in, inline Danish errors, nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit

from reception.clinic_settings import load_clinic_settings
from reception.paths import resolve_data_paths
from reception.store import open_database
from ui.clinic_settings_dialog import ClinicSettingsDialog


def test_settings_dialog_validates_inline_and_saves(qtbot, isolated_data_dir: Path) -> None:
    open_database(resolve_data_paths(isolated_data_dir).ensure().database)
    dialog = ClinicSettingsDialog()
    qtbot.addWidget(dialog)
    edits = {n: dialog.findChild(QLineEdit, f"clinic_{n}Edit") for n in
             ("street", "postcode", "town", "email", "cvr")}
    assert all(e.text() == "" for e in edits.values())
    qtbot.keyClicks(edits["street"], "Guldgade 1")
    qtbot.keyClicks(edits["postcode"], "80")
    qtbot.keyClicks(edits["email"], "klinik")
    dialog.save()
    assert dialog.result() == 0  # not accepted
    postcode_error = dialog.findChild(QLabel, "clinic_postcodeError")
    assert postcode_error.isVisibleTo(dialog) and "4 cifre" in postcode_error.text()
    assert dialog.findChild(QLabel, "clinic_emailError").isVisibleTo(dialog)
    assert edits["street"].text() == "Guldgade 1" and edits["email"].text() == "klinik"
    assert load_clinic_settings().street == ""  # nothing half-saved
    edits["postcode"].setText("8000")
    edits["email"].setText("info@guldklinikken.dk")
    dialog.save()
    assert dialog.result() == 1
    saved = load_clinic_settings()
    assert (saved.street, saved.postcode, saved.email) == ("Guldgade 1", "8000",
                                                           "info@guldklinikken.dk")
