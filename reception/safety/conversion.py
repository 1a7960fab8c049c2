"""Replace a database file by an encrypted copy of itself, proved equal first.

Shared by encrypting a plain database (``encryption``) and giving an encrypted
one a new passphrase (``rekey``): both write a new file under a key and must not
lose a row. ``replace_with_encrypted_copy(path, key, …)``:

1. writes a copy of ``path`` (plain, or under ``source_key``) beside it with
   SQLCipher's ``sqlcipher_export``, and checks it under ``key``:
   ``integrity_check`` and a SHA-256 of every table's rows, equal to the original's;
2. moves the original aside (``gemt-til-side/<time>_<aside_label>``), puts the copy
   in its place and opens it under ``key``; on any failure the original goes back;
3. only then overwrites the original with zeros and deletes it.

A failure in 1–2 leaves ``path`` as it was and raises ``EncryptionFailed`` whose
message starts with ``failed`` ("Databasen kunne ikke krypteres.").

Steps 2–3 are journaled (``journal``): once the copy is proved equal, a journal
naming the file, its copy (with the copy's SHA-256) and the aside folder is
written before the first rename and removed last, so an interrupted run is
finished or rolled back at the next start (``recovery``).
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from reception.private_files import create_private
from reception.safety import journal
from reception.safety.checks import check_file, content_digests, problems_of, reading
from reception.safety.errors import EncryptionFailed
from reception.safety.files import (
    database_files,
    file_sha256,
    fsync_dir,
    fsync_file,
    move_back,
    move_database,
    rename,
    wipe_database,
)
from reception.safety.restore import aside_folder
from reception.store.cipher import file_kind, key_pragma, sqlcipher_module


def replace_with_encrypted_copy(path: Path, key: str, *, source_key: str | None = None,
                                aside_label: str, failed: str,
                                now: datetime | None = None, operation: str = "encrypt",
                                journal_folder: Path | None = None) -> int:
    """Steps 1–3 above; returns how many tables the database holds.

    ``journal_folder`` is the data folder (default: ``path``'s folder); ``operation``
    ("encrypt" or "rekey") is what the journal calls it.
    """
    partial = path.with_name(f".{path.name}.converting")
    tables = _write_verified_copy(path, partial, key, source_key, failed)
    aside = aside_folder(path, aside_label, now)
    try:
        entry = journal.begin(journal_folder or path.parent, operation,
                              {"target": path, "new": partial, "aside": aside},
                              digest=file_sha256(partial))
    except OSError as error:
        wipe_database(partial)
        raise EncryptionFailed("conversion_failed", detail=str(error), failed=failed) from error
    swapped = False
    try:
        move_database(path, aside)
        if database_files(path):
            raise OSError("en fil i mappen kunne ikke flyttes")
        rename(partial, path)
        swapped = True
        fsync_dir(path.parent)
        problems = check_file(path, key)
        if problems:
            raise EncryptionFailed("conversion_reopen_failed", detail="; ".join(problems),
                                   failed=failed)
    except Exception as error:
        put_back(aside / path.name, path, partial, swapped)
        remove_empty_aside(aside)
        journal.end(entry)
        if isinstance(error, EncryptionFailed):
            raise
        raise EncryptionFailed("conversion_failed", detail=str(error), failed=failed) from error
    wipe_database(aside / path.name)
    remove_empty_aside(aside)
    journal.end(entry)
    return tables


def remove_empty_aside(aside: Path) -> None:
    """The aside folder, and ``gemt-til-side`` itself when nothing else is kept there."""
    with contextlib.suppress(OSError):
        aside.rmdir()
        aside.parent.rmdir()


def export_encrypted(source: Path, target: Path, key: str, user_version: int, *,
                     source_key: str | None = None) -> None:
    """``sqlcipher_export`` ``source`` (plain, or under ``source_key``) into a new file
    ``target`` encrypted with ``key``."""
    wipe_database(target)
    create_private(target)
    driver = sqlcipher_module()
    connection = driver.connect(str(source), isolation_level=None)
    try:
        if source_key is not None:
            connection.execute(key_pragma(source_key))
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), key))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute(f"PRAGMA encrypted.user_version = {user_version}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def _write_verified_copy(source: Path, target: Path, key: str, source_key: str | None,
                         failed: str) -> int:
    try:
        with reading(source, source_key) as original:
            digests = content_digests(original)
            user_version = int(original.execute("PRAGMA user_version").fetchone()[0])
        export_encrypted(source, target, key, user_version, source_key=source_key)
        with reading(target, key) as copy:  # one key derivation for both checks
            copied = content_digests(copy)
            problems = problems_of(copy, full=True)
        if problems or copied != digests or file_kind(target) != "encrypted":
            raise EncryptionFailed("conversion_copy_differs", detail="; ".join(problems),
                                   failed=failed)
        fsync_file(target)
    except EncryptionFailed:
        wipe_database(target)
        raise
    except Exception as error:
        wipe_database(target)
        raise EncryptionFailed("conversion_nothing_changed",
                               detail=f"{type(error).__name__}: {error}", failed=failed) from error
    return len(digests)


def put_back(moved: Path, path: Path, partial: Path, swapped: bool) -> None:
    """Undo step 2: the original back in its place (and the copy out, if it was in)."""
    if swapped and path.exists():
        rename(path, partial)
    move_back(moved, path)
    wipe_database(partial)

