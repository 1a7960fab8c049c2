"""Information sheets as plain data: building them from the content, the e-mail draft,
and writing files whole. Importing this package does not import reportlab; the
``render_*`` functions do, on first use."""

from reception.sheets.build import (
    MOST_ASKED_FAQ,
    letterhead_from_clinic,
    national_phone,
    personal_sheet,
    plain_sheet,
    step_lines,
)
from reception.sheets.dates import danish_date, scan_detail
from reception.sheets.email_draft import InvalidAddress, build_eml, cover_text, write_eml
from reception.sheets.files import FileWriteError, write_atomic
from reception.sheets.model import (
    STATUS_LABELS,
    ConditionPoints,
    EnvelopeWindow,
    FaqAnswer,
    Letterhead,
    Recipient,
    SheetData,
    StepLine,
    StepStatus,
)
from reception.sheets.render import render_batch, render_calibration, render_sheet
from reception.sheets.revision import content_revised
from reception.sheets.texts import consultation_text, not_booked_text

__all__ = [
    "MOST_ASKED_FAQ",
    "STATUS_LABELS",
    "ConditionPoints",
    "EnvelopeWindow",
    "FaqAnswer",
    "FileWriteError",
    "InvalidAddress",
    "Letterhead",
    "Recipient",
    "SheetData",
    "StepLine",
    "StepStatus",
    "build_eml",
    "consultation_text",
    "content_revised",
    "cover_text",
    "danish_date",
    "letterhead_from_clinic",
    "national_phone",
    "not_booked_text",
    "personal_sheet",
    "plain_sheet",
    "render_batch",
    "render_calibration",
    "render_sheet",
    "scan_detail",
    "step_lines",
    "write_atomic",
    "write_eml",
]
