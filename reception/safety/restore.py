"""Put a backup back: the database in use is first moved aside, never deleted.

``restore_backup`` checks the backup (``quick_check`` and its row counts),
copies it with the backup API next to the database, checks the copy
(``integrity_check`` and row counts), and only then moves the current database
(with its ``-wal``/``-shm``) into ``gemt-til-side/<time>_foer-gendannelse/`` in
the data folder and puts the copy in its place. Any failure before that leaves
the current database exactly as it was.

All connections to the database must be closed first (the app closes its own;
the data-folder lock keeps other copies of the program away). The moves are
journaled (``journal``): an interrupted restore is finished or rolled back at
the next start (``recovery``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reception.failures import refused_by_the_folder
from reception.safety import journal
from reception.safety.backup import verify_backup
from reception.safety.checks import problems_of, reading, table_counts
from reception.safety.errors import RestoreFailed
from reception.safety.files import (
    database_files,
    file_sha256,
    fsync_dir,
    fsync_file,
    move_back,
    move_database,
    remove,
    rename,
)
from reception.safety.leftovers import ASIDE_FOLDER
from reception.safety.manifest import BackupInfo
from reception.store.cipher import PassphraseError, connect
from reception.store.migrations import SCHEMA_VERSION

log = logging.getLogger(__name__)
__all__ = ["ASIDE_FOLDER", "RestoreResult", "aside_folder", "restore_backup"]



@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    aside: Path | None  # where the previous database was moved; None when there was none


def aside_folder(database: Path, reason: str, now: datetime | None = None) -> Path:
    """A new dated folder under ``<data folder>/gemt-til-side`` for ``reason``."""
    moment = (now or datetime.now(UTC)).astimezone()
    base = database.parent / ASIDE_FOLDER / f"{moment:%Y-%m-%d_%H-%M-%S}_{reason}"
    folder, n = base, 2
    while folder.exists():
        folder = base.with_name(f"{base.name}-{n}")
        n += 1
    return folder


def restore_backup(database: Path, backup: BackupInfo, passphrase: str | None = None,
                   *, now: datetime | None = None) -> RestoreResult:
    """Replace ``database`` by ``backup``; the old file is kept aside. Raises ``RestoreFailed``."""
    if backup.encrypted and not passphrase:
        raise PassphraseError("needed")
    if backup.schema_version > SCHEMA_VERSION:
        raise RestoreFailed("backup_newer", version=backup.schema_version)
    key = passphrase if backup.encrypted else None
    problems = verify_backup(backup, key)  # quick_check here; the copy gets the full check
    if problems:
        raise RestoreFailed("backup_not_sound", detail="; ".join(problems))
    partial = database.with_name(f".{database.name}.restoring")
    try:
        _copy_back(backup.path, partial, key)
        with reading(partial, key) as connection:
            problems = problems_of(connection, full=True)
            counts = table_counts(connection)
        if problems or counts != backup.counts:
            raise RestoreFailed("restore_copy_check_failed",
                                detail="; ".join(problems) or "rækkeantal")
        fsync_file(partial)
        entry = journal.begin(database.parent, "restore", {
            "target": database, "new": partial,
            "aside": aside_folder(database, "foer-gendannelse", now),
            "backup": backup.path}, digest=file_sha256(partial))
    except RestoreFailed:
        remove(partial)
        raise
    except OSError as error:
        remove(partial)
        if refused_by_the_folder(error):
            raise  # a full disk or a read-only folder: the caller words these plainly
        raise RestoreFailed("restore_copy_failed", why=error.strerror or error) from error
    aside = None
    if database_files(database):
        aside = entry.files["aside"]
        try:
            moved = move_database(database, aside)
            if database_files(database):  # a -wal left behind would be replayed: never
                raise OSError("en fil i datamappen kunne ikke flyttes")
        except OSError as error:
            remove(partial)
            try:
                move_back(aside / database.name, database)
                journal.end(entry)
            except OSError:
                log.exception("Databasen kunne ikke flyttes tilbage; næste start prøver igen")
            raise RestoreFailed("restore_aside_failed", detail=str(error), aside=aside) from error
        log.info("Den tidligere database er flyttet til %s: %s", aside, [p.name for p in moved])
    rename(partial, database)
    fsync_dir(database.parent)
    journal.end(entry)
    log.info("Sikkerhedskopi %s lagt tilbage; den tidligere database er i %s", backup.path, aside)
    return RestoreResult(backup=backup, aside=aside)


def _copy_back(source: Path, target: Path, key: str | None) -> None:
    remove(target)
    origin = connect(source, key, read_only=True)
    try:
        copy = connect(target, key)
        try:
            origin.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        origin.close()
