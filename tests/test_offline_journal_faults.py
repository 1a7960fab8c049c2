"""Fault test: the desk's call journal (``lokale-opkald/``) killed at every rename and
unlink, and on a full disk.

A child process (tests/journal_fault_worker.py) keeps, updates and forgets calls in
the journal as the call screen does while the server is gone. ``strace`` kills it
(SIGKILL) at its 1st, 2nd, … rename, then at its 1st, 2nd, … unlink, until a run
completes. After each kill the app's start path (``CallDesk.recover``, what
``CallPanel.use_journal`` runs) must find every call the child had kept exactly
once, as last written (or, for the operation cut short, as before or after it), and
leave no half file and no temporary copy behind.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import disk_helpers
import pytest
from journal_fault_worker import BEFORE, ENDED, OPS, call_of, key_of, notes_of

from reception.calls import CallDesk
from reception.calls.offline import LocalCopyFailed, OfflineJournal, journal_folder

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

needs_strace = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("strace") is None,
    reason="needs Linux and strace (apt-get install strace)")

State = dict[str, int]  # call name → version kept


def applied(state: State, operation: tuple[str, str, int]) -> State:
    kind, name, version = operation
    state = dict(state)
    if kind == "keep":
        state[name] = version
    else:
        state.pop(name, None)
    return state


def state_after(done: int) -> State:
    state = dict(BEFORE)
    for operation in OPS[:done]:
        state = applied(state, operation)
    return state


def run_killed(root: Path, syscalls: str, when: int) -> tuple[int, int]:
    """The worker on a journal holding ``BEFORE``, killed at its ``when``-th call of
    ``syscalls`` (``?``: no error on an architecture without that call, e.g. aarch64's
    renameat only): (return code, operations finished)."""
    if root.exists():
        shutil.rmtree(root)
    folder = journal_folder(root)
    journal = OfflineJournal(folder)
    for name, version in BEFORE:
        assert journal.keep(call_of(name, version))
    done_log = root / "done.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_")}
    env.update(PYTHONPATH=os.pathsep.join([str(ROOT), str(HERE)]), PYTHONDONTWRITEBYTECODE="1")
    child = subprocess.run(
        ["strace", "-f", "-o", os.devnull, "-e",
         f"inject={syscalls}:signal=KILL:when={when}",
         sys.executable, str(HERE / "journal_fault_worker.py"), str(folder), str(done_log)],
        env=env, cwd=HERE, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL)
    done = len(done_log.read_text().split()) if done_log.exists() else 0
    if child.returncode == 0:
        assert done == len(OPS), child.stderr
    else:
        assert "Traceback" not in child.stderr, child.stderr  # killed, not failed
    return child.returncode, done


def start_finds(root: Path) -> State:
    """What the app's start finds in the journal: call name → version, each call once."""
    desk = CallDesk(taken_by="Mette", journal=OfflineJournal(journal_folder(root)))
    held = desk.recover()
    found: State = {}
    for session in (*held, *desk.waiting):
        name = next(n for n in "pqabc" if key_of(n) == session.key)
        assert name not in found, f"{name} found twice"
        version = next(v for v in (1, 2) if session.form.notes == notes_of(name, v))
        assert (session.ending is not None) == ((name, version) in ENDED)
        assert session.form.name == f"Åse {name.upper()}"
        found[name] = version
    return found


def assert_no_stray_file(root: Path) -> None:
    """The journal's folder holds whole call files only."""
    folder = journal_folder(root)
    names = sorted(p.name for p in folder.iterdir())
    assert [n for n in names if not (n.startswith("opkald-") and n.endswith(".json"))] == []
    for name in names:
        json.loads((folder / name).read_text(encoding="utf-8"))  # no half file


