"""»Ark at sende«: a sheet promised on a call stays on the list until one is sent after it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from reception.calls import CallForm, UnknownCaller, caller_history, end_call, start_call
from reception.calls.outcomes import has_outcome, outcome_has
from reception.calls.outcomes import stored_outcomes as outcome_codes
from reception.sheets import log_sent_sheet
from reception.sheets.pending import (
    NOT_NEEDED,
    mark_sheet_not_needed,
    pending_sheet_count,
    sheets_to_send,
)
from reception.store.models import AuditEntry, Call

PDF = b"%PDF-1.4 test"
MORNING = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
TODAY = date(2026, 12, 1)

pytestmark = pytest.mark.both_backends


def call(name: str, phone: str, outcome: str, at: datetime, taken_by: str = "Mette") -> tuple[
        int, int]:
    """A saved call started at ``at``; returns (call id, caller id)."""
    call_id = start_call(phone, taken_by=taken_by, now=at)
    result = end_call(call_id, CallForm(phone=phone, name=name, email="a@b.dk"),
                      outcome.split(",")[0],
                      now=at + timedelta(minutes=5), today=TODAY)
    if "," in outcome:  # several outcomes, as the lead's end dialog stores them
        Call.update(outcome=outcome).where(Call.id == call_id).execute()
    assert result.caller_id is not None
    return call_id, result.caller_id


def send(caller_id: int, at: datetime, call_id: int | None = None) -> int:
    return log_sent_sheet(caller_id, call_id, ["steps"], "email", "Mette", PDF, now=at)


def test_outcome_codes_match_whole_codes_only(database) -> None:
    assert outcome_codes("booked,send_sheet") == ("booked", "send_sheet")
    assert outcome_codes(None) == () and not has_outcome(None, "send_sheet")
    assert has_outcome("send_sheet", "send_sheet")
    assert not has_outcome("resend_sheet", "send_sheet")
    for i, text in enumerate(["send_sheet", "booked,send_sheet", "send_sheet,call_back",
                              "resend_sheet", "sendXsheet", "booked", None]):
        Call.create(started_at=MORNING, updated_at=MORNING, outcome=text, status="saved",
                    notes=str(i))
    found = sorted(int(c.notes) for c in Call.select().where(outcome_has("send_sheet")))
    assert found == [0, 1, 2]  # no LIKE wildcard: "sendXsheet" is not "send_sheet"
    with pytest.raises(ValueError):
        outcome_has("a,b")


def test_a_promise_is_pending_until_a_sheet_is_sent_after_the_call_started(database) -> None:
    anne_call, anne = call("Anne Hansen", "21234501", "send_sheet", MORNING, "Mette")
    bo_call, bo = call("Bo Jensen", "21234502", "booked,send_sheet",
                       MORNING + timedelta(hours=1), "Ole")
    _, cille = call("Cille Dam", "21234503", "booked", MORNING)  # nothing promised
    pending = sheets_to_send(TODAY)
    assert [(p.caller_id, p.name, p.call_id, p.promised_by, p.days_waiting) for p in pending] == [
        (anne, "Anne Hansen", anne_call, "Mette", 1), (bo, "Bo Jensen", bo_call, "Ole", 1)]
    assert pending[0].promised_on == MORNING.astimezone().date()
    assert pending_sheet_count() == 2
    assert cille not in [p.caller_id for p in pending]

    send(bo, MORNING - timedelta(days=3))  # sent before the call: does not keep the promise
    assert [p.caller_id for p in sheets_to_send(TODAY)] == [anne, bo]
    send(bo, MORNING + timedelta(hours=1, minutes=2), bo_call)  # during the call: it counts
    send(anne, MORNING + timedelta(days=1))
    assert sheets_to_send(TODAY) == [] and pending_sheet_count() == 0


def test_a_new_promise_after_a_sent_sheet_is_pending_again_and_listed_once(database) -> None:
    first, anne = call("Anne Hansen", "21234501", "send_sheet", MORNING)
    second_at = MORNING + timedelta(days=1)
    second = start_call("21234501", now=second_at)
    end_call(second, CallForm(phone="21234501", name="Anne Hansen", caller_id=anne, email="a@b.dk"),
             "send_sheet", now=second_at, today=TODAY)
    third_at = MORNING + timedelta(days=1, hours=2)
    third = start_call("21234501", now=third_at)
    end_call(third, CallForm(phone="21234501", name="Anne Hansen", caller_id=anne, email="a@b.dk"),
             "send_sheet", now=third_at, today=TODAY)
    pending = sheets_to_send(TODAY)
    assert [(p.caller_id, p.call_id) for p in pending] == [(anne, first)]  # the oldest
    send(anne, MORNING + timedelta(hours=3))  # settles the first promise only
    assert [(p.caller_id, p.call_id) for p in sheets_to_send(TODAY)] == [(anne, second)]
    assert pending_sheet_count() == 1


def test_not_needed_settles_the_promise_and_shows_in_the_history(database) -> None:
    call_id, anne = call("Anne Hansen", "21234501", "send_sheet", MORNING)
    item = mark_sheet_not_needed(anne, call_id, by="Mette", now=MORNING + timedelta(hours=2))
    assert sheets_to_send(TODAY) == []
    sent = caller_history(anne, TODAY).sent_items
    assert [(s.id, s.how, s.what) for s in sent] == [
        (item, NOT_NEEDED, "Informationsark ikke nødvendigt")]
    audit = AuditEntry.get(AuditEntry.action == "sheet.not_needed")
    assert (audit.entity_id, audit.user, audit.summary) == (item, "Mette", f"opkald={call_id}")
    with pytest.raises(UnknownCaller):
        mark_sheet_not_needed(9999)
