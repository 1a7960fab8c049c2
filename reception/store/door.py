"""One door to the database: open it, write in it, and look at its tables, on either backend.

The rest of ``reception`` asks here instead of writing SQLite's or PostgreSQL's
own SQL:

- ``open_store(target)``: a SQLite file (a path) or a PostgreSQL server (a
  ``postgresql://`` URL), opened, migrated and bound to the models.
- ``write_transaction()``: a transaction that writes. SQLite takes the write
  lock at the start (``BEGIN IMMEDIATE``), so two desks never both read and then
  fail at the first write; PostgreSQL locks rows as it goes.
- ``locked(query)``: rows read to be changed, locked against another desk's
  save until the transaction ends (store.versions).
- ``deferred_foreign_keys()``: inside a transaction, foreign keys are checked at
  commit, so rows can be deleted in any order.
- ``execute(sql, params)``: raw SQL with ``?`` placeholders, on either backend.
- ``group_concat(expression)``: a group's values joined with commas.
- ``table_names()`` / ``columns(table)`` / ``foreign_keys(table)``: peewee's
  introspection; the search index's own tables are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from peewee import (
    ColumnMetadata,
    Database,
    DatabaseProxy,
    ForeignKeyMetadata,
    Function,
    PostgresqlDatabase,
    _atomic,
    fn,
)

from reception import changes
from reception.store.database import db

AnyDatabase = Database | DatabaseProxy

URL_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target: str | Path) -> bool:
    """True for a PostgreSQL URL, False for a SQLite file path."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def open_store(target: str | Path, passphrase: str | None = None,
               busy_timeout_ms: int = 5000) -> Database:
    """Open the database at ``target``, migrate it and bind the models to it.

    ``target`` is a SQLite file (``passphrase`` for SQLCipher, ``busy_timeout_ms``
    how long a write waits for another program's lock) or a ``postgresql://`` URL
    (the password from libpq's password file or ``PGPASSWORD``, never the URL in a
    log). Raises ``StorageUnavailable``, ``PassphraseError`` or ``NewerSchemaError``.
    """
    if is_server_url(target):
        from reception.store.postgres import open_server

        return open_server(str(target))
    from reception.store.database import open_database

    return open_database(Path(target), passphrase, busy_timeout_ms)


def _actual(database: AnyDatabase) -> Database:
    return database.obj if isinstance(database, DatabaseProxy) else database


def is_postgres(database: AnyDatabase = db) -> bool:
    return isinstance(_actual(database), PostgresqlDatabase)


class AnnouncingTransaction:
    """``database.atomic()`` that holds the changes announced inside it until it commits.

    Just before the outermost commit they go to the other desks (``pg_notify`` on
    PostgreSQL, delivered by the server only if the commit succeeds); after it, to this
    program's subscribers. A rollback (an exception) drops them (reception/changes.py).
    """

    def __init__(self, atomic: _atomic) -> None:
        self._atomic = atomic

    def __enter__(self) -> Any:
        entered = self._atomic.__enter__()
        changes.begin()
        return entered

    def __exit__(self, kind: Any, error: Any, trace: Any) -> Any:
        if kind is None and changes.depth() == 1:
            try:
                changes.send_all(changes.pending())
            except BaseException as failed:
                changes.end(committed=False)
                self._atomic.__exit__(type(failed), failed, failed.__traceback__)
                raise
        try:
            suppressed = self._atomic.__exit__(kind, error, trace)
        except BaseException:
            changes.end(committed=False)
            raise
        committed = changes.end(committed=kind is None or bool(suppressed))
        changes.publish_all(committed)
        return suppressed


def write_transaction(database: AnyDatabase = db) -> AnnouncingTransaction:
    """A transaction (or a savepoint inside one) for a change: ``with write_transaction():``.

    What is ``changes.announce``-d inside is published when it commits.
    """
    if is_postgres(database):
        return AnnouncingTransaction(database.atomic())
    return AnnouncingTransaction(database.atomic("IMMEDIATE"))


def _notify_other_desks(change: changes.Change) -> None:
    """On PostgreSQL: the change to every desk listening (at commit, inside a transaction)."""
    if db.obj is not None and is_postgres(db):
        db.execute_sql("SELECT pg_notify(%s, %s)", (changes.CHANNEL, change.payload()))


changes.set_notifier(_notify_other_desks)


def locked(query: Any, database: AnyDatabase = db) -> Any:
    """``query`` reading rows this transaction is about to change, locked until it ends.

    PostgreSQL: ``SELECT … FOR UPDATE`` (another desk's save of the same rows waits,
    then reads what this one wrote); SQLite: as is, its write transaction holds the
    whole file already.
    """
    return query.for_update() if is_postgres(database) else query


def deferred_foreign_keys(database: AnyDatabase = db) -> None:
    """Check foreign keys at commit instead of per statement, until this transaction ends.

    On PostgreSQL the keys are made ``DEFERRABLE`` when the schema is created.
    """
    if is_postgres(database):
        database.execute_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        database.execute_sql("PRAGMA defer_foreign_keys = ON")


def execute(sql: str, params: Sequence[object] = (), database: AnyDatabase = db) -> Any:
    """Run raw SQL written with ``?`` placeholders on either backend; returns the cursor.

    PostgreSQL's driver takes ``%s`` (and reads ``%`` as the start of one), so the
    SQL is rewritten there. Write no ``?`` inside a string literal.
    """
    if is_postgres(database):
        sql = sql.replace("%", "%%").replace("?", "%s")
    return database.execute_sql(sql, params)


def group_concat(expression: object, database: AnyDatabase = db) -> Function:
    """The values of a group joined with commas (SQLite's GROUP_CONCAT), in no set order."""
    if is_postgres(database):
        return fn.string_agg(expression, ",")
    return fn.GROUP_CONCAT(expression)


def after_rows_with_ids(database: AnyDatabase = db) -> None:
    """After rows were inserted with their ids given: PostgreSQL's id sequences catch up
    (SQLite takes the next id from the table itself)."""
    if is_postgres(database):
        from reception.store.postgres import reset_sequences

        reset_sequences(_actual(database))


def text_position(haystack: object, needle: object, database: AnyDatabase = db) -> Function:
    """Where ``needle`` first occurs in ``haystack`` (1-based; 0 when it does not):
    SQLite's INSTR, PostgreSQL's strpos. No LIKE wildcards to escape."""
    if is_postgres(database):
        return fn.strpos(haystack, needle)
    return fn.INSTR(haystack, needle)


def _search_index_table(name: str) -> bool:
    from reception.store import fts

    return name == fts.TABLE or name.startswith(fts.TABLE + "_")


def table_names(database: AnyDatabase = db) -> list[str]:
    """The ordinary tables, sorted (no engine internals, no search index)."""
    return sorted(name for name in database.get_tables()
                  if not name.startswith("sqlite_") and not _search_index_table(name))


def columns(table: str, database: AnyDatabase = db) -> list[ColumnMetadata]:
    """The table's columns in order: name, data_type, null, primary_key, default."""
    return database.get_columns(table)


def foreign_keys(table: str, database: AnyDatabase = db) -> list[ForeignKeyMetadata]:
    """The table's foreign keys: column, dest_table, dest_column."""
    return database.get_foreign_keys(table)
