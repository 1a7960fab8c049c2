"""Write a file whole or not at all: temp file in the same folder, fsync, then rename.

A full disk, a read-only folder, a file held open by another program or a folder
that does not exist raises :class:`FileWriteError` with a Danish message for the
receptionist; the temp file is removed, and an older file at the target is left as
it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from reception.errors import QT_TR_NOOP, ReceptionError

_NO_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY}
_PRIVATE = 0o600  # patient data: readable by the user alone (reception/private_files.py)


class FileWriteError(ReceptionError, OSError):
    """A file could not be written; ``code`` says why (one of ``messages``' keys)."""

    messages = {
        "no_space": QT_TR_NOOP("Der er ikke plads nok på disken til at gemme »{name}«. "
                               "Frigør plads, eller gem et andet sted."),
        "no_folder": QT_TR_NOOP("Mappen »{folder}« findes ikke. Vælg en anden mappe."),
        "not_allowed": QT_TR_NOOP(
            "»{name}« kan ikke gemmes i »{folder}«: mappen er skrivebeskyttet, eller filen er "
            "åben i et andet program. Luk filen, eller gem et andet sted."),
        "is_a_folder": QT_TR_NOOP("»{path}« er en mappe. Vælg et filnavn."),
        "not_saved": QT_TR_NOOP("»{name}« kunne ikke gemmes i »{folder}« ({why})."),
        "folder_not_made": QT_TR_NOOP("Mappen »{folder}« kan ikke oprettes."),
    }

    def __init__(self, path: Path, code: str, cause: OSError | None = None, *,
                 folder: Path | None = None, **params: object) -> None:
        super().__init__(code, detail=str(cause or ""), name=path.name,
                         folder=folder or path.parent, path=path, **params)
        self.errno = cause.errno if cause else None
        self.filename = str(path)
        self.path = path

    def __str__(self) -> str:
        return self.message


def write_failure(error: OSError, path: Path) -> FileWriteError:
    """What went wrong writing ``path`` (with what to do about it, in its message)."""
    code = error.errno
    if code in _NO_SPACE:
        return FileWriteError(path, "no_space", error)
    if isinstance(error, FileNotFoundError) or code in (errno.ENOENT, errno.ENOTDIR):
        return FileWriteError(path, "no_folder", error)
    if isinstance(error, PermissionError) or code in _NOT_ALLOWED:
        return FileWriteError(path, "not_allowed", error)
    if isinstance(error, IsADirectoryError):
        return FileWriteError(path, "is_a_folder", error)
    return FileWriteError(path, "not_saved", error, why=error.strerror or str(error))


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    The file is readable by the user alone (0600; a file it replaces keeps its
    owner rights and loses those of group and others).
    """
    target = Path(path)
    folder = target.parent
    try:
        mode = stat.S_IMODE(target.stat().st_mode) & 0o700 or _PRIVATE
    except OSError:
        mode = _PRIVATE
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise write_failure(exc, target) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException as exc:  # also Ctrl+C: never leave the temp file behind
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise write_failure(exc, target) from exc
        raise
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
