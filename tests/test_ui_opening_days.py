"""Opening days in »Klinikkens oplysninger«: stored, at least one, and the bookings follow."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLabel

from reception.checklist import booking_warnings
from reception.clinic_days import load_opening_days
from reception.paths import resolve_data_paths
from reception.store import open_database
from ui.clinic_settings_dialog import ClinicSettingsDialog


def test_opening_days_are_edited_with_the_clinic_settings(qtbot, isolated_data_dir: Path) -> None:
    open_database(resolve_data_paths(isolated_data_dir).ensure().database)
    dialog = ClinicSettingsDialog()
    qtbot.addWidget(dialog)
    boxes = [dialog.findChild(QCheckBox, f"clinic_openDay{n}") for n in range(7)]
    assert [b.isChecked() for b in boxes] == [True] * 5 + [False] * 2  # Mon–Fri
    for box in boxes:
        box.setChecked(False)
    dialog.save()
    error = dialog.findChild(QLabel, "clinic_openDaysError")
    assert dialog.result() == 0 and error.isVisibleTo(dialog) and "mindst én" in error.text()
    assert load_opening_days().weekdays == (0, 1, 2, 3, 4)  # nothing saved
    for n in (0, 1, 2, 3, 5):  # closed on Fridays, open on Saturdays
        boxes[n].setChecked(True)
    dialog.save()
    assert dialog.result() == 1
    assert load_opening_days().weekdays == (0, 1, 2, 3, 5)
    friday, saturday, today = date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 1)
    assert [w.code for w in booking_warnings(friday, None, None, today)] == ["closed_weekday"]
    assert booking_warnings(saturday, None, None, today) == []
