"""The questions ticked during a call, for the information sheet to pre-select.

The call screen (or the knowledge panel) calls ``set_ticked_faq(call_id, keys)``
with the whole current list whenever a tick changes; ``ticked_faq(call_id)`` reads
it back in the order given. Keys are FAQ ids with or without the ``faq:`` prefix;
they are stored with it. The ticks go when the call is deleted (a discarded draft).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from reception.calls.drafts import UnknownCall
from reception.sheets.selection import faq_key
from reception.store import write_transaction
from reception.store.errors import guarded
from reception.store.fields import join_codes, utc_now
from reception.store.models import Call, CallFaqTick


@guarded
def set_ticked_faq(call_id: int, keys: Iterable[str], *, now: datetime | None = None) -> None:
    """Replace the call's ticked questions with ``keys`` (in that order, duplicates dropped)."""
    wanted = join_codes(faq_key(k.strip()) for k in keys if k.strip())
    now = now or utc_now()
    with write_transaction():
        if not Call.select().where(Call.id == call_id).exists():
            raise UnknownCall(call_id)
        CallFaqTick.delete().where(CallFaqTick.call == call_id).execute()
        if wanted:
            CallFaqTick.insert_many([
                {"call": call_id, "faq_key": key, "position": n, "ticked_at": now}
                for n, key in enumerate(wanted)
            ]).execute()


@guarded
def ticked_faq(call_id: int) -> list[str]:
    """The call's ticked questions as ``faq:<id>`` keys, in the order ticked."""
    query = (CallFaqTick.select(CallFaqTick.faq_key).where(CallFaqTick.call == call_id)
             .order_by(CallFaqTick.position, CallFaqTick.id))
    return [row[0] for row in query.tuples()]
