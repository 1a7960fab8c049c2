"""The checklist per patient: created on booking, filled in any order, every change audited."""

from __future__ import annotations

import sqlite3
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from reception.calls import CallForm, UnknownCaller, end_call, start_call
from reception.checklist import (
    BloodThinners,
    Booking,
    Companion,
    ImageRequest,
    ImagesReceived,
    NoChecklist,
    ReasonRequired,
    Scan,
    StepStatus,
    StorageUnavailable,
    ensure_checklist,
    load_checklist,
    save_step,
    set_step_status,
)
from reception.store import open_database
from reception.store.models import AuditEntry, ChecklistStep

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 5, 4)
STEPS = ("booking", "scan", "request_images", "send_images", "blood_thinners", "companion")


def booked(name: str = "Jens Hansen", phone: str = "23394977",
           areas: tuple[str, ...] = ("knae",)) -> int:
    """A call that ends "booked", followed by what the call screen does: ensure_checklist."""
    result = end_call(start_call(phone), CallForm(phone=phone, name=name, pain_areas=areas),
                      "booked", today=TODAY)
    assert result.caller_id is not None
    ensure_checklist(result.caller_id, by="Mette")
    return result.caller_id


def audit_rows() -> list[tuple[str, str, str]]:
    return [(a.action, a.summary, a.user) for a in AuditEntry.select()
            .where(AuditEntry.entity == "checklist").order_by(AuditEntry.id)]


def test_booking_creates_a_checklist_of_six_missing_steps_once(database) -> None:
    caller = booked(areas=("knae", "hofte"))
    first = ensure_checklist(caller, by="Mette")
    assert ensure_checklist(caller, by="Ole") == first  # idempotent
    checklist = load_checklist(caller, TODAY)
    assert checklist is not None and checklist.id == first
    assert checklist.caller_name == "Jens Hansen"
    assert tuple(checklist.states) == STEPS
    assert checklist.missing_steps == STEPS
    assert checklist.progress_text == "0 af 6"
    assert checklist.booking.areas == ("knae", "hofte")  # from the call
    assert checklist.created_by == "Mette"
    assert audit_rows() == [("checklist.create", f"person={caller}", "Mette")]
    assert ChecklistStep.select().count() == 6


def test_no_checklist_until_booked(database) -> None:
    result = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens"),
                      "no_action", today=TODAY)
    assert load_checklist(result.caller_id) is None
    with pytest.raises(NoChecklist, match="ingen tjekliste"):
        save_step(result.caller_id, Companion(arranged=True))
    with pytest.raises(UnknownCaller):
        ensure_checklist(9999)


def test_steps_are_filled_in_any_order_and_progress_counts_not_relevant(database) -> None:
    caller = booked()
    save_step(caller, Companion(True, "Anne Hansen"), status=StepStatus.DONE, by="Mette",
              today=TODAY)
    save_step(caller, BloodThinners(takes=False), status=StepStatus.NOT_RELEVANT,
              reason="Tager ingen blodfortyndende", by="Ole", today=TODAY)
    # 26 May 2026, a Tuesday (+20 days was Pinsedag, which now warns)
    result = save_step(caller, Booking(TODAY + timedelta(days=22), time(10, 30), ("knae",)),
                       status=StepStatus.DONE, by="Mette", today=TODAY)
    checklist = result.checklist
    assert result.warnings == ()
    assert checklist.progress_text == "3 af 6"
    assert checklist.missing_steps == ("scan", "request_images", "send_images")
    assert checklist.companion == Companion(True, "Anne Hansen")
    blood = checklist.states["blood_thinners"]
    assert blood.status is StepStatus.NOT_RELEVANT
    assert blood.reason == "Tager ingen blodfortyndende" and blood.changed_by == "Ole"
    assert blood.changed_at is not None and blood.changed_at.tzinfo is not None


def test_a_step_can_be_undone_and_data_stays(database) -> None:
    caller = booked()
    save_step(caller, ImagesReceived(TODAY), status=StepStatus.DONE, today=TODAY)
    checklist = set_step_status(caller, "send_images", StepStatus.MISSING, by="Ole",
                                today=TODAY)
    assert checklist.status("send_images") is StepStatus.MISSING
    assert checklist.received.received == TODAY  # undoing the tick keeps what was typed
    assert checklist.progress_text == "0 af 6"


