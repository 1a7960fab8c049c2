"""A clinic's shared PostgreSQL server: opening it, and its schema on an empty database.

peewee's ``PooledPostgresqlDatabase`` with psycopg 3: each thread takes a
connection from the pool, and the pool checks an idle connection before handing
it out, so a server restart costs one failed statement, not a dead program.

An empty database gets the schema at the current ``SCHEMA_VERSION`` straight from
the live models (the SQLite steps before it replay a history PostgreSQL never
had); from then on ``migrations.migrate`` runs the same later steps on both
backends and refuses a newer schema on both. PostgreSQL's own parts: indexes the
SQLite steps wrote by hand, foreign keys made ``DEFERRABLE`` (for
``door.deferred_foreign_keys``) and the caller search (``pg_search``).

The URL is never logged: it may hold a password (better: libpq's password file
or ``PGPASSWORD``).
"""

from __future__ import annotations

import logging
from typing import Any

from peewee import Database
from playhouse.pool import PooledPostgresqlDatabase

from reception.store import (
    models,
    pg_search,
    schema_call_summary,
    schema_drop_unused_indexes,
    schema_overblik_indexes,
)
from reception.store.database import BaseModel, db

log = logging.getLogger(__name__)

NUL_REPLACEMENT = "\ufffd"

# Indexes that the SQLite steps created with raw SQL (schema_v5, schema_v7).
INDEXES = (
    'CREATE INDEX IF NOT EXISTS caller_name_id ON caller (name, id)',
    'CREATE INDEX IF NOT EXISTS audit_entry_user_at ON audit_entry ("user", at)',
    *schema_drop_unused_indexes.kept(schema_overblik_indexes.STATEMENTS),
)


def all_models() -> list[type[BaseModel]]:
    """Every table's model, in the order ``create_tables`` sorts them anyway."""
    return [value for value in vars(models).values()
            if isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel]


def describe(url: str) -> str:
    """The URL without user and password, for messages and logs."""
    from reception.database_target import describe as without_user

    return without_user(url)


class ServerDatabase(PooledPostgresqlDatabase):
    """peewee's pooled PostgreSQL database, taking text with NUL characters too.

    PostgreSQL's text cannot hold NUL (0x00), which SQLite stores; a pasted one
    would make the whole save fail, so it is stored as U+FFFD (the replacement
    character) instead.
    """

    def _drop_if_dead(self) -> None:
        """A connection the server closed (restart, network gone) is dropped outside a
        transaction, so the next statement connects afresh: the autosave's retry after
        the server is back succeeds. Inside one, the rollback comes first."""
        state = self._state
        conn = state.conn
        if conn is None or state.closed or not conn.closed or state.transactions:
            return
        log.warning("Forbindelsen til databaseserveren var afbrudt; der forbindes igen")
        with self._pool_lock:
            self._in_use.pop(self.conn_key(conn), None)
        state.reset()
        self._close_raw(conn)

    def cursor(self, *args: Any, **kwargs: Any) -> Any:
        self._drop_if_dead()
        return super().cursor(*args, **kwargs)

    def connection(self) -> Any:
        self._drop_if_dead()
        return super().connection()

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if params and any(isinstance(p, str) and "\x00" in p for p in params):
            params = [p.replace("\x00", NUL_REPLACEMENT) if isinstance(p, str) else p
                      for p in params]
        return super().execute_sql(sql, params)


def make_server_database(url: str) -> ServerDatabase:
    """An unopened pooled database for ``url`` (the URL is handed to libpq as it is)."""
    return ServerDatabase(url, max_connections=8, stale_timeout=300,
                                    timeout=10, prefer_psycopg3=True)


def _ddl(database: Database, sql: str) -> None:
    """Run DDL without parameters: psycopg 3 would read ``%`` in a body as a placeholder."""
    database.connection().execute(sql)


def _deferrable_foreign_keys(database: Database) -> None:
    rows = database.execute_sql(
        "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
        "JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()"
    ).fetchall()
    for table, name in rows:
        _ddl(database, f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" '
                       "DEFERRABLE INITIALLY IMMEDIATE")


def create_schema(database: Database) -> None:
    """The current schema on an empty database, recorded as ``SCHEMA_VERSION``."""
    from reception.store.migrations import SCHEMA_VERSION

    with database.atomic():
        database.create_tables(all_models())
        for sql in INDEXES:
            _ddl(database, sql)
        _deferrable_foreign_keys(database)
        pg_search.create(database)
        schema_call_summary.create(database)
        models.SchemaVersion.delete().execute()
        models.SchemaVersion.create(version=SCHEMA_VERSION)


def open_server(url: str) -> ServerDatabase:
    """Connect to the server at ``url``, bind the models, create or migrate the schema."""
    from reception.store.errors import storage_guard
    from reception.store.migrations import migrate

    database = make_server_database(url)
    db.initialize(database)
    with storage_guard():
        database.connect(reuse_if_open=True)
        if not database.table_exists(models.SchemaVersion._meta.table_name):
            log.info("Opretter databasen på %s", describe(url))
            create_schema(database)
        migrate(database)
    return database


def reset_sequences(database: Database) -> None:
    """Every ``id`` sequence set past the highest id: after rows were written with their ids
    (demo data, a move from SQLite), the next insert must not collide."""
    rows = database.execute_sql(
        "SELECT c.table_name, c.column_name, "
        "pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) "
        "FROM information_schema.columns c WHERE c.table_schema = current_schema() "
        "AND c.column_default LIKE 'nextval(%%'").fetchall()
    for table, column, sequence in rows:
        if sequence:
            database.execute_sql(
                f'SELECT setval(%s, coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, '
                "false)", (sequence,))
