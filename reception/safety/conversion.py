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
"""

from __future__ import annotations

import contextlib
import shutil
from datetime import datetime
from pathlib import Path

from reception.private_files import create_private
from reception.safety.checks import check_file, content_digests, reading
from reception.safety.errors import EncryptionFailed
from reception.safety.files import (
    database_files,
    fsync_dir,
    fsync_file,
    move_database,
    wipe_database,
)
from reception.safety.restore import aside_folder
from reception.store.cipher import file_kind, key_pragma, sqlcipher_module


def replace_with_encrypted_copy(path: Path, key: str, *, source_key: str | None = None,
                                aside_label: str, failed: str,
                                now: datetime | None = None) -> int:
    """Steps 1–3 above; returns how many tables the database holds."""
    partial = path.with_name(f".{path.name}.converting")
    tables = _write_verified_copy(path, partial, key, source_key, failed)
    aside = aside_folder(path, aside_label, now)
    swapped = False
    try:
        move_database(path, aside)
        if database_files(path):
            raise OSError("en fil i mappen kunne ikke flyttes")
        partial.replace(path)
        swapped = True
        fsync_dir(path.parent)
        problems = check_file(path, key)
        if problems:
            raise EncryptionFailed(f"{failed} Databasen kunne ikke åbnes med den nye "
                                   "adgangskode; den oprindelige er lagt tilbage.",
                                   "; ".join(problems))
    except Exception as error:
        _put_back(aside / path.name, path, partial, swapped)
        if isinstance(error, EncryptionFailed):
            raise
        raise EncryptionFailed(f"{failed} Databasen er som før.", str(error)) from error
    wipe_database(aside / path.name)
    with contextlib.suppress(OSError):
        aside.rmdir()
        aside.parent.rmdir()  # gemt-til-side itself, when nothing else is kept there
    return tables


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
        with reading(target, key) as copy:
            copied = content_digests(copy)
        problems = check_file(target, key, full=True)
        if problems or copied != digests or file_kind(target) != "encrypted":
            raise EncryptionFailed(f"{failed} Kopien blev ikke identisk med databasen. "
                                   "Intet er ændret.", "; ".join(problems))
        fsync_file(target)
    except EncryptionFailed:
        wipe_database(target)
        raise
    except Exception as error:
        wipe_database(target)
        raise EncryptionFailed(f"{failed} Intet er ændret.",
                               f"{type(error).__name__}: {error}") from error
    return len(digests)


def _put_back(moved: Path, path: Path, partial: Path, swapped: bool) -> None:
    """Undo step 2: the original back in its place (and the copy out, if it was in)."""
    if swapped and path.exists():
        path.replace(partial)
    for source in database_files(moved):
        target = path.with_name(path.name + source.name[len(moved.name):])
        if not target.exists():
            shutil.move(str(source), str(target))
    wipe_database(partial)
