"""Backups with SQLite's online backup API, checked after writing, kept in rotation.

``make_backup`` copies the live database (the app may keep working: the copy is
one consistent snapshot, its ``-wal`` included) to a temporary file in the backup
folder, turns it into a single self-contained file (journal mode DELETE), checks
it (``PRAGMA quick_check``, or ``integrity_check`` with ``full=True``, and the row
count of every table against the source in the same snapshot), flushes it to disk,
renames it into place and writes its manifest. A backup that fails is removed and
``BackupFailed`` raised; older backups are untouched. An encrypted database gives
an encrypted backup with the same passphrase. A journal in the data folder
(``journal``) names the temporary file while it exists, so a backup that was
killed half-way leaves nothing behind after the next start (``recovery``).
"""

from __future__ import annotations

import errno
import logging
from datetime import UTC, datetime
from pathlib import Path

from reception import __version__
from reception.safety import journal
from reception.safety.checks import problems_of, reading, table_counts
from reception.safety.errors import BackupFailed
from reception.safety.files import COMPANIONS, fsync_dir, fsync_file, remove, rename, wipe_file
from reception.safety.manifest import (
    PREFIX,
    SUFFIX,
    BackupInfo,
    list_backups,
    write_manifest,
)
from reception.safety.rotation import DEFAULT_POLICY, RotationPolicy, backups_to_remove
from reception.store.cipher import PassphraseError, connect, file_kind
from reception.store.errors import classify
from reception.store.migrations import stored_version

log = logging.getLogger(__name__)

REMOVING = ".removing"  # a backup the rotation is deleting


def _name_for(folder: Path, moment: datetime) -> Path:
    stem = f"{PREFIX}{moment.astimezone():%Y-%m-%d_%H-%M-%S}"
    candidate = folder / f"{stem}{SUFFIX}"
    n = 2
    while candidate.exists() or candidate.with_suffix(".json").exists():
        candidate = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return candidate


def _os_failure(error: OSError, folder: Path, detail: str) -> BackupFailed:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return BackupFailed("backup_folder_full", detail=detail, folder=folder)
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EROFS):
        return BackupFailed("backup_folder_forbidden", detail=detail, folder=folder)
    return BackupFailed("backup_not_written", detail=detail, folder=folder,
                        why=error.strerror or error)


def _folder_problem(error: Exception) -> OSError | None:
    """A SQLite error that can only come from writing the copy, as the OSError it stands for.

    The source is opened read-only and never written, so a full disk or a
    read-only file is the backup folder's.
    """
    reason = classify(error)
    if reason == "disk_full":
        return OSError(errno.ENOSPC, "No space left on device")
    if reason == "read_only":
        return OSError(errno.EROFS, "Read-only file system")
    return None


def make_backup(
    database: Path,
    folder: Path,
    passphrase: str | None = None,
    *,
    now: datetime | None = None,
    full: bool = False,
    policy: RotationPolicy | None = DEFAULT_POLICY,
) -> BackupInfo:
    """Back up ``database`` into ``folder``, check it, then rotate (unless ``policy`` is None).

    ``passphrase`` is needed when the database is encrypted (``PassphraseError``
    otherwise). Raises ``BackupFailed`` with a Danish message when the copy could
    not be written or did not pass its check; nothing is left behind then.
    """
    now = now or datetime.now(UTC)
    kind = file_kind(database)
    if kind == "missing":
        raise BackupFailed("no_database_to_back_up", database=database)
    if kind == "encrypted" and not passphrase:
        raise PassphraseError("needed")
    key = passphrase if kind == "encrypted" else None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise _os_failure(error, folder, str(error)) from error
    target = _name_for(folder, now)
    partial = folder / f".{target.name}.partial"
    entry = _begin_journal(database, partial, target)
    try:
        counts, version = _copy(database, partial, key)
        problems, copied = _check(partial, key, full)
        if problems:
            raise BackupFailed("backup_check_failed", detail="; ".join(problems))
        if copied != counts:
            raise BackupFailed("backup_rows_differ", detail=f"{copied} != {counts}")
        fsync_file(partial)
        rename(partial, target)
        info = BackupInfo(
            path=target, created_at=now.astimezone(UTC), size=target.stat().st_size,
            schema_version=version, counts=counts, encrypted=key is not None, verified=True,
            check="integrity_check" if full else "quick_check", app_version=__version__,
            source=str(database),
        )
        write_manifest(info)
        fsync_dir(folder)
        if entry is not None:
            journal.end(entry)
    except BackupFailed:
        _discard(entry, partial, target)
        raise
    except PassphraseError:
        _discard(entry, partial, target)
        raise
    except OSError as error:
        _discard(entry, partial, target)
        raise _os_failure(error, folder, str(error)) from error
    except Exception as error:  # sqlite3 / sqlcipher3 errors
        _discard(entry, partial, target)
        folder_problem = _folder_problem(error)
        if folder_problem is not None:  # the copy could not be written, not the source read
            raise _os_failure(folder_problem, folder,
                              f"{type(error).__name__}: {error}") from error
        raise BackupFailed("backup_source_unreadable",
                           detail=f"{type(error).__name__}: {error}") from error
    log.info("Sikkerhedskopi %s (%s, %s)", target, info.size_text, info.holds_text)
    if policy is not None:
        prune_backups(folder, policy, wipe_plain=info.encrypted)
    return info


