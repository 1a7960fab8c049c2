"""A caller's personal sheet with everything the app puts in by default.

- recipient: the caller's name and postal address (during a call, what the form
  shows now wins over what is stored: the address may have been typed just now);
- conditions: from the caller's pain areas (and the call's) via
  ``PAIN_AREA_CONDITION``, each condition once;
- questions: those ticked during the call (``reception.sheets.ticks``): the given
  call, else the caller's newest call;
- the six steps with the patient's status (``reception.sheets.checklist_bridge``);
- what happens next: the consultation date when booked, else how to book.

``default_selection`` gives the choice the dialog pre-ticks; ``personal_sheet_for``
builds any selection; ``default_sheet_for_caller`` is the two together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reception.calls.drafts import load_call_form
from reception.calls.form import CallForm
from reception.calls.history import UnknownCaller
from reception.calls.vocabulary import PAIN_AREA_CONDITION
from reception.content.model import Content
from reception.sheets import texts
from reception.sheets.build import personal_sheet
from reception.sheets.checklist_bridge import checklist_steps, next_consultation
from reception.sheets.model import Letterhead, Recipient, SheetData
from reception.sheets.selection import SheetSelection, condition_key
from reception.sheets.settings import clinic_letterhead
from reception.sheets.ticks import ticked_faq
from reception.store.errors import guarded
from reception.store.fields import join_codes
from reception.store.models import Call, Caller

_ADDRESS_FIELDS = ("name", "street", "postcode", "town", "country")


@dataclass(frozen=True)
class CallerSheetFacts:
    """What the database knows that a caller's sheet needs."""

    caller_id: int
    recipient: Recipient
    email: str
    pain_areas: tuple[str, ...]
    call_id: int | None  # the call whose ticks count
    ticked_faq: tuple[str, ...]


def _draft_form(call_id: int | None) -> CallForm | None:
    if call_id is None:
        return None
    call = Call.get_or_none(Call.id == call_id)
    if call is None or call.status != "draft":
        return None
    return load_call_form(call_id)


def _newest_call(caller_id: int) -> int | None:
    row = (Call.select(Call.id).where(Call.caller == caller_id)
           .order_by(Call.started_at.desc(), Call.id.desc()).first())
    return row.id if row else None


@guarded
def caller_facts(caller_id: int, call_id: int | None = None) -> CallerSheetFacts:
    caller = Caller.get_or_none(Caller.id == caller_id)
    if caller is None:
        raise UnknownCaller(caller_id)
    values = {name: getattr(caller, name) for name in _ADDRESS_FIELDS}
    email = caller.email
    areas = list(caller.pain_areas)
    form = _draft_form(call_id)
    if form is not None and form.caller_id == caller_id:
        for name in _ADDRESS_FIELDS:
            typed = getattr(form, name).strip()
            if typed:
                values[name] = typed
        email = form.email.strip() or email
        areas = [*form.pain_areas, *areas]
    ticks_from = call_id if call_id is not None else _newest_call(caller_id)
    return CallerSheetFacts(
        caller_id=caller_id,
        recipient=Recipient(values["name"].strip(), values["street"].strip(),
                            values["postcode"].strip(), values["town"].strip(),
                            values["country"].strip() or "Danmark"),
        email=email.strip(),
        pain_areas=tuple(join_codes(areas)),
        call_id=ticks_from,
        ticked_faq=tuple(ticked_faq(ticks_from)) if ticks_from is not None else (),
    )


def conditions_for_areas(areas: tuple[str, ...], content: Content) -> list[str]:
    """``condition:<id>`` keys for pain areas, each condition once, known conditions only."""
    known = {c.id for c in content.conditions}
    wanted = join_codes(PAIN_AREA_CONDITION.get(area, "") for area in areas)
    return [condition_key(c) for c in wanted if c in known]


def default_selection(facts: CallerSheetFacts, content: Content) -> SheetSelection:
    known_faq = {f"faq:{entry.id}" for entry in content.faq}
    return SheetSelection(
        conditions=tuple(conditions_for_areas(facts.pain_areas, content)),
        faq=tuple(k for k in facts.ticked_faq if k in known_faq),
        steps=True,
    )


def next_steps(caller_id: int, today: date, phone: str, with_steps: bool) -> tuple[str, str]:
    """The heading and text of the section after the steps: the booked consultation, or
    how to book one."""
    when = next_consultation(caller_id, today)
    if when is not None:
        return texts.CONSULTATION_HEADING, texts.consultation_text(when, phone)
    text = texts.not_booked_text(phone) if with_steps else texts.plain_next_steps(phone)
    return texts.BOOKING_HEADING, text


def personal_sheet_for(facts: CallerSheetFacts, content: Content, today: date,
                       selection: SheetSelection, letterhead: Letterhead | None = None, *,
                       signer: str = "") -> SheetData:
    """The caller's letter with ``selection``'s content, signed by ``signer`` (the staff
    member sending it) and the clinic."""
    letterhead = letterhead or clinic_letterhead(content)
    steps = checklist_steps(facts.caller_id, content, today) if selection.steps else []
    heading, text = next_steps(facts.caller_id, today, letterhead.phone, selection.steps)
    return personal_sheet(
        content, letterhead, facts.recipient, list(selection.conditions), list(selection.faq),
        steps, text, today, next_steps_heading=heading, signer=signer,
    )


def default_sheet_for_caller(caller_id: int, content: Content, today: date, *,
                             call_id: int | None = None, signer: str = "") -> SheetData:
    """The personal sheet with everything the app would put in by default."""
    facts = caller_facts(caller_id, call_id)
    return personal_sheet_for(facts, content, today, default_selection(facts, content),
                              signer=signer)
