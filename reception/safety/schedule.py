"""When to back up: on exit, and once a day while the program runs.

Both are plain functions taking the time, for a Qt timer, the CLI and a
scheduled task alike:

    backup_now(paths, passphrase)                       # on exit, or "Tag sikkerhedskopi nu"
    run_daily_backup_if_due(paths, now, passphrase)     # from a timer, e.g. every 10 minutes

A daily backup is due when the backup folder has no backup from today (the
PC's local calendar day).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from reception.paths import DataPaths
from reception.safety.backup import make_backup
from reception.safety.manifest import BackupInfo, list_backups
from reception.safety.rotation import DEFAULT_POLICY, RotationPolicy
from reception.safety.startup import resolve_backup_folder


def backup_due(folder: Path, now: datetime) -> bool:
    """No backup in ``folder`` from ``now``'s local day (or any later one)."""
    newest = list_backups(folder)
    if not newest:
        return True
    return newest[0].created_at.astimezone().date() < now.astimezone().date()


def backup_now(paths: DataPaths, passphrase: str | None = None, *,
               now: datetime | None = None, full: bool = False,
               policy: RotationPolicy = DEFAULT_POLICY) -> BackupInfo:
    """Back up the data folder's database into its backup folder, checked and rotated."""
    folder = resolve_backup_folder(paths, passphrase)
    return make_backup(paths.database, folder, passphrase, now=now or datetime.now(UTC),
                       full=full, policy=policy)


def run_daily_backup_if_due(paths: DataPaths, now: datetime | None = None,
                            passphrase: str | None = None) -> BackupInfo | None:
    """Make today's backup unless there is one; the new backup, or None when not due."""
    now = now or datetime.now(UTC)
    if not backup_due(resolve_backup_folder(paths, passphrase), now):
        return None
    return backup_now(paths, passphrase, now=now)
