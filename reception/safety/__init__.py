"""Data safety: backups, restore, the check at start, the data-folder lock, encryption.

No Qt. The start of the app, in order (see the README's "Data and privacy")::

    lock = DataFolderLock(paths.root).acquire()          # FolderLocked: refuse to start
    passphrase = passphrase_from_environment()           # or ask, when needs_passphrase()
    check_at_start(paths, passphrase)                    # PassphraseError / DatabaseDamaged
    open_database(paths.database, passphrase)
    ... run_daily_backup_if_due(paths, now, passphrase)  # from a timer; lock.refresh()
    backup_now(paths, passphrase); lock.release()        # on exit

Backups (``backup``, ``rotation``, ``manifest``)
    make_backup(database, folder, passphrase=None) -> BackupInfo   (checked; rotated)
    list_backups(folder) -> [BackupInfo] newest first; newest_good_backup(folder, passphrase)
    verify_backup(info, passphrase=None, full=False) -> [problem]
    prune_backups(folder, policy); backups_to_keep(backups, policy); RotationPolicy(7, 4, 12)
    backup_now(paths, passphrase); run_daily_backup_if_due(paths, now, passphrase)
    resolve_backup_folder(paths, passphrase); set_backup_folder(paths, folder)   (settings)

Restore (``restore``)
    restore_backup(database, info, passphrase=None) -> RestoreResult  (old file kept aside)

Encryption (``encryption``, ``passphrase``; ``reception.store.cipher``)
    needs_passphrase(path); encrypt_database(path, passphrase) -> EncryptResult
    unencrypted_copies(root, backup_folder); wipe_copies(paths)
    passphrase_from_environment() (RECEPTION_PASSPHRASE); problem_with_new_passphrase(p, repeat)

Screen lock settings (``settings``)
    idle_lock_minutes(); set_idle_lock_minutes(n); has_pin(); set_pin(pin); verify_pin(pin)

Interrupted operations (``journal``, ``recovery``, ``leftovers``)
    every restore, encrypt, passphrase change and backup writes a journal first;
    recover_if_free(paths) / finish_interrupted(paths) settle them at the next start

Errors (``errors``), each with a Danish ``message``
    SafetyError > DatabaseDamaged, FolderLocked, BackupFailed, RestoreFailed, EncryptionFailed,
    DataElsewhere;
    PassphraseError (``reason`` "needed" / "wrong" / "driver")
"""

from pathlib import Path

from reception.safety.backup import make_backup, newest_good_backup, prune_backups, verify_backup
from reception.safety.checks import check_file
from reception.safety.encryption import (
    EncryptResult,
    encrypt_database,
    unencrypted_copies,
    wipe_copies,
)
from reception.safety.errors import (
    BackupFailed,
    DatabaseDamaged,
    DataElsewhere,
    EncryptionFailed,
    FolderLocked,
    RestoreFailed,
    SafetyError,
)
from reception.safety.lock import DataFolderLock
from reception.safety.manifest import BackupInfo, list_backups
from reception.safety.passphrase import (
    PASSPHRASE_ENV,
    passphrase_from_environment,
    problem_with_new_passphrase,
)
from reception.safety.restore import RestoreResult, restore_backup
from reception.safety.rotation import DEFAULT_POLICY, RotationPolicy, backups_to_keep
from reception.safety.schedule import backup_due, backup_now, run_daily_backup_if_due
from reception.safety.settings import (
    has_pin,
    idle_lock_minutes,
    set_backup_folder,
    set_idle_lock_minutes,
    set_pin,
    verify_pin,
)
from reception.safety.startup import check_at_start, resolve_backup_folder
from reception.store.cipher import PassphraseError, file_kind


def needs_passphrase(database: Path) -> bool:
    """True when the database file is encrypted (ask for the passphrase before opening).

    A plain database with a damaged header is not: it is reported as damaged
    (``check_at_start``), with the newest good backup, instead.
    """
    from reception.safety.checks import looks_like_damaged_plain

    return file_kind(database) == "encrypted" and not looks_like_damaged_plain(database)


__all__ = [
    "DEFAULT_POLICY", "PASSPHRASE_ENV", "BackupFailed", "BackupInfo", "DataElsewhere",
    "DataFolderLock",
    "DatabaseDamaged", "EncryptResult", "EncryptionFailed", "FolderLocked", "PassphraseError",
    "RestoreFailed", "RestoreResult", "RotationPolicy", "SafetyError",
    "backup_due", "backup_now", "backups_to_keep", "check_at_start", "check_file",
    "encrypt_database", "has_pin", "idle_lock_minutes", "list_backups", "make_backup",
    "needs_passphrase", "newest_good_backup", "passphrase_from_environment",
    "problem_with_new_passphrase", "prune_backups", "resolve_backup_folder", "restore_backup",
    "run_daily_backup_if_due", "set_backup_folder", "set_idle_lock_minutes", "set_pin",
    "unencrypted_copies", "verify_backup", "verify_pin", "wipe_copies",
]
