"""The app opens no network connection: a whole call through the real window, watched twice.

A child process starts the window as the app does (with the single-instance server
listening, and a screen pop handed to it over the local socket), takes a call by
typing into the form, ends it, and closes. It is watched

- from inside Python: an audit hook sees every ``socket()`` and ``connect()`` Python
  makes and refuses any to the internet (AF_INET/AF_INET6), so a library that tried
  would fail loudly as well as be counted;
- from the operating system (Linux, when ``strace`` is installed): every network
  system call of every thread and child, Qt's own C++ sockets included.

Local sockets (AF_UNIX: the single-instance server, a screen pop, D-Bus) and netlink
(the kernel's own interface list) are allowed; AF_INET and AF_INET6 are not.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent(r"""
    import json, socket, sys

    events = []
    INTERNET = {int(socket.AF_INET), int(socket.AF_INET6)}

    def hook(event, args):
        if event == "socket.__new__":
            events.append({"event": "socket", "family": int(args[1])})
            if int(args[1]) in INTERNET:
                raise PermissionError("network socket refused by test_no_network")
        elif event in ("socket.connect", "socket.sendto", "socket.bind"):
            family = int(args[0].family)
            events.append({"event": event, "family": family, "address": repr(args[1])})
            if family in INTERNET:
                raise PermissionError("network connection refused by test_no_network")
        elif event.startswith(("socket.getaddrinfo", "socket.gethostby")):
            events.append({"event": event, "family": -1, "address": repr(args[:2])})

    sys.addaudithook(hook)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reception.calls import caller_history, find_callers_by_phone
    from reception.paths import resolve_data_paths
    from ui.app import create_main_window, handle_message
    from ui.single_instance import InstanceServer, send_to_running

    app = QApplication(sys.argv[:1])
    paths = resolve_data_paths(sys.argv[1]).ensure()
    win = create_main_window(paths)
    server = InstanceServer(paths.root, win)
    server.message_received.connect(lambda message: handle_message(win, message))
    assert server.listen()
    win.show()
    QTest.qWaitForWindowExposed(win)

    # The phone system pops the call (a second start hands it over the local socket).
    assert send_to_running(paths.root, "call 23394977")
    for _ in range(200):
        app.processEvents()
        if win.call_panel.session is not None:
            break
        QTest.qWait(10)
    form = win.call_panel.form
    assert form.phone_edit.text() == "23 39 49 77", form.phone_edit.text()
    QTest.keyClicks(form.name_edit, "Jens Hansen")
    QTest.keyClicks(form.street_edit, "Guldvej 7")
    QTest.keyClicks(form.postcode_edit, "8000")
    QTest.keyClicks(form.town_edit, "Aarhus C")
    QTest.mouseClick(form.area_buttons["nakke"], Qt.MouseButton.LeftButton)
    form.notes_edit.setFocus()
    QTest.keyClicks(form.notes_edit, "Ondt i nakken efter et fald, vil have informationsark.")
    win.call_panel.finish_call("send_sheet")
    (caller,) = find_callers_by_phone("23394977")
    saved = caller_history(caller.id).calls[0].notes
    win.close()
    server.close()
    app.processEvents()
    print("RESULT " + json.dumps({"events": events, "saved": saved}), flush=True)
""")

INTERNET_FAMILIES = {2, 10}  # AF_INET, AF_INET6 on Linux; see socket.AF_* on others
SAVED = "Ondt i nakken efter et fald, vil have informationsark."


def run_child(data: Path, prefix: list[str] | None = None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([*(prefix or []), sys.executable, "-c", CHILD, str(data)], cwd=ROOT,
                          env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def test_a_whole_call_makes_no_internet_socket_in_python(tmp_path: Path) -> None:
    import socket

    result = run_child(tmp_path / "data")
    assert result["saved"] == SAVED  # the call really went through
    internet = {int(socket.AF_INET), int(socket.AF_INET6)}
    offending = [e for e in result["events"] if e["family"] in internet or
                 e["event"].startswith(("socket.getaddrinfo", "socket.gethostby"))]
    assert offending == []


NETWORK_CALL = re.compile(r"^\d+\s+(\w+)\((.*)$")


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("strace") is None,
                    reason="needs Linux and strace (apt-get install strace)")
def test_a_whole_call_makes_no_internet_connection_at_the_os_level(tmp_path: Path) -> None:
    trace = tmp_path / "network.trace"
    result = run_child(tmp_path / "data", ["strace", "-f", "-qq", "-e", "trace=network",
                                           "-e", "signal=none", "-o", str(trace)])
    assert result["saved"] == SAVED
    lines = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    calls = [m.groups() for m in map(NETWORK_CALL.match, lines) if m]
    assert calls, "strace recorded nothing: the check would prove nothing"
    families = {name: set(re.findall(r"\bAF_[A-Z0-9]+", args)) for name, args in calls}
    seen = set().union(*families.values())
    # The local socket of the screen pop and the single-instance server is seen …
    assert "AF_UNIX" in seen, seen
    # … and nothing ever reaches for the internet.
    internet = [f"{name}({args}" for name, args in calls
                if re.search(r"\bAF_INET6?\b", args)]
    assert internet == []
