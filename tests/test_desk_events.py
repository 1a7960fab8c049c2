"""Two desks, two processes, one PostgreSQL database: what desk A does, desk B shows
within a second without anyone touching B (LISTEN/NOTIFY, ui/change_events.py).

Desk A is this test's own window; desk B is tests/desk_worker.py in a process of its
own, asked what its screens show through its stdin.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
WITHIN_S = 1.0


class Desk:
    """Desk B: the worker process, asked by one-line commands."""

    def __init__(self, data: Path, url: str) -> None:
        environment = {**os.environ, "PYTHONPATH": str(ROOT), "RECEPTION_DESK_NAME": "Reception 2",
                       "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DATA_DIR": str(data)}
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "desk_worker.py"), str(data), url],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            cwd=ROOT, env=environment)
        assert self._answer(60).get("ready"), "desk B did not start"

    def _answer(self, timeout: float) -> dict[str, Any]:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            raise AssertionError("desk B does not answer: " + self._stderr())
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError("desk B stopped: " + self._stderr())
        return json.loads(line)

    def _stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        assert self.process.stderr is not None
        return self.process.stderr.read()[-3000:]

    def ask(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._answer(20)

    def until(self, condition: Callable[[dict[str, Any]], bool], within: float,
              what: str) -> float:
        """Seconds until ``condition`` holds for B's state; fails after ``within``."""
        start = time.monotonic()
        while True:
            state = self.ask("state")
            elapsed = time.monotonic() - start
            if condition(state):
                print(f"desk B showed {what} after {elapsed:.3f} s")  # seen with -s
                return elapsed
            if elapsed > within:
                raise AssertionError(f"desk B did not show {what} within {within} s: {state}")
            time.sleep(0.02)

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.ask("quit")
            except (AssertionError, OSError, ValueError):
                pass
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def desk_b(pg_url: str, tmp_path: Path) -> Iterator[Callable[[], Desk]]:
    desks: list[Desk] = []

    def start() -> Desk:
        desks.append(Desk(tmp_path / "desk-b", pg_url))
        return desks[-1]

    yield start
    for desk in desks:
        desk.close()


def test_what_desk_a_does_desk_b_shows_within_a_second(
        qtbot, pg_url: str, isolated_data_dir: Path, desk_b, monkeypatch) -> None:
    from reception.calls import CallDesk
    from reception.paths import resolve_data_paths
    from reception.store import db, open_store
    from ui.app import create_main_window

    monkeypatch.setenv("RECEPTION_DESK_NAME", "Reception 1")
    # Before: Åse is known and has a callback due today.
    open_store(pg_url)
    setup = CallDesk(taken_by="Mette")
    call = setup.start("23394977")
    call.update(replace(call.form, name="Åse Ærø"))
    first = setup.end(call, "call_back", callback_due=date.today(), callback_reason="svar")
    caller_id = first.caller_id
    from reception.checklist import ensure_checklist

    ensure_checklist(caller_id, by="Mette")
    db.close_all()

    window = create_main_window(
        resolve_data_paths(isolated_data_dir).ensure().with_server(pg_url))
    qtbot.addWidget(window)
    window.show()
    window.listen_to_other_desks(pg_url)
    qtbot.waitUntil(lambda: window.change_events.connected, timeout=10_000)
    try:
        b = desk_b()
        b.ask(f"show {caller_id}")
        state = b.ask("state")
        assert "Åse Ærø" in state["history"] and state["on_line"] == ""
        assert [name for name, _taken in state["callbacks"]] == ["Åse Ærø"]
        # They see each other: B said hello, A answered.
        qtbot.waitUntil(lambda: [d.name for d in window.change_events.roster.desks()]
                        == ["Reception 2"], timeout=5000)
        b.until(lambda s: "Reception 1" in s["desks"] and "Reception 2" in s["desks"], 5,
                "both desks as connected")

        # A takes a call from Åse: B marks her as on the line at A.
        panel = window.call_panel
        panel.new_call("23 39 49 77")
        assert panel.history_caller == caller_id
        b.until(lambda s: "I telefonen hos Reception 1" in s["on_line"], WITHIN_S,
                "Åse on the line at A")

        # A logs the call (with a new callback): B's history and callbacks show it.
        panel.form.notes_edit.setPlainText("ondt i knæet efter et fald på isen")
        assert panel.finish_call("call_back", callback_due=date.today() + timedelta(days=1),
                                 callback_reason="svar på scanning") is not None
        b.until(lambda s: "ondt i knæet efter et fald på isen" in s["history"]
                and len(s["callbacks"]) == 2, WITHIN_S, "the call and the new callback")
        b.until(lambda s: s["on_line"] == "", WITHIN_S, "Åse no longer on the line")

        # A marks the first callback done: it leaves B's list.
        callbacks = window.workspace.callbacks
        callbacks.refresh()
        row = next(i for i, e in enumerate(callbacks.entries) if e.id == first.callback_id)
        callbacks.table.selectRow(row)
        callbacks.mark_done()
        b.until(lambda s: len(s["callbacks"]) == 1, WITHIN_S, "the callback gone")

        # A rings the other one back: B shows it as taken, so nobody rings Åse twice.
        callbacks.refresh()
        callbacks.table.selectRow(0)
        callbacks.ring_now()
        assert panel.session is not None and panel.session.direction == "out"
        b.until(lambda s: s["callbacks"][0][1].startswith("Reception 1"), WITHIN_S,
                "the callback as taken by Reception 1")

        # A ticks off a checklist step: B's checklist of Åse shows it.
        from reception.checklist import STEP_IDS, StepStatus, set_step_status

        b.ask("checklist")
        assert b.ask("state")["checklist"] == "0 af 6"
        set_step_status(caller_id, STEP_IDS[-1], StepStatus.DONE, by="Mette")
        b.until(lambda s: s["checklist"] == "1 af 6", WITHIN_S, "the step done")
    finally:
        window.close()
        db.close_all()


def test_on_the_server_desks_never_wait_for_each_others_folder(pg_url: str,
                                                               tmp_path: Path) -> None:
    """Each desk has its own folder and both start; only a second copy on the same
    folder is refused, with words that fit a shared server."""
    from reception.paths import resolve_data_paths
    from ui.safety.startup import start_safely

    said: list[str] = []

    def refuse(message: str, _parent: object) -> None:
        said.append(message)

    def no_dialog(*_args: object) -> None:
        raise AssertionError("no passphrase or check on a server")

    def desk(name: str):  # noqa: ANN202
        paths = resolve_data_paths(tmp_path / name).ensure().with_server(pg_url)
        return start_safely(paths, None, ask=no_dialog, offer=no_dialog, refuse=refuse,
                            check=no_dialog)

    first, second = desk("reception-1"), desk("reception-2")
    try:
        assert first is not None and second is not None and said == []
        assert desk("reception-1") is None
        assert "hvert skrivebord har sin egen datamappe" in said[0]
        assert "ødelægge" not in said[0]  # several desks on one database is no danger
    finally:
        for session in (first, second):
            if session is not None:
                session.finish(backup=False)
