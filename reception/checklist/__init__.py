"""The pre-treatment checklist: the six steps before a gold treatment, per patient. No Qt.

Open the database first (``reception.store.open_database(path)``). Then:

Creating and changing (``service``)
    ensure_checklist(caller_id, by="") -> int            (idempotent; call on outcome "booked")
    book_consultation(caller_id, day=None, at=None, by="") -> SaveResult  (booked mid-call)
    load_checklist(caller_id, today=None) -> Checklist | None
    save_step(caller_id, data, *, status=None, reason="", by="", today=None,
              started_from=None) -> SaveResult   (ChangedElsewhere: another desk saved)
    set_step_status(caller_id, step, status, reason="", *, by="") -> Checklist

    ``data`` is one of Booking, Scan, ImageRequest, ImagesReceived, BloodThinners,
    Companion; statuses are ``StepStatus`` (MISSING, DONE, NOT_RELEVANT — the last
    needs a reason, else ``ReasonRequired``). Doubtful input is saved as given and
    comes back as Danish ``SaveResult.warnings``. Every change is in the audit trail.

Lists (``overview``)
    upcoming_consultations(today=None, filters=()) -> list[OverviewRow]
    checklist_progress(caller_ids) -> dict[caller_id, done_count]   ("4 af 6")

Before saving a booking (``booking_check``)
    booking_warnings(date, time, caller_id, today, settings=None) -> list[BookingWarning]
    (closed day, public holiday, past, time already booked; ``.code``, ``.params``,
    ``.message``). ``save_step`` adds the same warnings to ``SaveResult.warnings``.

For the information sheet (``sheet``)
    step_lines_for(caller_id, content, today=None) -> list[StepLine]
    consultation_at(caller_id) -> datetime | None     (for sheets.consultation_text)

Rules (``rules``): a scan is usable until the same day 2 years on (29 February →
28 February) and too old when the consultation is after that; images are flagged
missing from 7 days before the consultation (``IMAGES_DUE_DAYS``).

Every function that reads or writes raises ``StorageUnavailable`` (``.message`` in
Danish) when the database cannot be used.
"""

from reception.checklist.booking_check import (
    BookingWarning,
    booking_warning_text,
    booking_warnings,
)
from reception.checklist.dates import (
    InvalidDate,
    danish_date,
    danish_date_long,
    parse_date,
    parse_time,
    short_date,
    short_time,
)
from reception.checklist.model import (
    STEP_DATA,
    BloodThinners,
    Booking,
    Checklist,
    Companion,
    Flag,
    ImageRequest,
    ImagesReceived,
    OverviewRow,
    SaveResult,
    Scan,
    StepData,
    StepState,
    progress_text,
)
from reception.checklist.overview import checklist_progress, upcoming_consultations
from reception.checklist.rules import images_due, scan_too_old, usable_until
from reception.checklist.service import (
    NoChecklist,
    ReasonRequired,
    book_consultation,
    ensure_checklist,
    load_checklist,
    save_step,
    set_step_status,
)
from reception.checklist.sheet import consultation_at, consultation_day, step_lines_for
from reception.checklist.vocabulary import (
    FILTERS,
    FLAG_LABELS,
    IMAGES_DUE_DAYS,
    SCAN_KINDS,
    STATUS_LABELS,
    STEP_IDS,
    StepStatus,
)
from reception.store.errors import StorageUnavailable

__all__ = [
    "FILTERS", "FLAG_LABELS", "IMAGES_DUE_DAYS", "SCAN_KINDS", "STATUS_LABELS", "STEP_DATA",
    "STEP_IDS",
    "BloodThinners", "Booking", "BookingWarning", "booking_warning_text", "booking_warnings",
    "Checklist", "Companion", "Flag", "ImageRequest",
    "ImagesReceived", "InvalidDate", "NoChecklist", "OverviewRow", "ReasonRequired",
    "SaveResult", "Scan", "StepData", "StepState", "StepStatus", "StorageUnavailable",
    "checklist_progress", "consultation_at", "consultation_day", "danish_date",
    "book_consultation", "danish_date_long", "ensure_checklist",
    "images_due", "load_checklist", "parse_date", "parse_time", "progress_text", "save_step",
    "scan_too_old", "set_step_status", "short_date", "short_time", "step_lines_for",
    "upcoming_consultations", "usable_until",
]
