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


def open_database(path: Path) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path``, bind the proxy, migrate."""
    from reception.store.migrations import migrate

    path.parent.mkdir(parents=True, exist_ok=True)
    database = SqliteDatabase(str(path), pragmas=PRAGMAS)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    migrate(database)
    return database
