"""The post tray: sheets marked "to post", and the day's batch to print in one go.

- A sheet logged with ``how="post"`` lies in the tray; ``mark_to_post(sent_id)`` puts
  an already logged one there too, ``unmark_to_post`` takes it out again.
- ``pending_post(up_to=None) -> list[PostEntry]``: who is in the tray, oldest first.
- ``posting_batch(day, by="") -> PostingBatch | None``: every sheet in the tray sent
  on or before ``day`` (local date), joined into one PDF from the stored copies, with
  the list of who is in it; in the same transaction they are marked as posted on
  ``day``. None when the tray is empty.
- ``posted_batch(day) -> PostingBatch | None``: the batch posted on ``day`` again (the
  printer jammed), without changing anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reception.calls import audit
from reception.changes import announce
from reception.sheets.dates import danish_date
from reception.sheets.log import UnknownSentSheet
from reception.sheets.merge import merge_pdfs
from reception.store import write_transaction
from reception.store.errors import guarded
from reception.store.fields import utc_now
from reception.store.models import Caller, SentItem, SentSheet


@dataclass(frozen=True)
class PostEntry:
    """One letter in the tray or a batch: who it goes to and what it is."""

    sent_id: int
    caller_id: int
    name: str
    street: str
    postcode: str
    town: str
    country: str
    what: str
    sent_at: datetime  # when it was logged (aware UTC)
    sent_by: str

    @property
    def address_line(self) -> str:
        """``"Guldvej 7, 8000 Aarhus C"``; the country only when abroad."""
        town = " ".join(p for p in (self.postcode, self.town) if p)
        abroad = self.country.strip().casefold() not in {"", "danmark", "denmark", "dk"}
        parts = [self.street, town, self.country.strip() if abroad else ""]
        return ", ".join(p for p in parts if p)

    @property
    def has_address(self) -> bool:
        return bool(self.street.strip() and (self.postcode.strip() or self.town.strip()))


@dataclass(frozen=True)
class PostingBatch:
    day: date
    pdf: bytes
    entries: list[PostEntry]  # in the order of the PDF

    @property
    def title(self) -> str:
        return batch_title(self.day, len(self.entries))


def batch_title(day: date, count: int) -> str:
    noun = "informationsark"
    return f"Dagens post {danish_date(day)} ({count} {noun})"


def _query(where: object):  # -> peewee select of SentItem with caller and sheet
    return (SentItem
            .select(SentItem, Caller.name, Caller.street, Caller.postcode, Caller.town,
                    Caller.country, SentSheet.pdf)
            .join(SentSheet, on=(SentSheet.sent_item == SentItem.id), attr="sheet")
            .switch(SentItem)
            .join(Caller, on=(SentItem.caller == Caller.id), attr="person")
            .where(where)
            .order_by(SentItem.sent_at, SentItem.id))


def _entry(row: SentItem) -> PostEntry:
    person = row.person
    return PostEntry(sent_id=row.id, caller_id=row.caller_id, name=person.name,
                     street=person.street, postcode=person.postcode, town=person.town,
                     country=person.country, what=row.what, sent_at=row.sent_at,
                     sent_by=row.sent_by)


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


@guarded
def pending_post(up_to: date | None = None) -> list[PostEntry]:
    """The sheets in the tray (sent on or before ``up_to`` when given), oldest first."""
    rows = _query((SentSheet.to_post == True) & SentSheet.posted_on.is_null())  # noqa: E712
    return [_entry(r) for r in rows if up_to is None or _local_day(r.sent_at) <= up_to]


def _set_tray(sent_id: int, to_post: bool, by: str) -> None:
    with write_transaction():
        sheet = SentSheet.get_or_none(SentSheet.sent_item == sent_id)
        if sheet is None:
            raise UnknownSentSheet(sent_id)
        if sheet.posted_on is not None or bool(sheet.to_post) == to_post:
            return
        SentSheet.update(to_post=to_post).where(SentSheet.sent_item == sent_id).execute()
        audit.record("sheet.to_post" if to_post else "sheet.not_to_post", "sent_item", sent_id,
                     user=by)
        announce("sheet", sheet.sent_item.caller_id)


@guarded
def mark_to_post(sent_id: int, by: str = "") -> None:
    """Put a logged sheet in the post tray (nothing happens if it was posted already)."""
    _set_tray(sent_id, True, by)


@guarded
def unmark_to_post(sent_id: int, by: str = "") -> None:
    """Take a sheet out of the tray before the day's batch (nothing happens if posted)."""
    _set_tray(sent_id, False, by)


@guarded
def posting_batch(day: date, by: str = "", *, now: datetime | None = None) -> PostingBatch | None:
    """The tray as one PDF, marked posted on ``day``; None when nothing waits."""
    now = now or utc_now()
    with write_transaction():
        rows = [r for r in _query((SentSheet.to_post == True)  # noqa: E712
                                  & SentSheet.posted_on.is_null())
                if _local_day(r.sent_at) <= day]
        if not rows:
            return None
        pdf = merge_pdfs([bytes(r.sheet.pdf) for r in rows], batch_title(day, len(rows)))
        ids = [r.id for r in rows]
        SentSheet.update(posted_on=day, posted_at=now, posted_by=by).where(
            SentSheet.sent_item.in_(ids)).execute()
        for sent_id in ids:
            audit.record("sheet.posted", "sent_item", sent_id, user=by, at=now,
                         summary=f"dag={day.isoformat()}")
        announce("sheet", {r.caller_id for r in rows})
    return PostingBatch(day, pdf, [_entry(r) for r in rows])


@guarded
def posted_batch(day: date) -> PostingBatch | None:
    """The batch already posted on ``day``, to print again; None if there was none."""
    rows = list(_query(SentSheet.posted_on == day))
    if not rows:
        return None
    pdf = merge_pdfs([bytes(r.sheet.pdf) for r in rows], batch_title(day, len(rows)))
    return PostingBatch(day, pdf, [_entry(r) for r in rows])
