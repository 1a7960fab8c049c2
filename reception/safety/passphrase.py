"""Where the passphrase comes from: the caller (a dialog, a prompt) or ``RECEPTION_PASSPHRASE``."""

from __future__ import annotations

import os

from reception.errors import QT_TR_NOOP, Text

PASSPHRASE_ENV = "RECEPTION_PASSPHRASE"
MIN_LENGTH = 8


def passphrase_from_environment() -> str | None:
    """``RECEPTION_PASSPHRASE`` when set and not empty (for scheduled tasks and kiosk PCs)."""
    value = os.environ.get(PASSPHRASE_ENV, "")
    return value or None


def problem_with_new_passphrase(passphrase: str, repeated: str | None = None) -> Text | None:
    """A Danish reason why ``passphrase`` may not be chosen, else None."""
    if len(passphrase) < MIN_LENGTH:
        return Text(QT_TR_NOOP("Adgangskoden skal være mindst {n} tegn."), n=MIN_LENGTH)
    if passphrase != passphrase.strip():
        return Text(QT_TR_NOOP("Adgangskoden må ikke begynde eller slutte med mellemrum."))
    if repeated is not None and repeated != passphrase:
        return Text(QT_TR_NOOP("De to adgangskoder er ikke ens."))
    return None
