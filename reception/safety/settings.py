"""The safety settings, stored as ``Setting`` rows so they travel with the database.

- ``backup_folder``: where backups go (default ``<data folder>/backups``). The
  clinic can point it at another disk. It is mirrored in a small text file in the
  data folder, ``backup-location.txt``, so backups can still be found when the
  database itself is damaged and cannot be read.
- ``idle_lock_minutes``: lock the screen after this many idle minutes (0 = never).
- ``lock_pin_hash``: the PIN that unlocks the screen, as a salted PBKDF2 hash.

Reading and writing rows needs the database open (``open_database``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from reception.errors import QT_TR_NOOP, ReceptionError, Text
from reception.paths import DataPaths
from reception.store.models import Setting

BACKUP_FOLDER_KEY = "backup_folder"
IDLE_LOCK_KEY = "idle_lock_minutes"
PIN_KEY = "lock_pin_hash"
DEFAULT_IDLE_LOCK_MINUTES = 10
LOCATION_FILE = "backup-location.txt"
PIN_ITERATIONS = 200_000


def _get(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else None


def _set(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def default_backup_folder(paths: DataPaths) -> Path:
    return paths.root / "backups"


def backup_folder(paths: DataPaths, *, database_open: bool = True) -> Path:
    """Where backups go: the setting, else the mirror file, else the default.

    With ``database_open=False`` (the database is damaged or not open yet) only
    the mirror file in the data folder is read.
    """
    if database_open:
        stored = _get(BACKUP_FOLDER_KEY)
        if stored:
            return Path(stored)
    mirror = paths.root / LOCATION_FILE
    try:
        text = mirror.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return Path(text) if text else default_backup_folder(paths)


def set_backup_folder(paths: DataPaths, folder: Path) -> Path:
    """Store a new backup folder (created if needed); returns it as an absolute path."""
    folder = folder.expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    _set(BACKUP_FOLDER_KEY, str(folder))
    paths.root.mkdir(parents=True, exist_ok=True)
    (paths.root / LOCATION_FILE).write_text(str(folder) + "\n", encoding="utf-8")
    return folder


def idle_lock_minutes() -> int:
    stored = _get(IDLE_LOCK_KEY)
    try:
        return max(0, int(stored)) if stored is not None else DEFAULT_IDLE_LOCK_MINUTES
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(minutes: int) -> None:
    if minutes < 0:
        raise ValueError("Minutter kan ikke være negative.")
    _set(IDLE_LOCK_KEY, str(int(minutes)))


class InvalidPin(ReceptionError, ValueError):
    """A PIN that may not be used."""

    code = "invalid_pin"
    messages = {"invalid_pin": QT_TR_NOOP("Pinkoden skal være 4 til 12 cifre.")}


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = PIN_ITERATIONS) -> str:
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, expected = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hash_pin(pin, salt=bytes.fromhex(salt), iterations=int(iterations))
    return hmac.compare_digest(candidate.split("$")[3], expected)


def has_pin() -> bool:
    return bool(_get(PIN_KEY))


def set_pin(pin: str) -> None:
    """Store the unlock PIN (4–12 digits), hashed; an empty PIN removes it."""
    if not pin:
        Setting.delete().where(Setting.key == PIN_KEY).execute()
        return
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise InvalidPin()
    _set(PIN_KEY, hash_pin(pin))


def verify_pin(pin: str) -> bool:
    stored = _get(PIN_KEY)
    return bool(stored) and pin_matches(pin, stored or "")


def passphrase_matches(given: str, known: str | None) -> bool:
    """Constant-time comparison of a typed passphrase with the one the database was opened with."""
    return known is not None and secrets.compare_digest(given.encode(), known.encode())


def unlock_accepts(typed: str, passphrase: str | None) -> bool:
    """Does ``typed`` unlock the screen? The PIN when one is set, or the database passphrase.

    With neither (a plain database and no PIN) the lock only hides the screen from
    passers-by, and an empty entry unlocks it.
    """
    pin_set = has_pin()
    if pin_set and verify_pin(typed):
        return True
    if passphrase and passphrase_matches(typed, passphrase):
        return True
    return not pin_set and not passphrase


def unlock_hint(passphrase: str | None) -> str:
    """What the lock screen asks for, in Danish (a ``Text``: the UI translates it)."""
    pin_set = has_pin()
    if pin_set and passphrase:
        return Text(QT_TR_NOOP("Skriv pinkoden eller databasens adgangskode for at låse op."))
    if pin_set:
        return Text(QT_TR_NOOP("Skriv pinkoden for at låse op."))
    if passphrase:
        return Text(QT_TR_NOOP("Skriv databasens adgangskode for at låse op."))
    return Text(QT_TR_NOOP("Tryk Lås op. (Vælg en pinkode under Filer → Skærmlås, så kun "
                           "personalet kan låse op.)"))
