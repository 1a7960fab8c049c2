"""A new passphrase for an encrypted database and for the backups made with the old one.

For when someone who knew the passphrase leaves. ``change_passphrase``:

1. the database must open with the old passphrase and pass ``integrity_check``;
2. ``conversion.replace_with_encrypted_copy`` writes a copy under the new
   passphrase, proves it equal row for row, puts it in place and only then
   overwrites and deletes the old file;
3. each backup in the backup folder that opens with the old passphrase is
   converted the same way and its description updated. A backup that does not
   open with it (made under an even older passphrase) is left as it is and reported.

A failure in steps 1–2 leaves the database as it was. A failed backup is left
under the old passphrase and reported; the others are converted. Copies of the
database that left the PC before the change (a disk, a mail) stay readable with
the old passphrase: nothing here can reach them. Close the app and hold the
data-folder lock first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from reception.safety.checks import check_file
from reception.safety.conversion import replace_with_encrypted_copy
from reception.safety.errors import BACKUP_NOT_REKEYED, NOT_REKEYED, EncryptionFailed
from reception.safety.manifest import BackupInfo, list_backups, write_manifest
from reception.safety.passphrase import problem_with_new_passphrase
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
        raise EncryptionFailed("not_encrypted")
    problem = problem_with_new_passphrase(new)
    if problem:
        raise EncryptionFailed("passphrase_refused", problem=problem)
    if new == old:
        raise EncryptionFailed("same_passphrase")
    try:
        problems = check_file(path, old, full=True)
    except PassphraseError as error:
        raise EncryptionFailed("current_passphrase_wrong") from error
    if problems:
        raise EncryptionFailed("rekey_check_failed", detail="; ".join(problems))
    tables = replace_with_encrypted_copy(path, new, source_key=old,
                                         aside_label="gammel-adgangskode",
                                         failed=NOT_REKEYED, now=now,
                                         operation="rekey")
    log.info("Ny adgangskode til %s", path)
    result = RekeyResult(path=path, tables=tables)
    if backup_folder is not None:
        for info in list_backups(backup_folder):
            _rekey_backup(info, old, new, result, now, path.parent)
    return result


def _rekey_backup(info: BackupInfo, old: str, new: str, result: RekeyResult,
                  now: datetime | None, data_folder: Path) -> None:
    if not info.encrypted or file_kind(info.path) != "encrypted":
        return  # plain backups are reported by encrypt's unencrypted_copies
    try:
        _check_opens(info.path, old)
        replace_with_encrypted_copy(info.path, new, source_key=old,
                                    aside_label="gammel-adgangskode",
                                    failed=BACKUP_NOT_REKEYED, now=now,
                                    operation="rekey", journal_folder=data_folder)
        write_manifest(replace(info, size=info.path.stat().st_size))
    except (EncryptionFailed, OSError) as error:
        why = getattr(error, "message", None) or str(error)
        log.warning("Sikkerhedskopien %s fik ikke ny adgangskode: %s", info.path, why)
        result.backups_left.append((info.path, why))
        return
    result.backups_converted.append(info.path)


def _check_opens(path: Path, passphrase: str) -> None:
    try:
        connect(path, passphrase, read_only=True).close()
    except PassphraseError as error:
        raise EncryptionFailed("backup_old_passphrase") from error
