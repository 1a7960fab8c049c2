"""Insight, retention and erasure through the same services on SQLite and PostgreSQL.

The other privacy tests look into the SQLite file itself (bytes left on disk, the
write-ahead log); these check what both backends must do alike.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from privacy_helpers import make_person

from reception.calls import search_callers
from reception.privacy import anonymise_people, erase_person, export_person, inactive_callers
from reception.privacy.audit_log import audit_users
from reception.privacy.tables import person_rows
from reception.store import db
from reception.store.models import Caller

pytestmark = pytest.mark.both_backends


def test_export_retention_and_erasure(database, tmp_path: Path) -> None:
    old = make_person("23394977", "Karen Holm", "ondt i ryggen", day=date(2020, 1, 5),
                      extra_note="ringer igen", callback_reason="svar", sent="ark")
    new = make_person("23394978", "Peter Holm", "knæ")
    assert [p.id for p in inactive_callers(12)] == [old.id]

    out = tmp_path / "ud"
    out.mkdir()
    exported = export_person(old.id, out, by="Mette")
    content = json.loads(exported.json.read_text(encoding="utf-8"))
    assert "Karen Holm" in json.dumps(content, ensure_ascii=False)
    assert exported.counts["caller"] == 1 and exported.counts["call"] == 1

    result = erase_person(old.id, by="Mette")
    assert result.rows["caller"] == 1 and result.rows["call"] == 1
    assert result.rows["note"] == 1 and result.rows["callback"] == 1
    assert person_rows(db, old.id) == {}
    assert search_callers("karen") == []
    assert [c.id for c in search_callers("peter")] == [new.id]
    assert audit_users() == ["Mette"]


def test_anonymising_keeps_the_rows_but_not_the_person(database) -> None:
    person = make_person("23394977", "Karen Holm", "ondt i ryggen", day=date(2020, 1, 5))
    anonymise_people([person.id], by="Mette")
    caller = Caller.get_by_id(person.id)
    assert caller.name == "" and caller.street == ""
    assert search_callers("karen") == []
    assert inactive_callers(12) == []
