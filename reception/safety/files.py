"""File helpers: flush to disk, move a database with its companions, remove securely."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "-journal")
WIPE_CHUNK = 1024 * 1024


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
            os.replace(source, target)
        except OSError:
            shutil.copy2(source, target)
            fsync_file(target)
            source.unlink()
        moved.append(target)
    fsync_dir(folder)
    fsync_dir(path.parent)
    return moved


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
        path.unlink()


def wipe_database(path: Path) -> None:
    """``wipe_file`` for the database and each of its companions."""
    for file in database_files(path):
        wipe_file(file)
