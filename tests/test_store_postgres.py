"""PostgreSQL through the one door: schema on an empty database, migrations, search, errors."""

from __future__ import annotations

import logging

import psycopg
import pytest
from pg_server import PgServer
from playhouse.pool import PooledPostgresqlDatabase

from reception.calls import CallForm, end_call, search_callers, start_call
from reception.store import SCHEMA_VERSION, StorageUnavailable, open_store, table_names
from reception.store.errors import guarded
from reception.store.migrations import NewerSchemaError, current_version
from reception.store.models import Caller, SchemaVersion


def _with_password(url: str, password: str) -> str:
    return url.replace("postgresql://postgres@", f"postgresql://postgres:{password}@")


def test_an_empty_database_gets_the_current_schema_and_opens_again(pg_url: str) -> None:
    database = open_store(pg_url)
    try:
        assert current_version(database) == SCHEMA_VERSION
        assert {"caller", "call", "checklist", "sent_sheet", "setting"} <= set(table_names())
        assert "caller_fts" not in table_names()
    finally:
        database.close_all()
    database = open_store(pg_url)  # a second start migrates nothing
    try:
        assert SchemaVersion.select().count() == 1
        assert isinstance(database, PooledPostgresqlDatabase)
    finally:
        database.close_all()


def test_a_newer_schema_is_refused(pg_url: str) -> None:
    database = open_store(pg_url)
    SchemaVersion.update(version=SCHEMA_VERSION + 1).execute()
    database.close_all()
    with pytest.raises(NewerSchemaError, match=f"skema {SCHEMA_VERSION + 1}"):
        open_store(pg_url)


def test_callers_are_found_as_typed_with_danish_folding(pg_url: str) -> None:
    database = open_store(pg_url)
    try:
        call_id = start_call("23394977")
        form = CallForm(phone="23394977", name="Søren Ærø-Åberg", postcode="8000",
                        town="Århus C", notes="Ondt i lænden efter fald")
        caller_id = end_call(call_id, form, "no_action", force=True).caller_id
        for typed in ("sør", "soeren aeroe", "aaberg", "SØREN", "2339", "8000", "aarh", "laend"):
            assert [c.id for c in search_callers(typed)] == [caller_id], typed
        assert search_callers("søren x") == []
    finally:
        database.close_all()


def test_the_password_is_never_logged(pg_server: PgServer, pg_url: str,
                                      caplog: pytest.LogCaptureFixture) -> None:
    secret = "hemmelig-kode-42"
    caplog.set_level(logging.DEBUG)
    database = open_store(_with_password(pg_url, secret))
    Caller.select().count()
    database.close_all()
    missing = _with_password(pg_server.url("findes_ikke"), secret)
    with pytest.raises(StorageUnavailable) as raised:
        open_store(missing)
    assert "Opretter databasen" in caplog.text  # the log was captured at all
    assert secret not in caplog.text
    assert secret not in str(raised.value) and secret not in raised.value.detail


def test_a_server_that_drops_the_connection_is_storage_unavailable(
        pg_server: PgServer, pg_url: str) -> None:
    database = open_store(pg_url)
    try:
        count = guarded(lambda: Caller.select().count())
        assert count() == 0
        pid = database.connection().info.backend_pid
        pg_server.admin(f"SELECT pg_terminate_backend({pid})")
        with pytest.raises(StorageUnavailable) as raised:
            count()
        assert raised.value.reason == "server_gone"
        assert "databaseserveren" in raised.value.message
        database.close()  # what a retry does: a fresh connection from the pool
        assert count() == 0
    finally:
        database.close_all()


def test_an_unreachable_server_is_storage_unavailable(tmp_path) -> None:
    url = f"postgresql://postgres@/x?host={tmp_path}&port=1&connect_timeout=2"
    with pytest.raises(StorageUnavailable) as raised:
        open_store(url)
    assert raised.value.reason == "unreachable"
    assert isinstance(raised.value.__cause__.__context__, psycopg.OperationalError)


def _shape(database) -> dict[str, tuple[list[str], set[tuple[str, str]]]]:
    from reception.store.door import columns, foreign_keys

    return {table: ([c.name for c in columns(table, database)],
                    {(fk.column, fk.dest_table) for fk in foreign_keys(table, database)})
            for table in table_names(database)}


def test_postgresql_gets_the_same_tables_as_the_migrated_sqlite_file(pg_url: str,
                                                                      tmp_path) -> None:
    """SQLite's schema comes from the frozen steps, PostgreSQL's from the live models:
    a model changed without a migration step shows here."""
    sqlite = open_store(tmp_path / "db.sqlite3")
    expected = _shape(sqlite)
    sqlite.close()
    server = open_store(pg_url)
    try:
        assert _shape(server) == expected
    finally:
        server.close_all()
