"""The audit trail per person, and the typed privacy settings (staff list, retention)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from privacy_helpers import make_person, open_db

from reception.privacy import (
    InvalidSetting,
    audit_for,
    record_change,
    record_view,
    retention_months,
    set_retention_months,
    set_staff_members,
    staff_members,
)
from reception.privacy.audit_trail import VIEW_INTERVAL, summary_references
from reception.store.fields import utc_now
from reception.store.models import AuditEntry, Setting

pytestmark = pytest.mark.both_backends


ROOT = Path(__file__).resolve().parents[1]


def test_audit_for_collects_entries_about_the_person_only(tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ", extra_note="note",
                        callback_reason="ring")
    peter = make_person("23394977", "Peter Holm", "nakke", extra_note="note")
    record_view(peter.id, "Lise")
    record_change(karen.id, "Lise", "samtykke")
    actions = [e.action for e in audit_for(karen.id)]
    assert {"caller.create", "call.end", "note.create", "callback.create",
            "caller.update"} <= set(actions)
    assert "caller.view" not in actions  # Peter was viewed, not Karen
    assert all(e.label and e.at.tzinfo for e in audit_for(karen.id))
    assert [e.action for e in audit_for(peter.id)].count("caller.view") == 1
    assert audit_for(999) == []


def test_a_view_is_recorded_once_per_interval_and_person(tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ")
    now = utc_now()
    assert record_view(karen.id, "Mette", now=now) is True
    assert record_view(karen.id, "Mette", now=now + timedelta(minutes=3)) is False
    assert record_view(karen.id, "Lise", now=now + timedelta(minutes=3)) is True
    assert record_view(karen.id, "Mette", now=now + VIEW_INTERVAL + timedelta(seconds=1))
    views = [e for e in audit_for(karen.id) if e.action == "caller.view"]
    assert [(v.user, v.entity_id) for v in views] == [("Mette", karen.id), ("Lise", karen.id),
                                                      ("Mette", karen.id)]
    assert all(v.summary == "" for v in views)  # no patient data in the trail


def test_summary_references_read_only_whole_ids() -> None:
    assert summary_references("person=4 opkald=17 udfald=booked") == [("caller", 4),
                                                                     ("call", 17)]
    assert summary_references("opkald=- person=x") == []


def test_staff_list_is_stored_cleaned_in_the_database(tmp_path: Path) -> None:
    open_db(tmp_path)
    assert staff_members() == []
    stored = set_staff_members(["  Mette ", "Lise", "", "mette", "Jonas  Ærø"])
    assert stored == ["Mette", "Lise", "Jonas Ærø"] == staff_members()
    assert Setting.get_by_id("staff_members").value.startswith("[")
    with pytest.raises(InvalidSetting, match="for langt"):
        set_staff_members(["x" * 41])
    assert staff_members() == ["Mette", "Lise", "Jonas Ærø"]  # unchanged


def test_retention_months_default_limits_and_a_broken_value(tmp_path: Path) -> None:
    open_db(tmp_path)
    assert retention_months() == 24
    assert set_retention_months(36) == 36 and retention_months() == 36
    for wrong in (0, 241, True):
        with pytest.raises(InvalidSetting):
            set_retention_months(wrong)
    Setting.insert(key="retention_months", value="tolv").on_conflict_replace().execute()
    assert retention_months() == 24  # never fails: the default
    Setting.insert(key="staff_members", value="{oops").on_conflict_replace().execute()
    assert staff_members() == []


def test_privacy_core_imports_no_qt_and_no_reportlab_until_an_export() -> None:
    code = ("import sys, reception.privacy, reception.cli_privacy\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))]\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_audit_entries_are_plain_rows(tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ")
    record_view(karen.id, "Mette")
    row = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (row.action, row.entity, row.entity_id, row.user) == ("caller.view", "caller",
                                                                 karen.id, "Mette")