def kill_at_every(tmp_path: Path, syscalls: str, operation: str) -> int:
    """Kill the worker at each call of ``syscalls`` in turn; the kills made."""
    when = 0
    while True:
        when += 1
        assert when < 40, "the worker never completed"
        root = tmp_path / "run"
        code, done = run_killed(root, syscalls, when)
        if code == 0:
            assert start_finds(root) == state_after(len(OPS))
            assert_no_stray_file(root)
            return when - 1
        cut = OPS[done]
        assert cut[0] == operation, (when, cut)  # killed inside that operation
        found = start_finds(root)
        if operation == "keep":  # written whole before the rename: the newest state
            assert found == state_after(done + 1), (when, cut)
        else:  # removed or not yet removed: either is whole
            assert found in (state_after(done), state_after(done + 1)), (when, cut)
        assert_no_stray_file(root)
        assert start_finds(root) == found, "a second start found something else"


@needs_strace
def test_the_journal_killed_at_every_rename_loses_no_call_and_leaves_no_copy(
        tmp_path: Path) -> None:
    kills = kill_at_every(tmp_path, "?rename,?renameat,?renameat2", "keep")
    assert kills == sum(1 for op in OPS if op[0] == "keep")


@needs_strace
def test_the_journal_killed_at_every_unlink_loses_no_call_and_leaves_no_copy(
        tmp_path: Path) -> None:
    kills = kill_at_every(tmp_path, "?unlink,?unlinkat", "forget")
    assert kills >= sum(1 for op in OPS if op[0] == "forget")


