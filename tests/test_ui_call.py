"""The call screen driven like a receptionist: a whole call, restart, crash, screen pop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from reception.calls import CallForm, CallSession, caller_history, find_callers_by_phone
from reception.paths import resolve_data_paths
from reception.safety.lock import DataFolderLock
from reception.store import open_database
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.models.callers_model import CallersTableModel
from ui.single_instance import InstanceServer

ROOT = Path(__file__).resolve().parents[1]


def make_window(qtbot, data_dir: Path) -> MainWindow:
    win = create_main_window(resolve_data_paths(data_dir).ensure())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def seed_caller(data_dir: Path, phone: str, name: str, notes: str) -> None:
    """An earlier call, saved through the same services the app uses."""
    open_database(resolve_data_paths(data_dir).ensure().database)
    session = CallSession.start(phone=phone, taken_by="Mette")
    session.update(CallForm(phone=phone, name=name, postcode="8000", town="Aarhus C",
                            pain_areas=("ryg",), notes=notes))
    session.end("call_back", callback_due=date.today() - timedelta(days=1),
                callback_reason="Vil tænke over det")


def field(win: MainWindow, name: str):
    kind = QPlainTextEdit if name == "notesEdit" else QLineEdit
    widget = win.findChild(kind, name)
    assert widget is not None, name
    return widget


def test_a_whole_call_with_a_returning_caller_survives_restart(
    qtbot, isolated_data_dir: Path
) -> None:
    seed_caller(isolated_data_dir, "23394977", "Jens Hansen", "Ondt i lænden i 3 år.")
    win = make_window(qtbot, isolated_data_dir)
    button = win.findChild(QPushButton, "newCallButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    phone = field(win, "phoneEdit")
    qtbot.waitUntil(phone.hasFocus, timeout=2000)
    qtbot.keyClicks(phone, "+45 23 39 49 77")

    # The earlier caller is found at once: form pre-filled, history with badge.
    assert field(win, "nameEdit").text() == "Jens Hansen"
    history = win.call_panel.history.toPlainText()
    assert "2. opkald" in history and "tilbageringning forfalden" in history
    assert "Ondt i lænden i 3 år." in history
    assert win.call_panel.matches.count() == 1

    qtbot.keyClicks(field(win, "streetEdit"), "Guldvej 7")
    qtbot.mouseClick(win.call_panel.form.area_buttons["nakke"], Qt.MouseButton.LeftButton)
    assert win.knowledge.shown_key == "condition:nakkesmerter"
    field(win, "notesEdit").insertPlainText("Vil gerne bestille tid 🙂 – nakke siden 2021.")
    win.call_panel.form.duration_spin.setValue(2)
    win.call_panel.form.duration_unit.setCurrentIndex(2)  # år
    assert "guldimplantation" in win.call_panel.triage_label.text()

    def choose_booked() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QPushButton, "saveCallButton")  # exists
        dialog.choose("booked")
        dialog.accept()

    QTimer.singleShot(0, choose_booked)
    qtbot.mouseClick(win.findChild(QPushButton, "endCallButton"), Qt.MouseButton.LeftButton)
    assert win.call_panel.session is None
    assert "gemt" in win.call_panel.status_label.text().lower()
    win.close()

    again = make_window(qtbot, isolated_data_dir)
    (summary,) = find_callers_by_phone("23394977")
    history = caller_history(summary.id)
    assert history.caller.street == "Guldvej 7"
    latest = history.calls[0]
    assert latest.outcome == "booked" and "🙂" in latest.notes
    assert latest.pain_areas == ("nakke", "ryg")  # the earlier "ryg" carried over
    assert again.call_panel.drafts_banner.isHidden()


def test_invalid_input_is_shown_inline_and_kept(qtbot, isolated_data_dir: Path) -> None:
    win = make_window(qtbot, isolated_data_dir)
    win.call_panel.new_call()
    qtbot.keyClicks(field(win, "phoneEdit"), "2339")
    qtbot.keyClicks(field(win, "postcodeEdit"), "80")
    qtbot.keyClicks(field(win, "emailEdit"), "jens.hansen.dk")
    errors = {name: win.findChild(QLabel, f"{name}Error") for name in ("phone", "postcode",
                                                                       "email")}
    assert all(label.isVisible() and label.text() for label in errors.values())
    assert field(win, "phoneEdit").text() == "2339"
    assert field(win, "emailEdit").text() == "jens.hansen.dk"
    assert win.call_panel.flush()  # the draft is stored as typed all the same
    qtbot.keyClicks(field(win, "postcodeEdit"), "00")
    assert not errors["postcode"].isVisible()


def test_two_people_sharing_a_number_are_both_offered(qtbot, isolated_data_dir: Path) -> None:
    seed_caller(isolated_data_dir, "23394977", "Karen Holm", "")
    seed_caller(isolated_data_dir, "23394977", "Peter Holm", "")
    win = make_window(qtbot, isolated_data_dir)
    win.call_panel.new_call()
    qtbot.keyClicks(field(win, "phoneEdit"), "23394977")
    names = [win.call_panel.matches.item(r).text() for r in range(win.call_panel.matches.count())]
    assert len(names) == 2 and any("Karen" in n for n in names) and any("Peter" in n for n in names)
    assert field(win, "nameEdit").text() == ""  # not merged, not guessed
    item = next(win.call_panel.matches.item(r) for r in range(2)
                if "Peter" in win.call_panel.matches.item(r).text())
    win.call_panel.matches.itemClicked.emit(item)
    assert field(win, "nameEdit").text() == "Peter Holm"


DRAFT_CHILD = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import QApplication
    from reception.paths import resolve_data_paths
    from ui.app import create_main_window
    app = QApplication([])
    win = create_main_window(resolve_data_paths(sys.argv[1]).ensure())
    win.show()
    win.call_panel.new_call()
    form = win.call_panel.form
    form.phone_edit.setText("40 57 54 57")
    form.name_edit.setText("Ørjan Ågesen 🙂")
    form.notes_edit.setPlainText("Ringer om knæet. " * 50)
    form.area_buttons["knae"].setChecked(True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:   # typing goes on; the autosave timer does its job
        app.processEvents()
        if win.call_panel.session and not win.call_panel.session.dirty:
            break
        time.sleep(0.05)
    from PySide6.QtGui import QTextCursor
    form.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
    form.notes_edit.insertPlainText("Sidste ord")
    print("typed", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_call_the_next_start_offers_the_draft_back(
    qtbot, isolated_data_dir: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", DRAFT_CHILD, str(isolated_data_dir)],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typed"
        # Give the one-second autosave its tick for the last words, then pull the plug.
        qtbot.wait(2500)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)

    win = make_window(qtbot, isolated_data_dir)
    panel = win.call_panel
    assert panel.drafts_banner.isVisible()
    assert "Ørjan Ågesen 🙂" in panel.drafts_label.text()
    qtbot.mouseClick(win.findChild(QPushButton, "resumeDraftButton"), Qt.MouseButton.LeftButton)
    assert field(win, "nameEdit").text() == "Ørjan Ågesen 🙂"
    assert field(win, "phoneEdit").text() == "40 57 54 57"
    assert field(win, "notesEdit").toPlainText().endswith("Sidste ord")
    assert panel.form.area_buttons["knae"].isChecked()
    assert panel.drafts_banner.isHidden()


def test_screen_pop_from_a_second_start_opens_the_call_here(
    qtbot, isolated_data_dir: Path
) -> None:
    win = make_window(qtbot, isolated_data_dir)
    paths = resolve_data_paths(isolated_data_dir)
    folder = DataFolderLock(paths.root).acquire()  # as the running app holds it
    server = InstanceServer(paths.root, win)
    server.message_received.connect(lambda m: __import__("ui.app").app.handle_message(win, m))
    assert server.listen()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(isolated_data_dir), "tel:+4523394977"],
        cwd=ROOT, env=env,
    )
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=15000)
    assert child.returncode == 0
    qtbot.waitUntil(lambda: win.call_panel.session is not None, timeout=5000)
    assert field(win, "phoneEdit").text() == "23 39 49 77"
    server.close()
    folder.release()


def test_callbacks_tab_lists_overdue_and_rings(qtbot, isolated_data_dir: Path) -> None:
    seed_caller(isolated_data_dir, "23394977", "Jens Hansen", "")
    win = make_window(qtbot, isolated_data_dir)
    panel = win.callbacks
    assert panel.table.rowCount() == 1
    assert "Jens Hansen" in panel.table.item(0, 1).text()
    assert "over" in panel.table.item(0, 0).text()
    panel.table.selectRow(0)
    qtbot.mouseClick(win.findChild(QPushButton, "callbackAttemptButton"),
                     Qt.MouseButton.LeftButton)
    assert panel.table.item(0, 3).text() == "1"
    panel.table.selectRow(0)
    qtbot.mouseClick(win.findChild(QPushButton, "ringCallbackButton"), Qt.MouseButton.LeftButton)
    assert win.tabs.currentWidget() is win.call_panel
    assert field(win, "nameEdit").text() == "Jens Hansen"
    win.call_panel.finish_call("no_action")
    assert panel.table.rowCount() == 0


def test_callers_register_searches_and_rings(qtbot, isolated_data_dir: Path) -> None:
    seed_caller(isolated_data_dir, "23394977", "Jens Hansen", "Knæet driller efter fald.")
    seed_caller(isolated_data_dir, "40575457", "Åse Ærø", "")
    win = make_window(qtbot, isolated_data_dir)
    win.tabs.setCurrentWidget(win.callers)
    panel = win.callers
    assert panel.model.rowCount() == 2
    qtbot.keyClicks(panel.search_edit, "aase")  # å typed as aa
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    assert panel.model.index(0, 0).data() == "Åse Ærø"
    panel.search_edit.setText("knae")  # a word from the notes
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1
                    and panel.model.index(0, 0).data() == "Jens Hansen", timeout=2000)
    assert panel.model.index(0, CallersTableModel.CHECKLIST).data() is None  # not booked
    from reception.checklist import StepStatus, ensure_checklist, set_step_status

    (jens,) = find_callers_by_phone("23394977")
    ensure_checklist(jens.id)
    for step in ("booking", "scan", "companion"):
        set_step_status(jens.id, step, StepStatus.DONE)
    panel.refresh()
    assert panel.model.index(0, CallersTableModel.CHECKLIST).data() == "3 af 6"
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert "Jens Hansen" in panel.history.toPlainText()
    assert panel.audit_button.isEnabled() and panel.export_button.isEnabled()
    qtbot.mouseClick(panel.ring_button, Qt.MouseButton.LeftButton)
    assert win.tabs.currentWidget() is win.call_panel
    assert win.call_panel.session is not None and win.call_panel.session.direction == "out"
    assert field(win, "nameEdit").text() == "Jens Hansen"


def test_callers_model_pages_rows_on_demand(qtbot) -> None:
    from ui.models.callers_model import PAGE_ROWS as PAGE_SIZE
    from ui.models.callers_model import CallersTableModel

    asked: list[int] = []

    def fetch(ids: list[int]):
        from reception.calls import CallerSummary

        asked.append(len(ids))
        return [CallerSummary(i, f"Person {i}", (), "", "", 0, None, "name") for i in ids]

    model = CallersTableModel(fetch)
    model.set_ids(list(range(100_000)))
    assert model.rowCount() == 100_000 and asked == []
    assert model.index(99_999, 0).data() == "Person 99999"
    assert model.index(0, 0).data() == "Person 0"
    assert model.index(1, 0).data() == "Person 1"
    assert asked == [100_000 % PAGE_SIZE, PAGE_SIZE]  # the last page, then the first; once each


def test_a_locked_database_keeps_the_draft_and_saves_when_free(
    qtbot, isolated_data_dir: Path
) -> None:
    import sqlite3

    win = make_window(qtbot, isolated_data_dir)
    panel = win.call_panel
    panel.new_call()
    qtbot.keyClicks(field(win, "nameEdit"), "Bodil Ørsted")
    assert panel.flush()
    other = sqlite3.connect(resolve_data_paths(isolated_data_dir).database, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        field(win, "notesEdit").insertPlainText("Skrevet mens databasen var låst.")
        assert not panel.flush()
        status = win.findChild(QLabel, "saveStatusLabel").text()
        assert "låst" in status.lower() or "optaget" in status.lower(), status
        assert field(win, "notesEdit").toPlainText() == "Skrevet mens databasen var låst."
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: not panel.session.dirty, timeout=3000)  # the autosave tick
    assert "gemt" in win.findChild(QLabel, "saveStatusLabel").text().lower()
    from reception.calls import load_call_form

    assert load_call_form(panel.session.call_id).notes == "Skrevet mens databasen var låst."


def test_after_a_restore_the_screens_show_the_restored_data(
    qtbot, isolated_data_dir: Path
) -> None:
    from reception.safety import backup_now, list_backups
    from reception.store import db
    from ui.safety import BackupActions

    paths = resolve_data_paths(isolated_data_dir).ensure()
    seed_caller(isolated_data_dir, "23394977", "Jens Hansen", "knæ")
    backup_now(paths)
    seed_caller(isolated_data_dir, "40575457", "Karen Holm", "nakke")
    win = make_window(qtbot, isolated_data_dir)
    win.callers.refresh()
    assert win.callers.model.rowCount() == 2
    old = win.workspace
    win.call_panel.new_call("40575457")
    actions = BackupActions.for_paths(paths, None, db.close,
                                      lambda: open_database(paths.database))
    actions.restore(list_backups(paths.root / "backups")[0])
    win.reload_store()
    assert win.workspace is not old and win.call_panel.session is None
    win.callers.refresh()
    assert [win.callers.model.index(r, 0).data() for r in range(win.callers.model.rowCount())] \
        == ["Jens Hansen"]
    win.call_panel.new_call("23394977")
    assert field(win, "nameEdit").text() == "Jens Hansen"
    win.call_panel.finish_call("no_action")


def test_the_unsearched_register_shows_the_first_callers_then_reads_the_rest(
    qtbot, isolated_data_dir: Path, monkeypatch
) -> None:
    """The first chunk before it paints, the rest in chunks after: every caller, in order."""
    from reception.calls.caller_list import caller_ids
    from ui.call import callers_panel

    for number, name in enumerate(["Eva", "Bo", "Åse", "Anna", "Bo", "Carl", "Dan"]):
        seed_caller(isolated_data_dir, f"2339490{number}", name, "")
    monkeypatch.setattr(callers_panel, "FIRST_ROWS", 2)
    monkeypatch.setattr(callers_panel, "MORE_ROWS", 2)
    win = make_window(qtbot, isolated_data_dir)
    register = win.callers
    register.refresh()
    assert register.model.rowCount() == 2 and register.count_label.text().endswith("…")
    qtbot.waitUntil(lambda: register.model.rowCount() == 7, timeout=3000)
    assert [register.model.caller_id(r) for r in range(7)] == caller_ids("")
    assert register.count_label.text() == "7 personer"
    names = [register.model.index(r, 0).data() for r in range(7)]
    assert names == sorted(names) and names.count("Bo") == 2
    register.search_edit.setText("eva")
    register.refresh()  # a search replaces the chunks still to come
    qtbot.wait(50)
    assert register.model.rowCount() == 1


def test_the_register_reads_the_rest_in_small_chunks_with_events_between(
    qtbot, isolated_data_dir: Path, monkeypatch
) -> None:
    """After the first chunk, each later one is read in an event pass of its own, a timer's
    delay after the one before (so typing, scrolling and painting go first), at most
    MORE_ROWS callers each; in the end every caller, by name."""
    import time

    from reception.calls.caller_list import caller_ids
    from ui.call import callers_panel

    for number, name in enumerate(["Eva", "Bo", "Åse", "Anna", "Carl"]):
        seed_caller(isolated_data_dir, f"2339490{number}", name, "")
    monkeypatch.setattr(callers_panel, "FIRST_ROWS", 2)
    monkeypatch.setattr(callers_panel, "MORE_ROWS", 2)
    win = make_window(qtbot, isolated_data_dir)
    register = win.callers
    qtbot.wait(100)  # any refresh the window started has finished
    inserted: list[tuple[int, float]] = []
    register.model.rowsInserted.connect(
        lambda _parent, first, last: inserted.append((last - first + 1, time.perf_counter())))
    register.refresh()
    started = time.perf_counter()
    assert register.model.rowCount() == 2
    qtbot.waitUntil(lambda: register.model.rowCount() == 5, timeout=3000)
    assert [size for size, _ in inserted] == [2, 1]
    moments = [started] + [at for _, at in inserted]
    gaps = [later - earlier for earlier, later in zip(moments, moments[1:], strict=False)]
    assert gaps[0] >= callers_panel.FIRST_MORE_DELAY_MS / 1000 * 0.9  # after the first paint
    assert min(gaps) >= callers_panel.MORE_DELAY_MS / 1000 * 0.9
    assert [register.model.caller_id(r) for r in range(5)] == caller_ids("")
