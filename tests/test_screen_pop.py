"""Screen pop between real processes: two starts at once, a squatted socket, a flood.

The socket belongs to the program holding the data-folder lock alone; it lives
where only this user can reach it; and the running window opens only a few calls
per short interval, however many messages arrive.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reception.os_lock import is_locked
from reception.paths import LOCK_FILE, resolve_data_paths
from reception.safety.lock import DataFolderLock
from reception.screenpop import CallGate, UnsafeAddress, listen_address, send_address
from reception.screenpop.address import MAX_SOCKET_PATH

ROOT = Path(__file__).resolve().parents[1]
NOBODY = 65534


def start_app(data_dir: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(data_dir), *args],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_for(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def calls_for(data_dir: Path, e164: str) -> int:
    database = data_dir / "reception.sqlite3"
    if not database.exists():
        return 0
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
    try:
        return int(connection.execute(
            "SELECT count(*) FROM call WHERE phone_e164 = ?", (e164,)).fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        connection.close()


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_two_starts_at_once_leave_screen_pop_working(
    isolated_data_dir: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    first = start_app(isolated_data_dir)
    second = start_app(isolated_data_dir)  # at once: neither holds the folder yet
    processes += [first, second]
    # One of them gets the folder; the other hands its start to it and ends quietly
    # (before the fix it took over the first one's socket, then hung on a refusal).
    wait_for(lambda: first.poll() is not None or second.poll() is not None, 40,
             "the refused start to end")
    ended, running = (first, second) if first.poll() is not None else (second, first)
    assert ended.returncode == 0, ended.stderr.read().decode() if ended.stderr else ""
    assert running.poll() is None
    assert is_locked(isolated_data_dir / LOCK_FILE)

    phone_system = start_app(isolated_data_dir, "--call", "23394977")
    processes.append(phone_system)
    assert phone_system.wait(30) == 0
    wait_for(lambda: calls_for(isolated_data_dir, "+4523394977") == 1, 20,
             "the running window to open the call")
    assert running.poll() is None  # the call went to the running window, not a new one


def test_a_second_start_never_listens_while_the_first_holds_the_folder(
    qtbot, isolated_data_dir: Path
) -> None:
    """In-process: the refused start hands over without touching the holder's socket."""
    from PySide6.QtWidgets import QWidget

    from ui.app import hand_to_running
    from ui.single_instance import InstanceServer

    paths = resolve_data_paths(isolated_data_dir).ensure()
    holder = DataFolderLock(paths.root).acquire()
    owner = QWidget()
    qtbot.addWidget(owner)
    server = InstanceServer(paths.root, owner)
    assert server.listen()
    received: list[str] = []
    server.message_received.connect(received.append)
    address = send_address(paths.root)
    assert address is not None
    before = os.stat(address).st_ino
    assert hand_to_running(paths, "23394977")
    qtbot.waitUntil(lambda: received == ["call 23394977"], timeout=5000)
    assert os.stat(address).st_ino == before  # the same socket, untouched
    server.close()
    holder.release()


# --- where the socket lives, and whom the sender trusts -------------------------------------


def test_socket_sits_in_a_private_folder_of_the_data_folder(isolated_data_dir: Path) -> None:
    root = resolve_data_paths(isolated_data_dir).ensure().root
    address = Path(listen_address(root))
    assert address.parent.parent == root
    mode = address.parent.stat().st_mode
    assert stat.S_IMODE(mode) == 0o700 and address.parent.stat().st_uid == os.getuid()


