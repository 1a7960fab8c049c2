"""Encrypted database files (SQLCipher): recognising them and opening them with a key.

A plain SQLite file begins with the 16 bytes ``SQLite format 3\\0``; a SQLCipher
file begins with a random salt. ``file_kind`` tells the two apart without opening
the file. A file of either kind is always opened with its own driver: plain files
with the standard library's ``sqlite3``, encrypted ones with ``sqlcipher3`` (which
bundles its own SQLite). Two SQLite libraries on one file in one process would
release each other's POSIX locks, so never mix them on the same file at once.

The key is the clinic's passphrase, turned into a key by SQLCipher's PBKDF2
(≈ 125 ms per connection, PITFALLS).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Literal

from reception.errors import QT_TR_NOOP, ReceptionError

SQLITE_HEADER = b"SQLite format 3\x00"

FileKind = Literal["missing", "plain", "encrypted", "unknown"]

MESSAGES = {
    "needed": QT_TR_NOOP(
        "Databasen er krypteret. Skriv klinikkens adgangskode for at åbne den "
        "(eller sæt miljøvariablen RECEPTION_PASSPHRASE)."
    ),
    "wrong": QT_TR_NOOP(
        "Adgangskoden passer ikke til databasen. Prøv igen – store og små bogstaver tæller. "
        "Passer den stadig ikke, kan filen være beskadiget."
    ),
    "driver": QT_TR_NOOP(
        "Databasen er krypteret, men programmet mangler krypteringsmodulet (sqlcipher3). "
        "Kontakt jeres IT-ansvarlige."
    ),
}


class PassphraseError(ReceptionError, RuntimeError):
    """An encrypted database needs a passphrase, or was given the wrong one.

    ``reason`` (also ``code``) is one of ``MESSAGES``' keys.
    """

    messages = MESSAGES

    @property
    def reason(self) -> str:
        return self.code


def file_kind(path: Path) -> FileKind:
    """``missing`` (absent or empty: a new database), ``plain``, ``encrypted``, or
    ``unknown`` (neither: a damaged file, opened as plain so SQLite reports it)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return "missing"
    if not header:
        return "missing"
    if header == SQLITE_HEADER:
        return "plain"
    # SQLCipher writes whole pages (512 bytes at the least); anything else is no
    # encrypted database but a damaged file, which SQLite itself reports as such.
    size = path.stat().st_size
    return "encrypted" if size >= 512 and size % 512 == 0 else "unknown"


def is_encrypted(path: Path) -> bool:
    return file_kind(path) == "encrypted"


_quiet = False


def sqlcipher_module() -> Any:
    """``sqlcipher3.dbapi2``; ``PassphraseError("driver")`` when it is not installed."""
    global _quiet
    try:
        from sqlcipher3 import dbapi2
    except ImportError as error:  # pragma: no cover - it is a pinned dependency
        raise PassphraseError("driver") from error
    if not _quiet:
        # SQLCipher writes every failed key check to stderr; we report it ourselves.
        connection = dbapi2.connect(":memory:")
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.close()
        _quiet = True
    return dbapi2


def key_pragma(passphrase: str, schema: str = "main") -> str:
    """``PRAGMA main.key = '…'`` with the passphrase quoted (pragmas take no parameters)."""
    quoted = passphrase.replace("'", "''")
    return f"PRAGMA {schema}.key = '{quoted}'"


def connect(
    path: Path, passphrase: str | None = None, *, read_only: bool = False, timeout: float = 5.0
) -> Any:
    """A raw DB-API connection: ``sqlite3`` when ``passphrase`` is None, else keyed ``sqlcipher3``.

    ``read_only`` opens with ``mode=ro``: nothing is ever written, not even a WAL
    checkpoint, so a damaged file stays exactly as it was. With a passphrase the
    key is checked at once: a wrong one raises ``PassphraseError("wrong")``.
    """
    if not read_only:
        from reception.private_files import create_private

        create_private(path)  # a new file readable by the user alone, as are its -wal/-shm
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"
    if passphrase is None:
        return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    driver = sqlcipher_module()
    connection = driver.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    try:
        connection.execute(key_pragma(passphrase))
        check_key(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def check_key(connection: Any) -> None:
    """Read the schema once: SQLCipher reports a wrong key as 'file is not a database'."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as error:
        if "not a database" in str(error).lower():
            raise PassphraseError("wrong") from error
        raise
