"""Schema migrations: one function per version, applied in order, each in a transaction.

A database made by an older release opens in a newer one: ``migrate`` runs every
step above the stored version. Never edit a released step; add a new one.

Steps create tables from frozen snapshots (``schema_v2`` …), never from the live
models, so a later model change cannot alter what an old step does. A step that
rebuilds caller, caller_phone, note or call (peewee's migrator does for column
type, NOT NULL and default changes) runs inside ``migrator.migration_context()``
and ``fts.caller_triggers_suspended(database)``: the rebuild drops the search
triggers silently, or fails while other tables' triggers name the table
(tests/test_migrations.py shows both). ``open_database`` also repairs missing
triggers and re-indexes as a safety net.

PostgreSQL gets the schema of the version it first meets straight from the live
models (``postgres.create_schema``), so every step after schema 7 runs on both
backends: write it with peewee (or ``door``), not SQLite-only SQL, and keep the
caller search of both (``fts``, ``pg_search``) in step. tests/test_store_postgres.py
compares the two schemas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peewee import CharField, Model, SqliteDatabase, TextField

from reception.errors import QT_TR_NOOP, ReceptionError
from reception.store import (
    fts,
    schema_call_summary,
    schema_caller_search,
    schema_clinic_texts,
    schema_drop_unused_indexes,
    schema_overblik_indexes,
    schema_server_prefixes,
    schema_server_search,
    schema_v2,
    schema_v3,
    schema_v4,
    schema_v5,
    schema_v7,
    schema_v8,
    schema_versions,
)
from reception.store.models import SchemaVersion


class _V1Setting(Model):
    """The setting table as release 1 made it (the live ``Setting`` has grown since)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField(default="")

    class Meta:
        table_name = "setting"


def _v1_initial(database: SqliteDatabase) -> None:
    with database.bind_ctx([_V1Setting]):
        database.create_tables([_V1Setting])


def _v6_fold_more_letters(database: SqliteDatabase) -> None:
    """Caller search folds ß, ł, đ and œ too (ss, l, d, oe): new triggers; the callers
    whose texts hold one of them re-indexed."""
    fts.refold_caller_index(database, "ßẞłŁđĐœŒ")


def _v2_calls(database: SqliteDatabase) -> None:
    """Callers, their phones, calls, notes, callbacks, sent items, audit; caller search."""
    with database.bind_ctx(schema_v2.TABLES):
        database.create_tables(schema_v2.TABLES)
    fts.create_caller_index(database)


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _v1_initial,
    _v2_calls,
    schema_v3.create,  # pre-treatment checklist
    schema_v4.create,  # information sheets sent, with a copy of each PDF
    schema_v5.create,  # the callers register's name index
    _v6_fold_more_letters,
    schema_v7.create,  # the audit log's staff filter
    schema_v8.create,  # Overblik's covering index on calls
    schema_clinic_texts.create,  # the clinic's own texts, with history
    schema_caller_search.create,  # caller search: name table apart, prefixes 1–8
    schema_overblik_indexes.create,  # Overblik without sorting a year of calls
    schema_versions.create,  # a version on rows several desks change (issue 13)
    schema_call_summary.create,  # Overblik's call counts, kept by triggers
    schema_drop_unused_indexes.create,  # call_hour, call_kind: unread since call_summary
    schema_server_search.create,  # caller search on PostgreSQL: narrower reads
    schema_server_prefixes.create,  # caller search on PostgreSQL: word prefixes, as FTS5
]
SCHEMA_VERSION = len(STEPS)


class NewerSchemaError(ReceptionError, RuntimeError):
    """The file was written by a newer release; opening it could lose data."""

    code = "newer_schema"
    messages = {"newer_schema": QT_TR_NOOP(
        "Databasen er fra en nyere version (skema {found}); "
        "dette program kender skema {known}.")}


def stored_version(connection: Any) -> int:
    """The schema version recorded in the file behind a raw DB-API connection (0: none).

    For code that reads a file without peewee: backups, the check at start.
    """
    try:
        row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
    except Exception:  # no version table: a file from before release 1, or not ours
        return 0
    return int(row[0] or 0) if row else 0


def current_version(database: SqliteDatabase) -> int:
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select().first()
    return row.version if row else 0


def migrate(database: SqliteDatabase) -> int:
    """Bring ``database`` to SCHEMA_VERSION; returns the version it was at."""
    database.create_tables([SchemaVersion])
    start = current_version(database)
    if start > SCHEMA_VERSION:
        raise NewerSchemaError(found=start, known=SCHEMA_VERSION)
    for version in range(start + 1, SCHEMA_VERSION + 1):
        with database.atomic():
            STEPS[version - 1](database)
            SchemaVersion.delete().execute()
            SchemaVersion.create(version=version)
    return start
