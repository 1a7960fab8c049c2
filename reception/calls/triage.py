"""Triage hints beside the call form, from the clinic's own texts. Plain data, not medical advice.

``triage(form, today=…, earlier_areas=…) -> list[TriageHint]`` applies the rules
the clinic's pages state:

- pain for up to 6 months counts as "almindelige smerter" (Trin 1 treatments);
  more than 6 months as chronic ("kroniske smerter");
- neck pain of more than ½–1 year: gold implantation is worth considering;
- other joint and muscle pain of more than 1–2 years: likewise;
- pain that returns quickly after other treatment: likewise;
- new or increasing pain areas: the caller should contact their own doctor.

How long it has hurt comes from the duration (value and unit) when given, else
from "pain since". Show ``DISCLAIMER`` with the hints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reception.calls.form import CallForm
from reception.calls.validation import parse_pain_since
from reception.errors import QT_TR_NOOP

DISCLAIMER = QT_TR_NOOP("Vejledning ud fra klinikkens egne tekster – ikke en lægelig vurdering.")

_MONTHS_PER_UNIT = {"weeks": 12 / 52, "months": 1.0, "years": 12.0}
_JOINT_AREAS = {"ryg", "skulder", "hofte", "knae", "haender", "andet"}


@dataclass(frozen=True)
class TriageHint:
    code: str  # common, chronic, gold_neck, gold_joint, gold_returns, see_doctor
    text: str  # Danish (``QT_TR_NOOP``): the UI shows it through ``tr()``


HINTS = {
    "common": QT_TR_NOOP(
        "Smerter i op til 3–6 måneder regnes som almindelige smerter: Trin 1-behandlinger "
        "først (fx fysioterapi, massage, akupunktur, kiropraktik, smertestillende medicin). "
        "Effekten bør ses inden for 3–5 behandlinger."
    ),
    "chronic": QT_TR_NOOP(
        "Smerter i mere end 6 måneder regnes som kroniske smerter og behandles anderledes "
        "end almindelige smerter (Trin 2)."
    ),
    "gold_neck": QT_TR_NOOP(
        "Nakkesmerter i mere end ½–1 år: guldimplantation kan være værd at overveje."
    ),
    "gold_joint": QT_TR_NOOP(
        "Led- og muskelsmerter i mere end 1–2 år: guldimplantation kan være værd at overveje."
    ),
    "gold_returns": QT_TR_NOOP(
        "Smerterne kommer hurtigt igen efter anden behandling (fx akupunktur, massage, "
        "kiropraktik eller øvelser): guldimplantation kan være værd at overveje."
    ),
    "see_doctor": QT_TR_NOOP(
        "Nye eller tiltagende smerteområder: foreslå, at den, der ringer, kontakter sin "
        "egen læge."
    ),
}


def pain_months(form: CallForm, today: date | None = None) -> float | None:
    """How many months it has hurt, from the duration or "pain since"; None if unknown."""
    today = today or date.today()
    per_unit = _MONTHS_PER_UNIT.get(form.duration_unit)
    if form.duration_value is not None and form.duration_value >= 0 and per_unit is not None:
        return form.duration_value * per_unit
    since = parse_pain_since(form.pain_since, today) if form.pain_since else None
    if since is None or since > today:
        return None
    return (today - since).days / (365.25 / 12)


def triage(
    form: CallForm, *, today: date | None = None, earlier_areas: tuple[str, ...] = ()
) -> list[TriageHint]:
    """The hints that apply to ``form``, most general first.

    ``earlier_areas`` are the caller's pain areas from earlier calls: an area not
    among them counts as new.
    """
    codes: list[str] = []
    months = pain_months(form, today)
    areas = set(form.pain_areas)
    if months is not None:
        codes.append("chronic" if months > 6 else "common")
        if "nakke" in areas and months > 6:
            codes.append("gold_neck")
        if (areas & _JOINT_AREAS or not areas) and months >= 12:
            codes.append("gold_joint")
    if form.pain_returns_quickly:
        codes.append("gold_returns")
    new_areas = bool(earlier_areas) and bool(areas - set(earlier_areas))
    if form.pain_increasing or new_areas:
        codes.append("see_doctor")
    return [TriageHint(code, HINTS[code]) for code in codes]
