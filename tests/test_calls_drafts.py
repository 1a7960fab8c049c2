"""Drafts: everything typed is stored as typed, survives a restart, and is offered back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from reception.calls import (
    CallForm,
    CallSession,
    UnknownCall,
    choose_caller,
    discard_draft,
    end_call,
    load_call_form,
    save_draft,
    start_call,
    unfinished_drafts,
)
from reception.store import open_database
from reception.store.models import AuditEntry, Call

pytestmark = pytest.mark.both_backends

FULL_FORM = CallForm(
    phone="2339 497",  # incomplete: stored as typed
    name="Anne-Grethe Ødegård",
    email="anne-at-example.dk",  # no @: stored as typed
    street="Guldvej",
    postcode="80",  # not 4 digits: stored as typed
    town="Århus",
    country="Danmark",
    preferred_contact="sms",
    consent_to_contact=True,
    pain_areas=("nakke", "skulder"),
    pain_since="31-12-2999",  # in the future: stored as typed
    duration_value=18,
    duration_unit="months",
    pain_increasing=True,
    pain_returns_quickly=True,
    treatments_tried=("fysioterapi", "akupunktur"),
    referral_source="egen læge",
    notes="Ondt i nakken 🤕\nSiden trafikuheld.",
    follow_up="Send ark om nakkesmerter",
)


@pytest.fixture
def path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "db.sqlite3"
    database = open_database(path)
    yield path
    database.close()


def reopen(path: Path) -> SqliteDatabase:
    """What the next start of the app does."""
    return open_database(path)


def test_start_call_makes_a_draft_with_the_number(path) -> None:
    call_id = start_call("23 39 49 77", taken_by="Mette")
    call = Call.get_by_id(call_id)
    assert call.status == "draft" and call.direction == "in" and call.taken_by == "Mette"
    assert call.phone_e164 == "+4523394977"
    assert load_call_form(call_id) == CallForm(phone="23 39 49 77")


def test_a_draft_keeps_every_field_as_typed_across_a_restart(path) -> None:
    call_id = start_call()
    assert save_draft(call_id, FULL_FORM) is True
    reopen(path)
    assert load_call_form(call_id) == FULL_FORM
    [draft] = unfinished_drafts()
    assert draft.call_id == call_id and draft.name == "Anne-Grethe Ødegård"
    assert draft.phone == "2339 497" and draft.notes_length == len(FULL_FORM.notes)


def test_saving_the_same_draft_twice_changes_nothing_more(path) -> None:
    call_id = start_call()
    save_draft(call_id, FULL_FORM)
    save_draft(call_id, FULL_FORM)
    assert Call.select().count() == 1
    assert load_call_form(call_id) == FULL_FORM


def test_later_saves_replace_earlier_ones(path) -> None:
    call_id = start_call()
    save_draft(call_id, FULL_FORM)
    shorter = replace(FULL_FORM, notes="", pain_areas=(), name="A")
    save_draft(call_id, shorter)
    assert load_call_form(call_id) == shorter


def test_an_ended_call_is_no_longer_a_draft(path) -> None:
    call_id = start_call("23394977")
    form = CallForm(phone="23394977", name="Jens Hansen")
    end_call(call_id, form, "no_action")
    assert save_draft(call_id, replace(form, notes="late autosave")) is False
    assert unfinished_drafts() == []
    assert load_call_form(call_id).notes == ""


def test_unknown_call_ids_raise(path) -> None:
    with pytest.raises(UnknownCall):
        save_draft(12345, CallForm())
    with pytest.raises(UnknownCall):
        load_call_form(12345)


def test_a_known_number_prefills_the_caller(path) -> None:
    first = start_call("23394977")
    end_call(first, CallForm(phone="23394977", name="Jens Hansen", postcode="8000",
                             town="Aarhus C", treatments_tried=("massage",)), "no_action")
    call_id = start_call("+45 23 39 49 77")
    form = load_call_form(call_id)
    assert form.caller_id is not None and form.name == "Jens Hansen"
    assert form.postcode == "8000" and form.treatments_tried == ("massage",)
    assert form.phone == "+45 23 39 49 77" and form.pain_areas == ()


def test_a_shared_number_is_left_for_the_receptionist_to_choose(path) -> None:
    for name in ("Karen Jensen", "Poul Jensen"):
        end_call(start_call("23394977"), CallForm(phone="23394977", name=name), "no_action")
    call_id = start_call("23394977")
    form = load_call_form(call_id)
    assert form.caller_id is None and form.name == ""
    poul = next(c for c in Call.select() if c.caller and c.caller.name == "Poul Jensen").caller_id
    chosen = choose_caller(call_id, poul, replace(form, notes="ringer for sin kone"))
    assert chosen.name == "Poul Jensen" and chosen.notes == "ringer for sin kone"
    assert load_call_form(call_id) == chosen
    assert Call.get_by_id(call_id).caller_id == poul
    cleared = choose_caller(call_id, None, chosen)
    assert cleared.caller_id is None and Call.get_by_id(call_id).caller_id is None


def test_a_form_pointing_at_a_missing_caller_is_still_saved(path) -> None:
    call_id = start_call()
    form = replace(FULL_FORM, caller_id=999)
    assert save_draft(call_id, form) is True
    assert load_call_form(call_id) == form
    assert Call.get_by_id(call_id).caller_id is None


def test_discarding_a_draft(path) -> None:
    keep, drop = start_call("23394977"), start_call("40404040")
    assert discard_draft(drop, by="Mette") is True
    assert [d.call_id for d in unfinished_drafts()] == [keep]
    assert AuditEntry.get(AuditEntry.action == "call.discard").entity_id == drop
    saved = start_call()
    end_call(saved, CallForm(name="Jens"), "no_action")
    assert discard_draft(saved) is False


def test_unfinished_drafts_newest_first(path) -> None:
    older = start_call(now=datetime(2024, 5, 1, 8, 0, tzinfo=UTC))
    newer = start_call(now=datetime(2024, 5, 1, 9, 0, tzinfo=UTC))
    assert [d.call_id for d in unfinished_drafts()] == [newer, older]
    assert unfinished_drafts()[0].started_at == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def test_call_session_autosaves_only_changes_and_resumes(path) -> None:
    session = CallSession.start(phone="23394977", taken_by="Mette")
    assert session.call_id is not None and session.flush() is True
    session.update(replace(session.form, name="Jens", notes="noget"))
    assert session.dirty
    assert session.flush() is True and not session.dirty
    reopen(path)
    resumed = CallSession.resume(session.call_id)
    assert resumed.form.name == "Jens" and resumed.form.notes == "noget"
    result = resumed.end("no_action")
    assert result.caller_id is not None
    assert unfinished_drafts() == []


def test_discarding_a_draft_keeps_a_sheet_sent_during_it(path) -> None:
    from reception.store.models import Caller, SentItem

    caller = Caller.create(name="Jens", created_at=datetime.now(UTC),
                           updated_at=datetime.now(UTC))
    draft = start_call("23394977")
    sent = SentItem.create(caller=caller.id, call=draft, what="Informationsark", how="print",
                           sent_at=datetime.now(UTC), sent_by="Mette")
    assert discard_draft(draft) is True
    kept = SentItem.get_by_id(sent.id)
    assert kept.call_id is None and kept.caller_id == caller.id
