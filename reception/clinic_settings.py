"""Clinic settings the website does not give: postal address, e-mail, CVR.

Empty until the clinic fills them in; stored in the database so they travel with
backups. Validation returns Danish messages per field; nothing is saved when a
field is invalid, and the caller keeps what the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

from reception.changes import announce
from reception.errors import QT_TR_NOOP, ReceptionError, Text
from reception.store import versions
from reception.store.door import locked, write_transaction
from reception.store.errors import guarded
from reception.store.models import Setting

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ClinicSettings:
    street: str = ""
    postcode: str = ""
    town: str = ""
    email: str = ""
    cvr: str = ""

    @property
    def has_address(self) -> bool:
        """A street and a postcode or town: enough for a letterhead and a return address."""
        return bool(self.street.strip() and (self.postcode.strip() or self.town.strip()))

    def validate(self) -> dict[str, str]:
        """Field name → Danish message, for every invalid field (empty is allowed)."""
        problems: dict[str, str] = {}
        if self.postcode and not re.fullmatch(r"\d{4}", self.postcode):
            problems["postcode"] = Text(QT_TR_NOOP("Postnummeret skal være 4 cifre, fx 8000."))
        if self.email and not _EMAIL.match(self.email):
            problems["email"] = Text(QT_TR_NOOP("E-mailadressen skal have formen navn@domæne.dk."))
        if self.cvr and not re.fullmatch(r"\d{8}", self.cvr.replace(" ", "")):
            problems["cvr"] = Text(QT_TR_NOOP("CVR-nummeret skal være 8 cifre."))
        return problems


def load_clinic_settings() -> ClinicSettings:
    names = {f.name for f in fields(ClinicSettings)}
    stored = {s.key: s.value for s in Setting.select().where(Setting.key.in_(names))}
    return ClinicSettings(**stored)


ADDRESS_MISSING_WARNING = (
    "Klinikkens adresse er ikke udfyldt, så brevet har hverken afsenderadresse eller "
    "adresse i brevhovedet. Udfyld den under Filer → Klinikkens oplysninger.")


@guarded
def clinic_address_missing() -> bool:
    """True while the clinic's postal address is empty (a fresh install): letters would go
    out without a sender's address."""
    return not load_clinic_settings().has_address


class InvalidSettings(ReceptionError, ValueError):
    """Settings with problems; ``problems`` maps field name → Danish message (a ``Text``)."""

    code = "invalid_settings"
    messages = {"invalid_settings": "{problems}"}

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(problems="; ".join(problems.values()))
        self.problems = problems


def clinic_settings_versions() -> dict[str, int]:
    """The stored version of each setting (0: never saved), to state when saving."""
    names = [f.name for f in fields(ClinicSettings)]
    stored = dict(Setting.select(Setting.key, Setting.version)
                  .where(Setting.key.in_(names)).tuples())
    return {name: int(stored.get(name, 0)) for name in names}


def _check_unchanged(mine: dict[str, str], started_from: Mapping[str, int]) -> None:
    """``ChangedElsewhere`` when another desk saved other values since ``started_from``."""
    rows = list(locked(Setting.select().where(Setting.key.in_(list(mine)))))
    newer = [row for row in rows if row.version != started_from.get(row.key, 0)
             and row.value != mine[row.key]]
    if not newer:
        return
    changes = tuple(versions.FieldChange(row.key, row.value, mine[row.key]) for row in newer)
    latest = max(newer, key=lambda row: (row.saved_at is not None, row.saved_at or 0))
    raise versions.ChangedElsewhere("setting", 0, changes, version=latest.version,
                                    desk=latest.saved_desk, user=latest.saved_user,
                                    at=latest.saved_at)


def save_clinic_settings(settings: ClinicSettings,
                         started_from: Mapping[str, int] | None = None) -> None:
    """Save all fields; ``started_from`` (``clinic_settings_versions()`` when the dialog
    opened): raise ``ChangedElsewhere`` rather than write over another desk's newer values.
    None: save on top, knowingly."""
    settings = ClinicSettings(**{k: v.strip() for k, v in asdict(settings).items()})
    problems = settings.validate()
    if problems:
        raise InvalidSettings(problems)
    mine = asdict(settings)
    rows = [{"key": k, "value": v} for k, v in mine.items()]
    with write_transaction():
        if started_from is not None:
            _check_unchanged(mine, started_from)
        Setting.put(rows)
    announce("settings")
