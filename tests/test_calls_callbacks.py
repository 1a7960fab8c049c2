"""Callbacks: due today first, then overdue; attempts counted; a callback call completes it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reception.calls import (
    CallForm,
    UnknownCallback,
    complete_callback,
    discard_draft,
    due_callbacks,
    end_call,
    load_call_form,
    record_callback_attempt,
    start_callback_call,
)
from reception.calls.drafts import start_call
from reception.store.models import AuditEntry, Call, Callback

pytestmark = pytest.mark.both_backends


TODAY = date(2024, 5, 10)


def promise(name: str, phone: str, due: date, reason: str = "") -> int:
    result = end_call(start_call(phone), CallForm(phone=phone, name=name), "call_back",
                      callback_due=due, callback_reason=reason, today=TODAY)
    assert result.callback_id is not None
    return result.callback_id


def test_due_callbacks_today_first_then_overdue_oldest_first(database) -> None:
    later = promise("Fremtid", "21234501", TODAY + timedelta(days=1))
    week_late = promise("Uge", "21234502", TODAY - timedelta(days=7), "Venter på scanning")
    today = promise("Idag", "21234503", TODAY, "Vil tænke over det")
    day_late = promise("Dag", "21234504", TODAY - timedelta(days=1))
    due = due_callbacks(TODAY)
    assert [c.id for c in due] == [today, week_late, day_late]
    assert later not in [c.id for c in due]
    first = due[0]
    assert first.caller_name == "Idag" and first.phone == "21 23 45 03"
    assert first.reason == "Vil tænke over det" and first.attempts == 0
    assert first.days_overdue == 0 and due[1].days_overdue == 7


def test_attempts_are_counted(database) -> None:
    callback = promise("Jens", "23394977", TODAY)
    assert record_callback_attempt(callback, by="Mette") == 1
    assert record_callback_attempt(callback) == 2
    assert due_callbacks(TODAY)[0].attempts == 2


def test_completing_by_hand(database) -> None:
    callback = promise("Jens", "23394977", TODAY)
    complete_callback(callback, by="Mette")
    complete_callback(callback)  # twice is harmless
    assert due_callbacks(TODAY) == []
    assert AuditEntry.select().where(AuditEntry.action == "callback.complete").count() == 1


def test_a_callback_call_logs_a_call_and_completes_it(database) -> None:
    callback = promise("Jens Hansen", "23394977", TODAY)
    call_id = start_callback_call(callback, taken_by="Mette")
    call = Call.get_by_id(call_id)
    assert call.direction == "out" and call.status == "draft"
    form = load_call_form(call_id)
    assert form.name == "Jens Hansen" and form.phone == "23 39 49 77"
    assert Callback.get_by_id(callback).attempts == 1
    result = end_call(call_id, form, "booked", today=TODAY)
    assert result.completed_callbacks == (callback,)
    done = Callback.get_by_id(callback)
    assert done.done_at is not None and done.done_call_id == call_id
    assert due_callbacks(TODAY) == []


def test_no_answer_again_makes_a_new_callback(database) -> None:
    callback = promise("Jens Hansen", "23394977", TODAY)
    call_id = start_callback_call(callback)
    result = end_call(call_id, load_call_form(call_id), "call_back",
                      callback_due=TODAY + timedelta(days=2), today=TODAY)
    assert result.completed_callbacks == (callback,)
    assert [c.id for c in due_callbacks(TODAY + timedelta(days=2))] == [result.callback_id]


def test_discarding_a_callback_call_leaves_the_callback_open(database) -> None:
    callback = promise("Jens Hansen", "23394977", TODAY)
    discard_draft(start_callback_call(callback))
    [entry] = due_callbacks(TODAY)
    assert entry.id == callback and entry.attempts == 1
    assert Callback.get_by_id(callback).done_call_id is None


def test_unknown_callbacks_raise(database) -> None:
    with pytest.raises(UnknownCallback):
        record_callback_attempt(99)
    with pytest.raises(UnknownCallback):
        complete_callback(99)
    with pytest.raises(UnknownCallback):
        start_callback_call(99)