def test_not_relevant_needs_a_reason_and_nothing_is_written_without(database) -> None:
    caller = booked()
    with pytest.raises(ReasonRequired, match="hvorfor"):
        set_step_status(caller, "scan", StepStatus.NOT_RELEVANT, "  ")
    with pytest.raises(ReasonRequired):
        save_step(caller, Scan("mr", "knae", TODAY), status=StepStatus.NOT_RELEVANT)
    checklist = load_checklist(caller, TODAY)
    assert checklist.scan == Scan() and checklist.status("scan") is StepStatus.MISSING
    checklist = set_step_status(caller, "scan", StepStatus.NOT_RELEVANT,
                                "Lægen ser på det ved konsultationen")
    assert checklist.states["scan"].reason == "Lægen ser på det ved konsultationen"
    checklist = set_step_status(caller, "scan", StepStatus.DONE)
    assert checklist.states["scan"].reason == ""  # a reason belongs to "not relevant"


def test_every_change_is_audited_with_user_and_time_but_no_patient_data(database) -> None:
    caller = booked()
    save_step(caller, ImageRequest("Røntgen, Aarhus Universitetshospital", TODAY),
              status=StepStatus.DONE, by="Mette", today=TODAY)
    set_step_status(caller, "request_images", StepStatus.MISSING, by="Ole")
    set_step_status(caller, "companion", StepStatus.NOT_RELEVANT, "Datter kører (Anne)",
                    by="Ole")
    rows = audit_rows()
    assert rows[1:] == [
        ("checklist.data", "trin=request_images felter=department,asked", "Mette"),
        ("checklist.status", "trin=request_images status=done", "Mette"),
        ("checklist.status", "trin=request_images status=missing", "Ole"),
        ("checklist.status", "trin=companion status=not_relevant", "Ole"),
    ]
    text = " ".join(a.summary for a in AuditEntry.select())
    assert "Aarhus" not in text and "Anne" not in text
    assert all(a.at is not None for a in AuditEntry.select())


def test_saving_the_same_again_writes_nothing(database) -> None:
    caller = booked()
    data = Scan("rontgen", "knae", date(2025, 1, 10), "Regionshospitalet Randers")
    save_step(caller, data, status=StepStatus.DONE, by="Mette", today=TODAY)
    before = len(audit_rows())
    save_step(caller, data, status=StepStatus.DONE, by="Ole", today=TODAY)
    set_step_status(caller, "scan", StepStatus.DONE, by="Ole")
    assert len(audit_rows()) == before
    assert load_checklist(caller).states["scan"].changed_by == "Mette"


def test_a_scan_date_in_the_future_is_warned_about_and_kept(database) -> None:
    caller = booked()
    future = TODAY + timedelta(days=3)
    result = save_step(caller, Scan("mr", "ryg", future, "Privathospitalet"), today=TODAY)
    (warning,) = result.warnings
    assert "7. maj 2026" in warning and "fremtiden" in warning and "gemt som skrevet" in warning
    assert result.checklist.scan.taken == future
    assert load_checklist(caller).scan.taken == future  # never silently altered


def test_a_consultation_in_the_past_is_warned_about_and_kept(database) -> None:
    caller = booked()
    past = TODAY - timedelta(days=1)
    result = save_step(caller, Booking(past, time(9, 0), ("knae",)), today=TODAY)
    assert any("passeret" in w and "3. maj 2026" in w for w in result.warnings)
    assert result.checklist.booking.consultation_date == past
    assert [f.code for f in result.checklist.flags if f.step == "booking"] == [
        "consultation_past"]
    assert not save_step(caller, Booking(TODAY, None, ()), today=TODAY).warnings  # today is fine


def test_images_received_before_they_were_requested_warns_either_way_round(database) -> None:
    caller = booked()
    save_step(caller, ImageRequest("Røntgenafd. Vejle", date(2026, 4, 20)), today=TODAY)
    result = save_step(caller, ImagesReceived(date(2026, 4, 18)), today=TODAY)
    (warning,) = result.warnings
    assert "før de blev bestilt" in warning and "18. april 2026" in warning
    assert result.checklist.received.received == date(2026, 4, 18)
    # correcting the request date to after the arrival warns too; correcting it right does not
    assert save_step(caller, ImageRequest("Røntgenafd. Vejle", date(2026, 4, 19)),
                     today=TODAY).warnings
    assert save_step(caller, ImageRequest("Røntgenafd. Vejle", date(2026, 4, 15)),
                     today=TODAY).warnings == ()


def test_a_pause_starting_after_the_consultation_is_warned_about(database) -> None:
    caller = booked()
    save_step(caller, Booking(date(2026, 5, 20), time(10, 0), ("knae",)), today=TODAY)
    result = save_step(caller, BloodThinners(True, "Eliquis", True, date(2026, 5, 22)),
                       today=TODAY)
    assert any("efter konsultationen" in w for w in result.warnings)
    ok = save_step(caller, BloodThinners(True, "Eliquis", True, date(2026, 5, 17)), today=TODAY)
    assert ok.warnings == ()
    assert ok.checklist.blood_thinners == BloodThinners(True, "Eliquis", True, date(2026, 5, 17))


