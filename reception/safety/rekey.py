"""A new passphrase for an encrypted database and for the backups made with the old one.

For when someone who knew the passphrase leaves. ``change_passphrase``:

1. the database must open with the old passphrase and pass ``integrity_check``;
2. a copy under the new passphrase is written beside it (``sqlcipher_export``) and
   checked with the new one: ``integrity_check`` and a SHA-256 of every table's
   rows, which must equal the original's;
3. the original moves aside, the copy takes its place and opens with the new
   passphrase; then the old file is overwritten and deleted;
4. each backup in the backup folder that opens with the old passphrase is
   converted the same way (copy, compare, replace) and its description updated.
   A backup that does not open with it (made under an even older passphrase) is
   left as it is and reported.

A failure in steps 1–3 leaves the database as it was. A failed backup is left
under the old passphrase and reported; the others are converted. Copies of the
database that left the PC before the change (a disk, a mail) stay readable with
the old passphrase: nothing here can reach them. Close the app and hold the
data-folder lock first.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from reception.safety.checks import check_file, content_digests, reading
from reception.safety.encryption import export_encrypted
from reception.safety.errors import EncryptionFailed
from reception.safety.files import (
    database_files,
    fsync_dir,
    fsync_file,
    move_database,
    wipe_database,
)
from reception.safety.manifest import BackupInfo, list_backups, write_manifest
from reception.safety.passphrase import problem_with_new_passphrase
from reception.safety.restore import aside_folder
from reception.store.cipher import PassphraseError, connect, file_kind

log = logging.getLogger(__name__)


@dataclass
class RekeyResult:
    path: Path
    tables: int
    backups_converted: list[Path] = field(default_factory=list)
    backups_left: list[tuple[Path, str]] = field(default_factory=list)  # path, why


def change_passphrase(path: Path, old: str, new: str, backup_folder: Path | None = None, *,
                      now: datetime | None = None) -> RekeyResult:
    if file_kind(path) != "encrypted":
        raise EncryptionFailed("Databasen er ikke krypteret; brug 'encrypt' for at kryptere den.")
    problem = problem_with_new_passphrase(new)
    if problem:
        raise EncryptionFailed(problem)
    if new == old:
        raise EncryptionFailed("Den nye adgangskode er den samme som den gamle.")
    try:
        problems = check_file(path, old, full=True)
    except PassphraseError as error:
        raise EncryptionFailed("Den nuværende adgangskode passer ikke til databasen.") from error
    if problems:
        raise EncryptionFailed("Databasen bestod ikke kontrollen og får ikke ny adgangskode. "
                               "Læg en god sikkerhedskopi tilbage først.", "; ".join(problems))
    partial = path.with_name(f".{path.name}.rekeying")
    tables = _convert_copy(path, partial, old, new)
    aside = aside_folder(path, "gammel-adgangskode", now)
    swapped = False
    try:
        move_database(path, aside)
        if database_files(path):
            raise OSError("en fil i datamappen kunne ikke flyttes")
        partial.replace(path)
        swapped = True
        fsync_dir(path.parent)
        problems = check_file(path, new)
        if problems:
            raise EncryptionFailed("Databasen kunne ikke åbnes med den nye adgangskode.",
                                   "; ".join(problems))
    except Exception as error:
        _put_back(aside / path.name, path, partial, swapped)
        if isinstance(error, EncryptionFailed):
            raise
        raise EncryptionFailed("Adgangskoden kunne ikke skiftes. Databasen er som før.",
                               str(error)) from error
    wipe_database(aside / path.name)
    with contextlib.suppress(OSError):
        aside.rmdir()
    log.info("Ny adgangskode til %s", path)
    result = RekeyResult(path=path, tables=tables)
    if backup_folder is not None:
        for info in list_backups(backup_folder):
            _rekey_backup(info, old, new, result)
    return result


def _convert_copy(source: Path, target: Path, old: str, new: str) -> int:
    """Write ``source`` (under ``old``) to ``target`` under ``new`` and prove them equal."""
    try:
        with reading(source, old) as original:
            digests = content_digests(original)
            user_version = int(original.execute("PRAGMA user_version").fetchone()[0])
        export_encrypted(source, target, new, user_version, source_key=old)
        with reading(target, new) as copy:
            copied = content_digests(copy)
        problems = check_file(target, new, full=True)
        if problems or copied != digests or file_kind(target) != "encrypted":
            raise EncryptionFailed("Kopien med den nye adgangskode blev ikke identisk. "
                                   "Intet er ændret.", "; ".join(problems))
        fsync_file(target)
    except EncryptionFailed:
        wipe_database(target)
        raise
    except Exception as error:
        wipe_database(target)
        raise EncryptionFailed("Adgangskoden kunne ikke skiftes. Intet er ændret.",
                               f"{type(error).__name__}: {error}") from error
    return len(digests)


def _rekey_backup(info: BackupInfo, old: str, new: str, result: RekeyResult) -> None:
    if not info.encrypted or file_kind(info.path) != "encrypted":
        return  # plain backups are reported by encrypt's unencrypted_copies
    partial = info.path.with_name(f".{info.path.name}.rekeying")
    try:
        _check_opens(info.path, old)
        _convert_copy(info.path, partial, old, new)
        os.replace(partial, info.path)
        fsync_dir(info.path.parent)
        write_manifest(replace(info, size=info.path.stat().st_size))
    except (EncryptionFailed, OSError) as error:
        wipe_database(partial)
        why = getattr(error, "message", None) or str(error)
        log.warning("Sikkerhedskopien %s fik ikke ny adgangskode: %s", info.path, why)
        result.backups_left.append((info.path, why))
        return
    result.backups_converted.append(info.path)


def _check_opens(path: Path, passphrase: str) -> None:
    try:
        connect(path, passphrase, read_only=True).close()
    except PassphraseError as error:
        raise EncryptionFailed("åbner ikke med den gamle adgangskode (en endnu ældre?)") \
            from error


def _put_back(moved: Path, path: Path, partial: Path, swapped: bool) -> None:
    """Undo step 3: the original back in its place (the copy, if it was moved in, out)."""
    if swapped and path.exists():
        path.replace(partial)
    for source in database_files(moved):
        target = path.with_name(path.name + source.name[len(moved.name):])
        if not target.exists():
            os.replace(source, target)
    wipe_database(partial)
