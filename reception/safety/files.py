"""File helpers: flush to disk, move a database with its companions, remove securely.

Every rename and unlink of a multi-step operation goes through ``rename`` and
``remove`` here. Each is a fault point: with ``RECEPTION_FAULT_STEP=N`` in the
environment the process kills itself (SIGKILL) just before its N-th such step,
so tests can interrupt an operation at every step (tests/test_safety_interrupted.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "-journal")
WIPE_CHUNK = 1024 * 1024
FAULT_ENV = "RECEPTION_FAULT_STEP"

_steps_taken = 0


def fault_point() -> None:
    """Die here when this is the step ``RECEPTION_FAULT_STEP`` names (tests only)."""
    global _steps_taken
    wanted = os.environ.get(FAULT_ENV)
    if not wanted:
        return
    _steps_taken += 1
    if str(_steps_taken) == wanted.strip():
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def rename(source: Path, target: Path) -> None:
    """``os.replace`` behind a fault point."""
    fault_point()
    os.replace(source, target)


def remove(path: Path) -> None:
    """Unlink ``path`` (absent is fine) behind a fault point."""
    if not os.path.lexists(path):
        return
    fault_point()
    Path(path).unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened: Windows)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def database_files(path: Path) -> list[Path]:
    """The database file and those of its ``-wal``/``-shm``/``-journal`` files that exist."""
    files = [path] if path.exists() else []
    files += [Path(f"{path}{s}") for s in COMPANIONS if Path(f"{path}{s}").exists()]
    return files


def move_database(path: Path, folder: Path) -> list[Path]:
    """Move the database and its companions into ``folder`` (created); the moved paths.

    Nothing is deleted: a rename on the same disk, else a copy that is flushed
    before the original is removed.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    moved = []
    for source in database_files(path):
        target = folder / source.name
        try:
            rename(source, target)
        except OSError:
            shutil.copy2(source, target)
            fsync_file(target)
            remove(source)
        moved.append(target)
    fsync_dir(folder)
    fsync_dir(path.parent)
    return moved


def move_back(moved: Path, path: Path) -> None:
    """Each of ``moved`` and its companions back beside ``path``, where none is yet."""
    for source in database_files(moved):
        target = path.with_name(path.name + source.name[len(moved.name):])
        if not target.exists():
            rename(source, target)
    fsync_dir(path.parent)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def wipe_file(path: Path) -> None:
    """Overwrite a file with zeros, flush, then delete it.

    As far as reasonable: on SSDs, copy-on-write or journaling file systems and
    in the OS's caches old blocks may survive an overwrite. Full-disk encryption
    (BitLocker, FileVault, LUKS) is what covers those.
    """
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        with path.open("rb+") as handle:
            zeros = bytes(WIPE_CHUNK)
            left = size
            while left > 0:
                n = min(left, WIPE_CHUNK)
                handle.write(zeros[:n])
                left -= n
            handle.flush()
            os.fsync(handle.fileno())
        remove(path)


def wipe_database(path: Path) -> None:
    """``wipe_file`` for the database and each of its companions."""
    for file in database_files(path):
        wipe_file(file)
