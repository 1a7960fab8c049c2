"""Files with patient data readable by the PC user alone (Linux and macOS).

Three layers, so that no single forgotten writer leaks:

- ``restrict_new_files()`` sets the process umask to 077 at every start (the app
  and every command): whatever the app, SQLite, Qt or the logging module creates
  from then on is ``0600`` (folders ``0700``), also under the usual umask 022.
- The writers that matter most do not rely on it: ``create_private(path)`` makes
  an empty file ``0600`` before SQLite opens it as a new database (its ``-wal`` and
  ``-shm`` then take the same mode), and ``sheets.files.write_atomic`` writes
  ``0600``.
- ``tighten_data_folder(root, logs)`` takes group and other rights off the data
  folder, the log folder and the app's own files and folders in them that an
  older version or a wider umask left (nothing else: ``--data-dir`` may point at
  a folder that holds other things too).

On Windows the POSIX mode means little: there the data folder under
``%LOCALAPPDATA%`` inherits an ACL that gives the user, SYSTEM and the
administrators access and no one else (see the README).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def restrict_new_files() -> int:
    """Make everything this process creates from now on private; the umask before."""
    return os.umask(PRIVATE_UMASK)


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (then nothing changes)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def private_folder(folder: Path) -> Path:
    """``folder`` created if missing (parents too), readable by the user alone."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    _tighten_one(folder)
    return folder


# What the app keeps in the data folder (paths.py, safety/, outbox.py, content/).
APP_FOLDERS = ("backups", "gemt-til-side", "udbakke", "cache", "logs", "lokale-opkald")
APP_FILES = ("reception", ".reception", "ui-settings.ini", "backup-location.txt")


def tighten_data_folder(root: Path, logs: Path) -> int:
    """``tighten`` the data folder's own entries and the log folder; how many changed."""
    if os.name == "nt" or not root.is_dir():
        return 0
    changed = _tighten_one(root)
    folders = [logs]
    try:
        entries = list(root.iterdir())
    except OSError as error:
        log.warning("Kunne ikke gennemgå %s: %s", root, error.strerror)
        entries = []
    for entry in entries:
        if entry.name in APP_FOLDERS:
            folders.append(entry)
        elif entry.name.startswith(APP_FILES):
            changed += _tighten_one(entry)
    return changed + tighten(*folders)


def tighten(*folders: Path) -> int:
    """Remove group/other rights from each folder and everything under it; how many changed.

    Symbolic links are not followed, and entries owned by another user are left
    alone (chmod would fail anyway). Errors are logged, never raised: a start must
    not fail on a file it cannot change.
    """
    if os.name == "nt":
        return 0
    changed = 0
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        changed += _tighten_one(folder)
        for root, dirs, files in os.walk(folder, onerror=_log_walk_error):
            for name in dirs + files:
                changed += _tighten_one(Path(root) / name)
    if changed:
        log.info("Rettigheder strammet på %s filer og mapper", changed)
    return changed


def _tighten_one(path: Path) -> int:
    if os.name == "nt":
        return 0
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.geteuid():
            return 0
        mode = stat.S_IMODE(info.st_mode)
        if not mode & 0o077:
            return 0
        os.chmod(path, mode & ~0o077)
    except OSError as error:
        log.warning("Rettighederne på %s kunne ikke strammes: %s", path, error)
        return 0
    return 1


def _log_walk_error(error: OSError) -> None:
    log.warning("Kunne ikke gennemgå %s: %s", error.filename, error.strerror)
