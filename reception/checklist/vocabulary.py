"""The checklist's fixed words: step ids, statuses, scan kinds, flags and filters.

Step titles and texts are not here: they come from the clinic's content
(``resources/content/steps.toml``), so the clinic edits them in one place. The
labels are marked for translation; the UI shows them through ``tr()``.
"""

from __future__ import annotations

from reception.content.loader import STEP_IDS  # the six ids of steps.toml, in order
from reception.errors import QT_TR_NOOP
from reception.sheets.model import StepStatus

__all__ = [
    "FIELD_LABELS", "FILTERS", "FLAG_LABELS", "IMAGES_DUE_DAYS", "SCAN_KINDS", "STATUS_LABELS",
    "STEP_IDS", "STEP_LABELS", "StepStatus",
]

STATUS_LABELS: dict[StepStatus, str] = {
    StepStatus.MISSING: QT_TR_NOOP("Mangler"),
    StepStatus.DONE: QT_TR_NOOP("Klaret"),
    StepStatus.NOT_RELEVANT: QT_TR_NOOP("Ikke relevant"),
}

# Short names of the steps for the staff's lists and the audit log (the patient reads
# the content's titles).
STEP_LABELS: dict[str, str] = {
    "booking": QT_TR_NOOP("Tidsbestilling"),
    "scan": QT_TR_NOOP("Røntgen eller scanning"),
    "request_images": QT_TR_NOOP("Billeder bestilt"),
    "send_images": QT_TR_NOOP("Billeder modtaget"),
    "blood_thinners": QT_TR_NOOP("Blodfortyndende"),
    "companion": QT_TR_NOOP("Pårørende kører hjem"),
}

# The fields of each step's data (model.py), as the audit log names them.
FIELD_LABELS: dict[str, str] = {
    "consultation_date": QT_TR_NOOP("konsultationsdato"),
    "consultation_time": QT_TR_NOOP("klokkeslæt"),
    "areas": QT_TR_NOOP("områder"),
    "kind": QT_TR_NOOP("art"),
    "area": QT_TR_NOOP("område"),
    "taken": QT_TR_NOOP("dato taget"),
    "place": QT_TR_NOOP("sted"),
    "department": QT_TR_NOOP("afdeling"),
    "asked": QT_TR_NOOP("bestilt"),
    "received": QT_TR_NOOP("modtaget"),
    "takes": QT_TR_NOOP("tager"),
    "which": QT_TR_NOOP("hvilket"),
    "pause_agreed": QT_TR_NOOP("pause aftalt"),
    "pause_from": QT_TR_NOOP("pause fra"),
    "arranged": QT_TR_NOOP("aftalt"),
    "name": QT_TR_NOOP("navn"),
}

SCAN_KINDS: dict[str, str] = {
    "rontgen": QT_TR_NOOP("Røntgen"),
    "ct": QT_TR_NOOP("CT-scanning"),
    "mr": QT_TR_NOOP("MR-scanning"),
}

# The images must be at the clinic "i god tid før konsultationen" (steps.toml). A
# consultation 7 days away or nearer (today counts: 0 days) with the images still
# missing is flagged, so there is a week to ring the patient and for the post.
IMAGES_DUE_DAYS = 7

# Flag codes (computed, never stored) → short Danish label for lists.
FLAG_LABELS: dict[str, str] = {
    "scan_too_old": QT_TR_NOOP("Scanning for gammel"),
    "images_missing": QT_TR_NOOP("Billeder mangler snart"),
    "pause_not_agreed": QT_TR_NOOP("Pause ikke aftalt"),
    "consultation_past": QT_TR_NOOP("Konsultationen er passeret"),
}

# Overview filters: code → label on the button.
FILTERS: dict[str, str] = {
    "missing_images": QT_TR_NOOP("Mangler billeder"),
    "pause_not_agreed": QT_TR_NOOP("Blodfortyndende: pause ikke aftalt"),
    "scan_too_old": QT_TR_NOOP("Scanning for gammel"),
}
