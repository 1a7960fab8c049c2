"""When the database cannot be used: one domain exception with a code and a Danish text.

``StorageUnavailable`` is raised instead of SQLite's own errors when the file is
locked by another program beyond the busy timeout, read-only, on a full disk,
unreadable, or deleted or replaced while open (``store/file_identity.py``).
Nothing was written; what the receptionist typed is still in the form (and in
``CallSession``), so the same call can simply be retried.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from peewee import DatabaseError, InterfaceError, OperationalError

from reception.errors import QT_TR_NOOP, ReceptionError
from reception.store.error_codes import by_code

MESSAGES = {
    "locked": QT_TR_NOOP(
        "Databasen er optaget af et andet program. Det indtastede er ikke gemt endnu, "
        "men heller ikke tabt – der prøves igen om lidt."
    ),
    "read_only": QT_TR_NOOP(
        "Databasen er skrivebeskyttet, så intet kan gemmes. Det indtastede er ikke tabt; "
        "ret adgangen til datamappen og prøv igen."
    ),
    "disk_full": QT_TR_NOOP(
        "Disken er fuld, så intet kan gemmes. Det indtastede er ikke tabt; "
        "frigør plads og prøv igen."
    ),
    "data_elsewhere": QT_TR_NOOP(
        "Der er ingen database, men der ligger data i datamappen gemt til side eller fra "
        "en afbrudt handling. Der oprettes ikke en ny, tom database, så intet går tabt. "
        "Start programmet igen, eller læg en sikkerhedskopi tilbage "
        "(python -m reception restore nyeste)."
    ),
    "empty_with_backups": QT_TR_NOOP(
        "Databasefilen er tom (0 byte), men der findes sikkerhedskopier, så den behandles "
        "ikke som en ny database. Læg den nyeste sikkerhedskopi tilbage "
        "(python -m reception restore nyeste)."
    ),
    "unreadable": QT_TR_NOOP(
        "Databasen kan ikke læses eller skrives (disk- eller filfejl). Det indtastede er "
        "ikke tabt; prøv igen, og kontakt support hvis det bliver ved."
    ),
    "database_replaced": QT_TR_NOOP(
        "Databasefilen er blevet slettet eller skiftet ud, mens programmet kørte, så intet "
        "gemmes. Det indtastede er ikke tabt og bliver stående; skriv det af, og kontakt "
        "jeres IT-ansvarlige, før programmet lukkes."
    ),
    "server_gone": QT_TR_NOOP(
        "Forbindelsen til databaseserveren blev afbrudt. Det indtastede er ikke gemt endnu, "
        "men heller ikke tabt – der prøves igen om lidt."
    ),
    "unreachable": QT_TR_NOOP(
        "Databaseserveren kan ikke nås. Det indtastede er ikke gemt endnu, men heller ikke "
        "tabt; tjek netværket og serveren, og prøv igen."
    ),
}


class StorageUnavailable(ReceptionError, RuntimeError):
    """The database refused a read or write; ``reason`` (also ``code``) is one of MESSAGES' keys."""

    messages = MESSAGES

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail=detail)

    @property
    def reason(self) -> str:
        return self.code


def classify(error: BaseException) -> str | None:
    """The reason for an error that means "storage unavailable", else None.

    By the driver's error code where it has one (``error_codes``), else by text.

    A failed COMMIT (full disk, I/O error) may make SQLite roll back by itself;
    peewee's own rollback then fails with "cannot rollback - no transaction is
    active", which hides the real cause in ``__context__``: that cause is used,
    and without one the failure still counts as storage trouble.
    """
    reason = by_code(error)
    if reason is not None:
        return reason
    text = str(error).lower()
    if "no transaction is active" in text:
        cause = error.__context__ or error.__cause__
        return (classify(cause) if cause is not None else None) or "unreadable"
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text or "read only" in text:
        return "read_only"
    if "full" in text:
        return "disk_full"
    if "disk i/o" in text or "unable to open" in text or "malformed" in text:
        return "unreadable"
    if "not a database" in text:
        return "unreadable"
    return None


@contextmanager
def storage_guard() -> Iterator[None]:
    """Turn SQLite's locked/read-only/full/I-O errors into ``StorageUnavailable``."""
    try:
        yield
    except (OperationalError, DatabaseError, InterfaceError, sqlite3.DatabaseError) as error:
        reason = classify(error)
        if reason is None:
            raise
        raise StorageUnavailable(reason, str(error)) from error


P = ParamSpec("P")
R = TypeVar("R")


def guarded(function: Callable[P, R]) -> Callable[P, R]:
    """Decorator form of ``storage_guard``."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with storage_guard():
            return function(*args, **kwargs)

    return wrapper
