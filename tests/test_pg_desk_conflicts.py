"""Two desks on one PostgreSQL database, in two processes: no lost update, nothing lost
when the server goes away.

Desk A runs in a process of its own (the core, as the call screen drives it); desk B
is this process with the real call screen. Both have their own connection.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conflict_helpers import answer_conflict

ROOT = Path(__file__).resolve().parent.parent

DESK_A_CHANGES_THE_ADDRESS = """
import sys
from dataclasses import replace
from reception.calls import CallDesk
from reception.store import open_store

open_store(sys.argv[1])
desk = CallDesk(taken_by="Mette")
session = desk.start("23394977")
assert session.form.caller_id, "the caller is known"
session.update(replace(session.form, street="Nørregade 1", notes="flyttet"))
result = desk.end(session, "no_action")
print(result.caller_id)
"""

DESK_A_LOSES_THE_SERVER = """
import sys
from dataclasses import replace
from pathlib import Path
from reception.calls import CallDesk
from reception.calls.desk import EndKeptLocally
from reception.calls.offline import OfflineJournal, journal_folder
from reception.store import open_store

open_store(sys.argv[1])
desk = CallDesk(taken_by="Mette", journal=OfflineJournal(journal_folder(Path(sys.argv[2]))))
session = desk.start("40404040")
session.update(replace(session.form, name="Bo Berg"))
assert session.flush(), session.last_error
print("started", session.call_id, flush=True)
assert sys.stdin.readline().strip() == "server stopped"
session.update(replace(session.form, notes="ondt i ryggen, skrevet mens serveren var væk"))
assert not session.flush() and session.last_error.code in ("server_gone", "unreachable")
second = desk.start("50505050")  # a second line rings while the server is gone
second.update(replace(second.form, name="Cai Dahl", notes="ringede også"))
assert not second.flush() and second.call_id is None
for call in (session, second):
    try:
        desk.end(call, "no_action")
    except EndKeptLocally as kept:
        print("kept", kept.code, flush=True)
print("closing", flush=True)
"""

DESK_A_AGAIN = """
import sys
from pathlib import Path
from reception.calls import CallDesk
from reception.calls.offline import OfflineJournal, journal_folder
from reception.store import open_store

open_store(sys.argv[1])
desk = CallDesk(taken_by="Mette", journal=OfflineJournal(journal_folder(Path(sys.argv[2]))))
assert desk.recover() == [] and len(desk.waiting) == 2
for session, result in desk.replay():
    print(result.call_id, flush=True)
