"""The call as a live workspace: calls on hold, and everything done while the caller talks."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton

from reception.calls import caller_history, find_callers_by_phone, load_call_form
from reception.calls.outcomes import stored_outcomes
from reception.checklist import load_checklist
from reception.paths import resolve_data_paths
from reception.privacy import erase_person
from reception.sheets.pending import sheets_to_send
from reception.store.models import Call
from ui.app import create_main_window, handle_message
from ui.main_window import MainWindow


def start(qtbot, data_dir: Path) -> MainWindow:
    win = create_main_window(resolve_data_paths(data_dir).ensure())
    qtbot.addWidget(win)
    win.resize(1500, 900)
    win.show()
    win.raise_()
    win.activateWindow()
    # Shortcuts only reach the active window; offscreen it may take a moment.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    return win


def open_day(day: date) -> date:
    """``day`` or the first day after it that the clinic is open (no weekend, no holiday)."""
    from reception.clinic_days import closed_reason

    while closed_reason(day) is not None:
        day += timedelta(days=1)
    return day


def line(win: MainWindow, name: str) -> QLineEdit:
    widget = win.call_panel.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def notes(win: MainWindow) -> QPlainTextEdit:
    return win.call_panel.findChild(QPlainTextEdit, "notesEdit")


def strip_text(win: MainWindow) -> str:
    strip = win.call_panel.findChild(QPushButton, "openCall1").parentWidget()
    assert strip.objectName() == "openCallsStrip" and strip.isVisible()
    return strip.text()


def test_a_screen_pop_puts_the_running_call_on_hold(qtbot, isolated_data_dir: Path) -> None:
    """Done-when (a): A typed, B pops up, A waits in the strip intact, both end saved."""
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    panel.new_call()
    qtbot.keyClicks(line(win, "phoneEdit"), "40575457")
    qtbot.keyClicks(line(win, "nameEdit"), "Anna Andersen")
    notes(win).insertPlainText("Ondt i nakken siden foråret.")

    handle_message(win, "call 23394977")  # the phone system's screen pop for B
    assert line(win, "phoneEdit").text() == "23 39 49 77"
    assert line(win, "nameEdit").text() == "" and notes(win).toPlainText() == ""
    text = strip_text(win)
    assert "1. Anna Andersen · på hold" in text and "2. 23 39 49 77 · aktiv" in text
    assert "på hold" in panel.status_label.text()
    qtbot.keyClicks(line(win, "nameEdit"), "Bent Berg")
    notes(win).insertPlainText("Spørger om prisen.")

    qtbot.mouseClick(win.call_panel.findChild(QPushButton, "openCall1"),
                     Qt.MouseButton.LeftButton)
    assert line(win, "nameEdit").text() == "Anna Andersen"
    assert notes(win).toPlainText() == "Ondt i nakken siden foråret."
    assert "1. Anna Andersen · aktiv" in strip_text(win)
    first = panel.finish_call("no_action")
    assert first is not None
    assert line(win, "nameEdit").text() == "Bent Berg"  # the call on hold comes forward
    assert notes(win).toPlainText() == "Spørger om prisen."
    second = panel.finish_call("no_action")
    assert second is not None and panel.session is None
    assert not win.call_panel.findChild(type(panel.strip), "openCallsStrip").isVisible()
    assert Call.get_by_id(first.call_id).notes == "Ondt i nakken siden foråret."
    assert Call.get_by_id(second.call_id).notes == "Spørger om prisen."
    assert caller_history(first.caller_id).caller.name == "Anna Andersen"
    assert caller_history(second.caller_id).caller.name == "Bent Berg"


def test_ctrl_number_switches_and_f2_parks(qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    qtbot.keyClick(win, Qt.Key.Key_F2)
    qtbot.keyClicks(line(win, "phoneEdit"), "40575457")
    qtbot.keyClick(win, Qt.Key.Key_F2)
    qtbot.keyClicks(line(win, "phoneEdit"), "23394977")
    assert len(panel.desk.sessions) == 2
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert line(win, "phoneEdit").text() == "40575457"
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert line(win, "phoneEdit").text() == "23394977"


def test_a_new_caller_is_booked_and_sent_a_sheet_during_the_call(
    qtbot, isolated_data_dir: Path
) -> None:
    """Done-when (b): booked, a checklist step filled and a sheet queued, two outcomes."""
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    panel.new_call()
    qtbot.keyClicks(line(win, "phoneEdit"), "40575457")
    qtbot.keyClicks(line(win, "nameEdit"), "Carla Clausen")
    qtbot.keyClicks(line(win, "streetEdit"), "Guldvej 7")
    qtbot.keyClicks(line(win, "postcodeEdit"), "8000")
    qtbot.keyClicks(line(win, "townEdit"), "Aarhus C")

    # The checklist while talking: the caller becomes a person on the spot.
    panel.side_tabs.setCurrentWidget(panel.checklist)
    create = panel.checklist.findChild(QPushButton, "createChecklistButton")
    assert create.isVisible()
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    caller_id = panel.session.form.caller_id
    assert caller_id is not None and panel.checklist.caller_id == caller_id
    assert load_checklist(caller_id) is not None

    # The sheet can be opened mid-call too.
    qtbot.mouseClick(win.findChild(QPushButton, "printSheetButton"), Qt.MouseButton.LeftButton)
    dialog = win.workspace.sheet_dialog
    assert dialog.isVisible()
    dialog.reject()

    consultation = open_day(date.today() + timedelta(days=10))

    def book_and_promise_sheet() -> None:
        end = QApplication.activeModalWidget()
        end.choose("booked", "send_sheet")
        end.consultation_date.setDate(consultation)
        end.consultation_time.setTime(time(13, 30))
        end.accept()

    QTimer.singleShot(0, book_and_promise_sheet)
    qtbot.mouseClick(win.findChild(QPushButton, "endCallButton"), Qt.MouseButton.LeftButton)
    assert panel.session is None
    (carla,) = find_callers_by_phone("40575457")
    assert carla.id == caller_id  # one person, made during the call and kept
    history = caller_history(caller_id)
    assert stored_outcomes(Call.get_by_id(history.calls[0].id).outcome) == (
        "booked", "send_sheet")
    checklist = load_checklist(caller_id)
    assert checklist.booking.consultation_date == consultation
    assert checklist.booking.consultation_time == time(13, 30)
    assert [p.caller_id for p in sheets_to_send()] == [caller_id]  # »Ark at sende«


def test_erasing_the_person_of_an_open_call_closes_it_cleanly(
    qtbot, isolated_data_dir: Path
) -> None:
    """Issue 11, item 3: no "Uventet fejl", and a new call can start at once."""
    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    panel.new_call()
    qtbot.keyClicks(line(win, "phoneEdit"), "40575457")
    qtbot.keyClicks(line(win, "nameEdit"), "Dorte Dam")
    caller_id = panel.register_person()
    erase_person(caller_id, by="Mette")
    notes(win).insertPlainText("skrevet efter sletningen")
    panel.flush()
    assert panel.session is None and panel.desk.sessions == []
    assert "slettet" in panel.status_label.text()
    assert line(win, "nameEdit").text() == ""  # the erased person's data is off the screen
    panel.new_call("23394977")
    assert panel.session is not None and panel.session.call_id is not None
    assert load_call_form(panel.session.call_id).phone == "23394977"


def test_calls_left_unfinished_come_back_on_hold(qtbot, isolated_data_dir: Path) -> None:
    win = start(qtbot, isolated_data_dir)
    win.call_panel.new_call("40575457")
    qtbot.keyClicks(line(win, "nameEdit"), "Erik Enevoldsen")
    win.call_panel.flush()
    win.close()
    again = start(qtbot, isolated_data_dir)
    qtbot.waitUntil(lambda: bool(again.call_panel.desk.sessions), timeout=5000)
    assert "Erik Enevoldsen · på hold" in strip_text(again)
    assert again.call_panel.drafts_banner.isVisible()


def test_a_write_lock_during_a_new_call_keeps_what_was_typed(
    qtbot, isolated_data_dir: Path
) -> None:
    """Issue 11, item 1 (variant): another program holds the write lock at the switch."""
    import sqlite3

    win = start(qtbot, isolated_data_dir)
    panel = win.call_panel
    panel.new_call("40575457")
    qtbot.keyClicks(line(win, "nameEdit"), "Anna Andersen")
    assert panel.flush()
    first = panel.session
    other = sqlite3.connect(resolve_data_paths(isolated_data_dir).database,
                            isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        notes(win).insertPlainText("skrevet mens en anden holdt låsen")
        panel.new_call("23394977")
        assert first.dirty and "ikke gemt endnu" in strip_text(win)
        assert "på hold" in panel.status_label.text()
        qtbot.keyClicks(line(win, "nameEdit"), "Bent Berg")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert panel.flush()
    assert load_call_form(first.call_id).notes == "skrevet mens en anden holdt låsen"
    assert load_call_form(first.call_id).name == "Anna Andersen"
    assert load_call_form(panel.session.call_id).name == "Bent Berg"
    assert "ikke gemt endnu" not in strip_text(win)


def test_the_end_dialog_warns_about_a_closed_day_before_saving(
    qtbot, isolated_data_dir: Path
) -> None:
    from ui.call.end_call_dialog import EndCallDialog

    win = start(qtbot, isolated_data_dir)
    win.call_panel.new_call("40575457")
    qtbot.keyClicks(line(win, "nameEdit"), "Carla Clausen")
    dialog = EndCallDialog(win.call_panel.session.form, win)
    qtbot.addWidget(dialog)
    dialog.choose("booked")
    sunday = date.today() + timedelta(days=(6 - date.today().weekday()) % 7 + 7)
    dialog.consultation_date.setDate(sunday)
    assert dialog.booking_warning.isVisible() or not dialog.booking_warning.isHidden()
    assert "lukket" in dialog.booking_warning.text()
    dialog._try_accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.forced  # asked first
    dialog.consultation_date.setDate(open_day(sunday))
    assert dialog.booking_warning.isHidden()
