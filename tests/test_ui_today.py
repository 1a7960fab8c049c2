"""The »I dag« tab: what needs doing, with counts on the tabs, and every item acts."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from reception.calls import CallForm, end_call, save_draft, start_call
from reception.checklist import Booking, ensure_checklist, save_step
from reception.clinic_days import closed_reason
from reception.paths import resolve_data_paths
from reception.sheets.pending import sheets_to_send
from reception.store import open_database
from ui.app import create_main_window
from ui.main_window import MainWindow


def seed(data_dir: Path) -> None:
    """Two callbacks (today, tomorrow), a sheet promised, a consultation without images and
    blood-thinner agreement, and a call left open."""
    open_database(resolve_data_paths(data_dir).ensure().database)
    today = date.today()
    form = CallForm(phone="21234501", name="Anne Hansen", email="anne@example.dk")
    end_call(start_call("21234501"), form, "call_back", callback_due=today,
             callback_reason="Vil høre om prisen")
    end_call(start_call("21234502"), CallForm(phone="21234502", name="Bo Jensen"), "call_back",
             callback_due=today + timedelta(days=1))
    end_call(start_call("21234503"), CallForm(phone="21234503", name="Cille Dam",
                                             email="cille@example.dk"), "send_sheet")
    booked = end_call(start_call("21234504"), CallForm(phone="21234504", name="Dorte Krog"),
                      "booked")
    ensure_checklist(booked.caller_id)
    day = next(today + timedelta(days=n) for n in range(3, 10)
               if closed_reason(today + timedelta(days=n)) is None)
    save_step(booked.caller_id, Booking(day, time(9, 0)))
    draft = start_call("21234505")
    save_draft(draft, CallForm(phone="21234505", name="Erik Lund", notes="Ringer om hoften"))


def make_window(qtbot, data_dir: Path) -> MainWindow:
    win = create_main_window(resolve_data_paths(data_dir).ensure())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitActive(win)
    return win


def click(qtbot, win: MainWindow, name: str) -> None:
    button = win.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def names(section) -> list[str]:  # noqa: ANN001
    column = 1 if section.objectName() in ("todayCallbacks", "todayDrafts") else 0
    if section.objectName() == "todayConsultations":
        column = 2
    return [section.table.item(r, column).text() for r in range(section.table.rowCount())]


def test_the_day_tab_lists_what_needs_doing_with_counts(qtbot, isolated_data_dir: Path) -> None:
    seed(isolated_data_dir)
    win = make_window(qtbot, isolated_data_dir)
    tabs = win.tabs
    assert tabs.tabText(0) == "Opkald"
    assert tabs.tabText(1) == "I dag (4)"  # callback, sheet, consultation, open call
    assert tabs.tabText(tabs.indexOf(win.callbacks)) == "Tilbageringninger (1)"
    # the callbacks tab shows tomorrow's too
    assert win.callbacks.table.rowCount() == 2
    assert win.callbacks.table.item(1, 0).text().startswith("I morgen")
    assert "Desuden 1 i de kommende 14 dage." in win.callbacks.status.text()

    tabs.setCurrentIndex(1)
    today = win.workspace.today
    assert today.isVisible()
    assert names(today.callbacks) == ["Anne Hansen"]
    assert names(today.sheets) == ["Cille Dam"]
    assert names(today.consultations) == ["Dorte Krog"]
    assert today.consultations.table.item(0, 4).text() == (
        "billeder, aftale om blodfortyndende")
    assert names(today.drafts) == ["Erik Lund"]
    assert today.sheets.title() == "Ark at sende (1)"

    click(qtbot, win, "todaySendSheetButton")  # the existing »Send informationsark« dialog
    dialog = win.workspace.sheet_dialog
    assert dialog.isVisible() and dialog.caller_id == sheets_to_send()[0].caller_id
    dialog.reject()

    click(qtbot, win, "todaySheetNotNeededButton")
    assert names(today.sheets) == [] and today.sheets.empty.isVisible()
    assert tabs.tabText(1) == "I dag (3)"
    assert sheets_to_send() == []


def test_each_item_opens_rings_or_resumes(qtbot, isolated_data_dir: Path) -> None:
    seed(isolated_data_dir)
    win = make_window(qtbot, isolated_data_dir)
    win.tabs.setCurrentIndex(1)
    drafts = win.workspace.today.drafts.table
    drafts.setFocus()
    qtbot.keyClick(drafts, Qt.Key.Key_Return)  # Enter acts like the row's first button
    assert win.tabs.currentWidget() is win.call_panel
    assert win.call_panel.form.name_edit.text() == "Erik Lund"

    win.tabs.setCurrentIndex(1)
    click(qtbot, win, "todayConsultationPersonButton")
    assert win.tabs.currentWidget() is win.call_panel
    assert win.call_panel.checklist.checklist.caller_name == "Dorte Krog"

    win.tabs.setCurrentIndex(1)
    click(qtbot, win, "todayRingButton")  # the callback: an outgoing call to Anne
    assert win.tabs.currentWidget() is win.call_panel
    assert win.call_panel.form.name_edit.text() == "Anne Hansen"
    win.call_panel.finish_call("no_action")  # kept: off the list, counts follow
    assert win.tabs.tabText(win.tabs.indexOf(win.callbacks)) == "Tilbageringninger"
    qtbot.waitUntil(lambda: names(win.workspace.today.callbacks) == [], timeout=3000)
    assert win.tabs.tabText(1) == "I dag (3)"  # the sheet, the consultation, Erik's call
