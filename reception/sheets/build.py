"""Build a sheet's data from the clinic's content: the plain variant and a personal letter.

Ids that the content no longer has (a text removed since the call) are skipped, so a
sheet can always be built; the lists keep the order the caller gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path

from reception.content.model import ClinicFacts, Content
from reception.sheets import texts
from reception.sheets.model import (
    ConditionPoints,
    FaqAnswer,
    Letterhead,
    Recipient,
    SheetData,
    StepLine,
    StepStatus,
)
from reception.sheets.revision import texts_revised

DEFAULT_CLINIC_NAME = "Guldklinikken"
DEFAULT_PHONE = "+4523394977"

# The questions callers ask most, for the plain sheet at the desk (faq.toml ids).
MOST_ASKED_FAQ = (
    "hvad-sker-der-ved-en-guldbehandling",
    "hvilke-led-kan-behandles",
    "hvor-mange-behandlinger",
    "bliver-jeg-bedoevet",
    "koere-bil-efter-behandling",
    "kan-jeg-bruge-en-gammel-scanning",
    "blodfortyndende-medicin",
    "bestil-tid",
)


def national_phone(number: str) -> str:
    """``"+4523394977"`` → ``"23 39 49 77"``; anything else is returned as given."""
    digits = re.sub(r"[\s\-]", "", number)
    if re.fullmatch(r"(\+45|0045)?\d{8}", digits):
        local = digits[-8:]
        return " ".join(local[i:i + 2] for i in range(0, 8, 2))
    return number.strip()


def letterhead_from_clinic(clinic: ClinicFacts | None, *, street: str = "", postcode: str = "",
                           town: str = "", email: str = "", cvr: str = "",
                           logo: Path | None = None) -> Letterhead:
    """The letterhead from the content's clinic facts and the clinic settings' address."""
    name = clinic.name if clinic else DEFAULT_CLINIC_NAME
    phone = clinic.phone if clinic else DEFAULT_PHONE
    return Letterhead(name, national_phone(phone), street.strip(), postcode.strip(),
                      town.strip(), email.strip(), cvr.strip(), logo)


def condition_points(content: Content, ids: Iterable[str]) -> list[ConditionPoints]:
    """``"nakkesmerter"`` gives the condition's summary, ``"nakkesmerter/aarsager"`` a section's
    talking points."""
    found: list[ConditionPoints] = []
    by_id = {c.id: c for c in content.conditions}
    for key in ids:
        condition_id, _, section_id = key.removeprefix("condition:").partition("/")
        condition = by_id.get(condition_id)
        if condition is None:
            continue
        if not section_id:
            found.append(ConditionPoints(condition.title, condition.summary))
            continue
        for section in condition.sections:
            if section.id == section_id:
                found.append(ConditionPoints(f"{condition.title}: {section.title}",
                                             section.talking_points))
    return found


def faq_answers(content: Content, ids: Iterable[str]) -> list[FaqAnswer]:
    by_id = {entry.id: entry for entry in content.faq}
    found = (by_id.get(key.removeprefix("faq:")) for key in ids)
    return [FaqAnswer(entry.question, entry.answer) for entry in found if entry]


def step_lines(content: Content, statuses: Mapping[str, StepStatus] | None = None,
               details: Mapping[str, Sequence[str]] | None = None, *,
               needs: Mapping[str, str] | None = None,
               attention: Iterable[str] = ()) -> list[StepLine]:
    """The six steps in order; with ``statuses`` (step id → status) a step without one is
    missing. Without ``statuses`` (the plain sheet) no step has a status.

    ``needs`` (step id → what is still needed, to the patient) overrides
    ``texts.STEP_NEEDS``; steps in ``attention`` are done but flagged and read as open.
    """
    flagged = set(attention)
    lines = []
    for step in sorted(content.steps, key=lambda s: s.number):
        status = None if statuses is None else statuses.get(step.id, StepStatus.MISSING)
        extra = tuple((details or {}).get(step.id, ()))
        needed = (needs or {}).get(step.id) or texts.STEP_NEEDS.get(step.id, "")
        lines.append(StepLine(step.number, step.title, step.short, status, extra, step.id,
                              needed if status is not None else "", step.id in flagged))
    return lines


def plain_sheet(content: Content, letterhead: Letterhead, today: date, *,
                faq_ids: Sequence[str] = MOST_ASKED_FAQ,
                revised: date | None = None) -> SheetData:
    """The sheet without personal data, to hand out at the desk."""
    claims = content.clinic.claims[:1] if content.clinic else ()
    return SheetData(
        letterhead=letterhead,
        recipient=None,
        letter_date=today,
        greeting="",
        conditions=condition_points(content, (c.id for c in content.conditions)),
        faq=faq_answers(content, faq_ids),
        steps=step_lines(content),
        next_steps=texts.plain_next_steps(letterhead.phone),
        content_revised=revised or texts_revised(content),
        title=texts.PLAIN_TITLE,
        intro=" ".join(claims),
        closing="",
    )


def personal_sheet(content: Content, letterhead: Letterhead, recipient: Recipient,
                   condition_ids: Sequence[str], faq_ids: Sequence[str],
                   step_lines: Sequence[StepLine], next_steps: str, today: date, *,
                   revised: date | None = None, next_steps_heading: str = "",
                   signer: str = "") -> SheetData:
    """A letter to one patient: their conditions, the ticked answers and their checklist,
    signed by ``signer`` (the staff member sending it) and the clinic."""
    return SheetData(
        letterhead=letterhead,
        recipient=recipient,
        letter_date=today,
        greeting=f"Kære {recipient.name.strip() or 'patient'}",
        conditions=condition_points(content, condition_ids),
        faq=faq_answers(content, faq_ids),
        steps=list(step_lines),
        next_steps=next_steps,
        content_revised=revised or texts_revised(content),
        title=texts.PERSONAL_TITLE.format(clinic=letterhead.clinic_name),
        intro=texts.personal_intro(letterhead.clinic_name, bool(step_lines)),
        closing=texts.closing(letterhead.phone),
        next_steps_heading=next_steps_heading,
        signer=signer.strip(),
    )