def test_the_scan_flag_follows_the_two_year_rule_through_the_database(database) -> None:
    caller = booked()
    save_step(caller, Scan("mr", "knae", date(2024, 2, 29), "AUH"), today=TODAY)
    save_step(caller, Booking(date(2026, 2, 28), time(10, 0), ()), today=date(2026, 2, 1))
    checklist = load_checklist(caller, date(2026, 2, 1))
    assert checklist.scan_usable_until == date(2026, 2, 28)
    assert "scan_too_old" not in [f.code for f in checklist.flags]
    save_step(caller, Booking(date(2026, 3, 1), time(10, 0), ()), today=date(2026, 2, 1))
    checklist = load_checklist(caller, date(2026, 2, 1))
    (flag,) = checklist.flags_for("scan")
    assert flag.code == "scan_too_old" and "28. februar 2026" in flag.text
    set_step_status(caller, "scan", StepStatus.NOT_RELEVANT, "Lægen tager ny scanning")
    assert not load_checklist(caller, date(2026, 2, 1)).flags_for("scan")


def test_the_images_flag_starts_seven_days_before(database) -> None:
    caller = booked()
    consultation = date(2026, 5, 20)
    save_step(caller, Booking(consultation, time(10, 0), ()), today=TODAY)

    def flagged(today: date) -> bool:
        return bool(load_checklist(caller, today).flags_for("send_images"))

    assert not flagged(consultation - timedelta(days=8))
    assert flagged(consultation - timedelta(days=7))
    assert flagged(consultation)
    assert not flagged(consultation + timedelta(days=1))
    save_step(caller, ImagesReceived(date(2026, 5, 14)), today=date(2026, 5, 14))
    assert not flagged(consultation - timedelta(days=1))  # arrived, even before ticking


def test_everything_survives_closing_and_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path)
    caller = booked(name="Ærtebjørg Ødegård 🦓")
    save_step(caller, Scan("ct", "nakke", date(2025, 9, 1), "Sygehus Sønderjylland"),
              status=StepStatus.DONE, by="Mette", today=TODAY)
    save_step(caller, Companion(True, "Søren 🚗"), today=TODAY)
    open_database(path).close()
    open_database(path)
    checklist = load_checklist(caller, TODAY)
    assert checklist.caller_name == "Ærtebjørg Ødegård 🦓"
    assert checklist.scan == Scan("ct", "nakke", date(2025, 9, 1), "Sygehus Sønderjylland")
    assert checklist.companion.name == "Søren 🚗"
    assert checklist.status("scan") is StepStatus.DONE


def test_unknown_codes_are_a_programming_error(database) -> None:
    caller = booked()
    with pytest.raises(ValueError):
        save_step(caller, Scan(kind="pet"))
    with pytest.raises(ValueError):
        save_step(caller, Booking(areas=("albue",)))
    with pytest.raises(ValueError):
        set_step_status(caller, "payment", StepStatus.DONE)


def test_a_locked_database_raises_a_clear_error_and_the_retry_works(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = open_database(path, busy_timeout_ms=50)
    caller = booked()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(StorageUnavailable) as caught:
        save_step(caller, Companion(True), today=TODAY)
    assert caught.value.reason == "locked"
    assert load_checklist(caller).companion == Companion()  # reading still works
    other.execute("ROLLBACK")
    other.close()
    assert save_step(caller, Companion(True), today=TODAY).checklist.companion.arranged
    database.close()


def test_booking_mid_call_writes_the_agreed_day_and_time_and_keeps_the_areas(database) -> None:
    from datetime import time

    from reception.checklist import book_consultation

    result = end_call(start_call("23394977"),
                      CallForm(phone="23394977", name="Jens Hansen", pain_areas=("knae",)),
                      "booked", today=TODAY)
    assert load_checklist(result.caller_id, TODAY) is None
    day = date(2026, 5, 12)  # a Tuesday
    saved = book_consultation(result.caller_id, day, time(13, 30), by="Mette", today=TODAY)
    assert saved.checklist.booking.consultation_date == day
    assert saved.checklist.booking.consultation_time == time(13, 30)
    assert saved.checklist.booking.areas == ("knae",)
    again = book_consultation(result.caller_id, by="Ole", today=TODAY)  # no day: unchanged
    assert again.checklist.booking.consultation_date == day
