"""A desk on a clinic's PostgreSQL server: ``--database`` on the app and every command.

The address is remembered in the data folder; a password never goes on the
command line or into the folder. A whole call runs across separate processes
(command line, call desk, command line again), as a restarted desk would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from reception.database_target import (
    DATABASE_URL_ENV,
    SETTING_FILE,
    DatabaseTargetError,
    choose_server,
    remembered,
)
from reception.paths import resolve_data_paths, with_database

ROOT = Path(__file__).resolve().parent.parent
SERVER = "postgresql://reception@db.klinik.lan:5432/reception?sslmode=verify-full"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    environment.pop(DATABASE_URL_ENV, None)
    return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          cwd=ROOT, env=environment, timeout=120, check=False)


def test_a_given_address_is_remembered_without_a_password(tmp_path: Path) -> None:
    assert choose_server(tmp_path) is None
    assert choose_server(tmp_path, SERVER) == SERVER
    assert remembered(tmp_path) == SERVER  # sslmode passed through as given
    assert choose_server(tmp_path) == SERVER
    assert oct((tmp_path / SETTING_FILE).stat().st_mode & 0o777) == "0o600"
    assert choose_server(tmp_path, "lokal") is None
    assert not (tmp_path / SETTING_FILE).exists()


def test_the_environment_wins_over_the_remembered_address(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    choose_server(tmp_path, SERVER)
    other = "postgresql://reception@andet:5432/reception"
    monkeypatch.setenv(DATABASE_URL_ENV, other)
    assert with_database(resolve_data_paths(tmp_path)).server == other
    assert remembered(tmp_path) == SERVER


@pytest.mark.parametrize("url", ["postgresql://reception:hemmelig@db/reception",
                                 "postgresql://db/reception?password=hemmelig"])
def test_a_password_in_the_address_is_refused(tmp_path: Path, url: str) -> None:
    with pytest.raises(DatabaseTargetError) as refused:
        choose_server(tmp_path, url)
    assert refused.value.code == "password_in_url"
    assert not (tmp_path / SETTING_FILE).exists()
    result = run("-m", "reception", "--data-dir", str(tmp_path), "retention", "--database", url)
    assert result.returncode == 2
    assert "PGPASSFILE" in result.stderr and "hemmelig" not in result.stderr


def test_not_an_address_is_refused(tmp_path: Path) -> None:
    result = run("-m", "reception", "--data-dir", str(tmp_path), "--database", "db.klinik.lan",
                 "retention")
    assert result.returncode == 2 and "postgresql://" in result.stderr


CALL_AT_THE_DESK = """
import sys
from dataclasses import replace
from reception.calls import CallDesk
from reception.paths import resolve_data_paths, with_database
from reception.store import open_store

paths = with_database(resolve_data_paths(sys.argv[1]))
assert paths.server, "the data folder should remember the server"
open_store(paths.target)
desk = CallDesk(taken_by="Mette")
session = desk.start("23394977")
session.update(replace(session.form, name="Åse Ærø", email="aase@example.dk",
                       notes="ondt i nakken siden vinter"))
