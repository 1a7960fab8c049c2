"""A caller's history: earlier calls with date and outcome, notes, sent items, callbacks, badge."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from reception.calls import (
    CallForm,
    UnknownCaller,
    add_note,
    caller_history,
    end_call,
    load_call_form,
    start_call,
)
from reception.calls.history import badge_text
from reception.store.models import SentItem

pytestmark = pytest.mark.both_backends

TODAY = date(2024, 5, 10)
MORNING = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def test_history_of_a_returning_caller(database) -> None:
    form = CallForm(phone="23394977", name="Jens Hansen", email="jens@example.dk",
                    pain_areas=("ryg",), notes="Første opkald")
    first = end_call(start_call("23394977", taken_by="Mette", now=MORNING), form, "send_sheet",
                     now=MORNING + timedelta(minutes=3), today=TODAY)
    caller_id = first.caller_id
    assert caller_id is not None
    SentItem.create(caller=caller_id, call=first.call_id, what="Informationsark: Kroniske smerter",
                    how="email", sent_at=MORNING + timedelta(hours=1), sent_by="Mette")
    add_note(caller_id, "Hørehæmmet – tal tydeligt.", author="Lise")
    second_start = MORNING + timedelta(days=2)
    call_id = start_call("23394977", now=second_start)
    end_call(call_id, replace(load_call_form(call_id), notes="Andet opkald"), "call_back",
             callback_due=TODAY - timedelta(days=1), callback_reason="Venter på scanning",
             now=second_start + timedelta(minutes=1), today=TODAY)
    start_call("23394977")  # a draft in progress is not history

    history = caller_history(caller_id, today=TODAY)
    assert history.caller.name == "Jens Hansen"
    assert [p.display for p in history.caller.phones] == ["23 39 49 77"]
    assert history.call_count == 2
    assert [c.notes for c in history.calls] == ["Andet opkald", "Første opkald"]
    assert [c.outcome_label for c in history.calls] == ["Ring tilbage", "Informationsark sendes"]
    assert history.calls[1].started_at == MORNING and history.calls[1].duration_seconds == 180
    assert history.calls[1].taken_by == "Mette" and history.calls[1].pain_areas == ("ryg",)
    assert [n.text for n in history.notes] == ["Hørehæmmet – tal tydeligt."]
    assert [s.what for s in history.sent_items] == ["Informationsark: Kroniske smerter"]
    assert [c.reason for c in history.open_callbacks] == ["Venter på scanning"]
    assert history.badge == "3. opkald · tilbageringning forfalden"


def test_badge_texts() -> None:
    from reception.calls.callbacks import CallbackEntry

    def due(day: date) -> CallbackEntry:
        return CallbackEntry(id=1, caller_id=1, caller_name="", phone="", due=day, reason="",
                             attempts=0, call_id=None, days_overdue=0)

    assert badge_text(0, [], TODAY) == "1. opkald"
    assert badge_text(2, [due(TODAY)], TODAY) == "3. opkald · tilbageringning i dag"
    assert badge_text(1, [due(TODAY - timedelta(days=3)), due(TODAY)], TODAY) == (
        "2. opkald · tilbageringning forfalden")
    assert badge_text(4, [due(date(2024, 6, 3))], TODAY) == "5. opkald · tilbageringning 03.06."


def test_unknown_caller(database) -> None:
    with pytest.raises(UnknownCaller):
        caller_history(42)
