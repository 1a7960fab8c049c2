"""Shared by the tests/test_safety_*.py files: a small real database with calls and notes."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from reception.calls import CallForm, add_note, end_call, start_call
from reception.paths import DataPaths, resolve_data_paths
from reception.store import db, open_database

PASSPHRASE = "guld-hemmelig-1996"


def data_paths(root: Path) -> DataPaths:
    return resolve_data_paths(root).ensure()


def fill(count: int = 12, *, start: int = 0) -> list[int]:
    """``count`` saved calls with new callers, each with a note; the call ids."""
    ids = []
    for n in range(start, start + count):
        phone = f"2339{n:04d}"
        result = end_call(start_call(phone), CallForm(
            phone=phone, name=f"Søren Ærø {n}", postcode="8000", town="Århus C",
            notes=f"ondt i knæet nr. {n}"), "no_action")
        assert result.caller_id is not None
        add_note(result.caller_id, f"ringer igen om øjet {n}")
        ids.append(result.call_id)
    return ids


def make_database(paths: DataPaths, count: int = 12, passphrase: str | None = None) -> list[int]:
    """A closed database at ``paths.database`` holding ``count`` calls."""
    database = open_database(paths.database, passphrase)
    ids = fill(count)
    database.close()
    return ids


def rows(path: Path, table: str, passphrase: str | None = None) -> list[tuple]:
    """Every row of ``table``, in rowid order (plain sqlite3, or keyed sqlcipher3)."""
    from reception.store.cipher import connect

    connection = connect(path, passphrase, read_only=True)
    try:
        return [tuple(r) for r in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]
    finally:
        connection.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plain_integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def close_db() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
