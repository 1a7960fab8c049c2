"""Moving a clinic from its PC's SQLite file to its PostgreSQL server: ``move_to_server``.

Every table is copied with its ids into an empty server database (refused when
it holds any table), in one transaction with the foreign keys checked at commit
and the search triggers off (COPY, not INSERTs); then the id sequences are set
past the highest id, the caller search is indexed and the tables are vacuumed and
analysed. Each table is then compared on both sides, streamed in id order: the
number of rows and a SHA-256 digest of its rows in id order, read as the
program reads them (dates as dates, the sent sheets' PDFs as bytes).

The SQLite file is only read (``mode=ro``: not even a WAL checkpoint), so it stays
exactly as it was: the way back, should the server not work out.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import Database, SqliteDatabase, sort_models

from reception.errors import QT_TR_NOOP, ReceptionError
from reception.store import models, pg_search
from reception.store.database import BaseModel
from reception.store.door import deferred_foreign_keys
from reception.store.postgres import NUL_REPLACEMENT

BATCH = 2000  # rows a time inserted into a SQLite file
STREAM = 5000  # rows fetched at a time from the server when comparing

MESSAGES = {
    "not_empty": QT_TR_NOOP("Databasen på serveren ({where}) er ikke tom: den har allerede "
                  "tabeller. Flytningen skriver kun i en tom database; opret en ny (se README) "
                  "og prøv igen."),
    "no_source": QT_TR_NOOP("Der er ingen database at flytte i {where}."),
    "source_outdated": QT_TR_NOOP(
        "Databasen i {where} er fra en ældre version af programmet (skema "
        "{version}). Start programmet én gang på denne PC, så den bliver "
        "opdateret, og flyt den så."
    ),
    "differs": QT_TR_NOOP(
        "Tabellen {table} er ikke ens på serveren efter flytningen ({difference}). "
        "Databasen på PC'en er uændret; slet databasen på serveren, opret den tom igen "
        "og prøv igen."
    ),
}


class MoveRefused(ReceptionError, RuntimeError):
    """The move did not happen or did not check out; ``code`` is one of MESSAGES' keys."""

    messages = MESSAGES


@dataclass
class TableCheck:
    table: str
    rows: int
    digest: str


@dataclass
class MoveResult:
    tables: list[TableCheck] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


class _ReadOnlyFile(SqliteDatabase):
    """The SQLite (or SQLCipher) file opened read-only through ``cipher.connect``."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        self._passphrase = passphrase
        super().__init__(str(path))

    def _connect(self) -> Any:
        from reception.store.cipher import connect

        return connect(Path(self.database), self._passphrase, read_only=True)


def ordered_models() -> list[type[BaseModel]]:
    """Every table's model, parents before children."""
    from reception.store.postgres import all_models

    return sort_models(all_models())


def _order(model: type[BaseModel]) -> list[Any]:
    key = model._meta.primary_key
    if key is not None and not getattr(key, "field_names", None):
        return [key]
    return list(model._meta.sorted_fields)


def _select_sql(model: type[BaseModel], database: Database) -> str:
    """The table's columns in key order, as SQL for ``database`` (no parameters)."""
    query = model.select(*model._meta.sorted_fields).order_by(*_order(model))
    sql, params = query.bind(database).sql()
    assert not params
    return sql


def _raw_rows(model: type[BaseModel], database: Database) -> Iterator[tuple[Any, ...]]:
    """The table's rows in key order as the driver returns them, streamed from the server
    (a server-side cursor inside a transaction), so a million calls never sit in memory."""
    sql = _select_sql(model, database)
    if isinstance(database, SqliteDatabase):
        yield from database.execute_sql(sql)
        return
    with database.atomic(), database.connection().cursor(name=f"move_{model._meta.table_name}") \
            as cursor:
        cursor.itersize = STREAM
        cursor.execute(sql)
        yield from cursor


def _rows(model: type[BaseModel], database: Database) -> Iterator[tuple[Any, ...]]:
    """The table's rows in key order, as the program reads them."""
    converters = [field.python_value for field in model._meta.sorted_fields]
    for row in _raw_rows(model, database):
        yield tuple(convert(value) for convert, value in zip(converters, row, strict=True))


def _canonical(value: Any) -> bytes:
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, bytes | bytearray):
        return b"b" + hashlib.sha256(value).digest()
    if isinstance(value, datetime | date):
        return b"d" + value.isoformat().encode()
    if isinstance(value, str):
        value = value.replace("\x00", "\ufffd")  # as the server stores it (postgres.py)
    return repr(value).encode("utf-8", "surrogatepass")


