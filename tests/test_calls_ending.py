"""Ending a call: saved with duration and outcome, caller created or updated, audit written."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from reception.calls import (
    CallForm,
    CallNotDraft,
    InvalidForm,
    caller_history,
    end_call,
    load_call_form,
    start_call,
    unfinished_drafts,
)
from reception.store.models import AuditEntry, Call, Callback, Caller, CallerPhone

pytestmark = pytest.mark.both_backends

START = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
TODAY = date(2024, 5, 1)


FORM = CallForm(
    phone="23 39 49 77", name="Jens Hansen", email="jens@example.dk", street="Guldvej 12",
    postcode="8000", town="Aarhus C", preferred_contact="phone", consent_to_contact=True,
    pain_areas=("nakke",), pain_since="1-5-2022", duration_value=2, duration_unit="years",
    treatments_tried=("fysioterapi",), referral_source="egen læge",
    notes="Nakkesmerter efter piskesmæld.", follow_up="Book forundersøgelse",
)


def test_a_new_caller_is_created_and_the_call_saved(database) -> None:
    call_id = start_call("23394977", taken_by="Mette", now=START)
    result = end_call(call_id, FORM, "booked", now=START + timedelta(minutes=4, seconds=5),
                      today=TODAY)
    assert result.created_caller and result.duration_seconds == 245
    call = Call.get_by_id(call_id)
    assert call.status == "saved" and call.outcome == "booked"
    assert call.ended_at == START + timedelta(minutes=4, seconds=5)
    assert call.duration_seconds == 245 and call.caller_id == result.caller_id
    assert call.pain_areas == ("nakke",) and call.duration_value == 2
    assert call.duration_unit == "years" and call.treatments_tried == ("fysioterapi",)
    assert call.notes == FORM.notes and call.follow_up == "Book forundersøgelse"
    assert call.draft_form == ""
    caller = Caller.get_by_id(result.caller_id)
    assert caller.name == "Jens Hansen" and caller.email == "jens@example.dk"
    assert (caller.street, caller.postcode, caller.town, caller.country) == (
        "Guldvej 12", "8000", "Aarhus C", "Danmark")
    assert caller.consent_to_contact and caller.consent_at == START + timedelta(minutes=4,
                                                                               seconds=5)
    assert caller.pain_since == "2022-05-01" and caller.referral_source == "egen læge"
    assert [p.e164 for p in CallerPhone.select()] == ["+4523394977"]
    assert unfinished_drafts() == []


def test_a_returning_caller_is_updated_not_duplicated(database) -> None:
    first = end_call(start_call("23394977"), FORM, "send_sheet", today=TODAY)
    call_id = start_call("23394977")
    form = load_call_form(call_id)
    assert form.caller_id == first.caller_id
    second = end_call(call_id, replace(form, email="", town="Aarhus N", pain_areas=("knae",),
                                       treatments_tried=("massage",)), "no_action", today=TODAY)
    assert second.caller_id == first.caller_id and not second.created_caller
    assert Caller.select().count() == 1
    caller = Caller.get_by_id(first.caller_id)
    assert caller.email == "jens@example.dk"  # an empty field never blanks a stored one
    assert caller.town == "Aarhus N"
    assert caller.pain_areas == ("nakke", "knae")
    assert caller.treatments_tried == ("fysioterapi", "massage")
    assert caller_history(first.caller_id, today=TODAY).call_count == 2


def test_an_anonymous_call_without_name_or_number_creates_no_caller(database) -> None:
    result = end_call(start_call(), CallForm(notes="Spurgte om parkering"), "no_action")
    assert result.caller_id is None and Caller.select().count() == 0
    assert Call.get_by_id(result.call_id).notes == "Spurgte om parkering"


def test_call_back_creates_a_callback(database) -> None:
    due = TODAY + timedelta(days=3)
    result = end_call(start_call("23394977"), FORM, "call_back", callback_due=due,
                      callback_reason="Vil tale med sin læge først", today=TODAY)
    callback = Callback.get_by_id(result.callback_id)
    assert callback.due == due and callback.reason == "Vil tale med sin læge først"
    assert callback.caller_id == result.caller_id and callback.call_id == result.call_id
    assert callback.attempts == 0 and callback.done_at is None


def test_call_back_needs_a_date_and_someone_to_call(database) -> None:
    call_id = start_call()
    with pytest.raises(InvalidForm) as caught:
        end_call(call_id, CallForm(notes="x"), "call_back", force=True)
    assert set(caught.value.problems) == {"callback_due", "phone"}
    assert Call.get_by_id(call_id).status == "draft"
    assert load_call_form(call_id).notes == "x"


def test_problems_refuse_ending_but_keep_the_draft(database) -> None:
    call_id = start_call()
    bad = replace(FORM, postcode="80", email="jens.example.dk")
    with pytest.raises(InvalidForm) as caught:
        end_call(call_id, bad, "booked", today=TODAY)
    assert set(caught.value.problems) == {"postcode", "email"}
    assert "4 cifre" in caught.value.problems["postcode"]
    assert load_call_form(call_id) == bad
    assert Call.get_by_id(call_id).status == "draft"


def test_force_stores_invalid_fields_as_typed(database) -> None:
    bad = replace(FORM, phone="2339 497", postcode="80", email="jens.example.dk",
                  pain_since="sidste efterår")
    result = end_call(start_call(), bad, "booked", force=True, today=TODAY)
    caller = Caller.get_by_id(result.caller_id)
    assert (caller.postcode, caller.email, caller.pain_since) == (
        "80", "jens.example.dk", "sidste efterår")
    [phone] = CallerPhone.select()
    assert phone.e164 is None and phone.raw == "2339 497"


def test_ending_twice_is_refused(database) -> None:
    call_id = start_call()
    end_call(call_id, FORM, "no_action", today=TODAY)
    with pytest.raises(CallNotDraft):
        end_call(call_id, FORM, "booked", today=TODAY)
    assert Call.get_by_id(call_id).outcome == "no_action"


def test_unknown_outcome_is_a_programming_error(database) -> None:
    with pytest.raises(ValueError):
        end_call(start_call(), FORM, "maybe")


def test_audit_entries_hold_ids_and_codes_never_patient_data(database) -> None:
    result = end_call(start_call("23394977", taken_by="Mette"), FORM, "call_back",
                      callback_due=TODAY, today=TODAY)
    actions = {(a.action, a.entity, a.entity_id) for a in AuditEntry.select()}
    assert ("caller.create", "caller", result.caller_id) in actions
    assert ("call.end", "call", result.call_id) in actions
    assert ("callback.create", "callback", result.callback_id) in actions
    assert {a.user for a in AuditEntry.select()} == {"Mette"}
    patient_data = ["Jens", "Hansen", "2339", "jens@", "Guldvej", "8000", "Nakke", "piskesmæld"]
    for entry in AuditEntry.select():
        assert not any(p.lower() in entry.summary.lower() for p in patient_data), entry.summary


def test_an_outgoing_call(database) -> None:
    call_id = start_call("23394977", direction="out")
    end_call(call_id, FORM, "no_action", today=TODAY)
    assert Call.get_by_id(call_id).direction == "out"
    with pytest.raises(ValueError):
        start_call(direction="sideways")
