"""The database file deleted or replaced while the app runs: no save goes into the lost file."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from reception.calls import CallSession, StorageUnavailable, add_note, load_call_form
from reception.store import open_database
from reception.store.file_identity import identity_of

posix_only = pytest.mark.skipif(os.name == "nt", reason="Windows refuses to delete an open file")


@pytest.fixture
def session(tmp_path: Path):
    database = open_database(tmp_path / "db.sqlite3")
    session = CallSession.start(phone="23394977", taken_by="Mette")
    session.update(replace(session.form, name="Jens Hansen", notes="ondt i nakken"))
    assert session.flush() is True
    yield session
    database.close()


def assert_refused_and_kept(session: CallSession, notes: str) -> None:
    session.update(replace(session.form, notes=notes))
    assert session.flush() is False
    assert session.dirty and session.form.notes == notes  # the form is kept
    error = session.last_error
    assert error is not None and error.code == "database_replaced"
    assert "slettet eller skiftet ud" in error.message
    with pytest.raises(StorageUnavailable) as caught:
        session.end("no_action")
    assert caught.value.code == "database_replaced"
    assert session.form.notes == notes


@posix_only
def test_a_deleted_database_refuses_the_save_and_keeps_the_form(tmp_path: Path,
                                                                session: CallSession) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp_path / 'db.sqlite3'}{suffix}").unlink(missing_ok=True)
    assert_refused_and_kept(session, "skrevet efter filen forsvandt")
    assert not (tmp_path / "db.sqlite3").exists()  # nothing made a new, empty file either
    with pytest.raises(StorageUnavailable) as caught:  # a write transaction is refused too
        add_note(session.form.caller_id or 1, "en note")
    assert caught.value.code == "database_replaced"


def test_a_replaced_database_refuses_the_save_and_keeps_the_form(tmp_path: Path,
                                                                 session: CallSession) -> None:
    other = tmp_path / "other.sqlite3"
    SqliteDatabase(str(other)).connect()  # any other SQLite file
    os.replace(other, tmp_path / "db.sqlite3")
    assert_refused_and_kept(session, "skrevet efter filen blev skiftet ud")


def test_saves_go_through_while_the_file_stays(tmp_path: Path, session: CallSession) -> None:
    session.update(replace(session.form, notes="mere tekst"))
    assert session.flush() is True
    assert session.call_id is not None
    assert load_call_form(session.call_id).notes == "mere tekst"
    assert session.end("no_action").caller_id is not None


def test_the_check_costs_microseconds(tmp_path: Path) -> None:
    """One os.stat per write: well below the 30 µs of the write itself (PITFALLS)."""
    path = str(tmp_path / "x")
    Path(path).write_bytes(b"")
    started = time.perf_counter()
    for _ in range(10_000):
        identity_of(path)
    per_check = (time.perf_counter() - started) / 10_000
    assert per_check < 50e-6, per_check


def test_an_encrypted_database_is_watched_too(tmp_path: Path) -> None:
    from safety_helpers import PASSPHRASE

    path = tmp_path / "db.sqlite3"
    database = open_database(path, PASSPHRASE)
    try:
        session = CallSession.start(phone="23394977", taken_by="Mette")
        other = tmp_path / "other.sqlite3"
        SqliteDatabase(str(other)).connect()
        os.replace(other, path)
        assert_refused_and_kept(session, "skrevet i en krypteret database")
    finally:
        database.close()
