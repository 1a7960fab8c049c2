"""The safety side of one run of the app: the folder lock, the passphrase, the backups.

``SafetySession`` is what ``ui.safety.startup.start_safely`` returns once the
folder is locked, the passphrase known and the database checked::

    session.open()              # open_database(paths.database, passphrase)
    session.tick(now)           # every few minutes: lock heartbeat + daily backup if due
    session.finish()            # on exit: backup, then release the lock

The app splits ``tick`` in two: ``refresh_lock`` on its own thread, and
``daily_backup`` on a worker thread, so that a backup of a large database never
freezes the window. The backup reads through its own read-only connection (never
the app's), and in WAL mode the app goes on writing meanwhile.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from peewee import Database

from reception.paths import DataPaths
from reception.safety.errors import BackupFailed
from reception.safety.lock import DataFolderLock
from reception.safety.manifest import BackupInfo
from reception.safety.schedule import backup_now, run_daily_backup_if_due
from reception.store.cipher import PassphraseError

log = logging.getLogger(__name__)


@dataclass
class SafetySession:
    paths: DataPaths
    lock: DataFolderLock
    passphrase: str | None = None
    last_error: str | None = None  # Danish, for a status line

    def open(self) -> Database:
        """Open (or, after a restore, reopen) this desk's database: file or server."""
        from reception.store import open_store

        return open_store(self.paths.target, self.passphrase)

    def tick(self, now: datetime | None = None) -> BackupInfo | None:
        """Renew the lock's heartbeat; make the daily backup when due (never raises)."""
        now = now or datetime.now(UTC)
        self.refresh_lock(now)
        return self.daily_backup(now)

    def refresh_lock(self, now: datetime | None = None) -> None:
        self.lock.refresh(now or datetime.now(UTC))

    def daily_backup(self, now: datetime | None = None) -> BackupInfo | None:
        """Today's backup if there is none yet; never raises (``last_error`` says why)."""
        now = now or datetime.now(UTC)
        if self.paths.server:  # the server's own backups (README); a snapshot with `backup`
            return None
        try:
            info = run_daily_backup_if_due(self.paths, now, self.passphrase)
        except (BackupFailed, PassphraseError) as error:
            log.error("Daglig sikkerhedskopi mislykkedes: %s", error)
            self.last_error = error.message
            return None
        if info is not None:
            self.last_error = None
        return info

    def backup(self, now: datetime | None = None) -> BackupInfo | None:
        """A backup now (on exit); None with ``last_error`` when it failed (logged).
        None on a server: its snapshot is ``python -m reception backup``'s (README)."""
        if self.paths.server:
            return None
        try:
            info = backup_now(self.paths, self.passphrase, now=now)
        except (BackupFailed, PassphraseError) as error:
            log.error("Sikkerhedskopi mislykkedes: %s", error)
            self.last_error = error.message
            return None
        self.last_error = None
        return info

    def finish(self, *, backup: bool = True) -> BackupInfo | None:
        """On exit, after the database was closed: a backup, then release the folder."""
        try:
            wanted = backup and not self.paths.server and self.paths.database.exists()
            return self.backup() if wanted else None
        finally:
            self.lock.release()
