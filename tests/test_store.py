"""The database file: created on first start, migrated, settings survive a reopen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reception.clinic_settings import (
    ClinicSettings,
    InvalidSettings,
    load_clinic_settings,
    save_clinic_settings,
)
from reception.store import SCHEMA_VERSION, open_database
from reception.store.migrations import NewerSchemaError

pytestmark = pytest.mark.both_backends


def test_new_database_is_created_in_wal_mode_with_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "db.sqlite3"
    database = open_database(path)
    assert path.exists()
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    database.close()
    raw = sqlite3.connect(path)
    assert raw.execute("select version from schema_version").fetchall() == [(SCHEMA_VERSION,)]


def test_a_desk_keeps_32_mb_of_pages_in_memory(tmp_path: Path) -> None:
    """SQLite's 2 MB default made a caller search reread its pages from disk (issue 14)."""
    database = open_database(tmp_path / "db.sqlite3")
    assert database.execute_sql("PRAGMA cache_size").fetchone()[0] == -32 * 1024
    database.close()


def test_settings_survive_reopen(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path)
    save_clinic_settings(ClinicSettings(street="Guldvej 1", postcode="8000", town="Aarhus C",
                                        email="info@example.dk", cvr="12 34 56 78"))
    open_database(path).close()
    open_database(path)
    loaded = load_clinic_settings()
    assert loaded.street == "Guldvej 1" and loaded.postcode == "8000"
    assert loaded.email == "info@example.dk"


def test_settings_start_empty(tmp_path: Path) -> None:
    open_database(tmp_path / "db.sqlite3")
    assert load_clinic_settings() == ClinicSettings()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("postcode", "800", "4 cifre"), ("email", "info.klinik.dk", "navn@"), ("cvr", "1234", "8")],
)
def test_invalid_settings_are_refused_with_a_danish_message(
    tmp_path: Path, field: str, value: str, message: str
) -> None:
    open_database(tmp_path / "db.sqlite3")
    with pytest.raises(InvalidSettings) as caught:
        save_clinic_settings(ClinicSettings(**{field: value}))
    assert message in caught.value.problems[field]
    assert load_clinic_settings() == ClinicSettings()


def test_a_database_from_a_newer_release_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("update schema_version set version = ?", (SCHEMA_VERSION + 1,))
    raw.commit()
    raw.close()
    with pytest.raises(NewerSchemaError):
        open_database(path)
