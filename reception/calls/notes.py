"""Notes about a caller written outside a call's own notes field.

``add_note(caller_id, text, author="", call_id=None) -> int``: stored exactly as
typed (any length, any Unicode), found by ``search_callers``.
"""

from __future__ import annotations

from datetime import datetime

from reception.calls import audit
from reception.calls.form import clean_text
from reception.changes import announce
from reception.store import write_transaction
from reception.store.errors import guarded
from reception.store.fields import utc_now
from reception.store.models import Note


@guarded
def add_note(
    caller_id: int,
    text: str,
    author: str = "",
    call_id: int | None = None,
    *,
    now: datetime | None = None,
) -> int:
    """Add a note to a caller (and to one of their calls); returns its id."""
    now = now or utc_now()
    with write_transaction():
        note = Note.create(caller=caller_id, call=call_id, text=clean_text(text),
                           created_at=now, author=author)
        audit.record("note.create", "note", note.id, user=author, at=now,
                     summary=f"person={caller_id}")
        announce("caller", caller_id)
    return int(note.id)
