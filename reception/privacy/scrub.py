"""Making deleted text really gone from the database file, not just unlinked.

SQLite normally leaves a deleted row's bytes where they were: in the page's free
space, on free pages, in old frames of the ``-wal`` file, and (for full-text
search) in old index segments. Erasure therefore

1. deletes with ``PRAGMA secure_delete = ON`` for the connection, so SQLite
   overwrites every deleted cell and freed page with zeros as it goes (chosen
   over ``VACUUM``, which rewrites the whole file: seconds on a large database,
   twice its size in free disk, and it fails while another connection reads);
2. merges the caller search index (FTS5 ``optimize``): FTS5 records a deletion
   as a new marker segment and keeps the old segment, words and all, until
   segments are merged; the merge rewrites the index without them, and the old
   segments are then deleted securely as in 1;
3. checkpoints the write-ahead log into the database file and truncates it
   (``PRAGMA wal_checkpoint(TRUNCATE)``), so no old page image survives there.

Step 3 cannot finish while another connection (a second program, a backup in
progress) holds a read snapshot; ``scrub`` then says so and the caller may retry.
The zeros are only as good as the disk: an SSD may keep old blocks internally,
which is one more reason for encrypting the data folder.

On PostgreSQL ``scrub`` runs ``VACUUM`` on every table instead, which frees the
dead rows' space for reuse; the server's write-ahead log and base backups keep
the old rows until they rotate.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database, DatabaseProxy

from reception.store import door, fts

AnyDatabase = Database | DatabaseProxy


@contextmanager
def secure_delete(database: AnyDatabase) -> Iterator[None]:
    """Deletions inside overwrite the deleted bytes with zeros (this connection only).

    SQLite only: on PostgreSQL nothing changes here (``scrub`` vacuums after).
    """
    if door.is_postgres(database):
        yield
        return
    before = database.execute_sql("PRAGMA secure_delete").fetchone()[0]
    database.execute_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA secure_delete = {int(before)}")


def merge_search_index(database: AnyDatabase) -> None:
    """Rewrite the caller search index without the segments that held deleted words."""
    if fts.caller_index_exists(database):
        for table in (fts.TABLE, fts.MAIN):
            database.execute_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def truncate_wal(database: AnyDatabase) -> bool:
    """Move the log into the file and empty it; False when a reader kept it from finishing."""
    row = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    # (busy, frames in log, frames checkpointed); busy = 1 when it could not complete.
    # Not in WAL mode, the log frames come back as -1: nothing to truncate.
    return row is None or row[0] == 0


def scrub(database: AnyDatabase) -> bool:
    """Steps 2 and 3 after a secure deletion; True when the log was emptied as well."""
    if door.is_postgres(database):
        for table in [*door.table_names(database), fts.TABLE]:
            database.execute_sql(f'VACUUM "{table}"')
        return True
    with secure_delete(database):
        with database.atomic():
            merge_search_index(database)
    return truncate_wal(database)
