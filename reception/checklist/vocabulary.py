"""The checklist's fixed words: step ids, statuses, scan kinds, flags and filters.

Step titles and texts are not here: they come from the clinic's content
(``resources/content/steps.toml``), so the clinic edits them in one place.
"""

from __future__ import annotations

from reception.content.loader import STEP_IDS  # the six ids of steps.toml, in order
from reception.sheets.model import StepStatus

__all__ = [
    "FIELD_LABELS", "FILTERS", "FLAG_LABELS", "IMAGES_DUE_DAYS", "SCAN_KINDS", "STATUS_LABELS",
    "STEP_IDS", "STEP_LABELS", "StepStatus",
]

STATUS_LABELS: dict[StepStatus, str] = {
    StepStatus.MISSING: "Mangler",
    StepStatus.DONE: "Klaret",
    StepStatus.NOT_RELEVANT: "Ikke relevant",
}

# Short names of the steps for the staff's lists and the audit log (the patient reads
# the content's titles).
STEP_LABELS: dict[str, str] = {
    "booking": "Tidsbestilling",
    "scan": "Røntgen eller scanning",
    "request_images": "Billeder bestilt",
    "send_images": "Billeder modtaget",
    "blood_thinners": "Blodfortyndende",
    "companion": "Pårørende kører hjem",
}

# The fields of each step's data (model.py), as the audit log names them.
FIELD_LABELS: dict[str, str] = {
    "consultation_date": "konsultationsdato",
    "consultation_time": "klokkeslæt",
    "areas": "områder",
    "kind": "art",
    "area": "område",
    "taken": "dato taget",
    "place": "sted",
    "department": "afdeling",
    "asked": "bestilt",
    "received": "modtaget",
    "takes": "tager",
    "which": "hvilket",
    "pause_agreed": "pause aftalt",
    "pause_from": "pause fra",
    "arranged": "aftalt",
    "name": "navn",
}

SCAN_KINDS: dict[str, str] = {
    "rontgen": "Røntgen",
    "ct": "CT-scanning",
    "mr": "MR-scanning",
}

# The images must be at the clinic "i god tid før konsultationen" (steps.toml). A
# consultation 7 days away or nearer (today counts: 0 days) with the images still
# missing is flagged, so there is a week to ring the patient and for the post.
IMAGES_DUE_DAYS = 7

# Flag codes (computed, never stored) → short Danish label for lists.
FLAG_LABELS: dict[str, str] = {
    "scan_too_old": "Scanning for gammel",
    "images_missing": "Billeder mangler snart",
    "pause_not_agreed": "Pause ikke aftalt",
    "consultation_past": "Konsultationen er passeret",
}

# Overview filters: code → label on the button.
FILTERS: dict[str, str] = {
    "missing_images": "Mangler billeder",
    "pause_not_agreed": "Blodfortyndende: pause ikke aftalt",
    "scan_too_old": "Scanning for gammel",
}
