"""SQLite storage through peewee: one database proxy, models, migrations."""

from reception.store.database import db, migrate_file, open_database
from reception.store.errors import StorageUnavailable
from reception.store.migrations import SCHEMA_VERSION, migrate

__all__ = ["SCHEMA_VERSION", "StorageUnavailable", "db", "migrate", "migrate_file", "open_database"]
