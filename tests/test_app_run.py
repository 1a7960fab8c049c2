"""The real start and exit sequence (run_app): safe start after the first paint, then on
exit a checked backup, a cleanly closed database and a released data-folder lock."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reception.safety.lock import DataFolderLock
from reception.startup import prepare_start
from reception.store import db, open_database
from reception.store.models import AuditEntry
from ui.app import run_app


def test_run_app_starts_safely_and_leaves_a_backup_and_a_free_folder(
    qtbot, isolated_data_dir: Path
) -> None:
    seen: dict[str, object] = {}

    def close_when_ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
        if windows and windows[0].store_ready:
            window = windows[0]
            seen["user"] = window._taken_by
            lock = [a for a in window.actions() if a.objectName() == "lockScreenAction"]
            seen["has_lock_action"] = bool(lock)
            if lock:
                lock[0].trigger()
                screen = window.findChild(QWidget, "lockScreen")
                seen["unlocked"] = screen.try_unlock()  # no PIN, plain database: a click
            window.close()
        else:
            QTimer.singleShot(50, close_when_ready)

    QTimer.singleShot(50, close_when_ready)
    try:
        assert run_app(prepare_start(str(isolated_data_dir)), ["test"]) == 0
    finally:
        sys.excepthook = sys.__excepthook__  # run_app installs the app's dialog hook
    assert seen["has_lock_action"] is True and seen["user"] and seen["unlocked"] is True
    backups = list((isolated_data_dir / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and backups[0].with_suffix(".json").exists()
    leftovers = [p.name for p in isolated_data_dir.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert leftovers == []  # closed cleanly: the WAL was checkpointed away
    lock = DataFolderLock(isolated_data_dir)
    lock.acquire()  # the app let go of the folder
    lock.release()
    open_database(isolated_data_dir / "reception.sqlite3")
    try:
        entries = AuditEntry.select().where(AuditEntry.entity == "screen").order_by(AuditEntry.id)
        screen = [(e.action, e.user) for e in entries]
    finally:
        db.close()
    assert screen == [("screen.lock", seen["user"]), ("screen.unlock", seen["user"])]


def test_the_app_opens_the_store_through_the_door_with_a_short_lock_wait(tmp_path: Path) -> None:
    from safety_helpers import data_paths

    from ui.app import UI_BUSY_TIMEOUT_MS, open_store

    assert open_store(data_paths(tmp_path / "data"), None)
    try:
        assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == UI_BUSY_TIMEOUT_MS < 5000
    finally:
        db.close()
