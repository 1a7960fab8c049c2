"""Schema v3: the checklist tables, created by the migration exactly as the live models say."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reception.calls import CallForm, end_call, start_call
from reception.checklist import ensure_checklist, load_checklist
from reception.store import open_database
from reception.store.models import CHECKLIST_MODELS

pytestmark = pytest.mark.both_backends


def test_the_live_checklist_models_match_the_migrated_tables(tmp_path: Path) -> None:
    database = open_database(tmp_path / "db.sqlite3")
    for model in CHECKLIST_MODELS:
        table = model._meta.table_name
        stored = {c.name: c for c in database.get_columns(table)}
        wanted = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(stored) == set(wanted), table
        for name, field in wanted.items():
            assert stored[name].null == field.null, (table, name)
    indexes = {i.name for model in CHECKLIST_MODELS
               for i in database.get_indexes(model._meta.table_name)}
    assert indexes == {"checklist_caller_id", "checklist_consultation_date",
                       "checkliststep_checklist_id_step", "checkliststep_step_status",
                       "checklist_step_ready"}  # Overblik's (schema_overblik_indexes)
    database.close()


def test_a_v2_database_gains_the_checklist_and_keeps_its_calls(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path)
    result = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens"), "booked")
    raw = sqlite3.connect(path)  # make it look like release 2: no checklist tables, version 2
    raw.executescript("DROP TABLE checklist_step; DROP TABLE checklist; "
                      "UPDATE schema_version SET version = 2;")
    raw.close()
    open_database(path)
    assert ensure_checklist(result.caller_id) > 0
    assert load_checklist(result.caller_id).caller_name == "Jens"


def test_deleting_a_caller_deletes_their_checklist(tmp_path: Path) -> None:
    database = open_database(tmp_path / "db.sqlite3")
    result = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens"), "booked")
    ensure_checklist(result.caller_id)
    database.execute_sql("DELETE FROM call WHERE caller_id = ?", (result.caller_id,))
    database.execute_sql("DELETE FROM caller WHERE id = ?", (result.caller_id,))
    counts = [database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("checklist", "checklist_step")]
    assert counts == [0, 0]
