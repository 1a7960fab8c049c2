"""Which database a desk uses: the data folder's SQLite file, or a clinic's PostgreSQL server.

Chosen in this order: ``--database URL`` (remembered in the data folder, so the
next start needs nothing), ``RECEPTION_DATABASE_URL``, the remembered URL
(``database.json`` in the data folder), else the SQLite file in the data folder.

A URL with a password is refused: a command line shows in the process list and a
shell history, and the data folder is no place for it. The password comes from
libpq's password file (``PGPASSFILE``, else ``~/.pgpass``, on Windows
``%APPDATA%\\postgresql\\pgpass.conf``) or ``PGPASSWORD``. Other libpq settings in
the URL (``sslmode=verify-full``, ``sslrootcert=...``) pass through as they are.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from reception.errors import QT_TR_NOOP, ReceptionError

URL_SCHEMES = ("postgresql://", "postgres://")  # as reception.store.door (no peewee here)

log = logging.getLogger(__name__)

DATABASE_URL_ENV = "RECEPTION_DATABASE_URL"
SETTING_FILE = "database.json"
LOCAL_WORDS = ("lokal", "local", "sqlite")

MESSAGES = {
    "not_a_url": QT_TR_NOOP("--database skal være en adresse på formen "
                  "postgresql://bruger@server:5432/database (eller »lokal« for datamappens "
                  "egen database), ikke »{given}«."),
    "password_in_url": QT_TR_NOOP(
        "Adgangskoden må ikke stå i databasens adresse (den kan ses af andre "
        "og havner i historik og log). Læg den i PostgreSQL's adgangskodefil "
        "(PGPASSFILE) eller i miljøvariablen PGPASSWORD."
    ),
    "setting_unreadable": QT_TR_NOOP(
        "Filen {file} i datamappen kan ikke læses som databasens adresse. "
        "Ret eller slet den, eller start med --database."
    ),
}


class DatabaseTargetError(ReceptionError, ValueError):
    """A database address that cannot be used; ``code`` is one of MESSAGES' keys."""

    messages = MESSAGES


def checked_url(url: str) -> str:
    """``url`` when it is a PostgreSQL address without a password, else DatabaseTargetError."""
    url = url.strip()
    if not url.startswith(URL_SCHEMES):
        shown = url if len(url) <= 60 else url[:57] + "…"
        raise DatabaseTargetError("not_a_url", given=shown)
    parts = urlsplit(url)
    if parts.password or any(key == "password" for key, _ in parse_qsl(parts.query)):
        raise DatabaseTargetError("password_in_url")
    return url


def describe(url: str) -> str:
    """The URL without user and password, for messages and logs."""
    parts = urlsplit(url)
    host = parts.hostname or "lokal socket"
    port = f":{parts.port}" if parts.port else ""
    return f"postgresql://{host}{port}{parts.path}"


def remembered(root: Path) -> str | None:
    """The server URL remembered in the data folder, or None."""
    file = root / SETTING_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        url = json.loads(text)["url"]
    except (ValueError, KeyError, TypeError):
        raise DatabaseTargetError("setting_unreadable", file=SETTING_FILE) from None
    return checked_url(str(url))


def remember(root: Path, url: str) -> None:
    """Write ``url`` into the data folder (no password: ``checked_url`` refused one)."""
    from reception.private_files import create_private

    file = root / SETTING_FILE
    root.mkdir(parents=True, exist_ok=True)
    create_private(file)
    file.write_text(json.dumps({"url": checked_url(url)}, indent=2) + "\n", encoding="utf-8")


def choose_server(root: Path, given: str | None = None) -> str | None:
    """The server URL this desk uses, or None for the data folder's SQLite file.

    A ``given`` URL is remembered in the data folder when it differs from the one there;
    ``--database lokal`` (or ``sqlite``) forgets it: back to the data folder's file.
    """
    if given and given.strip().lower() in LOCAL_WORDS:
        (root / SETTING_FILE).unlink(missing_ok=True)
        return None
    if given:
        url = checked_url(given)
        if remembered_quietly(root) != url:
            remember(root, url)
            log.info("Datamappen husker nu databaseserveren %s", describe(url))
        return url
    from_environment = os.environ.get(DATABASE_URL_ENV, "").strip()
    if from_environment:
        return checked_url(from_environment)
    return remembered(root)


def remembered_quietly(root: Path) -> str | None:
    try:
        return remembered(root)
    except DatabaseTargetError:
        return None
