"""No lost update: two desks saving the same caller, checklist step or setting.

Each "desk" here is a form or an editor that started from a version; the second
save finds the first desk's newer version and is stopped with what changed,
who and when, and nothing of the first desk's save is written over.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from reception.calls import CallForm, end_call, load_call_form, start_call
from reception.calls.callbacks import complete_callback, record_callback_attempt
from reception.checklist import (
    Booking,
    Scan,
    StepStatus,
    ensure_checklist,
    load_checklist,
    save_step,
    set_step_status,
)
from reception.clinic_settings import (
    ClinicSettings,
    clinic_settings_versions,
    load_clinic_settings,
    save_clinic_settings,
)
from reception.store import versions
from reception.store.models import Callback, Caller
from reception.store.versions import ChangedElsewhere

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 5, 4)


@pytest.fixture
def at_desk(monkeypatch: pytest.MonkeyPatch):
    """Switch the desk this process says it is (``RECEPTION_DESK_NAME``)."""
    def switch(name: str) -> None:
        monkeypatch.setenv("RECEPTION_DESK_NAME", name)
    switch("Reception 1")
    return switch


def a_known_caller() -> int:
    result = end_call(start_call("23394977"),
                      CallForm(phone="23394977", name="Åse Ærø", street="Gl. Vej 1",
                               pain_areas=("nakke",)), "no_action")
    return result.caller_id


def test_the_second_desk_to_save_an_address_is_stopped_and_nothing_is_lost(
        database, at_desk) -> None:
    caller_id = a_known_caller()
    first, second = start_call("23394977"), start_call("23394977")
    form_a, form_b = load_call_form(first), load_call_form(second)
    assert form_a.caller_version == form_b.caller_version == 1
    at_desk("Reception 1")
    end_call(first, replace(form_a, street="Nørregade 1"), "no_action")
    at_desk("Reception 2")
    mine = replace(form_b, street="Vestergade 2", notes="skrevet ved skrivebord 2")
    with pytest.raises(ChangedElsewhere) as stopped:
        end_call(second, mine, "no_action")
    conflict = stopped.value
    assert conflict.code == "changed_elsewhere"
    assert [(c.field, c.theirs, c.mine) for c in conflict.changes] == [
        ("street", "Nørregade 1", "Vestergade 2")]
    assert conflict.desk == "Reception 1" and conflict.version == 2 and conflict.at
    assert "Reception 1" in conflict.message and conflict.fields
    assert Caller.get_by_id(caller_id).street == "Nørregade 1"  # theirs stands
    kept = load_call_form(second)  # the call is still a draft, as typed
    assert kept.street == "Vestergade 2" and kept.notes == "skrevet ved skrivebord 2"
    # Keep mine, knowingly: the save states their version and becomes the next one.
    end_call(second, replace(mine, caller_version=conflict.version), "no_action")
    stored = Caller.get_by_id(caller_id)
    assert (stored.street, stored.version, stored.saved_desk) == ("Vestergade 2", 3,
                                                                 "Reception 2")


def test_a_newer_version_that_agrees_is_no_conflict_and_areas_accumulate(
        database, at_desk) -> None:
    caller_id = a_known_caller()
    first, second = start_call("23394977"), start_call("23394977")
    form_a, form_b = load_call_form(first), load_call_form(second)
    end_call(first, replace(form_a, email="aase@example.dk", pain_areas=("nakke", "ryg")),
             "no_action")
    at_desk("Reception 2")
    end_call(second, replace(form_b, email="aase@example.dk", pain_areas=("nakke", "knae")),
             "no_action")
    stored = Caller.get_by_id(caller_id)
    assert stored.email == "aase@example.dk"
    assert set(stored.pain_areas) == {"nakke", "ryg", "knae"}
    assert stored.version == 3


def test_fields_only_one_desk_changed_are_merged_not_stopped(database, at_desk) -> None:
    caller_id = a_known_caller()
    first, second = start_call("23394977"), start_call("23394977")
    form_a, form_b = load_call_form(first), load_call_form(second)
    end_call(first, replace(form_a, email="aase@example.dk", town="Aarhus C"), "no_action")
    third = start_call("23394977")
    form_c = load_call_form(third)  # sees the e-mail and the town
    fourth = start_call("23394977")
    end_call(fourth, replace(load_call_form(fourth), email="aase@post.dk"), "no_action")
    at_desk("Reception 2")
    end_call(second, replace(form_b, street="Vestergade 2"), "no_action")  # no conflict
    end_call(third, replace(form_c, postcode="8000"), "no_action")  # its old e-mail stays out
    stored = Caller.get_by_id(caller_id)
    assert (stored.email, stored.town, stored.street, stored.postcode, stored.version) == (
        "aase@post.dk", "Aarhus C", "Vestergade 2", "8000", 5)


def test_a_save_that_slips_in_between_read_and_write_is_caught(database) -> None:
    caller_id = a_known_caller()
    read = Caller.get_by_id(caller_id)
    assert versions.write(Caller, read, {"street": "A-vej 1"})
    assert not versions.write(Caller, read, {"street": "B-vej 2"})  # still at version 1
    assert Caller.get_by_id(caller_id).street == "A-vej 1"


def test_a_checklist_step_saved_at_another_desk_is_not_written_over(database, at_desk) -> None:
    caller_id = a_known_caller()
    ensure_checklist(caller_id)
    opened = load_checklist(caller_id, TODAY)
    assert opened.version == 1
    scan = Scan(kind="mr", area="nakke", taken=date(2026, 3, 1), place="Skejby")
    save_step(caller_id, scan, today=TODAY, started_from=opened)
    at_desk("Reception 2")
    other = replace(scan, place="Aalborg")
    with pytest.raises(ChangedElsewhere) as stopped:
        save_step(caller_id, other, today=TODAY, started_from=opened)
    assert [(c.field, c.theirs, c.mine) for c in stopped.value.changes] == [
        ("scan_place", "Skejby", "Aalborg")]
    assert load_checklist(caller_id, TODAY).scan.place == "Skejby"
    mine = save_step(caller_id, other, today=TODAY, started_from=stopped.value.version)
    assert mine.checklist.scan.place == "Aalborg"  # kept mine, knowingly
    # Another step from the same old version writes nothing of theirs: saved.
    booking = Booking(consultation_date=date(2026, 6, 1), areas=("nakke",))
    saved = save_step(caller_id, booking, today=TODAY, started_from=opened)
    assert saved.checklist.booking.consultation_date == date(2026, 6, 1)
    # A status from an old version that differs from the stored one is stopped too.
    set_step_status(caller_id, "companion", StepStatus.DONE, started_from=saved.checklist)
    with pytest.raises(ChangedElsewhere) as status_stopped:
        set_step_status(caller_id, "companion", StepStatus.NOT_RELEVANT, "kører selv",
                        started_from=saved.checklist)
    assert status_stopped.value.entity == "checklist_step"
    assert load_checklist(caller_id, TODAY).states["companion"].status is StepStatus.DONE


def test_clinic_settings_saved_at_another_desk_are_not_written_over(database, at_desk) -> None:
    opened = clinic_settings_versions()
    save_clinic_settings(ClinicSettings(street="Guldvej 1", postcode="8000"), opened)
    at_desk("Reception 2")
    with pytest.raises(ChangedElsewhere) as stopped:
        save_clinic_settings(ClinicSettings(street="Sølvvej 2", postcode="8000"), opened)
    assert [(c.field, c.theirs, c.mine) for c in stopped.value.changes] == [
        ("street", "Guldvej 1", "Sølvvej 2")]
    assert stopped.value.desk == "Reception 1"
    assert load_clinic_settings().street == "Guldvej 1"
    save_clinic_settings(ClinicSettings(street="Sølvvej 2", postcode="8000"))  # keep mine
    assert load_clinic_settings().street == "Sølvvej 2"
    assert clinic_settings_versions()["street"] == 2


def test_every_change_of_a_callback_is_a_new_version_by_this_desk(database, at_desk) -> None:
    call = start_call("23394977")
    result = end_call(call, CallForm(phone="23394977", name="Åse Ærø"), "call_back",
                      callback_due=TODAY)
    at_desk("Reception 2")
    record_callback_attempt(result.callback_id)
    complete_callback(result.callback_id)
    complete_callback(result.callback_id)  # twice is harmless, and no new version
    stored = Callback.get_by_id(result.callback_id)
    assert (stored.attempts, stored.version, stored.saved_desk) == (1, 3, "Reception 2")


def test_a_desk_starting_up_leaves_another_desks_open_call_alone(database, monkeypatch) -> None:
    """On the server a call open at desk A is not among desk B's unfinished calls (B would
    take it over at start while A's receptionist is still typing in it); the one desk of a
    SQLite file keeps every unfinished call, whatever its name."""
    from reception.calls import unfinished_drafts
    from reception.desk_identity import DESK_NAME_VARIABLE
    from reception.store import is_postgres

    monkeypatch.setenv(DESK_NAME_VARIABLE, "Reception 1")
    at_a = start_call("23394977")
    monkeypatch.setenv(DESK_NAME_VARIABLE, "Reception 2")
    at_b = start_call("23394978")
    seen_at_b = [draft.call_id for draft in unfinished_drafts()]
    if is_postgres(database):
        assert seen_at_b == [at_b]
    else:
        assert sorted(seen_at_b) == sorted([at_a, at_b])
    monkeypatch.setenv(DESK_NAME_VARIABLE, "Reception 1")
    assert at_a in [draft.call_id for draft in unfinished_drafts()]
