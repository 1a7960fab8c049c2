"""Operating-system file locks: ``flock`` on Linux and macOS, a byte-range lock on Windows.

A module of its own, without the rest of ``reception.safety``, so that a start can
ask cheaply whether a running program holds the data folder (``is_locked``).
The OS drops a lock when its process ends, even when the process is killed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO


def try_lock(handle: IO[bytes]) -> bool:
    """Take the lock on an open file without waiting; False when someone else has it."""
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def unlock(handle: IO[bytes]) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def is_locked(path: Path) -> bool:
    """Whether a running process holds the lock on ``path``. Takes nothing, creates nothing.

    When the file cannot be opened the answer is True: the caller then looks for
    the running program the slower way instead of assuming there is none.
    """
    if not path.exists():
        return False
    try:
        with path.open("r+b") as handle:
            if not try_lock(handle):
                return True
            unlock(handle)
    except OSError:
        return True
    return False