@pytest.fixture
def short_folder() -> Iterator[Path]:
    """A folder with a short path, as $XDG_RUNTIME_DIR or /tmp are."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="rt", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_long_data_folder_falls_back_to_a_private_runtime_folder(
    tmp_path: Path, short_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = short_folder
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    root = tmp_path / ("lang-mappe-" * 12)
    root.mkdir()
    address = Path(listen_address(root))
    assert len(os.fsencode(address)) <= MAX_SOCKET_PATH
    assert address.parent.parent == runtime
    assert stat.S_IMODE(address.parent.stat().st_mode) == 0o700
    other = tmp_path / ("anden-mappe-" * 12)
    other.mkdir()
    assert Path(listen_address(other)) != address  # one socket per data folder


def test_a_folder_others_may_enter_is_not_trusted(isolated_data_dir: Path) -> None:
    root = resolve_data_paths(isolated_data_dir).ensure().root
    address = Path(listen_address(root))
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(address))
    listener.listen()
    try:
        assert send_address(root) == str(address)
        address.parent.chmod(0o777)
        assert send_address(root) is None
    finally:
        listener.close()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root to create a folder as another user")
def test_a_socket_another_user_made_first_gets_no_number(
    qtbot, tmp_path: Path, short_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another local user creates the (fallback) socket before the app: the app does
    not listen there and a later start sends nothing to it."""
    from reception.paths import DataPaths
    from ui.app import hand_to_running
    from ui.single_instance import InstanceServer

    runtime = short_folder
    runtime.chmod(0o1777)  # shared, like /tmp
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    root = tmp_path / ("lang-mappe-" * 12)
    root.mkdir()
    folder = Path(send_address_path(root))
    folder.parent.mkdir(mode=0o700)
    squatter = socket.socket(socket.AF_UNIX)
    squatter.bind(str(folder))
    squatter.listen()
    squatter.settimeout(0.2)
    os.chown(folder, NOBODY, NOBODY)
    os.chown(folder.parent, NOBODY, NOBODY)
    try:
        with pytest.raises(UnsafeAddress):
            listen_address(root)
        assert not InstanceServer(root).listen()
        assert send_address(root) is None
        paths = DataPaths(root=root, logs=root / "logs")
        monkeypatch.setattr("ui.app.HAND_OVER_WAIT_SECONDS", 0.2)
        assert not hand_to_running(paths, "23394977")
        with pytest.raises(TimeoutError):
            squatter.accept()  # nobody ever connected, so no number went there
    finally:
        squatter.close()


def send_address_path(root: Path) -> str:
    from reception.screenpop.address import _socket_path

    return str(_socket_path(root))


# --- how many calls get through ------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_gate_lets_a_few_calls_through_per_interval_and_folds_repeats(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    gate = CallGate(burst=3, window=2.0, same_number=5.0, clock=clock)
    caplog.set_level("INFO")
    assert [gate.admit(f"2339497{n}") for n in range(6)] == [True] * 3 + [False] * 3
    clock.now += 2.0
    assert gate.admit("40404040")
    assert not gate.admit("40404040")  # the same number again: one call
    clock.now += 4.0
    assert not gate.admit("40404040")  # still repeating: still the same call
    clock.now += 5.0
    assert gate.admit("40404040")  # a new call from the same number later on
    text = caplog.text
    assert "afvist" in text and "samme nummer" in text
    assert "2339497" not in text and "40404040" not in text  # no phone numbers in the log


def test_a_flood_of_screen_pops_opens_only_a_few_calls(
    qtbot, isolated_data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.single_instance import InstanceServer, send_to_running

    paths = resolve_data_paths(isolated_data_dir).ensure()
    owner = QWidget()
    qtbot.addWidget(owner)
    server = InstanceServer(paths.root, owner)
    assert server.listen()
    received: list[str] = []
    server.message_received.connect(received.append)
    caplog.set_level("INFO")
    started = time.monotonic()
    for n in range(60):
        assert send_to_running(paths.root, f"call 2339{n:04d}")
        QApplication.processEvents()
    for _ in range(30):
        assert send_to_running(paths.root, "call 23394977")
        QApplication.processEvents()
    assert time.monotonic() - started < 2.0  # all within one window of the gate
    qtbot.wait(300)
    assert len(received) == 3, received
    assert "afvises" in caplog.text and "2339" not in caplog.text
    server.close()