def table_check(model: type[BaseModel], database: Database) -> TableCheck:
    """The table's row count and the digest of its rows, streamed in key order."""
    digest = hashlib.sha256()
    count = 0
    for row in _rows(model, database):
        count += 1
        digest.update(b"\x1e".join(_canonical(v) for v in row) + b"\n")
    return TableCheck(model._meta.table_name, count, digest.hexdigest())


def _server_row(row: tuple[Any, ...], texts: list[int]) -> tuple[Any, ...] | list[Any]:
    """The file's row as COPY sends it: NUL in text becomes U+FFFD, as ``ServerDatabase``
    stores it (PostgreSQL's text cannot hold NUL)."""
    if not any(isinstance(row[i], str) and "\x00" in row[i] for i in texts):
        return row
    return [v.replace("\x00", NUL_REPLACEMENT) if isinstance(v, str) else v for v in row]


def _batches(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _copy(model: type[BaseModel], source: Database, target: Database) -> None:
    """The table's rows from the file, as stored there, into the server with COPY
    (into a SQLite file, as the program reads them, in batches of inserts).

    SQLite's stored forms (dates as ISO text, booleans as 0/1, blobs as bytes) are
    what PostgreSQL's COPY input reads into its own types; the comparison after the
    copy reads both sides as the program does, so any difference shows there.
    """
    fields = model._meta.sorted_fields
    if isinstance(target, SqliteDatabase):  # a server's snapshot into a file (server_backup)
        for batch in _batches(_rows(model, source)):
            model.insert_many(batch, fields=fields).execute(target)
        return
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    texts = [i for i, field in enumerate(fields) if field.field_type in ("TEXT", "VARCHAR")]
    rows = source.execute_sql(_select_sql(model, source))
    with target.connection().cursor() as cursor, cursor.copy(
            f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(_server_row(row, texts))


def move_to_server(source_path: Path, passphrase: str | None, url: str,
                   progress: Callable[[str], None] | None = None) -> MoveResult:
    """Copy the SQLite file at ``source_path`` into the empty server database at ``url``.

    Raises ``MoveRefused`` (not empty, nothing to move, an older file, a table that
    differs after the copy), ``StorageUnavailable`` (server unreachable) and
    ``PassphraseError``. The file is never written.
    """
    from reception.store.cipher import connect, file_kind
    from reception.store.errors import storage_guard
    from reception.store.migrations import SCHEMA_VERSION, stored_version
    from reception.store.postgres import create_schema, describe, make_server_database

    started = time.perf_counter()
    if file_kind(source_path) == "missing":
        raise MoveRefused("no_source", where=source_path)
    raw = connect(source_path, passphrase, read_only=True)
    try:
        version = stored_version(raw)
    finally:
        raw.close()
    if version != SCHEMA_VERSION:
        raise MoveRefused("source_outdated", where=source_path, version=version)
    source = _ReadOnlyFile(source_path, passphrase)
    target = make_server_database(url)
    say = progress or (lambda _text: None)
    try:
        with storage_guard(), target.bind_ctx(ordered_models()):
            target.connect()
            if target.get_tables():
                raise MoveRefused("not_empty", where=describe(url))
            create_schema(target)
            with pg_search.triggers_suspended(target):
                with target.atomic():
                    deferred_foreign_keys(target)
                    # the file's own version row(s), with their ids, replace the new one
                    target.execute_sql(f"DELETE FROM {models.SchemaVersion._meta.table_name}")
                    for model in ordered_models():
                        say(model._meta.table_name)
                        _copy(model, source, target)
            from reception.store.postgres import reset_sequences

            reset_sequences(target)
            # statistics for the planner and the visibility map for index-only scans,
            # before the first search (autovacuum would come round to it later)
            target.connection().execute("VACUUM ANALYZE")
            result = MoveResult()
            for model in ordered_models():
                mine, theirs = table_check(model, source), table_check(model, target)
                if mine != theirs:
                    detail = (f"{mine.rows} rækker på PC'en, {theirs.rows} på serveren"
                              if mine.rows != theirs.rows else "indholdet afviger")
                    raise MoveRefused("differs", table=mine.table, difference=detail)
                result.tables.append(theirs)
    finally:
        source.close()
        target.close_all()
    result.seconds = time.perf_counter() - started
    return result
