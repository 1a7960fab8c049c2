"""One copy of the program per data folder, on this PC or any other.

``DataFolderLock(root).acquire()`` takes an operating-system lock on
``reception.lock`` in the data folder (``flock`` on Linux and macOS, a byte-range
lock on Windows, which a Windows file share enforces too) and writes who holds
it (PC name, process id, user, since when) to ``reception.lock.json``. The OS
releases the lock when the process ends, even when it is killed, so a crash
never leaves the folder locked.

Network shares do not always pass OS locks on (SMB from Linux, some NAS boxes),
so the owner file is a second guard: while it names another PC and its
``heartbeat`` (renewed by ``refresh()``, every minute by the app) is younger than
``stale_after``, the folder counts as taken even when the OS lock was granted.
SQLite itself is unreliable on network drives (README): keep the data local.

Reading commands (``backup``, ``check``) need no lock; ``restore``, ``encrypt``
and the app take it.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import platform
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from reception.os_lock import try_lock, unlock
from reception.paths import LOCK_FILE
from reception.safety.errors import FolderLocked

OWNER_FILE = "reception.lock.json"
STALE_AFTER = timedelta(minutes=10)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


def describe_owner(owner: dict[str, Any]) -> str:
    """``PC »RECEPTION-1«, bruger mette, siden 1. maj 2024 kl. 08.30``."""
    from reception.safety.manifest import danish_time

    parts = []
    if owner.get("host"):
        parts.append(f"PC »{owner['host']}«")
    if owner.get("user"):
        parts.append(f"bruger {owner['user']}")
    if owner.get("pid"):
        parts.append(f"proces {owner['pid']}")
    with contextlib.suppress(KeyError, ValueError, TypeError):
        parts.append(f"siden {danish_time(datetime.fromisoformat(owner['since']))}")
    return ", ".join(parts)


class DataFolderLock:
    def __init__(self, root: Path, *, stale_after: timedelta = STALE_AFTER) -> None:
        self.root = root
        self.stale_after = stale_after
        self._handle: IO[bytes] | None = None
        self._since: datetime | None = None

    @property
    def lock_path(self) -> Path:
        return self.root / LOCK_FILE

    @property
    def owner_path(self) -> Path:
        return self.root / OWNER_FILE

    @property
    def held(self) -> bool:
        return self._handle is not None

    def read_owner(self) -> dict[str, Any]:
        try:
            data = json.loads(self.owner_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def acquire(self, now: datetime | None = None) -> DataFolderLock:
        """Take the folder, or raise ``FolderLocked`` naming who has it."""
        if self._handle is not None:
            return self
        now = now or datetime.now(UTC)
        self.root.mkdir(parents=True, exist_ok=True)
        handle = self.lock_path.open("a+b")
        if not try_lock(handle):
            handle.close()
            raise FolderLocked(describe_owner(self.read_owner()))
        owner = self.read_owner()
        if self._held_elsewhere(owner, now):
            unlock(handle)
            handle.close()
            raise FolderLocked(describe_owner(owner))
        self._handle = handle
        self._since = now
        self.refresh(now)
        return self

    def _held_elsewhere(self, owner: dict[str, Any], now: datetime) -> bool:
        """The owner file names another PC whose program renewed it recently."""
        host = owner.get("host")
        if not host or host == platform.node():
            return False  # on this PC the OS lock is authoritative: the owner has ended
        try:
            heartbeat = datetime.fromisoformat(owner["heartbeat"])
        except (KeyError, ValueError, TypeError):
            return False
        return abs(now - heartbeat) < self.stale_after

    def refresh(self, now: datetime | None = None) -> None:
        """Renew the heartbeat in the owner file (the app calls it every minute)."""
        if self._handle is None or self._since is None:
            return
        now = now or datetime.now(UTC)
        owner = {"host": platform.node(), "pid": os.getpid(), "user": _user(),
                 "since": self._since.isoformat(), "heartbeat": now.isoformat()}
        partial = self.owner_path.with_name(f".{OWNER_FILE}.partial")
        try:
            partial.write_text(json.dumps(owner, ensure_ascii=False), encoding="utf-8")
            os.replace(partial, self.owner_path)
        except OSError:  # the OS lock holds even if this cannot be written (a full disk)
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)

    def release(self) -> None:
        if self._handle is None:
            return
        owner = self.read_owner()
        if owner.get("pid") == os.getpid() and owner.get("host") == platform.node():
            with contextlib.suppress(OSError):
                self.owner_path.unlink()
        unlock(self._handle)
        self._handle.close()
        self._handle = None
        self._since = None

    def __enter__(self) -> DataFolderLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()
