"""Migrations on an encrypted database: sqlcipher3 bundles a newer SQLite (PITFALLS)."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import OperationalError
from playhouse.sqlcipher_ext import SqlCipherDatabase
from safety_helpers import PASSPHRASE
from test_migrations import make_v1_database, rebuild_caller_table, schema

from reception.calls import CallForm, end_call, search_callers, start_call
from reception.clinic_settings import load_clinic_settings
from reception.safety import encrypt_database
from reception.safety.checks import reading
from reception.store import SCHEMA_VERSION, fts, open_database


def encrypted_schema(path: Path) -> list[tuple[str, str, str]]:
    with reading(path, PASSPHRASE) as connection:
        return connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "ORDER BY type, name").fetchall()


def test_an_encrypted_v1_database_migrates_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    make_v1_database(path)
    encrypt_database(path, PASSPHRASE)
    database = open_database(path, PASSPHRASE)
    assert isinstance(database, SqlCipherDatabase)
    assert database.execute_sql("SELECT version FROM schema_version").fetchall() == [
        (SCHEMA_VERSION,)]
    assert load_clinic_settings().street == "Guldvej 1"
    result = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens Hansen",
                                                       notes="ondt i knæet"), "no_action")
    assert [c.id for c in search_callers("knæ")] == [result.caller_id]
    database.close()
    open_database(path, PASSPHRASE)
    assert [c.id for c in search_callers("jens")] == [result.caller_id]


def test_encrypted_migrated_schema_equals_a_new_encrypted_one_and_a_plain_one(
        tmp_path: Path) -> None:
    old, new, plain = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3", tmp_path / "p.sqlite3"
    make_v1_database(old)
    encrypt_database(old, PASSPHRASE)
    open_database(old, PASSPHRASE).close()
    open_database(new, PASSPHRASE).close()
    open_database(plain).close()
    assert encrypted_schema(old) == encrypted_schema(new) == schema(plain)


def test_a_table_rebuild_on_an_encrypted_database_keeps_search(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = open_database(path, PASSPHRASE)
    old = end_call(start_call(), CallForm(name="Jens Hansen", referral_source="læge"),
                   "no_action")
    with pytest.raises(OperationalError, match="trigger"):
        rebuild_caller_table(database)
    with fts.caller_triggers_suspended(database):
        rebuild_caller_table(database)
    assert fts.missing_caller_triggers(database) == []
    new = end_call(start_call(), CallForm(name="Jens Lund"), "no_action")
    assert [c.id for c in search_callers("jens")] == [new.caller_id, old.caller_id]
    database.close()
    open_database(path, PASSPHRASE)
    assert [c.id for c in search_callers("jens")] == [new.caller_id, old.caller_id]
