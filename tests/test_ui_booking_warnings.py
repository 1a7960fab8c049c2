"""The booking step warns beside the field before saving, and asks once more on »Gem«."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from reception.calls import CallForm, end_call, start_call
from reception.checklist import Booking, ensure_checklist, load_checklist, save_step
from reception.content import Content, load_content
from reception.store import open_database
from ui.checklist import ChecklistView

TODAY = date(2026, 12, 1)


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    database = open_database(tmp_path / "db.sqlite3")
    yield tmp_path / "db.sqlite3"
    database.close()


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def booked(name: str, phone: str) -> int:
    result = end_call(start_call(phone), CallForm(phone=phone, name=name), "booked", today=TODAY)
    ensure_checklist(result.caller_id)
    return result.caller_id


def typed(view: ChecklistView, qtbot, name: str, text: str) -> None:  # noqa: ANN001
    edit = view.findChild(QLineEdit, name)
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_a_holiday_warns_before_saving_and_is_saved_only_when_confirmed(
        qtbot, db_path: Path, content: Content) -> None:
    caller = booked("Bo Jensen", "21234502")
    view = ChecklistView(content, "Mette", today=lambda: TODAY)
    qtbot.addWidget(view)
    view.set_caller(caller)
    view.show()
    warning = view.editors["booking"].warning
    assert warning.isHidden()
    typed(view, qtbot, "consultationDateEdit", "26.12.2026")
    assert warning.isVisible()
    assert "helligdag (Anden juledag)" in warning.text()

    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert load_checklist(caller).booking.consultation_date is None
    assert "Anden juledag" in view.warnings_text and "Gem alligevel" in view.warnings_text
    assert view.save_button.text() == "Gem alligevel"

    typed(view, qtbot, "consultationDateEdit", "27.12.2026")  # changed: a Sunday, asks again
    assert "søndag" in warning.text() and view.save_button.text() == "Gem"
    typed(view, qtbot, "consultationDateEdit", "28.12.2026")  # an ordinary Monday
    assert warning.isHidden()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert load_checklist(caller).booking.consultation_date == date(2026, 12, 28)
    assert view.warnings_text == "Gemt."


def test_a_time_already_booked_names_the_other_patient_and_can_be_confirmed(
        qtbot, db_path: Path, content: Content) -> None:
    anne = booked("Anne Hansen", "21234501")
    save_step(anne, Booking(date(2026, 12, 3), time(10, 0)), today=TODAY)
    bo = booked("Bo Jensen", "21234502")
    view = ChecklistView(content, "Mette", today=lambda: TODAY)
    qtbot.addWidget(view)
    view.set_caller(bo)
    typed(view, qtbot, "consultationDateEdit", "3.12.2026")
    typed(view, qtbot, "consultationTimeEdit", "10.00")
    assert "allerede booket til Anne Hansen" in view.editors["booking"].warning.text()
    view.select_step("scan")  # moving on asks first: stays to confirm or change
    assert view.current_step == "booking"
    assert load_checklist(bo).booking.consultation_time is None
    assert view.save_button.text() == "Gem alligevel"
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert load_checklist(bo).booking.consultation_time == time(10, 0)
    assert "Anne Hansen" in view.warnings_text
    # the day and time already saved: changing only the areas does not ask again
    qtbot.mouseClick(view.editors["booking"].areas.buttons["knae"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert load_checklist(bo).booking.areas == ("knae",)
    assert view.save_button.text() == "Gem"
