"""Migrations: a database from an older release opens, migrates and keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import OperationalError, TextField
from playhouse.migrate import SqliteMigrator, migrate

from reception.calls import CallForm, end_call, search_callers, start_call
from reception.clinic_settings import load_clinic_settings
from reception.store import SCHEMA_VERSION, fts, open_database
from reception.store.models import CALL_MODELS

# What release 1 (schema v1) created, frozen: only the settings and the version.
V1_SCHEMA = [
    'CREATE TABLE "schema_version" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"version" INTEGER NOT NULL)',
    'CREATE TABLE "setting" ("key" VARCHAR(64) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
]


def make_v1_database(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode=wal")
    for statement in V1_SCHEMA:
        raw.execute(statement)
    raw.execute("INSERT INTO schema_version (version) VALUES (1)")
    raw.execute("INSERT INTO setting (key, value) VALUES ('street', 'Guldvej 1'), "
                "('postcode', '8000')")
    raw.commit()
    raw.close()


def schema(path: Path) -> list[tuple[str, str, str]]:
    raw = sqlite3.connect(path)
    rows = raw.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                       "ORDER BY type, name").fetchall()
    raw.close()
    return rows


def test_schema_version_counts_every_step() -> None:
    assert SCHEMA_VERSION == 16  # v3 checklist, v4 sheets, v5 register, v6 folds, v7 audit,
    # v8 Overblik's call index, v9 the clinic's own texts, v10 caller search in two tables,
    # v11 Overblik's indexes for reading without sorting, v12 versions on rows several
    # desks change, v13 Overblik's call counts kept by triggers, v14 two of v11's indexes
    # dropped (unread since v13), v15 the server's caller search indexes (PostgreSQL only),
    # v16 the server's word prefixes for the caller search (PostgreSQL only)


OLD_CALLER_INDEX = ("CREATE VIRTUAL TABLE caller_fts USING fts5(name, phones, place, notes, "
                    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")


def test_schema_10_rebuilds_the_caller_search_in_two_tables(tmp_path: Path) -> None:
    """A schema-9 file (one search table, prefixes 1–3) gets both tables, every caller in them."""
    path = tmp_path / "db.sqlite3"
    database = open_database(path)
    jens = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens Hansen",
                                                     notes="smerter i nakken"), "no_action")
    fts.drop_caller_triggers(database)
    database.execute_sql(f"DROP TABLE {fts.MAIN}")
    database.execute_sql(f"DROP TABLE {fts.TABLE}")
    database.execute_sql(OLD_CALLER_INDEX)
    database.execute_sql("INSERT INTO caller_fts(rowid, name, phones, place, notes) "
                         "VALUES (?, 'jens hansen', '4523394977 23394977', ' ', "
                         "'smerter i nakken')", (jens.caller_id,))
    database.execute_sql("UPDATE schema_version SET version = 9")
    database.close()
    database = open_database(path)
    tables = dict(table_sql(path, "table"))
    assert "detail = column" in tables[fts.TABLE] and fts.MAIN in tables
    assert fts.missing_caller_triggers(database) == []
    assert [(c.id, c.matched_in) for c in search_callers("smerte")] == [
        (jens.caller_id, "notes")]
    assert [(c.id, c.matched_in) for c in search_callers("2339")] == [
        (jens.caller_id, "phone")]


def table_sql(path: Path, kind: str) -> list[tuple[str, str]]:
    raw = sqlite3.connect(path)
    rows = raw.execute("SELECT name, sql FROM sqlite_master WHERE type = ?", (kind,)).fetchall()
    raw.close()
    return rows


def test_a_v1_database_migrates_to_v2_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    make_v1_database(path)
    database = open_database(path)
    version = database.execute_sql("SELECT version FROM schema_version").fetchall()
    assert version == [(SCHEMA_VERSION,)]
    settings = load_clinic_settings()
    assert settings.street == "Guldvej 1" and settings.postcode == "8000"
    result = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens Hansen",
                                                       notes="ondt i knæet"), "no_action")
    assert [c.id for c in search_callers("jens")] == [result.caller_id]
    assert [c.id for c in search_callers("knæ")] == [result.caller_id]
    assert [c.id for c in search_callers("2339")] == [result.caller_id]
    database.close()
    open_database(path)  # and again: nothing to do, nothing lost
    assert [c.id for c in search_callers("jens")] == [result.caller_id]
    assert load_clinic_settings().street == "Guldvej 1"


def test_a_migrated_database_has_the_same_schema_as_a_new_one(tmp_path: Path) -> None:
    old, new = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    make_v1_database(old)
    open_database(old).close()
    open_database(new).close()
    assert schema(old) == schema(new)


def test_the_live_models_match_the_migrated_tables(tmp_path: Path) -> None:
    """A model changed without a migration step shows up here."""
    database = open_database(tmp_path / "db.sqlite3")
    for model in CALL_MODELS:
        table = model._meta.table_name
        stored = {c.name: c for c in database.get_columns(table)}
        wanted = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(stored) == set(wanted), table
        for name, field in wanted.items():
            assert stored[name].null == field.null, (table, name)
    indexes = {i.name for model in CALL_MODELS for i in database.get_indexes(
        model._meta.table_name)}
    assert "callerphone_e164" in indexes
    database.close()


def test_missing_triggers_are_restored_and_the_index_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path)
    before = end_call(start_call(), CallForm(name="Anne Holm"), "no_action")
    fts.drop_caller_triggers(open_database(path))
    written_meanwhile = end_call(start_call(), CallForm(name="Anne Jensen"), "no_action")
    assert [c.id for c in search_callers("anne")] == [before.caller_id]  # the damage
    open_database(path)
    assert [c.id for c in search_callers("anne")] == [written_meanwhile.caller_id,
                                                      before.caller_id]
    after = end_call(start_call(), CallForm(name="Anne Lund"), "no_action")
    assert search_callers("anne")[0].id == after.caller_id


def rebuild_caller_table(database) -> None:
    """A typical later step: a column type change, which rebuilds the table."""
    migrator = SqliteMigrator(database)
    with migrator.migration_context():
        migrate(migrator.alter_column_type("caller", "referral_source", TextField(default="")))


def test_a_table_rebuild_needs_the_triggers_suspended(tmp_path: Path) -> None:
    """PITFALLS: peewee's migrator rebuilds the table; the search triggers are in the way."""
    path = tmp_path / "db.sqlite3"
    database = open_database(path)
    old = end_call(start_call(), CallForm(name="Jens Hansen", referral_source="læge"),
                   "no_action")
    with pytest.raises(OperationalError, match="trigger"):
        rebuild_caller_table(database)
    with fts.caller_triggers_suspended(database):
        rebuild_caller_table(database)
    assert fts.missing_caller_triggers(database) == []
    assert load_clinic_settings() is not None
    new = end_call(start_call(), CallForm(name="Jens Lund"), "no_action")
    assert [c.id for c in search_callers("jens")] == [new.caller_id, old.caller_id]
    database.close()
    open_database(path)
    assert [c.id for c in search_callers("jens")] == [new.caller_id, old.caller_id]


