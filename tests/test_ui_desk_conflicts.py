"""The checklist and the clinic's settings when another desk saved the same thing meanwhile.

The other desk is the core called with another desk name (``RECEPTION_DESK_NAME``)
while the widget holds what this desk typed; the two-process version of the same
is tests/test_pg_desk_conflicts.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conflict_helpers import answer_conflict
from PySide6.QtWidgets import QLineEdit

from reception.calls import CallForm, end_call, start_call
from reception.checklist import ensure_checklist, load_checklist, save_step
from reception.clinic_settings import (
    ClinicSettings,
    clinic_settings_versions,
    load_clinic_settings,
    save_clinic_settings,
)
from reception.content import load_content
from reception.paths import resolve_data_paths
from reception.store import open_database
from ui.checklist import ChecklistView
from ui.clinic_settings_dialog import ClinicSettingsDialog

TODAY = date(2026, 5, 4)


@pytest.fixture
def opened(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    database = open_database(resolve_data_paths(isolated_data_dir).ensure().database)
    monkeypatch.setenv("RECEPTION_DESK_NAME", "Reception 2")
    yield monkeypatch
    database.close()


def another_desk_saves_the_scan_place(monkeypatch: pytest.MonkeyPatch, caller_id: int,
                                      place: str) -> None:
    monkeypatch.setenv("RECEPTION_DESK_NAME", "Reception 1")
    stored = load_checklist(caller_id, TODAY)
    save_step(caller_id, replace(stored.scan, place=place), today=TODAY,
              started_from=stored)
    monkeypatch.setenv("RECEPTION_DESK_NAME", "Reception 2")


@pytest.mark.parametrize("button", ["mine_button", "theirs_button", "edit_button"])
def test_a_checklist_step_saved_at_another_desk_is_shown_before_anything_is_saved(
        qtbot, opened, button: str) -> None:
    caller_id = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens Hansen"),
                         "booked", today=TODAY).caller_id
    ensure_checklist(caller_id)
    view = ChecklistView(load_content(), "Lise", today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    view.set_caller(caller_id)
    view.select_step("scan")
    place = view.findChild(QLineEdit, "scanPlaceEdit")
    qtbot.keyClicks(place, "Aalborg")
    another_desk_saves_the_scan_place(opened, caller_id, "Skejby")
    seen: dict[str, object] = {}
    answer_conflict(button, seen)
    view.save()
    assert seen["rows"] == [("Skannet hvor", "Skejby", "Aalborg")]
    assert seen["who"].startswith("Reception 1")
    stored = load_checklist(caller_id, TODAY).scan.place
    if button == "mine_button":
        assert stored == "Aalborg" and not view.dirty
    elif button == "theirs_button":
        assert stored == "Skejby" and place.text() == "Skejby"
        assert "Aalborg" in view.message.text()  # what she typed, still to read
    else:
        assert stored == "Skejby" and place.text() == "Aalborg" and view.dirty


def test_the_clinic_settings_saved_at_another_desk_are_not_written_over(qtbot, opened) -> None:
    dialog = ClinicSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "clinic_streetEdit").setText("Sølvvej 2")
    opened.setenv("RECEPTION_DESK_NAME", "Reception 1")
    save_clinic_settings(ClinicSettings(street="Guldvej 1"), clinic_settings_versions())
    opened.setenv("RECEPTION_DESK_NAME", "Reception 2")
    seen: dict[str, object] = {}
    answer_conflict("edit_button", seen)
    dialog.save()
    assert seen["rows"] == [("Adresse", "Guldvej 1", "Sølvvej 2")]
    assert dialog.result() == 0 and load_clinic_settings().street == "Guldvej 1"
    answer_conflict("mine_button", seen)
    dialog.save()
    assert dialog.result() == 1 and load_clinic_settings().street == "Sølvvej 2"
