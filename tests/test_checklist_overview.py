"""The overview: upcoming consultations soonest first, what is missing, three filters."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from reception.calls import CallForm, end_call, start_call
from reception.checklist import (
    BloodThinners,
    Booking,
    ImagesReceived,
    Scan,
    StepStatus,
    checklist_progress,
    ensure_checklist,
    save_step,
    set_step_status,
    upcoming_consultations,
)
from reception.store import db, is_postgres
from reception.store.models import Caller, Checklist, ChecklistStep

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 5, 4)


def patient(name: str, phone: str, consultation: date | None, at: time | None = time(10, 0)
            ) -> int:
    result = end_call(start_call(phone), CallForm(phone=phone, name=name), "booked",
                      today=TODAY)
    ensure_checklist(result.caller_id)
    if consultation is not None:
        save_step(result.caller_id, Booking(consultation, at, ()), status=StepStatus.DONE,
                  today=TODAY)
    return result.caller_id


def names(rows) -> list[str]:
    return [r.name for r in rows]


def test_the_limit_keeps_the_soonest_then_the_undated_by_name(database) -> None:
    """Bounded reads: the dated rows in date order, the undated after them, never past it."""
    patient("Uden dato B", "21234511", None)
    patient("Sen", "21234512", TODAY + timedelta(days=9))
    patient("Uden dato A", "21234513", None)
    patient("Snart", "21234514", TODAY + timedelta(days=1))
    patient("Forbi", "21234515", TODAY - timedelta(days=3))
    assert names(upcoming_consultations(TODAY, limit=1)) == ["Snart"]
    assert names(upcoming_consultations(TODAY, limit=2)) == ["Snart", "Sen"]
    assert names(upcoming_consultations(TODAY, limit=3)) == ["Snart", "Sen", "Uden dato A"]
    assert names(upcoming_consultations(TODAY, limit=9)) == [
        "Snart", "Sen", "Uden dato A", "Uden dato B"]
    assert names(upcoming_consultations(TODAY, limit=3, include_undated=False)) == [
        "Snart", "Sen"]


def test_chunks_by_offset_make_the_same_list_across_the_undated(database) -> None:
    """The overview reads its rows in chunks: every chunk is that slice of the whole list."""
    patient("Uden dato B", "21234511", None)
    patient("Sen", "21234512", TODAY + timedelta(days=9))
    patient("Uden dato A", "21234513", None)
    patient("Snart", "21234514", TODAY + timedelta(days=1))
    patient("Midt", "21234516", TODAY + timedelta(days=4))
    whole = names(upcoming_consultations(TODAY))
    assert whole == ["Snart", "Midt", "Sen", "Uden dato A", "Uden dato B"]
    for size in (1, 2, 3):
        chunks = [names(upcoming_consultations(TODAY, limit=size, offset=start))
                  for start in range(0, 6, size)]
        assert [name for chunk in chunks for name in chunk] == whole
        assert all(len(chunk) <= size for chunk in chunks)
    assert names(upcoming_consultations(TODAY, limit=2, offset=2)) == ["Sen", "Uden dato A"]
    assert upcoming_consultations(TODAY, limit=2, offset=5) == []


def test_upcoming_in_date_and_time_order_past_left_out_undated_last(database) -> None:
    patient("Sen", "21234501", TODAY + timedelta(days=9))
    patient("Eftermiddag", "21234502", TODAY + timedelta(days=2), time(14, 0))
    patient("Formiddag", "21234503", TODAY + timedelta(days=2), time(9, 15))
    patient("I dag", "21234504", TODAY, time(8, 0))
    patient("Forbi", "21234505", TODAY - timedelta(days=1))
    patient("Uden dato", "21234506", None)
    rows = upcoming_consultations(TODAY)
    assert names(rows) == ["I dag", "Formiddag", "Eftermiddag", "Sen", "Uden dato"]
    assert names(upcoming_consultations(TODAY, include_undated=False))[-1] == "Sen"
    first = rows[0]
    assert first.phone == "21 23 45 04" and first.consultation_time == time(8, 0)
    assert first.progress_text == "1 af 6"
    assert first.missing == ("scan", "request_images", "send_images", "blood_thinners",
                             "companion")
    assert rows[-1].missing[0] == "booking" and rows[-1].consultation_date is None


def test_missing_images_filter(database) -> None:
    waiting = patient("Venter", "21234501", TODAY + timedelta(days=3))
    arrived = patient("Kommet", "21234502", TODAY + timedelta(days=3))
    ticked = patient("Afkrydset", "21234503", TODAY + timedelta(days=3))
    not_needed = patient("Ikke relevant", "21234504", TODAY + timedelta(days=3))
    save_step(arrived, ImagesReceived(TODAY), today=TODAY)
    set_step_status(ticked, "send_images", StepStatus.DONE)
    set_step_status(not_needed, "send_images", StepStatus.NOT_RELEVANT, "Billeder i systemet")
    rows = upcoming_consultations(TODAY, ["missing_images"])
    assert [r.caller_id for r in rows] == [waiting]
    assert "images_missing" in rows[0].flags  # 3 days away


def test_pause_not_agreed_filter(database) -> None:
    takes = patient("Tager", "21234501", TODAY + timedelta(days=5))
    unknown = patient("Ukendt", "21234502", TODAY + timedelta(days=6))
    agreed = patient("Aftalt", "21234503", TODAY + timedelta(days=7))
    none = patient("Ingen", "21234504", TODAY + timedelta(days=8))
    save_step(takes, BloodThinners(True, "Marevan"), today=TODAY)
    save_step(agreed, BloodThinners(True, "Marevan", True, TODAY + timedelta(days=3)),
              today=TODAY)
    save_step(none, BloodThinners(False), today=TODAY)
    assert [r.caller_id for r in upcoming_consultations(TODAY, ["pause_not_agreed"])] == [
        takes, unknown]
    set_step_status(unknown, "blood_thinners", StepStatus.NOT_RELEVANT, "Tager ingen")
    assert [r.caller_id for r in upcoming_consultations(TODAY, ["pause_not_agreed"])] == [takes]


def test_scan_too_old_filter_at_the_two_year_boundary(database) -> None:
    consultation = date(2026, 6, 10)
    exactly = patient("Præcis 2 år", "21234501", consultation)
    one_day_over = patient("En dag for gammel", "21234502", consultation)
    no_scan = patient("Ingen scanning", "21234503", consultation)
    save_step(exactly, Scan("mr", "knae", date(2024, 6, 10)), today=TODAY)
    save_step(one_day_over, Scan("mr", "knae", date(2024, 6, 9)), today=TODAY)
    rows = upcoming_consultations(TODAY, ["scan_too_old"])
    assert [r.caller_id for r in rows] == [one_day_over]
    assert rows[0].scan_usable_until == date(2026, 6, 9)
    everyone = {r.caller_id: r for r in upcoming_consultations(TODAY)}
    assert "scan_too_old" not in everyone[exactly].flags
    assert "scan_too_old" not in everyone[no_scan].flags
    set_step_status(one_day_over, "scan", StepStatus.NOT_RELEVANT, "Ny scanning bestilt")
    assert upcoming_consultations(TODAY, ["scan_too_old"]) == []


def test_the_leap_day_scan_in_the_overview(database) -> None:
    on_28 = patient("28. februar", "21234501", date(2026, 2, 28))
    on_1 = patient("1. marts", "21234502", date(2026, 3, 1))
    for caller in (on_28, on_1):
        save_step(caller, Scan("rontgen", "hofte", date(2024, 2, 29)), today=TODAY)
    rows = upcoming_consultations(date(2026, 2, 1), ["scan_too_old"])
    assert [r.caller_id for r in rows] == [on_1]


def test_filters_combine_and_an_unknown_one_is_an_error(database) -> None:
    both = patient("Begge", "21234501", TODAY + timedelta(days=2))
    patient("Kun billeder", "21234502", TODAY + timedelta(days=2))
    save_step(both, Scan("mr", "ryg", date(2020, 1, 1)), today=TODAY)
    rows = upcoming_consultations(TODAY, ["missing_images", "scan_too_old"])
    assert [r.caller_id for r in rows] == [both]
    with pytest.raises(ValueError):
        upcoming_consultations(TODAY, ["nonsense"])


def test_progress_for_lists(database) -> None:
    one = patient("En", "21234501", TODAY + timedelta(days=2))
    set_step_status(one, "companion", StepStatus.NOT_RELEVANT, "Kommer med taxa")
    result = end_call(start_call("21234509"), CallForm(phone="21234509", name="Uden"),
                      "no_action", today=TODAY)
    assert checklist_progress([one, result.caller_id]) == {one: 2}
    assert checklist_progress([]) == {}


def test_thousands_of_patients_come_back_complete_and_in_order(database) -> None:
    """No timing assertion: the query is exercised at size (see bench for timings)."""
    count = 3000
    with db.atomic():
        for i in range(count):
            caller = Caller.create(name=f"Patient {i:04d}", created_at=_now(), updated_at=_now())
            row = Checklist.create(caller=caller.id, consultation_date=TODAY + timedelta(
                days=(i * 7) % 90), consultation_time=f"{8 + i % 8:02d}:00",
                scan_taken=date(2024, 1, 1) + timedelta(days=i % 400),
                scan_usable_until=date(2026, 1, 1) + timedelta(days=i % 400),
                created_at=_now(), updated_at=_now())
            ChecklistStep.insert_many([{"checklist": row.id, "step": s, "status": "missing"}
                                       for s in ("booking", "scan", "request_images",
                                                 "send_images", "blood_thinners",
                                                 "companion")]).execute()
    rows = upcoming_consultations(TODAY)
    assert len(rows) == count
    keys = [(r.consultation_date, r.consultation_time, r.name) for r in rows]
    assert keys == sorted(keys)
    old = upcoming_consultations(TODAY, ["scan_too_old"])
    assert old and all(r.scan_usable_until < r.consultation_date for r in old)
    assert len(old) == sum(1 for r in rows if "scan_too_old" in r.flags)
    if is_postgres():  # its planner picks by table statistics, not a fixed plan
        return
    plan = " ".join(str(r) for r in db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM checklist WHERE consultation_date >= ? "
        "ORDER BY consultation_date", (TODAY,)).fetchall())
    assert "checklist_consultation_date" in plan


def _now():
    from reception.store.fields import utc_now

    return utc_now()
