"""Encryption at rest: unreadable without the passphrase; converting keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from safety_helpers import PASSPHRASE, data_paths, fill, make_database, rows

from reception.calls import search_callers
from reception.safety import (
    EncryptionFailed,
    PassphraseError,
    backup_now,
    check_at_start,
    encrypt_database,
    make_backup,
    needs_passphrase,
    restore_backup,
    unencrypted_copies,
    wipe_copies,
)
from reception.safety.checks import content_digests, reading, table_names
from reception.store import open_database
from reception.store.cipher import file_kind

SECRET = "Søren Ærø".encode()


def all_rows(path: Path, passphrase: str | None = None) -> dict[str, str]:
    with reading(path, passphrase) as connection:
        return content_digests(connection)


def assert_unreadable_without_passphrase(path: Path) -> None:
    raw = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    raw.close()
    assert SECRET not in path.read_bytes()


def test_an_encrypted_database_cannot_be_read_without_the_passphrase(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    database = open_database(paths.database, PASSPHRASE)  # a new database, encrypted
    fill(5)
    wal = Path(f"{paths.database}-wal")
    assert wal.stat().st_size > 0 and SECRET not in wal.read_bytes()  # the -wal too
    database.close()
    assert file_kind(paths.database) == "encrypted" and needs_passphrase(paths.database)
    assert_unreadable_without_passphrase(paths.database)
    with pytest.raises(PassphraseError) as needed:
        open_database(paths.database)
    assert needed.value.reason == "needed" and "adgangskode" in needed.value.message
    with pytest.raises(PassphraseError) as wrong:
        open_database(paths.database, "not the passphrase")
    assert wrong.value.reason == "wrong"
    with pytest.raises(PassphraseError):
        check_at_start(paths)
    with pytest.raises(PassphraseError):
        check_at_start(paths, "not the passphrase")
    assert check_at_start(paths, PASSPHRASE) == "encrypted"
    open_database(paths.database, PASSPHRASE)
    assert len(search_callers("søren", limit=20)) == 5


def test_converting_an_existing_database_keeps_every_row(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    database = open_database(paths.database)
    fill(25)
    database.execute_sql("INSERT INTO setting (key, value) VALUES ('street', 'Guldvej 1')")
    database.close()
    before = all_rows(paths.database)
    tables = table_names_of(paths.database)
    assert SECRET in paths.database.read_bytes()

    result = encrypt_database(paths.database, PASSPHRASE)

    assert result.counts["call"] == 25
    assert_unreadable_without_passphrase(paths.database)
    assert all_rows(paths.database, PASSPHRASE) == before
    assert table_names_of(paths.database, PASSPHRASE) == tables
    # the plain original was removed once the copy was verified: no plain copy anywhere
    for path in paths.root.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_bytes(), path
    open_database(paths.database, PASSPHRASE)
    assert len(search_callers("søren", limit=50)) == 25
    assert len(search_callers("knæet", limit=50)) == 25
    fill(1, start=500)
    assert len(rows(paths.database, "call", PASSPHRASE)) == 26


def table_names_of(path: Path, passphrase: str | None = None) -> list[str]:
    with reading(path, passphrase) as connection:
        names = table_names(connection)
        schema = connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    return names + [repr(row) for row in schema]


def test_conversion_refuses_and_changes_nothing(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    with pytest.raises(EncryptionFailed, match="ingen database"):
        encrypt_database(paths.database, PASSPHRASE)
    make_database(paths, 2)
    digest = paths.database.read_bytes()
    with pytest.raises(EncryptionFailed, match="mindst 8 tegn"):
        encrypt_database(paths.database, "kort")
    assert paths.database.read_bytes() == digest
    encrypt_database(paths.database, PASSPHRASE)
    with pytest.raises(EncryptionFailed, match="allerede krypteret"):
        encrypt_database(paths.database, PASSPHRASE)


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 6)
    plain_backup = make_backup(paths.database, paths.root / "backups")
    encrypt_database(paths.database, PASSPHRASE)
    assert unencrypted_copies(paths.root, paths.root / "backups") == [plain_backup.path]
    with pytest.raises(PassphraseError):
        backup_now(paths)
    database = open_database(paths.database, PASSPHRASE)
    info = backup_now(paths, PASSPHRASE, now=plain_backup.created_at.replace(
        year=plain_backup.created_at.year + 1))
    fill(3, start=100)
    database.close()
    assert info.encrypted and info.counts["call"] == 6
    assert_unreadable_without_passphrase(info.path)
    with pytest.raises(PassphraseError):
        restore_backup(paths.database, info)
    result = restore_backup(paths.database, info, PASSPHRASE)
    assert result.aside is not None
    assert file_kind(paths.database) == "encrypted"
    assert len(rows(paths.database, "call", PASSPHRASE)) == 6
    wipe_copies(unencrypted_copies(paths.root, paths.root / "backups"))
    assert not plain_backup.path.exists() and not plain_backup.manifest_path.exists()
    assert info.path.exists()
