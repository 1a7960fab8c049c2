"""Turn a plain database into an encrypted one (SQLCipher) without losing a row.

``encrypt_database(path, passphrase)``:

1. checks the plain database (``integrity_check``) and folds its ``-wal`` in;
2. writes an encrypted copy beside it with ``sqlcipher_export`` (SQLCipher's own
   way to convert), then checks the copy with the key: ``integrity_check`` and a
   SHA-256 of every table's rows, which must equal the plain file's;
3. moves the plain original aside (``gemt-til-side/<time>_ukrypteret-original``),
   puts the encrypted copy in its place and opens it once more with the key;
4. only then overwrites the plain original with zeros and deletes it
   (``files.wipe_file``: as far as a file system allows).

A failure in steps 1–3 leaves the plain database where it was, unchanged.
Close every connection to the database first and hold the data-folder lock.
Older plain backups are not touched: ``unencrypted_copies`` lists them.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reception.safety.checks import check_file, content_digests, reading, table_counts
from reception.safety.errors import EncryptionFailed
from reception.safety.files import (
    database_files,
    fsync_dir,
    fsync_file,
    move_database,
    wipe_database,
    wipe_file,
)
from reception.safety.manifest import list_backups
from reception.safety.passphrase import problem_with_new_passphrase
from reception.safety.restore import ASIDE_FOLDER, aside_folder
from reception.store.cipher import connect, file_kind, key_pragma, sqlcipher_module

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    counts: dict[str, int]  # rows per table, the same before and after


def encrypt_database(path: Path, passphrase: str, *, now: datetime | None = None
                     ) -> EncryptResult:
    kind = file_kind(path)
    if kind == "encrypted":
        raise EncryptionFailed("Databasen er allerede krypteret.")
    if kind == "missing":
        raise EncryptionFailed(f"Der er ingen database at kryptere: {path}")
    problem = problem_with_new_passphrase(passphrase)
    if problem:
        raise EncryptionFailed(problem)
    sqlcipher_module()
    problems = check_file(path, None, full=True)
    if problems:
        raise EncryptionFailed("Databasen bestod ikke kontrollen og krypteres ikke. "
                               "Læg en god sikkerhedskopi tilbage først.", "; ".join(problems))
    plain = connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        digests = content_digests(plain)
        counts = table_counts(plain)
        user_version = int(plain.execute("PRAGMA user_version").fetchone()[0])
    finally:
        plain.close()
    partial = path.with_name(f".{path.name}.encrypting")
    try:
        export_encrypted(path, partial, passphrase, user_version)
        with reading(partial, passphrase) as encrypted:
            copied = content_digests(encrypted)
        problems = check_file(partial, passphrase, full=True)
        if problems or copied != digests or file_kind(partial) != "encrypted":
            raise EncryptionFailed("Den krypterede kopi blev ikke identisk med databasen. "
                                   "Intet er ændret.", "; ".join(problems))
        fsync_file(partial)
    except EncryptionFailed:
        wipe_database(partial)
        raise
    except Exception as error:
        wipe_database(partial)
        raise EncryptionFailed("Databasen kunne ikke krypteres. Intet er ændret.",
                               f"{type(error).__name__}: {error}") from error
    aside = aside_folder(path, "ukrypteret-original", now)
    try:
        move_database(path, aside)
        if database_files(path):
            raise OSError("en fil i datamappen kunne ikke flyttes")
        partial.replace(path)
        fsync_dir(path.parent)
        problems = check_file(path, passphrase)
        if problems:
            raise EncryptionFailed("Den krypterede database kunne ikke åbnes.", "; ".join(problems))
    except Exception as error:
        _put_back(aside / path.name, path, partial)
        if isinstance(error, EncryptionFailed):
            raise
        raise EncryptionFailed("Databasen kunne ikke krypteres. Den ukrypterede database er "
                               "lagt tilbage.", str(error)) from error
    wipe_database(aside / path.name)
    with contextlib.suppress(OSError):
        aside.rmdir()
    log.info("Databasen %s er krypteret (%d tabeller)", path, len(counts))
    return EncryptResult(path=path, counts=counts)


def export_encrypted(source: Path, target: Path, passphrase: str, user_version: int, *,
                     source_key: str | None = None) -> None:
    """``sqlcipher_export`` ``source`` (plain, or under ``source_key``) into a new file
    ``target`` encrypted with ``passphrase``."""
    wipe_database(target)
    driver = sqlcipher_module()
    connection = driver.connect(str(source), isolation_level=None)
    try:
        if source_key is not None:
            connection.execute(key_pragma(source_key))
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), passphrase))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute(f"PRAGMA encrypted.user_version = {user_version}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def _put_back(moved: Path, path: Path, partial: Path) -> None:
    """Undo step 3: the plain original back in its place."""
    if path.exists() and file_kind(path) == "encrypted":
        path.replace(partial)
    for source in database_files(moved):
        target = path.with_name(path.name + source.name[len(moved.name):])
        if not target.exists():
            shutil.move(str(source), str(target))
    wipe_database(partial)


def unencrypted_copies(data_root: Path, backup_folder: Path) -> list[Path]:
    """Plain backups and plain databases kept aside: patient data that is not encrypted."""
    found: list[Path] = [b.path for b in list_backups(backup_folder) if not b.encrypted]
    aside = data_root / ASIDE_FOLDER
    if aside.is_dir():
        found += [p for p in sorted(aside.rglob("*.sqlite3")) if file_kind(p) == "plain"]
    return found


def wipe_copies(copies: list[Path]) -> None:
    """Overwrite and delete each copy (a backup's manifest goes with it)."""
    for path in copies:
        wipe_database(path)
        manifest = path.with_suffix(".json")
        if manifest.exists():
            wipe_file(manifest)