def test_a_cut_off_temporary_file_is_removed_and_the_earlier_copy_stands(
        tmp_path: Path) -> None:
    """What a power cut during the write can leave: a temporary file that does not read."""
    journal = OfflineJournal(tmp_path / "lokale-opkald")
    assert journal.keep(call_of("a", 1))
    whole = json.dumps(call_of("a", 2).to_json(), ensure_ascii=False)
    (journal.folder / f".{key_of('a')}.json.tmp").write_text(whole[: len(whole) // 2])
    (journal.folder / f".{key_of('b')}.json.tmp").write_text("")
    assert start_finds(tmp_path) == {"a": 1}
    assert_no_stray_file(tmp_path)


# --- a full disk ---------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (root only, as CI runs); skipped where it cannot be mounted."""
    with disk_helpers.small_disk(tmp_path / "small", "size=1m") as mount:
        yield mount


fill = disk_helpers.fill


def test_a_full_disk_says_so_with_a_code_and_loses_nothing_kept(small_disk: Path) -> None:
    journal = OfflineJournal(journal_folder(small_disk))
    for name, version in BEFORE:
        assert journal.keep(call_of(name, version))
    assert journal.keep(call_of("a", 1))
    filler = fill(small_disk)

    assert not journal.keep(call_of("a", 2))  # an update: the earlier copy must stand
    assert not journal.keep(call_of("b", 1))  # a new call
    error = journal.last_error
    assert isinstance(error, LocalCopyFailed) and error.code == "local_disk_full"
    assert "disken på denne PC er fuld" in error.message and str(journal.folder) in error.message
    assert start_finds(small_disk) == {"p": 1, "q": 1, "a": 1}
    assert_no_stray_file(small_disk)  # no half-written temporary file takes the space

    filler.unlink()
    assert journal.keep(call_of("b", 1)) and journal.last_error is None
    assert journal.keep(call_of("a", 2))
    assert start_finds(small_disk) == {"p": 1, "q": 1, "a": 2, "b": 1}
    assert_no_stray_file(small_disk)


def test_a_desk_whose_server_is_gone_and_disk_full_says_both_and_keeps_the_call(
        pg_server, pg_url: str, small_disk: Path) -> None:
    """The wiring: the journal's refusal reaches the desk as a coded error, the form stays,
    and once the server is back the call is saved as typed."""
    from dataclasses import replace

    from reception.calls.desk import EndKeptLocally
    from reception.store import db, open_store
    from reception.store.models import Call

    database = open_store(pg_url)
    try:
        journal = OfflineJournal(journal_folder(small_disk))
        desk = CallDesk(taken_by="Mette", journal=journal)
        kept = desk.start("23394977")
        assert kept.flush()
        session = desk.start("40404040")
        assert session.flush()
        pg_server.pause()
        try:
            kept.update(replace(kept.form, name="Åse Ærø", notes="kept før disken blev fuld"))
            assert not kept.flush() and kept.last_error.code == "server_gone"
            with pytest.raises(EndKeptLocally):
                desk.end(kept, "no_action")  # on the PC, waiting for the server
            filler = fill(small_disk)
            session.update(replace(session.form, name="Bent Berg", notes="skrevet, disken fuld"))
            assert not session.flush()
            assert isinstance(session.last_error, LocalCopyFailed)
            assert session.last_error.code == "local_disk_full"
            with pytest.raises(LocalCopyFailed) as refused:
                desk.end(session, "no_action")
            assert refused.value.code == "local_disk_full" and session in desk.sessions
            assert session.form.notes == "skrevet, disken fuld"  # still in the window
            assert [c.key for c in journal.kept()] == [kept.key]  # the earlier one whole
            assert_no_stray_file(small_disk)
        finally:
            pg_server.resume()
        filler.unlink()
        assert desk.replay()[0][0] is kept
        desk.end(session, "no_action")
        notes = {c.notes for c in Call.select().where(Call.status == "saved")}
        assert notes == {"kept før disken blev fuld", "skrevet, disken fuld"}
        assert journal.kept() == []
    finally:
        database.close_all()
        db.initialize(None)


@pytest.fixture
def call_screen(qtbot, pg_url: str) -> Iterator[object]:
    """The call screen in this process, on an empty test database on the server."""
    from reception.content import load_content
    from reception.store import db, open_store
    from ui.call.call_panel import CallPanel

    database = open_store(pg_url)
    panel = CallPanel(load_content(), "Lise")
    qtbot.addWidget(panel)
    yield panel
    panel.autosave.stop()
    database.close_all()
    db.initialize(None)


def test_the_call_screen_says_when_the_pc_cannot_keep_the_call_either(
        call_screen, pg_server, small_disk: Path) -> None:
    """The status line no longer says the call is kept on the PC once the PC's disk is
    full; the text stays in the form and is saved when the server is back."""
    from reception.store.models import Call

    panel = call_screen
    panel.use_journal(OfflineJournal(journal_folder(small_disk)))
    panel.new_call("40404040")
    assert panel.flush()
    pg_server.pause()
    try:
        panel.form.notes_edit.setPlainText("skrevet mens serveren var væk")
        assert not panel.flush()
        assert "gemmes på denne PC" in panel.status_label.text()
        filler = fill(small_disk)
        typed = "skrevet mens serveren var væk, og så blev disken fuld"
        panel.form.notes_edit.setPlainText(typed)
        assert not panel.flush()
        shown = panel.status_label.text()
        assert "disken på denne PC er fuld" in shown and "gemmes på denne PC" not in shown
        assert panel.finish_call("no_action") is None
        assert "disken på denne PC er fuld" in panel.status_label.text()
        assert panel.session is not None and panel.form.notes_edit.toPlainText() == typed
    finally:
        pg_server.resume()
    filler.unlink()
    assert panel.flush()
    assert panel.finish_call("no_action") is not None
    call = Call.select().order_by(Call.id.desc()).get()
    assert (call.status, call.notes) == ("saved", typed)


def test_a_damaged_journal_file_is_said_at_start_and_left_for_support(
        qtbot, database, tmp_path: Path) -> None:
    """Bad input (a file damaged on disk or edited by hand): the start says so in Danish,
    names the folder, keeps the file, and takes back the calls that do read."""
    from reception.content import load_content
    from ui.call.call_panel import CallPanel

    journal = OfflineJournal(journal_folder(tmp_path / "data"))
    assert journal.keep(call_of("a", 1))
    damaged = journal.folder / f"{key_of('b')}.json"
    damaged.write_text('{"key": "opkald-… ikke færdig', encoding="utf-8")
    panel = CallPanel(load_content(), "Lise")
    qtbot.addWidget(panel)
    panel.use_journal(journal)
    shown = panel.status_label.text()
    assert "Et opkald gemt på denne PC kan ikke læses" in shown
    assert str(journal.folder) in shown and "Et opkald gemt på denne PC, mens" in shown
    assert [s.key for s in panel.desk.sessions] == [key_of("a")]
    assert damaged.exists() and journal.unreadable == [damaged]
    panel.autosave.stop()
