"""Every file the app writes with patient data is readable by the PC user alone (POSIX).

The flows run under the usual umask 022, as a desktop session starts the app.
"""

from __future__ import annotations

import io
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from reception.calls import CallForm, end_call, start_call
from reception.outbox import new_draft_path
from reception.paths import resolve_data_paths
from reception.privacy import export_person
from reception.safety import DataFolderLock, make_backup
from reception.sheets import log_sent_sheet, posting_batch, write_atomic, write_eml
from reception.startup import prepare_start
from reception.store import db, open_database

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows uses ACLs")


def blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer, out = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=595, height=842)
    writer.write(out)
    return out.getvalue()


PDF = blank_pdf()


@pytest.fixture(autouse=True)
def desktop_umask() -> Iterator[None]:
    """The usual umask 022 during the test, the test runner's own again after it."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_reception", False)]:
            root.removeHandler(handler)
            handler.close()
        if db.obj is not None and not db.is_closed():
            db.close()


def readable_by_others(folder: Path) -> list[str]:
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            found.append(f"{path.relative_to(folder.parent)} {mode:o}")
    return found


def whole_day(data: Path) -> None:
    """A call, a sheet by post and by e-mail, a saved PDF, an export, a backup, the log."""
    paths = resolve_data_paths(data).ensure()
    with DataFolderLock(paths.root):
        open_database(paths.database)
        result = end_call(start_call("23394977"), CallForm(
            phone="23394977", name="Karen Holm", street="Guldvej 7", postcode="8000",
            town="Aarhus C", notes="ondt i knæet"), "send_sheet")
        caller = result.caller_id
        assert caller is not None
        log_sent_sheet(caller, result.call_id, ["steps"], "post", "Mette", PDF)
        log_sent_sheet(caller, result.call_id, ["steps"], "email", "Mette", PDF)
        draft = new_draft_path(paths.root, caller, datetime.now().astimezone())
        write_eml(draft, "karen@example.dk", "Karen Holm", "Ark", "Kære Karen", PDF, "ark.pdf")
        write_atomic(paths.root / "Informationsark Karen Holm.pdf", PDF)
        batch = posting_batch(date.today(), "Mette")
        assert batch is not None
        write_atomic(paths.root / "Dagens post.pdf", batch.pdf)
        (paths.root / "eksport").mkdir()  # the folder the user picks in the dialog
        export_person(caller, paths.root / "eksport", by="Mette")
        logging.getLogger("reception.test").warning("en linje i loggen")
        make_backup(paths.database, paths.root / "backups")
        # the database is still open: its -wal and -shm are there too
        assert Path(f"{paths.database}-wal").exists()
        assert readable_by_others(data) == []
        db.close()


def test_a_whole_day_leaves_nothing_readable_by_others(tmp_path: Path) -> None:
    data = tmp_path / "data"
    prepare_start(str(data))  # as main.py and python -m reception start
    whole_day(data)
    names = {p.name for p in data.rglob("*")}
    assert {"reception.sqlite3", "reception.log", "udbakke", "backups", "eksport"} <= names
    assert readable_by_others(data) == []


def test_database_backups_and_sheets_are_private_without_the_start_umask(
        tmp_path: Path) -> None:
    """The writers of the database, its backups, sheets and drafts do not rely on the umask."""
    paths = resolve_data_paths(tmp_path / "data").ensure()
    open_database(paths.database)
    end_call(start_call("23394977"), CallForm(phone="23394977", name="Karen Holm"), "no_action")
    info = make_backup(paths.database, paths.root / "backups")
    draft = new_draft_path(paths.root, 1, datetime.now().astimezone())
    write_eml(draft, "", "", "Ark", "Kære Karen", PDF, "ark.pdf")
    saved = write_atomic(tmp_path / "ark.pdf", PDF)
    files = [paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"),
             info.path, draft, saved, paths.root, paths.logs, draft.parent]
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files}
    assert {name: mode for name, mode in modes.items() if mode & 0o077} == {}


def test_a_start_tightens_what_an_older_version_left_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    for folder in (data, data / "backups"):
        folder.chmod(0o755)
    old = data / "backups" / "reception-2026-01-01_10-00-00.sqlite3"
    old.write_bytes(b"SQLite format 3\x00")
    old.chmod(0o644)
    database = data / "reception.sqlite3"
    database.write_bytes(b"")
    database.chmod(0o644)
    theirs = data / "noter.txt"  # --data-dir may point at a folder that holds other things
    theirs.write_text("x")
    theirs.chmod(0o644)
    prepare_start(str(data))
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(theirs.stat().st_mode) == 0o644  # not the app's: left alone
    theirs.unlink()
    assert readable_by_others(data) == []


def test_replacing_a_file_keeps_it_private(tmp_path: Path) -> None:
    target = tmp_path / "ark.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)  # as an older version wrote it
    write_atomic(target, PDF)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_commands_write_private_files_under_umask_022(tmp_path: Path) -> None:
    """``python -m reception``: demo data, an export and a backup, as a scheduled task."""
    data, out = tmp_path / "data", tmp_path / "eksport"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*command: str) -> None:
        done = subprocess.run([sys.executable, "-m", "reception", "--data-dir", str(data),
                               *command], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120, preexec_fn=lambda: os.umask(0o022))
        assert done.returncode == 0, (command, done.stderr)

    run("demo-data", "--callers", "3")
    connection = sqlite3.connect(data / "reception.sqlite3")
    caller, phone = connection.execute(
        "SELECT caller_id, e164 FROM caller_phone ORDER BY id LIMIT 1").fetchone()
    connection.close()
    run("export", phone, "--id", str(caller), "--out", str(out))
    run("backup")  # last: a start would tighten what the command before it left
    assert list((data / "backups").glob("*.json")) and list(out.iterdir())
    assert readable_by_others(data) == [] and readable_by_others(out) == []
