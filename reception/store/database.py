"""The database proxy every model uses, and how a database file is opened."""

from __future__ import annotations

from pathlib import Path

from peewee import DatabaseProxy, Model, SqliteDatabase

db = DatabaseProxy()

# WAL lets the UI read while a write is in progress; NORMAL sync is durable across
# application crashes (PITFALLS: 30 SIGKILLs lost no commit). busy_timeout rides out
# a short lock by another process instead of failing at once.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
}


class BaseModel(Model):
    class Meta:
        database = db


def open_database(path: Path, busy_timeout_ms: int = 5000) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path``, bind the proxy, migrate.

    Also repairs the caller search index if a trigger went missing. A locked,
    read-only or unreadable file raises ``StorageUnavailable``.
    """
    from reception.store import fts
    from reception.store.errors import storage_guard
    from reception.store.migrations import migrate

    path.parent.mkdir(parents=True, exist_ok=True)
    database = SqliteDatabase(str(path), pragmas={**PRAGMAS, "busy_timeout": busy_timeout_ms})
    db.initialize(database)
    with storage_guard():
        database.connect(reuse_if_open=True)
        migrate(database)
        fts.ensure_caller_index(database)
    return database
