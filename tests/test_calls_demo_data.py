"""The demo-data command: realistic, deterministic, searchable."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from reception.__main__ import main
from reception.calls import (
    caller_history,
    due_callbacks,
    find_callers_by_phone,
    search_callers,
)
from reception.phone import format_national, validate_phone
from reception.store import fts, open_database

TODAY = "2024-05-10"


def run(*args: str) -> int:
    return main([*args, "demo-data", "--callers", "60", "--calls-per-caller", "4",
                 "--today", TODAY])


def dump(path: Path) -> list[tuple]:
    raw = sqlite3.connect(path)
    rows = []
    for table in ("caller", "caller_phone", "call", "callback", "note", "sent_item"):
        rows += raw.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    raw.close()
    return rows


def test_fills_the_data_folder_from_the_environment(isolated_data_dir: Path, capsys) -> None:
    assert run() == 0
    assert "60 personer" in capsys.readouterr().out
    database = open_database(isolated_data_dir / "reception.sqlite3")
    assert database.execute_sql("SELECT count(*) FROM caller").fetchone() == (60,)
    calls = database.execute_sql("SELECT count(*) FROM call").fetchone()[0]
    assert 60 <= calls <= 60 * 7
    assert fts.missing_caller_triggers(database) == []


def test_the_data_is_danish_realistic_and_usable(tmp_path: Path) -> None:
    assert run("--data-dir", str(tmp_path)) == 0
    open_database(tmp_path / "reception.sqlite3")
    raw = sqlite3.connect(tmp_path / "reception.sqlite3")
    for (e164,) in raw.execute("SELECT e164 FROM caller_phone"):
        assert validate_phone(format_national(e164)) is None
    postcodes = [p for (p,) in raw.execute("SELECT postcode FROM caller")]
    assert all(len(p) == 4 and p.isdigit() for p in postcodes)
    outcomes = {o for (o,) in raw.execute("SELECT DISTINCT outcome FROM call")}
    assert outcomes <= {"booked", "send_sheet", "call_back", "no_action"}
    name, e164 = raw.execute("SELECT c.name, p.e164 FROM caller c JOIN caller_phone p "
                             "ON p.caller_id = c.id ORDER BY c.id LIMIT 1").fetchone()
    assert name in [c.name for c in find_callers_by_phone(e164)]
    assert name in [c.name for c in search_callers(name, limit=200)]
    caller_id = find_callers_by_phone(e164)[0].id
    assert caller_history(caller_id).call_count >= 1
    assert search_callers("knæet") or search_callers("nakken") or search_callers("ryggen")
    assert all(c.due <= date.fromisoformat(TODAY) for c in due_callbacks(
        date.fromisoformat(TODAY)))


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    run("--data-dir", str(tmp_path / "a"))
    run("--data-dir", str(tmp_path / "b"))
    assert dump(tmp_path / "a" / "reception.sqlite3") == dump(tmp_path / "b" / "reception.sqlite3")


def test_adding_more_keeps_what_is_there(tmp_path: Path) -> None:
    run("--data-dir", str(tmp_path))
    run("--data-dir", str(tmp_path))
    raw = sqlite3.connect(tmp_path / "reception.sqlite3")
    assert raw.execute("SELECT count(*) FROM caller").fetchone() == (120,)


def test_overblik_has_something_to_show(tmp_path: Path) -> None:
    """Checklists for booked callers, callbacks kept on time and late, a closed weekend."""
    from zoneinfo import ZoneInfo

    from reception.demo_data import fill_demo_data
    from reception.store.models import Call, Callback, Checklist, ChecklistStep

    database = open_database(tmp_path / "demo.sqlite3")
    result = fill_demo_data(database, 300, 5, seed=4, today=date(2026, 12, 1))
    assert result.checklists == Checklist.select().count() > 50
    assert ChecklistStep.select().count() == 6 * result.checklists
    booked = {c for (c,) in Call.select(Call.caller).where(Call.outcome == "booked").tuples()}
    assert {c for (c,) in Checklist.select(Checklist.caller).tuples()} <= booked
    local = ZoneInfo("Europe/Copenhagen")
    days = [s.astimezone(local).weekday() for (s,) in Call.select(Call.started_at).tuples()]
    assert max(days) <= 4  # no calls on Saturday or Sunday
    assert days.count(0) > days.count(4)  # Monday busier than Friday
    done = list(Callback.select(Callback.due, Callback.done_at)
                .where(Callback.done_at.is_null(False)).tuples())
    late = sum(1 for due, done_at in done if done_at.astimezone(local).date() > due)
    assert 0 < late < len(done) / 2
    database.close()
