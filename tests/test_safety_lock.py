"""A second copy of the program on the same data folder is refused with a clear message."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reception.safety import DataFolderLock, FolderLocked

HOLD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from reception.safety import DataFolderLock\n"
    "lock = DataFolderLock(Path(sys.argv[1])).acquire()  # kept: released when collected\n"
    "print('holding', flush=True)\n"
    "time.sleep(60)\n"
)
TRY = (
    "import sys\n"
    "from pathlib import Path\n"
    "from reception.safety import DataFolderLock, FolderLocked\n"
    "try:\n"
    "    DataFolderLock(Path(sys.argv[1])).acquire()\n"
    "except FolderLocked as error:\n"
    "    print(error.message); sys.exit(3)\n"
    "print('acquired')\n"
)


def test_a_second_instance_in_the_same_process_is_refused(tmp_path: Path) -> None:
    first = DataFolderLock(tmp_path).acquire()
    with pytest.raises(FolderLocked) as refused:
        DataFolderLock(tmp_path).acquire()
    message = refused.value.message
    assert "kører allerede" in message and "kan ødelægge" in message
    assert f"proces {os.getpid()}" in message
    first.release()
    with DataFolderLock(tmp_path) as again:
        assert again.held
    assert not (tmp_path / "reception.lock.json").exists()


def test_a_second_process_is_refused_and_a_killed_one_leaves_no_lock(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        second = subprocess.run([sys.executable, "-c", TRY, str(tmp_path)],
                                capture_output=True, text=True, encoding="utf-8", timeout=60)
        assert second.returncode == 3
        assert "kører allerede" in second.stdout and f"proces {holder.pid}" in second.stdout
        with pytest.raises(FolderLocked):
            DataFolderLock(tmp_path).acquire()
    finally:
        holder.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        holder.wait(timeout=30)
    # the OS released the lock with the process; its owner file is stale, not binding
    lock = DataFolderLock(tmp_path).acquire()
    owner = json.loads((tmp_path / "reception.lock.json").read_text(encoding="utf-8"))
    assert owner["pid"] == os.getpid()
    lock.release()


def fake_owner(folder: Path, heartbeat: datetime) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reception.lock.json").write_text(json.dumps({
        "host": "RECEPTION-PC-2", "pid": 4242, "user": "mette",
        "since": (heartbeat - timedelta(hours=2)).isoformat(),
        "heartbeat": heartbeat.isoformat(),
    }), encoding="utf-8")


def test_another_pc_on_a_shared_folder_is_respected_while_its_heartbeat_is_fresh(
        tmp_path: Path) -> None:
    """On shares that do not pass OS locks on, the owner file still guards the folder."""
    now = datetime.now(UTC)
    fake_owner(tmp_path, now - timedelta(minutes=2))
    with pytest.raises(FolderLocked) as refused:
        DataFolderLock(tmp_path).acquire(now)
    assert "RECEPTION-PC-2" in refused.value.message and "mette" in refused.value.message
    fake_owner(tmp_path, now - timedelta(minutes=30))  # that PC crashed long ago
    lock = DataFolderLock(tmp_path).acquire(now)
    assert lock.held
    lock.refresh(now + timedelta(minutes=1))
    owner = json.loads((tmp_path / "reception.lock.json").read_text(encoding="utf-8"))
    assert owner["heartbeat"] == (now + timedelta(minutes=1)).isoformat()
    lock.release()
