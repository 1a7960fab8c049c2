"""Personal data outside the database: e-mail drafts after erase and encrypt, and the log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from privacy_helpers import make_person, open_db
from safety_helpers import PASSPHRASE

from reception.logging_setup import LOG_FILE_NAME, configure_logging
from reception.outbox import all_drafts, drafts_of, new_draft_path, outbox_folder
from reception.privacy import anonymise_person, erase_person
from reception.sheets import build_eml, write_eml
from reception.startup import prepare_start
from reception.store.cipher import file_kind

ROOT = Path(__file__).resolve().parents[1]
PDF = b"%PDF-1.4\n% Informationsark til Karen Zyxkvoerbel\n%%EOF\n"


def write_draft(root: Path, caller_id: int, name: str, *, when: datetime | None = None) -> Path:
    path = new_draft_path(root, caller_id, when or datetime.now().astimezone())
    write_eml(path, "karen@example.dk", name, "Informationsark", f"Kære {name}, Guldvej 7",
              PDF, "ark.pdf")
    return path


def test_erasing_a_person_removes_their_e_mail_drafts_and_no_one_elses(tmp_path: Path) -> None:
    database = open_db(tmp_path)
    karen = make_person("23394977", "Karen Zyxkvoerbel", "Knæet")
    peter = make_person("23394978", "Peter Holm", "Nakken")
    karens = [write_draft(tmp_path, karen.id, "Karen Zyxkvoerbel") for _ in range(2)]
    peters = write_draft(tmp_path, peter.id, "Peter Holm")
    assert drafts_of(outbox_folder(tmp_path), karen.id) == sorted(karens)
    assert b"Zyxkvoerbel" in karens[0].read_bytes()

    result = erase_person(karen.id, "Mette")

    assert result.drafts_removed == 2
    assert not any(p.exists() for p in karens)
    assert all_drafts(outbox_folder(tmp_path)) == [peters]
    leftover = b"".join(p.read_bytes() for p in outbox_folder(tmp_path).iterdir())
    assert b"Zyxkvoerbel" not in leftover
    anonymise_person(peter.id, "Mette")  # anonymising takes the name and address too
    assert all_drafts(outbox_folder(tmp_path)) == []
    database.close()


def test_drafts_older_than_a_day_leave_at_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    old = write_draft(data, 7, "Karen", when=datetime(2026, 1, 5, 10, tzinfo=UTC))
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    fresh = write_draft(data, 7, "Karen")
    other_file = outbox_folder(data) / "noter.txt"  # not ours: left alone
    other_file.write_text("x")
    umask = os.umask(0o022)
    try:
        prepare_start(str(data))
    finally:
        logging.getLogger().handlers[:] = [h for h in logging.getLogger().handlers
                                           if not getattr(h, "_reception", False)]
        os.umask(umask)
    assert not old.exists() and fresh.exists() and other_file.exists()


def test_encrypt_removes_the_plain_e_mail_drafts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_db(data).close()
    draft = write_draft(data, 3, "Karen Zyxkvoerbel")
    env = {**os.environ, "RECEPTION_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "reception", "--data-dir", str(data), "encrypt"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert file_kind(data / "reception.sqlite3") == "encrypted"
    assert not draft.exists()
    assert "1 ukrypteret e-mail-kladde i udbakken er overskrevet og slettet" in done.stdout


def test_the_log_names_no_one_after_a_screen_pop_and_a_call(qtbot, tmp_path: Path) -> None:
    from reception.paths import resolve_data_paths
    from reception.safety.lock import DataFolderLock
    from ui.app import create_main_window, handle_message
    from ui.single_instance import InstanceServer

    data = tmp_path / "data"
    paths = resolve_data_paths(data).ensure()
    log_path = configure_logging(paths.logs, rotating=False)
    try:
        win = create_main_window(paths)
        qtbot.addWidget(win)
        folder = DataFolderLock(paths.root).acquire()  # as the running app holds it
        server = InstanceServer(paths.root, win)
        server.message_received.connect(lambda message: handle_message(win, message))
        assert server.listen()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        child = subprocess.run([sys.executable, "main.py", "--data-dir", str(data),
                                "tel:+4529876543"], cwd=ROOT, env=env, timeout=60)
        assert child.returncode == 0
        qtbot.waitUntil(lambda: win.call_panel.session is not None, timeout=5000)
        form = win.call_panel.form
        form.name_edit.setText("Karen Zyxkvoerbel")
        form.notes_edit.setPlainText("Ondt i knæet; ring på 2987 6543")
        win.call_panel.finish_call("no_action")
        logging.getLogger("test").warning("A number slipped into a message: 29 87 65 43")
        logging.getLogger("test").warning("And an address: karen.z@example.dk")
        server.close()
        folder.release()
    finally:
        logging.getLogger().handlers[:] = [h for h in logging.getLogger().handlers
                                           if not getattr(h, "_reception", False)]
    text = log_path.read_text(encoding="utf-8")
    assert log_path.name == LOG_FILE_NAME
    assert "givet videre" in text  # the hand-over was logged, by the child
    assert "slipped into a message: [nummer]" in text  # the safety net
    assert "And an address: [e-mail]" in text
    for personal in ("29876543", "2987 6543", "29 87 65 43", "+4529876543", "Zyxkvoerbel",
                     "knæet", "karen.z@"):
        assert personal not in text, personal


def test_a_draft_holds_what_erase_must_remove() -> None:
    """The premise of the tests above: a draft carries the name, address and the PDF."""
    eml = build_eml("karen@example.dk", "Karen Zyxkvoerbel", "Ark", "Kære Karen, Guldvej 7",
                    PDF, "ark.pdf")
    assert b"Zyxkvoerbel" in eml and b"Guldvej 7" in eml
