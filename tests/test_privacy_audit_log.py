"""The whole audit trail for the clinic's review: newest first, filtered, in words."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from privacy_helpers import make_person, open_db

from reception.calls import audit
from reception.privacy import erase_person, record_view
from reception.privacy.audit_log import AuditFilter, audit_ids, audit_lines, audit_users
from reception.privacy.audit_trail import ACTION_LABELS


def test_every_entry_newest_first_says_whom_it_was_about(tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ", extra_note="note", by="Mette")
    record_view(karen.id, "Lise")
    audit.record("screen.lock", "screen", None, user="Lise")
    lines = audit_lines(audit_ids())
    assert [line.at for line in lines] == sorted((line.at for line in lines), reverse=True)
    assert lines[0].action == "Skærmen låst" and lines[0].about == "Skærmlås"
    view = next(line for line in lines if line.action == "Oplysninger vist")
    assert view.user == "Lise" and view.about == f"Karen Holm (person nr. {karen.id})"
    note = next(line for line in lines if line.action == "Note skrevet")
    assert note.about.startswith(f"Karen Holm (person nr. {karen.id}) · Note nr. ")
    ended = next(line for line in lines if line.action == "Opkald afsluttet")
    assert "Karen Holm" in ended.about
    assert audit_users() == ["Lise", "Mette"]


def test_filters_by_staff_member_and_local_days(tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ", day=date(2026, 3, 2), by="Mette")
    days = {date(2026, 3, 1): "Lise", date(2026, 3, 3): "Lise", date(2026, 3, 5): "Mette"}
    for day, user in days.items():
        # noon local time on that day, stored as UTC
        moment = datetime(day.year, day.month, day.day, 12).astimezone().astimezone(UTC)
        record_view(karen.id, user, now=moment)
    lise = audit_lines(audit_ids(AuditFilter(user="Lise")))
    assert [line.at.astimezone().date() for line in lise] == [date(2026, 3, 3), date(2026, 3, 1)]
    window = audit_lines(audit_ids(AuditFilter(since=date(2026, 3, 2), until=date(2026, 3, 3))))
    assert {line.at.astimezone().date() for line in window} == {date(2026, 3, 2),
                                                                date(2026, 3, 3)}
    assert audit_ids(AuditFilter(since=date(2026, 3, 6))) == []
    assert len(audit_ids(AuditFilter(until=date(2026, 3, 1) + timedelta(days=0)))) == 1


def test_an_erased_person_is_named_nowhere(tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ", extra_note="note")
    record_view(karen.id, "Lise")
    erase_person(karen.id, by="Lise")
    lines = audit_lines(audit_ids())
    assert lines and not [line for line in lines if "Karen" in line.about]
    assert lines[0].action == "Person slettet"


def test_every_action_the_code_records_has_a_danish_label() -> None:
    root = Path(__file__).resolve().parents[1]
    recorded = set()
    for folder in ("reception", "ui"):
        for source in (root / folder).rglob("*.py"):
            text = source.read_text(encoding="utf-8")
            recorded |= set(re.findall(r'(?:audit\.record|_record|record)\(\s*"([a-z_]+\.[a-z_]+)"',
                                       text))
    assert {"caller.view", "screen.lock"} <= recorded  # the scan finds them
    assert sorted(recorded - set(ACTION_LABELS)) == []


def test_one_persons_entries_for_the_patient_who_asks(tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ", extra_note="note", by="Mette")
    ole = make_person("40575457", "Ole Berg", "nakke", by="Lise")
    record_view(karen.id, "Lise")
    record_view(ole.id, "Mette")
    karens = audit_lines(audit_ids(AuditFilter(person=karen.id)))
    assert karens and all("Karen Holm" in line.about for line in karens)
    assert {"Oplysninger vist", "Note skrevet", "Opkald afsluttet"} <= {x.action for x in karens}
    assert [line.user for line in audit_lines(audit_ids(AuditFilter(person=karen.id,
                                                                   user="Lise")))] == ["Lise"]
    assert audit_ids(AuditFilter(person=999)) == []
