"""Information sheets as plain data: building them from the content, the e-mail draft,
and writing files whole; the log of sheets sent (with a copy of each PDF), the post
tray and the day's batch; a caller's default sheet. Importing this package does not
import reportlab or pypdf; the ``render_*`` functions and the batch do, on first use.
"""

from reception.sheets.build import (
    MOST_ASKED_FAQ,
    letterhead_from_clinic,
    national_phone,
    personal_sheet,
    plain_sheet,
    step_lines,
)
from reception.sheets.checklist_bridge import has_checklist
from reception.sheets.dates import danish_date, scan_detail
from reception.sheets.defaults import (
    CallerSheetFacts,
    caller_facts,
    default_selection,
    default_sheet_for_caller,
    personal_sheet_for,
)
from reception.sheets.email_draft import InvalidAddress, build_eml, cover_text, write_eml
from reception.sheets.files import FileWriteError, write_atomic
from reception.sheets.log import (
    HOWS,
    SentSheetEntry,
    UnknownSentSheet,
    log_sent_sheet,
    sent_sheet,
    sheet_pdf,
    sheets_for,
)
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
from reception.sheets.post import (
    PostEntry,
    PostingBatch,
    mark_to_post,
    pending_post,
    posted_batch,
    posting_batch,
    unmark_to_post,
)
from reception.sheets.render import render_batch, render_calibration, render_sheet
from reception.sheets.revision import content_revised, texts_revised
from reception.sheets.selection import STEPS_KEY, SheetSelection, describe
from reception.sheets.settings import (
    SheetSettings,
    clinic_letterhead,
    load_sheet_settings,
    save_sheet_settings,
)
from reception.sheets.signer import signer_for
from reception.sheets.texts import consultation_text, not_booked_text
from reception.sheets.ticks import set_ticked_faq, ticked_faq

__all__ = [
    "HOWS",
    "MOST_ASKED_FAQ",
    "STATUS_LABELS",
    "STEPS_KEY",
    "CallerSheetFacts",
    "ConditionPoints",
    "EnvelopeWindow",
    "FaqAnswer",
    "FileWriteError",
    "InvalidAddress",
    "Letterhead",
    "PostEntry",
    "PostingBatch",
    "Recipient",
    "SentSheetEntry",
    "SheetData",
    "SheetSelection",
    "SheetSettings",
    "StepLine",
    "StepStatus",
    "UnknownSentSheet",
    "build_eml",
    "caller_facts",
    "clinic_letterhead",
    "consultation_text",
    "content_revised",
    "texts_revised",
    "cover_text",
    "danish_date",
    "default_selection",
    "default_sheet_for_caller",
    "describe",
    "has_checklist",
    "letterhead_from_clinic",
    "load_sheet_settings",
    "log_sent_sheet",
    "mark_to_post",
    "national_phone",
    "not_booked_text",
    "pending_post",
    "personal_sheet",
    "personal_sheet_for",
    "plain_sheet",
    "posted_batch",
    "posting_batch",
    "render_batch",
    "render_calibration",
    "render_sheet",
    "save_sheet_settings",
    "scan_detail",
    "sent_sheet",
    "set_ticked_faq",
    "sheet_pdf",
    "sheets_for",
    "signer_for",
    "step_lines",
    "ticked_faq",
    "unmark_to_post",
    "write_atomic",
    "write_eml",
]