assert session.flush(), session.last_error
result = desk.end(session, ("booked", "send_sheet"))
print(result.call_id, result.caller_id)
"""


def test_a_whole_call_on_the_server_across_processes(pg_url: str, tmp_path: Path) -> None:
    data = tmp_path / "desk"
    filled = run("-m", "reception", "--data-dir", str(data), "demo-data", "--callers", "5",
                 "--seed", "3", "--database", pg_url)
    assert filled.returncode == 0, filled.stderr
    assert remembered(data) == pg_url
    desk = run("-c", CALL_AT_THE_DESK, str(data))
    assert desk.returncode == 0, desk.stderr
    call_id, caller_id = (int(n) for n in desk.stdout.split())
    sheet = run("-m", "reception", "--data-dir", str(data), "sheet", "--id", str(caller_id),
                "--out", str(tmp_path / "ark.pdf"), "--log", "pdf", "--by", "Mette")
    assert sheet.returncode == 0, sheet.stderr
    out = tmp_path / "indsigt"
    export = run("-m", "reception", "--data-dir", str(data), "export", "23394977",
                 "--out", str(out))
    assert export.returncode == 0, export.stderr
    document = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    text = json.dumps(document, ensure_ascii=False)
    assert "Åse Ærø" in text and "ondt i nakken siden vinter" in text
    assert str(call_id) in text
    assert not (data / "reception.sqlite3").exists()  # nothing went into a local file


def test_the_app_starts_on_the_server_without_a_file_to_unlock_or_check(
        pg_url: str, tmp_path: Path, qapp) -> None:
    from reception.calls import CallDesk, caller_history
    from reception.startup import prepare_start
    from reception.store import db
    from ui.safety.startup import start_safely

    data = tmp_path / "desk"
    prepared = prepare_start(str(data), pg_url)
    paths = prepared.paths
    assert paths.server == pg_url

    def no_dialog(*_args: object) -> None:
        raise AssertionError("no passphrase, check or restore on a server")

    session = start_safely(paths, None, ask=no_dialog, offer=no_dialog, refuse=no_dialog,
                           check=no_dialog)
    assert session is not None and session.passphrase is None
    session.open()
    desk = CallDesk(taken_by="Mette")
    call = desk.start("23394977")
    call.update(replace(call.form, name="Åse Ærø", notes="ondt i nakken"))
    result = desk.end(call, "booked")
    db.close()
    session.finish()
    assert not list(data.rglob("*.sqlite3"))  # no local file, no file backup
    log_text = (data / "logs" / "reception.log").read_text(encoding="utf-8")
    assert "postgresql://lokal socket/" in log_text
    assert "postgres@" not in log_text  # the URL is logged without its user
    session.open()  # as the in-app restore reopens
    assert caller_history(result.caller_id).caller.name == "Åse Ærø"
    db.close()


def test_the_server_gone_mid_call_loses_nothing_and_the_next_autosave_saves(
        pg_server, pg_url: str) -> None:
    from reception.calls import CallDesk, load_call_form
    from reception.store import StorageUnavailable, db, open_store

    open_store(pg_url)
    desk = CallDesk(taken_by="Mette")
    call = desk.start("23394977")
    call.update(replace(call.form, name="Åse Ærø"))
    assert call.flush()
    pg_server.pause()
    try:
        call.update(replace(call.form, notes="ondt i nakken, skrevet mens serveren var væk"))
        assert not call.flush()
        assert call.last_error.code == "server_gone"
        assert "Forbindelsen til databaseserveren blev afbrudt" in call.last_error.message
        assert not call.flush()  # still gone: no server answers now
        assert call.last_error.code in ("unreachable", "server_gone")
        assert call.form.notes.startswith("ondt i nakken")  # the form keeps what was typed
        second = desk.start("40404040")  # a second line starts, its row waits for the server
        assert second.call_id is None and isinstance(second.last_error, StorageUnavailable)
    finally:
        pg_server.resume()
    assert second.flush() and second.call_id
    desk.activate(call)
    assert call.flush(), call.last_error
    assert load_call_form(call.call_id).notes == "ondt i nakken, skrevet mens serveren var væk"
    assert desk.end(call, "booked").caller_id
    db.close()


def test_run_app_on_the_server_opens_saves_and_closes_without_a_local_file(
        qtbot, pg_url: str, isolated_data_dir: Path) -> None:
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QWidget

    from main import parse_args
    from reception.startup import prepare_start
    from reception.store import db, open_store
    from reception.store.models import AuditEntry
    from ui.app import run_app

    options = parse_args(["--database", pg_url])
    seen: dict[str, object] = {}

    before = {id(w) for w in QApplication.topLevelWidgets()}  # windows of earlier tests

    def close_when_ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "mainWindow" and id(w) not in before
                   and w.isVisible()]
        if not windows or not windows[0].store_ready:
            QTimer.singleShot(50, close_when_ready)
            return
        window = windows[0]
        try:  # an error here must fail the test, not open "Uventet fejl" and wait forever
            names = {a.objectName() for a in window.findChildren(QAction)}
            seen["actions"] = names
            lock = [a for a in window.actions() if a.objectName() == "lockScreenAction"]
            lock[0].trigger()
            seen["unlocked"] = window.findChild(QWidget, "lockScreen").try_unlock()
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            seen["error"] = repr(error)
        window.close()

    QTimer.singleShot(50, close_when_ready)
    try:
        assert run_app(prepare_start(str(isolated_data_dir), options.database), ["test"]) == 0
    finally:
        sys.excepthook = sys.__excepthook__
        for widget in QApplication.topLevelWidgets():  # later tests look for "the" window
            if widget.objectName() == "mainWindow":
                widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert "error" not in seen, seen.get("error")
    assert seen["unlocked"] is True and "backupsAction" not in seen["actions"]
    assert not list(isolated_data_dir.rglob("*.sqlite3"))  # no local file, no file backup
    assert remembered(isolated_data_dir) == pg_url
    database = open_store(pg_url)
    try:
        actions = [e.action for e in AuditEntry.select().where(AuditEntry.entity == "screen")]
    finally:
        database.close_all()
        db.initialize(None)
    assert actions == ["screen.lock", "screen.unlock"]  # written on the server