def _begin_journal(database: Path, partial: Path, target: Path) -> journal.Journal | None:
    """The backup's journal; None when the data folder is read-only (a scheduled task
    under another account may back up from it): the backup only loses its clean-up."""
    try:
        return journal.begin(database.parent, "backup",
                             {"source": database, "new": partial, "backup": target})
    except OSError as error:
        log.warning("Sikkerhedskopiens journal kunne ikke skrives i %s: %s",
                    database.parent, error)
        return None


def _copy(database: Path, partial: Path, key: str | None) -> tuple[dict[str, int], int]:
    """Copy with the backup API; the counts and version of the same snapshot."""
    remove(partial)
    source = connect(database, key, read_only=True)
    try:
        source.execute("BEGIN")  # one read snapshot for the counts and the copy alike
        counts = table_counts(source)
        version = stored_version(source)
        target = connect(partial, key)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        source.execute("COMMIT")
    finally:
        source.close()
    return counts, version


def _check(path: Path, key: str | None, full: bool) -> tuple[list[str], dict[str, int]]:
    with reading(path, key) as connection:
        return problems_of(connection, full), table_counts(connection)


def _discard(entry: journal.Journal | None, *paths: Path) -> None:
    """Remove a failed backup's files (with the -journal a failed SQLite write leaves),
    then the operation's journal (kept when a file stays)."""
    left = False
    for path in paths:
        try:
            remove(path)
            for companion in COMPANIONS:
                remove(Path(f"{path}{companion}"))
            if path.suffix == SUFFIX:
                remove(path.with_suffix(".json"))
        except OSError:
            left = True
            log.warning("Kunne ikke fjerne %s", path)
    if entry is not None and not left:
        try:
            journal.end(entry)
        except OSError:
            log.warning("Kunne ikke fjerne journalen %s", entry.path)


def verify_backup(info: BackupInfo, passphrase: str | None = None, full: bool = False
                  ) -> list[str]:
    """Check a backup again (file readable, sound, same row counts as its manifest)."""
    from reception.safety.checks import check_file

    if not info.path.is_file():
        return [f"filen mangler: {info.path}"]
    key = passphrase if info.encrypted else None
    if info.encrypted and not passphrase:
        return ["sikkerhedskopien er krypteret; adgangskoden mangler"]
    try:
        problems = check_file(info.path, key, full)
        if problems:
            return problems
        with reading(info.path, key) as connection:
            counts = table_counts(connection)
    except PassphraseError as error:
        return [error.message]
    except Exception as error:
        return [f"{type(error).__name__}: {error}"]
    if counts != info.counts:
        return ["antallet af rækker passer ikke med sikkerhedskopiens manifest"]
    return []


def newest_good_backup(folder: Path, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes ``verify_backup`` now."""
    for info in list_backups(folder):
        if info.verified and not verify_backup(info, passphrase):
            return info
    return None


def prune_backups(folder: Path, policy: RotationPolicy = DEFAULT_POLICY, *,
                  wipe_plain: bool = False) -> list[BackupInfo]:
    """Remove the backups the rotation no longer keeps; the removed ones, newest first.

    With ``wipe_plain`` (the database is encrypted now) an unencrypted backup is
    overwritten before it is deleted (``files.wipe_file``).
    """
    removed = backups_to_remove(list_backups(folder), policy)
    for info in removed:
        try:
            # Hidden first, then unlisted: a rotation killed half-way leaves a hidden
            # copy that the next start removes (recovery), never a listed broken backup.
            hidden = info.path.with_name(f".{info.path.name}{REMOVING}")
            rename(info.path, hidden)
            remove(info.manifest_path)
            if wipe_plain and not info.encrypted:
                wipe_file(hidden)
            remove(hidden)
        except OSError as error:
            log.warning("Gammel sikkerhedskopi kunne ikke slettes: %s (%s)", info.path, error)
    return removed
