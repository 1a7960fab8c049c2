"""Integrity checks, row counts and content digests of a database file, read-only.

Every function opens its own connection with ``mode=ro`` (``store.cipher.connect``),
so checking a damaged file never writes to it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reception.store.cipher import PassphraseError, connect

MAX_PROBLEMS = 100


@contextmanager
def reading(path: Path, passphrase: str | None = None) -> Iterator[Any]:
    """A read-only connection to ``path`` (keyed when ``passphrase`` is given)."""
    connection = connect(path, passphrase, read_only=True)
    try:
        yield connection
    finally:
        connection.close()


def problems_of(connection: Any, full: bool = False) -> list[str]:
    """``PRAGMA quick_check`` (or the slower ``integrity_check``): [] when the file is sound."""
    pragma = "integrity_check" if full else "quick_check"
    rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def check_file(path: Path, passphrase: str | None = None, full: bool = False) -> list[str]:
    """The problems of the database file at ``path``; [] when it is sound.

    An unreadable file (not a database, malformed, unopenable) is reported as a
    problem, not raised. A wrong passphrase raises ``PassphraseError``: that is
    no sign of damage.
    """
    if not path.is_file():
        return [f"filen findes ikke: {path}"]
    try:
        with reading(path, passphrase) as connection:
            return problems_of(connection, full)
    except PassphraseError:
        raise
    except Exception as error:  # sqlite3 and sqlcipher3 have separate exception classes
        return [f"{type(error).__name__}: {error}"]


def looks_like_damaged_plain(path: Path) -> bool:
    """A file that is no SQLite file by its header, yet whose pages are not encrypted.

    SQLCipher encrypts every page whole (free space and all), so its bytes look
    random: about one in 256 is zero, and no schema text can be read. A plain
    database whose header was damaged still shows its ``CREATE TABLE`` text and the
    zeros of its free space. Such a file must not be asked a passphrase for.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(256 * 1024)
    except OSError:
        return False
    if len(head) < 1024:
        return False
    return b"CREATE TABLE" in head or head.count(0) > len(head) // 20


def table_names(connection: Any) -> list[str]:
    """Every ordinary table (FTS shadow tables included), sorted."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [row[0] for row in rows]


def table_counts(connection: Any) -> dict[str, int]:
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in table_names(connection)
    }


def content_digests(connection: Any) -> dict[str, str]:
    """A SHA-256 per table over every row in rowid order: equal digests, equal content."""
    digests: dict[str, str] = {}
    for name in table_names(connection):
        digest = hashlib.sha256()
        try:
            cursor = connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
        except Exception:  # a WITHOUT ROWID table (FTS5's index): order by every column
            width = len(connection.execute(f'SELECT * FROM "{name}" LIMIT 0').description)
            order = ", ".join(str(n) for n in range(1, width + 1))
            cursor = connection.execute(f'SELECT * FROM "{name}" ORDER BY {order}')
        for row in cursor:
            digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
        digests[name] = digest.hexdigest()
    return digests
