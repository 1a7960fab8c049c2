"""The log of information sheets sent: when, how, by whom, which content, and the exact PDF.

- ``log_sent_sheet(caller_id, call_id, what, how, by, pdf_bytes) -> int``: one
  ``SentItem`` row (shown in the caller's history) and one ``SentSheet`` row with
  the content keys and the PDF bytes, audited, in one transaction. ``how`` is
  ``print``, ``post`` (also puts it in the post tray, see ``reception.sheets.post``),
  ``email`` or ``pdf`` (saved as a file). Returns the id (``SentItem.id``).
- ``sheets_for(caller_id) -> list[SentSheetEntry]``: the caller's sheets, newest first.
- ``sheet_pdf(sent_id) -> bytes``: the copy of exactly what was sent.

All raise ``StorageUnavailable`` when the database cannot be used.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from peewee import fn

from reception.calls import audit
from reception.calls.drafts import UnknownCall
from reception.calls.history import UnknownCaller
from reception.changes import announce
from reception.content.model import Content
from reception.errors import QT_TR_NOOP, ReceptionError
from reception.sheets.selection import SheetSelection, describe
from reception.store import write_transaction
from reception.store.errors import guarded
from reception.store.fields import utc_now
from reception.store.models import Call, Caller, SentItem, SentSheet

HOWS: dict[str, str] = {
    "print": QT_TR_NOOP("Udskrevet"),
    "post": QT_TR_NOOP("Med posten"),
    "email": QT_TR_NOOP("E-mail"),
    "pdf": QT_TR_NOOP("Gemt som PDF"),
}


class UnknownSentSheet(ReceptionError, LookupError):
    code = "unknown_sent_sheet"
    messages = {"unknown_sent_sheet": QT_TR_NOOP("Informationsarket findes ikke (id {sent_id}).")}

    def __init__(self, sent_id: int) -> None:
        super().__init__(sent_id=sent_id)
        self.sent_id = sent_id


class NotAPdf(ReceptionError, ValueError):
    """The bytes to log are not a PDF (a programming error, never the user's)."""

    code = "not_a_pdf"
    messages = {"not_a_pdf": QT_TR_NOOP("pdf_bytes is not a PDF")}


@dataclass(frozen=True)
class SentSheetEntry:
    id: int  # SentItem.id
    caller_id: int
    call_id: int | None
    what: str  # the line in the caller's history
    content_keys: tuple[str, ...]
    how: str  # print, post, email, pdf
    sent_at: datetime  # aware UTC
    sent_by: str
    to_post: bool  # waiting in the post tray
    posted_on: date | None  # the day it went out with the post
    size: int  # bytes of the PDF

    @property
    def how_label(self) -> str:
        return HOWS.get(self.how, self.how)


@guarded
def log_sent_sheet(caller_id: int, call_id: int | None, what: Sequence[str], how: str, by: str,
                   pdf_bytes: bytes, *, content: Content | None = None,
                   label: str | None = None, now: datetime | None = None) -> int:
    """Log one sheet sent (see the module docstring); returns its id.

    ``what`` is the content keys (``condition:…``, ``faq:…``, ``steps``); the history line
    is ``label``, or made from the keys (with titles from ``content`` when given).
    """
    if how not in HOWS:
        raise ValueError(f"how must be one of {sorted(HOWS)}, not {how!r}")
    if bytes(pdf_bytes[:5]) != b"%PDF-":
        raise NotAPdf()
    keys = SheetSelection.from_keys(what).keys()
    now = now or utc_now()
    with write_transaction():
        if not Caller.select().where(Caller.id == caller_id).exists():
            raise UnknownCaller(caller_id)
        if call_id is not None and not Call.select().where(Call.id == call_id).exists():
            raise UnknownCall(call_id)
        item = SentItem.create(caller=caller_id, call=call_id,
                               what=label or describe(keys, content), how=how, sent_at=now,
                               sent_by=by)
        SentSheet.create(sent_item=item.id, content_keys=keys, pdf=bytes(pdf_bytes),
                         pdf_sha256=hashlib.sha256(pdf_bytes).hexdigest(),
                         to_post=how == "post")
        audit.record("sheet.send", "sent_item", item.id, user=by, at=now,
                     summary=f"måde={how} opkald={call_id or '-'} indhold={','.join(keys)}")
        announce("sheet", caller_id)
    return int(item.id)


def _entries(where: object) -> list[SentSheetEntry]:
    query = (SentItem
             .select(SentItem, SentSheet.content_keys, SentSheet.to_post, SentSheet.posted_on,
                     fn.LENGTH(SentSheet.pdf).alias("size"))
             .join(SentSheet, on=(SentSheet.sent_item == SentItem.id), attr="sheet")
             .where(where)
             .order_by(SentItem.sent_at.desc(), SentItem.id.desc()))
    return [_entry(row) for row in query]


def _entry(row: SentItem) -> SentSheetEntry:
    sheet = row.sheet
    return SentSheetEntry(
        id=row.id, caller_id=row.caller_id, call_id=row.call_id, what=row.what,
        content_keys=tuple(sheet.content_keys), how=row.how, sent_at=row.sent_at,
        sent_by=row.sent_by, to_post=bool(sheet.to_post), posted_on=sheet.posted_on,
        size=int(row.size or 0),
    )


@guarded
def sheets_for(caller_id: int) -> list[SentSheetEntry]:
    """The information sheets sent to a caller, newest first (without the PDF bytes)."""
    return _entries(SentItem.caller == caller_id)


@guarded
def sent_sheet(sent_id: int) -> SentSheetEntry:
    found = _entries(SentItem.id == sent_id)
    if not found:
        raise UnknownSentSheet(sent_id)
    return found[0]


@guarded
def sheet_pdf(sent_id: int) -> bytes:
    """The exact PDF that was sent."""
    row = SentSheet.select(SentSheet.pdf).where(SentSheet.sent_item == sent_id).first()
    if row is None:
        raise UnknownSentSheet(sent_id)
    return bytes(row.pdf)
