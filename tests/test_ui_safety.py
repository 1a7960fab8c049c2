"""The safety dialogs and the screen lock, with real files and real widgets."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QPushButton, QWidget
from safety_helpers import PASSPHRASE, data_paths, fill, make_database, rows
from test_safety_restore import corrupt

from reception.safety import (
    DatabaseDamaged,
    DataFolderLock,
    backup_now,
    check_at_start,
    has_pin,
    idle_lock_minutes,
    list_backups,
    set_pin,
)
from reception.safety.passphrase_check import passphrase_problem
from reception.safety.settings import unlock_accepts, unlock_hint
from reception.safety.unlock_throttle import UnlockThrottle
from reception.store import db, open_database
from ui.safety import (
    BackupActions,
    BackupDialog,
    DatabaseDamagedDialog,
    IdleLock,
    LockScreen,
    LockSettingsDialog,
    PassphraseDialog,
    install_lock_shortcut,
)
from ui.safety.startup import start_safely


def test_passphrase_dialog_checks_before_it_closes(qtbot, tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 1, PASSPHRASE)
    dialog = PassphraseDialog(lambda p: passphrase_problem(paths.database, p))
    qtbot.addWidget(dialog)
    edit = dialog.findChild(QLineEdit, "passphraseEdit")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(edit, "forkert kode")
    dialog.try_accept()
    assert dialog.result() == 0 and dialog.passphrase() is None
    error = dialog.findChild(QLabel, "passphraseError")
    assert error.isVisibleTo(dialog) and "passer ikke" in error.text()
    edit.setText(PASSPHRASE)
    dialog.try_accept()
    assert dialog.result() == 1 and dialog.passphrase() == PASSPHRASE
    assert edit.text() == ""


def damaged_setup(tmp_path: Path) -> tuple:
    paths = data_paths(tmp_path / "data")
    database = open_database(paths.database)
    fill(30)
    info = backup_now(paths)
    database.close()
    corrupt(paths.database)
    with pytest.raises(DatabaseDamaged) as raised:
        check_at_start(paths)
    return paths, info, raised.value


def test_damaged_dialog_restores_the_newest_good_backup(qtbot, tmp_path: Path) -> None:
    from reception.safety import restore_backup

    paths, info, damage = damaged_setup(tmp_path)
    dialog = DatabaseDamagedDialog(damage, lambda b: restore_backup(paths.database, b))
    qtbot.addWidget(dialog)
    assert "beskadiget" in dialog.findChild(QLabel, "damageMessage").text()
    holds = dialog.findChild(QLabel, "backupHolds").text()
    assert "30 personer" in holds and info.local_time_text in holds
    qtbot.mouseClick(dialog.findChild(QPushButton, "restoreNewestButton"),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert dialog.result_of_restore is not None and dialog.result_of_restore.aside is not None
    assert check_at_start(paths) == "plain" and len(rows(paths.database, "call")) == 30


def test_damaged_dialog_without_a_backup_only_offers_to_quit(qtbot, tmp_path: Path) -> None:
    paths, info, damage = damaged_setup(tmp_path)
    info.path.unlink()
    damage = DatabaseDamaged(paths.database, damage.problems, None)
    dialog = DatabaseDamagedDialog(damage, lambda b: pytest.fail("no restore"))
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QPushButton, "restoreNewestButton").isVisibleTo(dialog)
    assert "ingen god sikkerhedskopi" in dialog.findChild(QLabel, "damageMessage").text()


def test_backup_dialog_lists_backs_up_restores_and_changes_folder(qtbot, tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    open_database(paths.database)
    fill(4)
    events: list[str] = []

    def close_store() -> None:
        events.append("close")
        db.close()

    def reopen_store() -> None:
        events.append("reopen")
        open_database(paths.database)

    actions = BackupActions.for_paths(paths, None, close_store, reopen_store)
    new_folder = tmp_path / "usb-disk"
    dialog = BackupDialog(actions, confirm=lambda title, text: "4 personer" in text,
                          choose_folder=lambda current: new_folder)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert "4 personer" in dialog.table.item(0, 1).text()
    assert "kontrolleret" in dialog.status.text()

    fill(3, start=40)  # written after the backup
    assert not dialog.restore_button.isEnabled()
    dialog.select_row(0)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert events == ["close", "reopen"]
    assert len(rows(paths.database, "call")) == 4
    assert "lagt tilbage" in dialog.status.text()

    qtbot.mouseClick(dialog.findChild(QPushButton, "changeFolderButton"),
                     Qt.MouseButton.LeftButton)
    assert str(new_folder) in dialog.folder_label.text()
    assert dialog.table.rowCount() == 0  # the new folder is empty
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert [b.path.parent for b in list_backups(new_folder)] == [new_folder]


def locked_window(qtbot) -> tuple[QMainWindow, QLineEdit]:
    window = QMainWindow()
    patient = QLineEdit("Søren Ærø, ondt i knæet")
    window.setCentralWidget(patient)
    window.resize(500, 400)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, patient


def test_lock_screen_hides_data_and_opens_only_with_the_pin(qtbot, tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    open_database(paths.database)
    set_pin("4711")
    assert has_pin()
    window, patient = locked_window(qtbot)
    screen = LockScreen(window, lambda typed: unlock_accepts(typed, None),
                        lambda: unlock_hint(None))
    action = install_lock_shortcut(window, screen)
    assert action.shortcut().toString() == "Ctrl+L"
    action.trigger()
    assert screen.locked and screen.isVisible()
    assert screen.geometry() == window.rect()
    assert "pinkoden" in screen.findChild(QLabel, "lockHint").text()
    qtbot.keyClicks(patient, "X")  # typing into the hidden form is swallowed
    assert patient.text() == "Søren Ærø, ondt i knæet"
    edit = screen.findChild(QLineEdit, "unlockEdit")
    qtbot.keyClicks(edit, "1234")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert screen.locked and "Forkert" in screen.findChild(QLabel, "unlockError").text()
    qtbot.keyClicks(edit, "4711")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not screen.locked and not screen.isVisible()
    qtbot.keyClicks(patient, "!")
    assert patient.text().endswith("!")


def test_wrong_pins_close_the_field_for_a_while_and_are_recorded(qtbot, tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    open_database(paths.database)
    set_pin("4711")
    window, _ = locked_window(qtbot)
    now = [0.0]
    recorded: list[str] = []
    screen = LockScreen(window, lambda typed: unlock_accepts(typed, None),
                        lambda: unlock_hint(None),
                        throttle=UnlockThrottle(clock=lambda: now[0]), record=recorded.append)
    screen.lock()
    error = screen.findChild(QLabel, "unlockError")
    for guess in ("0000", "1111", "2222"):
        screen.edit.setText(guess)
        assert not screen.try_unlock()
    assert not screen.edit.isEnabled() and not screen.button.isEnabled()
    assert error.text() == "Forkert 3 gange. Prøv igen om 30 sekunder."
    screen.edit.setText("4711")
    assert not screen.try_unlock()  # even the right PIN waits
    now[0] += 30
    qtbot.waitUntil(lambda: screen.edit.isEnabled(), timeout=3000)
    assert screen.button.isEnabled() and error.text() == "Prøv igen."
    screen.edit.setText("4711")
    assert screen.try_unlock() and not screen.locked
    assert recorded == ["screen.lock", *["screen.unlock_failed"] * 3, "screen.unlock"]
    assert screen.throttle.failures == 0


def test_the_database_passphrase_also_unlocks_and_a_dialog_is_covered(qtbot, tmp_path) -> None:
    paths = data_paths(tmp_path / "data")
    open_database(paths.database, PASSPHRASE)
    window, _ = locked_window(qtbot)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    screen = LockScreen(window, lambda typed: unlock_accepts(typed, PASSPHRASE),
                        lambda: unlock_hint(PASSPHRASE))
    screen.lock()
    covers = [c for c in other.children() if c.objectName() == "lockCover"]
    assert covers and covers[0].isVisible() and other.isVisible()
    assert not screen.findChild(QPushButton, "unlockButton").isHidden()
    screen.edit.setText(PASSPHRASE)
    assert screen.try_unlock()
    qtbot.waitUntil(lambda: not [c for c in other.children() if c.objectName() == "lockCover"])


def test_idle_lock_locks_after_the_idle_time_and_a_plain_lock_opens_with_a_click(
        qtbot, tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    open_database(paths.database)
    assert idle_lock_minutes() == 10
    window, _ = locked_window(qtbot)
    screen = LockScreen(window, lambda typed: unlock_accepts(typed, None),
                        lambda: unlock_hint(None))
    idle = IdleLock(screen, 10, interval_ms=30)
    assert idle.active
    qtbot.waitUntil(lambda: screen.locked, timeout=5000)
    assert "Lås op" in screen.findChild(QLabel, "lockHint").text()
    idle.set_minutes(0)
    assert not idle.active
    qtbot.mouseClick(screen.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    assert not screen.locked


class CountingIdleLock(IdleLock):
    def __init__(self, *args, **kwargs) -> None:
        self.calls = 0
        super().__init__(*args, **kwargs)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        self.calls += 1
        return super().eventFilter(watched, event)


def test_typing_keeps_the_idle_lock_away_and_costs_it_few_events(qtbot) -> None:
    """The lock watches for input without a Python call on every event of the app."""
    from PySide6.QtTest import QTest

    window, patient = locked_window(qtbot)
    screen = LockScreen(window, lambda typed: True, lambda: "")
    idle = CountingIdleLock(screen, 10, interval_ms=1500)  # a pause of 75 ms after input
    patient.setFocus()
    for _ in range(12):  # 2.4 s of typing, longer than the idle time
        QTest.keyClicks(patient, "ab")
        qtbot.wait(200)
    assert not screen.locked
    assert idle.calls < 120, idle.calls  # every event of the typing: over 250
    qtbot.waitUntil(lambda: screen.locked, timeout=5000)  # and idle, it still locks


def test_lock_settings_dialog_saves_minutes_and_a_hashed_pin(qtbot, tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    database = open_database(paths.database)
    dialog = LockSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.minutes.setValue(3)
    qtbot.keyClicks(dialog.pin, "12")
    qtbot.keyClicks(dialog.repeat, "12")
    dialog.save()
    assert dialog.result() == 0 and "4 til 12 cifre" in dialog.error.text()
    dialog.pin.setText("2468")
    dialog.repeat.setText("2469")
    dialog.save()
    assert "ikke ens" in dialog.error.text()
    dialog.repeat.setText("2468")
    dialog.save()
    assert dialog.result() == 1 and idle_lock_minutes() == 3
    stored = database.execute_sql("SELECT value FROM setting WHERE key = 'lock_pin_hash'")
    value = stored.fetchone()[0]
    assert value.startswith("pbkdf2_sha256$") and "2468" not in value
    assert unlock_accepts("2468", None) and not unlock_accepts("", None)


def test_safe_start_refuses_a_second_instance(qtbot, tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 1)
    running = DataFolderLock(paths.root).acquire()
    said: list[str] = []
    assert start_safely(paths, refuse=lambda message, parent: said.append(message)) is None
    assert said and "kører allerede" in said[0]
    running.release()
    session = start_safely(paths, refuse=lambda message, parent: said.append(message))
    assert session is not None and session.lock.held and session.passphrase is None
    session.open()
    fill(1, start=9)
    db.close()
    info = session.finish()
    assert info is not None and info.counts["call"] == 2 and not session.lock.held


def test_safe_start_asks_for_the_passphrase_and_offers_a_restore(qtbot, tmp_path: Path,
                                                                 monkeypatch) -> None:
    monkeypatch.delenv("RECEPTION_PASSPHRASE", raising=False)
    paths = data_paths(tmp_path / "data")
    make_database(paths, 1, PASSPHRASE)
    asked: list[str] = []

    def ask(paths_, parent):
        asked.append("ask")
        return PASSPHRASE

    session = start_safely(paths, ask=ask)
    assert asked == ["ask"] and session is not None and session.passphrase == PASSPHRASE
    session.lock.release()
    monkeypatch.setenv("RECEPTION_PASSPHRASE", PASSPHRASE)
    session = start_safely(paths, ask=lambda p, w: pytest.fail("asked"))
    assert session is not None
    session.open()
    assert session.tick() is not None  # the daily backup was due
    assert session.tick() is None
    db.close()
    session.lock.release()

    plain = data_paths(tmp_path / "plain")
    database = open_database(plain.database)
    fill(30)
    backup_now(plain)
    database.close()
    corrupt(plain.database)
    offers: list[DatabaseDamaged] = []
    assert start_safely(plain, offer=lambda d, p, k, w: offers.append(d) or False) is None
    assert offers and offers[0].newest_good_backup is not None
    assert DataFolderLock(plain.root).acquire().held  # the refused start let go of the folder


def test_the_daily_backup_runs_beside_the_window_not_in_its_way(qtbot, tmp_path: Path,
                                                                  monkeypatch) -> None:
    from PySide6.QtCore import QTimer

    from reception.safety import list_backups

    monkeypatch.setenv("RECEPTION_PASSPHRASE", PASSPHRASE)
    paths = data_paths(tmp_path / "data")
    make_database(paths, 30, PASSPHRASE)  # encrypted: key derivation makes a backup slow
    with running_session(qtbot, paths) as (_window, session):
        session._tick()
        assert session.running_backup is not None and not session.running_backup.done()
        fired: list[bool] = []
        QTimer.singleShot(20, lambda: fired.append(session.running_backup is not None))
        qtbot.waitUntil(lambda: session.running_backup is None, timeout=30_000)
        assert fired == [True]  # the window kept handling events while the backup ran
        backups = list_backups(paths.root / "backups")
        assert len(backups) == 1 and backups[0].encrypted
        session._tick()  # not due again today
        qtbot.waitUntil(lambda: session.running_backup is None, timeout=30_000)
        assert len(list_backups(paths.root / "backups")) == 1
    assert not session.safety.lock.held


def test_the_start_check_runs_beside_the_window_and_still_catches_damage(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QTimer

    from ui.safety.startup import check_beside_the_window

    monkeypatch.setenv("RECEPTION_PASSPHRASE", PASSPHRASE)
    paths = data_paths(tmp_path / "data")
    make_database(paths, 30, PASSPHRASE)  # encrypted: the check takes a noticeable while
    handled: list[bool] = []
    QTimer.singleShot(5, lambda: handled.append(True))
    session = start_safely(paths, check=check_beside_the_window,
                           ask=lambda p, w: pytest.fail("asked"))
    assert session is not None and handled == [True]  # events ran during the check
    session.lock.release()

    plain = data_paths(tmp_path / "plain")
    database = open_database(plain.database)
    fill(30)
    database.close()
    corrupt(plain.database)
    offers: list[DatabaseDamaged] = []
    assert start_safely(plain, check=check_beside_the_window,
                        offer=lambda d, p, k, w: offers.append(d) or False) is None
    assert len(offers) == 1


def test_the_first_start_after_an_update_migrates_beside_the_window(
        qtbot, tmp_path: Path) -> None:
    import sqlite3

    from reception.store import SCHEMA_VERSION
    from ui.safety.startup import check_beside_the_window

    paths = data_paths(tmp_path / "data")
    make_database(paths, 30)
    raw = sqlite3.connect(paths.database)
    raw.execute("UPDATE schema_version SET version = 5")  # as release 5 left it
    raw.commit()
    raw.close()
    session = start_safely(paths, check=check_beside_the_window)
    assert session is not None
    raw = sqlite3.connect(paths.database)
    assert raw.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()
    session.lock.release()


def test_a_migration_that_cannot_run_beside_the_window_is_left_to_the_open(
        qtbot, tmp_path: Path) -> None:
    import sqlite3

    from ui.safety.startup import check_beside_the_window

    paths = data_paths(tmp_path / "data")
    make_database(paths, 3)
    raw = sqlite3.connect(paths.database)
    raw.execute("UPDATE schema_version SET version = 5")
    raw.commit()
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        check_beside_the_window(paths, None)  # the check reads; the migration gives up
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert raw.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 5
    raw.close()
    open_database(paths.database)  # the app's own open migrates once the file is free
    db.close()


@contextlib.contextmanager
def running_session(qtbot, paths) -> Iterator[tuple]:
    """A main window with its ``AppSession`` on ``paths``' database, the safety session
    open (no passphrase asked); both closed after."""
    from ui.app import create_main_window
    from ui.app_session import AppSession

    window = create_main_window(paths, defer_store=True, start_session=lambda w: True)
    qtbot.addWidget(window)
    session = AppSession(window, paths, lambda: "Mette")
    session.safety = start_safely(paths, ask=lambda p, w: pytest.fail("asked"))
    assert session.safety is not None
    session.safety.open()
    try:
        yield window, session
    finally:
        db.close()
        session.finish()


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_file_menu_entry_has_its_own_alt_letter(qtbot, tmp_path: Path, language,
                                                      request) -> None:
    """With the session's entries (screen lock, its settings, backups) too, in both
    languages: each entry of Filer has an Alt letter, and no two share one."""
    from keyboard_helpers import clashes, menu_letters

    if language == "en":
        request.getfixturevalue("english")
    paths = data_paths(tmp_path / "data")
    make_database(paths, 3)
    with running_session(qtbot, paths) as (window, session):
        session._install_lock_and_menus()
        entries = [a.text() for a in window.file_menu.actions() if a.text()]
        assert len(entries) == 12, entries
        letters = menu_letters(window.file_menu)
        assert sum(len(texts) for texts in letters.values()) == len(entries), entries
        assert clashes(letters) == {}


def test_the_sessions_dialogs_go_when_closed(qtbot, tmp_path: Path) -> None:
    """Made anew each time: kept as the window's children they would pile up all day."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    paths = data_paths(tmp_path / "data")
    make_database(paths, 3)
    with running_session(qtbot, paths) as (window, session):
        session._install_lock_and_menus()
        shown: list[str] = []

        def close() -> None:
            dialog = QApplication.activeModalWidget()
            shown.append(dialog.objectName())
            dialog.reject()

        for show in (session._show_lock_settings, session._show_backups) * 2:
            QTimer.singleShot(0, close)
            show()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert shown == ["lockSettingsDialog", "backupDialog"] * 2
        assert [d.objectName() for d in window.findChildren(QDialog)] == []