assert not desk.waiting
"""


def run(script: str, *args: str, **kwargs) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "RECEPTION_DESK_NAME": "Reception 1"}
    return subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=environment,
                            text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.PIPE, **kwargs)


def finished(process: subprocess.Popen[str], stdin: str = "") -> str:
    out, err = process.communicate(stdin, timeout=120)
    assert process.returncode == 0, err
    return out


@pytest.fixture
def desk_b(qtbot, pg_url: str, monkeypatch: pytest.MonkeyPatch):
    """Desk B: the call screen in this process, on the test database."""
    from reception.calls import CallForm, end_call, start_call
    from reception.content import load_content
    from reception.store import db, open_store
    from ui.call.call_panel import CallPanel

    monkeypatch.setenv("RECEPTION_DESK_NAME", "Reception 2")
    database = open_store(pg_url)
    end_call(start_call("23394977"), CallForm(phone="23394977", name="Åse Ærø",
                                              street="Gl. Vej 1"), "no_action")
    panel = CallPanel(load_content(), "Lise")
    qtbot.addWidget(panel)
    yield panel
    panel.autosave.stop()
    database.close_all()
    db.initialize(None)


@pytest.mark.parametrize("button", ["mine_button", "theirs_button", "edit_button"])
def test_the_second_desk_to_save_an_address_is_stopped_and_shown_and_nothing_is_lost(
        desk_b, pg_url: str, button: str) -> None:
    from reception.calls import load_call_form
    from reception.store.models import Call, Caller

    panel = desk_b
    panel.new_call("23394977")
    session = panel.session
    assert session.form.caller_version == 1  # prefilled with the known caller
    panel.form.street_edit.setText("Vestergade 2")
    panel.form.notes_edit.setPlainText("ny adresse")
    panel.flush()
    caller_id = int(finished(run(DESK_A_CHANGES_THE_ADDRESS, pg_url)))
    assert Caller.get_by_id(caller_id).street == "Nørregade 1"  # desk A saved first

    seen: dict[str, object] = {}
    answer_conflict(button, seen)
    result = panel.finish_call("no_action")
    assert seen["rows"] == [("Adresse", "Nørregade 1", "Vestergade 2")]
    assert seen["who"].startswith("Reception 1")
    stored = Caller.get_by_id(caller_id)
    if button == "mine_button":  # saved on top, knowingly, as the next version
        assert result is not None
        assert (stored.street, stored.version, stored.saved_desk) == ("Vestergade 2", 3,
                                                                     "Reception 2")
        assert Call.get_by_id(result.call_id).notes == "ny adresse"
    elif button == "theirs_button":  # theirs stands; what I typed is in the call's notes
        assert result is not None and stored.street == "Nørregade 1"
        notes = Call.get_by_id(result.call_id).notes
        assert notes.startswith("ny adresse") and "Adresse: Vestergade 2" in notes
    else:  # back to editing: nothing saved, the form as typed
        assert result is None and stored.street == "Nørregade 1" and stored.version == 2
        assert panel.session is session and panel.form.street_edit.text() == "Vestergade 2"
        assert load_call_form(session.call_id).street == "Vestergade 2"
        assert "Reception 1" in panel.status_label.text()


def test_calls_typed_and_ended_while_the_server_is_stopped_are_saved_when_it_starts(
        pg_server, pg_url: str, tmp_path: Path) -> None:
    from reception.calls.offline import journal_folder
    from reception.store import db, open_store
    from reception.store.models import Call

    database = open_store(pg_url)  # schema first, so desk A only opens
    database.close_all()
    db.initialize(None)
    data = tmp_path / "desk-a"
    desk_a = run(DESK_A_LOSES_THE_SERVER, pg_url, str(data))
    first = desk_a.stdout.readline().split()
    assert first[0] == "started", desk_a.stderr.read()
    pg_server.pause()
    try:
        out = finished(desk_a, "server stopped\n")
        assert out.split("\n")[:3] == ["kept kept_locally", "kept kept_locally", "closing"]
        kept = sorted(journal_folder(data).glob("opkald-*.json"))
        assert len(kept) == 2  # on the PC, with the process gone
        assert "skrevet mens serveren var væk" in kept[0].read_text(encoding="utf-8")
    finally:
        pg_server.resume()
    replayed = [int(n) for n in finished(run(DESK_A_AGAIN, pg_url, str(data))).split()]
    assert replayed[0] == int(first[1])  # in the order they were kept
    assert not list(journal_folder(data).glob("opkald-*.json"))
    database = open_store(pg_url)
    try:
        calls = {c.id: c for c in Call.select().where(Call.id.in_(replayed))}
        assert calls[replayed[0]].notes == "ondt i ryggen, skrevet mens serveren var væk"
        assert calls[replayed[1]].notes == "ringede også"
        assert all(c.status == "saved" and c.caller_id for c in calls.values())
        assert Call.select().where(Call.status == "draft").count() == 0
    finally:
        database.close_all()
        db.initialize(None)


def test_two_desks_log_calls_for_the_same_caller_at_once(pg_url: str) -> None:
    """Calls and notes are appended: 2 processes x 15 calls for one caller, all kept, and
    the pain areas each desk added (they accumulate) both on the caller."""
    from reception.calls import CallForm, end_call, start_call
    from reception.store import db, open_store
    from reception.store.models import Call, Caller, CallerPhone

    database = open_store(pg_url)
    end_call(start_call("23394977"), CallForm(phone="23394977", name="Åse Ærø"), "no_action")
    database.close_all()
    db.initialize(None)
    script = """