def test_the_register_lists_callers_by_name_through_an_index(tmp_path: Path) -> None:
    database = open_database(tmp_path / "db.sqlite3")
    plan = database.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM caller ORDER BY name, id").fetchall()
    assert "caller_name_id" in " ".join(str(row) for row in plan)


def save_caller(name: str, phone: str) -> int:
    result = end_call(start_call(phone), CallForm(phone=phone, name=name), "no_action")
    assert result.caller_id is not None
    return result.caller_id


def test_names_with_letters_a_danish_keyboard_lacks_are_found_as_typed(tmp_path: Path) -> None:
    open_database(tmp_path / "db.sqlite3")
    caller = save_caller("Łukasz Strauß-Đurić", "23394977")
    save_caller("Søren Œrsted", "40575457")
    for typed in ("lukasz", "Łukasz", "strauss", "strauß", "duric", "Đurić", "lukasz strauss"):
        assert [c.id for c in search_callers(typed)] == [caller], typed
    assert [c.name for c in search_callers("oersted")] == ["Søren Œrsted"]


def test_v6_re_indexes_names_folded_the_old_way(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = open_database(path)
    caller = save_caller("Łukasz Strauß", "23394977")
    # As release 5 left it: ł and ß kept in the index, schema at 5.
    for table in (fts.TABLE, fts.MAIN):
        database.execute_sql(f"UPDATE {table} SET name = 'łukasz strauß' WHERE rowid = ?",
                             (caller,))
    database.execute_sql("UPDATE schema_version SET version = 5")
    assert search_callers("lukasz") == []
    database.close()
    open_database(path)
    assert [c.id for c in search_callers("lukasz strauss")] == [caller]


def test_a_file_behind_is_migrated_on_its_own_connection_and_closed(tmp_path: Path) -> None:
    from reception.store import db, migrate_file

    path = tmp_path / "db.sqlite3"
    make_v1_database(path)
    assert migrate_file(path) is True
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()
    assert db.is_closed()  # the app opens its own connection after
    assert migrate_file(path) is False  # current: one read, nothing more
    assert migrate_file(tmp_path / "missing.sqlite3") is False
    assert not (tmp_path / "missing.sqlite3").exists()


def test_the_audit_logs_staff_list_reads_an_index(tmp_path: Path) -> None:
    database = open_database(tmp_path / "db.sqlite3")
    for query in ("SELECT DISTINCT user FROM audit_entry WHERE user != '' ORDER BY user",
                  "SELECT id FROM audit_entry WHERE user = 'Lise' ORDER BY at DESC, id DESC"):
        plan = " ".join(str(row) for row in database.execute_sql(f"EXPLAIN QUERY PLAN {query}"))
        assert "audit_entry_user_at" in plan, plan
