"""What went wrong with a file or the database, as a code and a Danish sentence.

``python -m reception`` hands every exception that escapes a command to
:func:`describe_failure`. What it knows — the disk is full, a folder is
read-only, a name is too long, a path is a folder where a file belongs, SQLite
refused, a domain error that already carries a Danish ``message`` — becomes a
``Failure`` with a code and one line for stderr; anything else is a bug and is
raised as before. The cause chain is searched too: a failed ``ROLLBACK`` after a
full disk is reported as the full disk. The app's dialogs use the code alone and
word it for the receptionist (``ui/safety/backup_dialog.py``).
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

MESSAGES = {
    "disk_full": "Disken er fuld, så kommandoen kunne ikke gøres færdig. "
                 "Frigør plads på disken og prøv igen.",
    "read_only": "Der kan ikke skrives i {where} ({why}). Ret adgangen, eller vælg en "
                 "anden datamappe med --data-dir.",
    "locked": "Databasen er optaget af et andet program. Prøv igen om lidt.",
    "unreadable": "Databasen kan ikke læses ({why}). Kontrollér den med: "
                  "python -m reception check",
    "name_too_long": "Navnet er for langt til filsystemet: »{where}«.",
    "not_a_folder": "»{where}« er ikke en mappe.",
    "is_a_folder": "»{where}« er en mappe, men skulle være en fil. Flyt den væk, "
                   "eller vælg en anden datamappe med --data-dir.",
    "missing": "»{where}« findes ikke.",
    "file_error": "»{where}« kan ikke bruges ({why}).",
}
OS_REASONS = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ENOTDIR: "not_a_folder",
    errno.EISDIR: "is_a_folder",
    errno.ENOENT: "missing",
}
WHY = {"read_only": "skrivebeskyttet", "unreadable": "disk- eller filfejl"}


def refused_by_the_folder(error: OSError) -> bool:
    """A full disk or a folder this user may not write to (worded by ``describe_failure``)."""
    return OS_REASONS.get(error.errno or 0) in ("disk_full", "read_only")
SHOWN_PATH_CHARS = 80  # a 5,000-character name is shortened on screen


@dataclass(frozen=True)
class Failure:
    code: str
    message: str  # Danish, one line or two


ALMOST_FULL_BYTES = 256 * 1024
VAGUE = ("unreadable", "file_error", "error")  # SQLite says "disk I/O error" on a full disk too


def describe_failure(error: BaseException, folder: Path | None = None) -> Failure | None:
    """A Danish message for ``error`` (or what caused it), or None for a bug.

    With ``folder`` (the data folder), a vague I/O error ("unable to open database
    file", "disk I/O error") on a disk with no room left, or in a folder this user may
    not write to, is reported as the full disk or the read-only folder it is.
    """
    for link in _chain(error):
        failure = _describe_one(link)
        if failure is not None:
            if failure.code in VAGUE and folder is not None and _disk_full(folder):
                return Failure("disk_full", MESSAGES["disk_full"])
            if failure.code in VAGUE and folder is not None and _read_only(folder):
                return Failure("read_only", MESSAGES["read_only"].format(
                    where=f"»{folder}«", why="ingen skriveadgang"))
            return failure
    return None


def _read_only(folder: Path) -> bool:
    import os

    return folder.is_dir() and not os.access(folder, os.W_OK)


def _disk_full(folder: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(folder).free < ALMOST_FULL_BYTES
    except OSError:
        return False


def failure_text(error: BaseException, folder: Path | None = None) -> str:
    """The Danish line for an error a command catches itself."""
    failure = describe_failure(error, folder)
    return failure.message if failure is not None else str(error)


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _describe_one(error: BaseException) -> Failure | None:
    from reception.store import StorageUnavailable

    if isinstance(error, StorageUnavailable) and error.reason in MESSAGES:
        # The store's own words speak to the receptionist at the call screen.
        return Failure(error.reason, MESSAGES[error.reason].format(
            where="databasen", why=WHY.get(error.reason, error.detail)))
    message = getattr(error, "message", None)
    if isinstance(message, str) and message and not isinstance(error, OSError):
        code = str(getattr(error, "code", "") or getattr(error, "reason", "") or "error")
        detail = getattr(error, "detail", "")
        return Failure(code, message + (f" ({detail})" if detail and code != "disk_full"
                                        and detail != message else ""))
    if isinstance(error, OSError) and error.errno in OS_REASONS:
        code = OS_REASONS[error.errno]
        where = _shown(error.filename)
        if code == "read_only":
            where = f"»{where}«" if where else "datamappen"
        return Failure(code, MESSAGES[code].format(where=where, why=_why(code, error)))
    import sqlite3

    from peewee import PeeweeException

    from reception.store.errors import classify

    if isinstance(error, sqlite3.Error | PeeweeException):
        code = classify(error)  # type: ignore[arg-type]
        if code is None:
            return None
        where = "databasen"
        return Failure(code, MESSAGES[code].format(where=where, why=WHY.get(code, str(error))))
    if isinstance(error, OSError):
        return Failure("file_error", MESSAGES["file_error"].format(
            where=_shown(error.filename) or "en fil", why=error.strerror or str(error)))
    return None


def _why(code: str, error: OSError) -> str:
    if code == "read_only" and error.errno == errno.EROFS:
        return "skrivebeskyttet filsystem"
    if code == "read_only":
        return "ingen skriveadgang"
    return error.strerror or ""


def _shown(filename: object) -> str:
    if filename is None:
        return ""
    text = str(Path(str(filename)))
    if len(text) <= SHOWN_PATH_CHARS:
        return text
    return text[:SHOWN_PATH_CHARS // 2] + " … " + text[-SHOWN_PATH_CHARS // 2:]