import sys
from dataclasses import replace
from reception.calls import CallDesk
from reception.store import open_store

open_store(sys.argv[1])
desk = CallDesk(taken_by=sys.argv[2])
for n in range(15):
    session = desk.start("23394977")
    session.update(replace(session.form, pain_areas=(*session.form.pain_areas, sys.argv[3]),
                           notes=f"{sys.argv[2]} {n}"))
    desk.end(session, "no_action")
"""
    desks = [run(script, pg_url, "a", "nakke"), run(script, pg_url, "b", "ryg")]
    for desk in desks:
        finished(desk)
    database = open_store(pg_url)
    try:
        notes = sorted(c.notes for c in Call.select().where(Call.status == "saved"))
        caller = Caller.get(Caller.name == "Åse Ærø")
        phones = CallerPhone.select().where(CallerPhone.caller == caller.id).count()
    finally:
        database.close_all()
        db.initialize(None)
    assert len(notes) == 31 and {f"{d} {n}" for d in "ab" for n in range(15)} <= set(notes)
    assert set(caller.pain_areas) == {"nakke", "ryg"} and phones == 1


def test_the_call_screen_says_plainly_that_it_keeps_the_call_on_the_pc(
        desk_b, pg_server, tmp_path: Path) -> None:
    from reception.calls.offline import OfflineJournal
    from reception.store.models import Call

    panel = desk_b
    journal = OfflineJournal(tmp_path / "lokale-opkald")
    panel.use_journal(journal)
    panel.new_call("23394977")
    assert panel.flush()
    pg_server.pause()
    try:
        panel.form.notes_edit.setPlainText("skrevet mens serveren var væk")
        assert not panel.flush()
        assert "gemmes på denne PC" in panel.status_label.text()
        assert len(journal.kept()) == 1
        assert panel.finish_call("no_action") is None  # kept, not lost, not an error to fix
        assert "gemt på denne PC" in panel.status_label.text()
        assert panel.session is None and len(panel.desk.waiting) == 1
        assert panel.autosave.isActive()  # it keeps trying
    finally:
        pg_server.resume()
    panel.flush()  # the next autosave tick
    assert not panel.desk.waiting and journal.kept() == []
    assert "skrevet til serveren" in panel.status_label.text()
    call = Call.select().order_by(Call.id.desc()).get()
    assert (call.status, call.notes) == ("saved", "skrevet mens serveren var væk")


def test_a_server_database_from_before_gets_the_versions_and_keeps_its_rows(pg_url: str) -> None:
    from reception.calls import CallForm, end_call, start_call
    from reception.store import db, open_store, pg_search, schema_versions
    from reception.store.migrations import STEPS
    from reception.store.models import Caller
    from reception.store.schema_versions import COLUMNS, TABLES

    database = open_store(pg_url)
    caller_id = end_call(start_call("23394977"), CallForm(phone="23394977", name="Åse Ærø"),
                         "no_action").caller_id
    for table in TABLES:  # as schema 8 left it
        for name, _kind in COLUMNS:
            database.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN {name}')
    before = STEPS.index(schema_versions.create)  # the version before that step
    database.execute_sql("UPDATE schema_version SET version = %s", (before,))
    database.execute_sql(pg_search.REFRESH.split(" ON CONFLICT")[0] + "; END $$")  # the old
    database.close_all()
    db.initialize(None)
    database = open_store(pg_url)
    try:
        caller = Caller.get_by_id(caller_id)
        assert (caller.name, caller.version, caller.saved_desk) == ("Åse Ærø", 1, "")
        functions = database.execute_sql(
            "SELECT prosrc FROM pg_proc WHERE proname = 'caller_fts_refresh'").fetchone()[0]
        assert "ON CONFLICT" in functions
    finally:
        database.close_all()
        db.initialize(None)
