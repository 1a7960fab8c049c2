"""The checklist as the information sheet prints it (reception.sheets.StepLine).

``step_lines_for(caller_id, content, today)``: the six steps from the content with
this patient's status and details ("MR-scanning taget 3. marts 2025 – kan bruges
til 3. marts 2027"); the plain sheet's steps (no status) when the caller has no
checklist. ``consultation_at(caller_id)``: the booked consultation as a local
datetime for ``reception.sheets.consultation_text`` (None without a date; 00:00
would be misleading, so a date without a time also gives None — use
``consultation_day`` for the date alone).
"""

from __future__ import annotations

from datetime import date, datetime

from reception.calls.vocabulary import PAIN_AREAS, labels
from reception.checklist.dates import danish_date
from reception.checklist.model import Checklist
from reception.checklist.service import load_checklist
from reception.checklist.vocabulary import SCAN_KINDS, StepStatus
from reception.content.model import Content
from reception.sheets import StepLine, scan_detail, step_lines
from reception.sheets.texts import NEW_BOOKING_NEEDED, PAUSE_NEEDED, new_scan_needed
from reception.store.errors import guarded


def _scan_expired(checklist: Checklist, today: date) -> bool:
    """Too old on the consultation day, or (without a consultation) already today."""
    if any(flag.code == "scan_too_old" for flag in checklist.flags):
        return True
    until = checklist.scan_usable_until
    return (checklist.booking.consultation_date is None and until is not None
            and until < today and checklist.status("scan") is not StepStatus.NOT_RELEVANT)


def _consultation_past(checklist: Checklist) -> bool:
    return any(flag.code == "consultation_past" for flag in checklist.flags)


def step_details(checklist: Checklist, today: date | None = None) -> dict[str, list[str]]:
    """Short Danish lines per step for the patient's own letter.

    Written to the patient; the receptionist's reasons for "ikke relevant" stay out.
    No line contradicts the letter's date: a scan too old has no "kan bruges til", a
    consultation already past is not printed as the booked time.
    """
    today = today or date.today()
    details: dict[str, list[str]] = {step: [] for step in checklist.states}
    booking, scan = checklist.booking, checklist.scan
    if booking.consultation_date and not _consultation_past(checklist):
        when = danish_date(booking.consultation_date)
        if booking.consultation_time:
            when += f" kl. {booking.consultation_time:%H.%M}"
        details["booking"].append(f"Konsultation {when}")
    if booking.areas:
        details["booking"].append("Område: " + ", ".join(labels(booking.areas, PAIN_AREAS)))
    if scan.taken:
        what = SCAN_KINDS.get(scan.kind, "Scanning")
        details["scan"].append(f"{what} taget {danish_date(scan.taken)}"
                               if _scan_expired(checklist, today)
                               else scan_detail(scan.taken, what))
    if checklist.request.asked:
        where = f" hos {checklist.request.department}" if checklist.request.department else ""
        details["request_images"].append(
            f"Bestilt {danish_date(checklist.request.asked)}{where}")
    if checklist.received.received:
        details["send_images"].append(
            f"Modtaget af klinikken {danish_date(checklist.received.received)}")
    blood = checklist.blood_thinners
    if blood.pause_agreed:
        start = f" fra {danish_date(blood.pause_from)}" if blood.pause_from else ""
        details["blood_thinners"].append(f"Pause aftalt{start}")
    elif blood.takes is False:
        details["blood_thinners"].append("Du tager ikke blodfortyndende medicin")
    if checklist.companion.arranged and checklist.companion.name:
        details["companion"].append(f"Kører hjem: {checklist.companion.name}")
    return details


def step_needs(checklist: Checklist, today: date | None = None
               ) -> tuple[dict[str, str], set[str]]:
    """What this patient still needs per step (where it differs from the general text),
    and the steps done but flagged, which the letter shows as not yet done."""
    today = today or date.today()
    needs: dict[str, str] = {}
    attention: set[str] = set()
    if _scan_expired(checklist, today) and checklist.scan.taken:
        what = SCAN_KINDS.get(checklist.scan.kind, "Scanning")
        needs["scan"] = new_scan_needed(what, checklist.scan.taken,
                                        checklist.booking.consultation_date)
        attention.add("scan")
    if _consultation_past(checklist):
        needs["booking"] = NEW_BOOKING_NEEDED
        attention.add("booking")
    if checklist.blood_thinners.takes and not checklist.blood_thinners.pause_agreed:
        needs["blood_thinners"] = PAUSE_NEEDED
    return needs, attention


@guarded
def step_lines_for(caller_id: int, content: Content, today: date | None = None
                   ) -> list[StepLine]:
    """The six steps with this patient's status and details, in the content's order."""
    checklist = load_checklist(caller_id, today)
    if checklist is None:
        return step_lines(content)
    today = today or date.today()
    statuses = {step: state.status for step, state in checklist.states.items()}
    needs, attention = step_needs(checklist, today)
    return step_lines(content, statuses, step_details(checklist, today), needs=needs,
                      attention=attention)


@guarded
def consultation_at(caller_id: int) -> datetime | None:
    """The booked consultation (local, naive) when both date and time are known."""
    checklist = load_checklist(caller_id)
    if checklist is None:
        return None
    booking = checklist.booking
    if booking.consultation_date is None or booking.consultation_time is None:
        return None
    return datetime.combine(booking.consultation_date, booking.consultation_time)


@guarded
def consultation_day(caller_id: int) -> date | None:
    checklist = load_checklist(caller_id)
    return checklist.booking.consultation_date if checklist else None
