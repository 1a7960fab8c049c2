"""Storage through peewee: one database proxy, models, migrations, and one door to it all."""

from reception.store.database import db, migrate_file, open_database
from reception.store.door import (
    deferred_foreign_keys,
    is_postgres,
    open_store,
    table_names,
    write_transaction,
)
from reception.store.errors import StorageUnavailable
from reception.store.migrations import SCHEMA_VERSION, migrate

__all__ = [
    "SCHEMA_VERSION",
    "StorageUnavailable",
    "db",
    "deferred_foreign_keys",
    "is_postgres",
    "migrate",
    "migrate_file",
    "open_database",
    "open_store",
    "table_names",
    "write_transaction",
]
