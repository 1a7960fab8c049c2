"""A sheet as plain data: what the renderer prints, with no knowledge of PDFs or Qt.

The builders in :mod:`reception.sheets.build` fill these from the clinic's content;
:mod:`reception.pdf` turns them into pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import NamedTuple

_HOME_COUNTRIES = {"", "danmark", "denmark", "dk"}


@dataclass(frozen=True)
class Letterhead:
    """The sender at the top right. Empty address, e-mail and CVR fields are left out."""

    clinic_name: str
    phone: str  # as shown, nationally: "23 39 49 77"
    street: str = ""
    postcode: str = ""
    town: str = ""
    email: str = ""
    cvr: str = ""
    logo: Path | None = None

    @property
    def town_line(self) -> str:
        return " ".join(p for p in (self.postcode, self.town) if p)

    def address_lines(self) -> list[str]:
        return [line for line in (self.street, self.town_line) if line]

    def lines(self) -> list[str]:
        """Everything under the clinic's name, one line each."""
        lines = [f"Tlf. {self.phone}"] if self.phone else []
        lines += self.address_lines()
        if self.email:
            lines.append(self.email)
        if self.cvr:
            lines.append(f"CVR {self.cvr}")
        return lines

    def contact_line(self) -> str:
        """One line for the footer: name, phone, address, e-mail."""
        address = ", ".join(self.address_lines())
        parts = [self.clinic_name, f"Tlf. {self.phone}" if self.phone else "", address,
                 self.email]
        return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class Recipient:
    name: str
    street: str = ""
    postcode: str = ""
    town: str = ""
    country: str = "Danmark"

    def address_lines(self) -> list[str]:
        """Name, street, postcode and town; the country (in capitals) only when abroad."""
        town = " ".join(p for p in (self.postcode, self.town) if p)
        lines = [self.name, self.street, town]
        if self.country.strip().casefold() not in _HOME_COUNTRIES:
            lines.append(self.country.strip().upper())
        return [line for line in lines if line]


@dataclass(frozen=True)
class EnvelopeWindow:
    """The address window of a C5/C65 envelope, measured from the page's top-left corner."""

    left_mm: float = 20.0
    top_mm: float = 45.0
    width_mm: float = 85.0
    height_mm: float = 45.0

    @property
    def right_mm(self) -> float:
        return self.left_mm + self.width_mm

    @property
    def bottom_mm(self) -> float:
        return self.top_mm + self.height_mm


class StepStatus(Enum):
    DONE = "done"
    MISSING = "missing"
    NOT_RELEVANT = "not_relevant"


# Written to the patient: what is still to do reads calmly ("Ikke endnu"), never as a
# fault. A step done but flagged (a scan too old) is shown as not yet done.
STATUS_LABELS: dict[StepStatus, str] = {
    StepStatus.DONE: "✓ Klaret",
    StepStatus.MISSING: "Ikke endnu",
    StepStatus.NOT_RELEVANT: "Ikke relevant",
}
NEEDED_PREFIX = "Vi mangler: "


@dataclass(frozen=True)
class StepLine:
    """One of the six steps before a gold treatment, with this patient's status (or none)."""

    number: int
    title: str
    short: str
    status: StepStatus | None = None  # None on the plain sheet
    details: tuple[str, ...] = ()  # "Scanning taget 3. marts 2025 – kan bruges til 3. marts 2027"
    step_id: str = ""  # steps.toml id: "scan"
    needed: str = ""  # what is still needed, to the patient: "billederne fra din scanning …"
    attention: bool = False  # done, but something is wrong (the scan is too old)

    @property
    def open(self) -> bool:
        """Still to do for the patient: missing, or done but flagged."""
        return self.status is StepStatus.MISSING or (
            self.status is StepStatus.DONE and self.attention)

    @property
    def shown_status(self) -> StepStatus | None:
        """The status the patient reads: a flagged step is not shown as done."""
        return StepStatus.MISSING if self.open else self.status

    @property
    def status_label(self) -> str:
        shown = self.shown_status
        return STATUS_LABELS[shown] if shown else ""

    @property
    def needed_line(self) -> str:
        """``"Vi mangler: …"`` for an open step, else ""."""
        return f"{NEEDED_PREFIX}{self.needed}" if self.open and self.needed else ""


class ConditionPoints(NamedTuple):
    title: str
    points: tuple[str, ...]


class FaqAnswer(NamedTuple):
    question: str
    answer: str  # tiny markup (blank-line paragraphs, "- " bullets)


@dataclass(frozen=True)
class SheetData:
    """Everything one letter shows. ``recipient`` is None on the plain variant."""

    letterhead: Letterhead
    recipient: Recipient | None
    letter_date: date
    greeting: str  # "Kære Jens Hansen"; empty on the plain variant
    conditions: list[ConditionPoints] = field(default_factory=list)
    faq: list[FaqAnswer] = field(default_factory=list)
    steps: list[StepLine] = field(default_factory=list)
    next_steps: str = ""  # tiny markup
    content_revised: date | None = None
    title: str = "Information fra Guldklinikken"
    intro: str = ""  # tiny markup, under the greeting
    closing: str = ""  # tiny markup, above the signature
    next_steps_heading: str = ""  # "Din konsultation"; the builder's default when empty
    signer: str = ""  # the staff member who sends the letter, signed above the clinic's name

    @property
    def is_personal(self) -> bool:
        return self.recipient is not None
