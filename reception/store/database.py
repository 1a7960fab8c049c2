"""The database proxy every model uses, and how a database file is opened."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from peewee import DatabaseError, DatabaseProxy, Model, SqliteDatabase

from reception.store.file_identity import FileIdentityMixin

db = DatabaseProxy()
log = logging.getLogger(__name__)

# WAL lets the UI read while a write is in progress; NORMAL sync is durable across
# application crashes (PITFALLS: 30 SIGKILLs lost no commit). busy_timeout rides out
# a short lock by another process instead of failing at once. A 32 MB page cache
# (SQLite's default is 2 MB) keeps the pages a desk keeps going back to - the caller
# search's index, the callers on screen and their call counts - in memory (issue 14:
# the call counts of a note-only caller search were reread from disk on every key).
CACHE_KIB = 32 * 1024
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -CACHE_KIB,  # negative: KiB, not pages
}


class _PlainDatabase(FileIdentityMixin, SqliteDatabase):
    """SQLite that refuses writes into a deleted or replaced file (``file_identity``)."""


class BaseModel(Model):
    class Meta:
        database = db


def make_database(path: Path, passphrase: str | None = None,
                  busy_timeout_ms: int = 5000) -> SqliteDatabase:
    """An unopened peewee database for ``path``: SQLCipher when it is (or will be) encrypted.

    An encrypted file needs ``passphrase`` (``PassphraseError("needed")`` without
    it). A new file is created encrypted when a passphrase is given. A plain file
    stays plain: the passphrase is not needed and is ignored (``encrypt_database``
    in ``reception.safety`` converts it).
    """
    from reception.store.cipher import PassphraseError, file_kind, sqlcipher_module

    pragmas = {**PRAGMAS, "busy_timeout": busy_timeout_ms}
    kind = file_kind(path)
    if kind == "encrypted" and not passphrase:
        raise PassphraseError("needed")
    if kind in ("plain", "unknown") or not passphrase:
        if passphrase and kind == "plain":
            log.warning("Databasen %s er ikke krypteret; adgangskoden bruges ikke", path)
        return _PlainDatabase(str(path), pragmas=pragmas)
    sqlcipher_module()  # a clear error when the driver is missing
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    class _CipherDatabase(FileIdentityMixin, SqlCipherDatabase):
        """SQLCipher that refuses writes into a deleted or replaced file."""

    return _CipherDatabase(str(path), passphrase=passphrase, pragmas=pragmas)


def open_database(path: Path, passphrase: str | None = None,
                  busy_timeout_ms: int = 5000) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path``, bind the proxy, migrate.

    An encrypted file (SQLCipher) needs its ``passphrase``; a missing or wrong one
    raises ``PassphraseError`` (``reception.store.cipher``) before anything is
    written. A new file is created encrypted when a passphrase is given, but never
    while data lies set aside or in an interrupted operation's files, nor over an
    empty file while backups exist (``StorageUnavailable``: ``data_elsewhere``,
    ``empty_with_backups``). Also repairs the caller search index if a trigger went
    missing. A locked, read-only or unreadable file raises ``StorageUnavailable``.
    """
    from reception.private_files import create_private
    from reception.safety.leftovers import refusal_for_new_database
    from reception.store import fts
    from reception.store.cipher import PassphraseError, is_encrypted
    from reception.store.errors import StorageUnavailable, storage_guard
    from reception.store.migrations import migrate

    path.parent.mkdir(parents=True, exist_ok=True)
    refusal = refusal_for_new_database(path)
    if refusal:  # data lies elsewhere: a new, empty file would hide it
        raise StorageUnavailable(refusal, str(path))
    with contextlib.suppress(OSError):  # an unwritable folder: SQLite says so below
        create_private(path)  # a new database (and so its -wal/-shm) readable by the user alone
    encrypted = is_encrypted(path)
    database = make_database(path, passphrase, busy_timeout_ms)
    db.initialize(database)
    with storage_guard():
        try:
            database.connect(reuse_if_open=True)
        except DatabaseError as error:
            if encrypted and "not a database" in str(error).lower():
                raise PassphraseError("wrong") from error
            raise
        migrate(database)
        fts.ensure_caller_index(database)
    return database


def migrate_file(path: Path, passphrase: str | None = None) -> bool:
    """Bring the file's schema up to date and close it again; True when it migrated.

    For a worker thread at start, before the app opens the database for good: a
    migration can take seconds on a large database (schema 6 at 100,000 callers:
    4 s) and the window stays usable meanwhile. peewee's connections belong to
    their thread, so this one is closed here and the app opens its own after.
    Nothing else may use the database until it returns. A missing file is left
    for ``open_database`` to create; a current one costs one read.
    """
    from reception.store.cipher import connect, file_kind
    from reception.store.migrations import SCHEMA_VERSION, stored_version

    kind = file_kind(path)
    if kind == "missing":
        return False
    raw = connect(path, passphrase if kind == "encrypted" else None, read_only=True)
    try:
        version = stored_version(raw)
    finally:
        raw.close()
    if version >= SCHEMA_VERSION:
        return False
    database = open_database(path, passphrase)
    database.close()
    log.info("Databasen er opdateret fra skema %s til %s", version, SCHEMA_VERSION)
    return True
