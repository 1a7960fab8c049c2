"""Child process for tests/test_offline_journal_faults.py: a desk writing its call journal.

``python journal_fault_worker.py FOLDER DONE_LOG`` runs ``OPS`` on the journal in
FOLDER (``reception.calls.offline``, the code the call screen uses while the server
is gone) and appends the number of each operation to DONE_LOG once it has returned,
so the test knows which ones finished before the process was killed.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from reception.calls.form import CallForm
from reception.calls.offline import Ending, KeptCall, OfflineJournal

# Calls an earlier run kept (the server was gone then too): (name, version).
BEFORE = (("p", 1), ("q", 1))
# (operation, call, version): keep writes that version of the call, forget removes it
# (the server has it now). Version 2 of »b« is ended at the desk, waiting for the server.
OPS = (
    ("keep", "a", 1),
    ("keep", "b", 1),
    ("keep", "a", 2),  # an update: the file replaced
    ("forget", "p", 0),
    ("keep", "c", 1),
    ("keep", "b", 2),
    ("forget", "a", 0),
    ("keep", "c", 2),
    ("forget", "b", 0),
)
ENDED = {("b", 2)}
ORDER = "pqabc"  # the order the calls were first kept in


def key_of(name: str) -> str:
    return f"opkald-{ORDER.index(name) + 1:020d}-4242"


def notes_of(name: str, version: int) -> str:
    filler = "Skrevet mens serveren var væk. " * 40  # a file of a few kilobytes
    return f"{name} v{version}: ondt i lænden, ringer igen. {filler}"


def call_of(name: str, version: int) -> KeptCall:
    started = datetime(2026, 11, 30, 9, ORDER.index(name), tzinfo=UTC)
    ending = None
    if (name, version) in ENDED:
        ending = Ending(("call_back",), started.replace(minute=30), date(2026, 12, 2), "svar")
    form = CallForm(phone="23394977", name=f"Åse {name.upper()}", notes=notes_of(name, version))
    return KeptCall(key_of(name), form, started, taken_by="Mette", phone="23394977",
                    ending=ending)


def run(journal: OfflineJournal, done_log: Path) -> None:
    descriptor = os.open(done_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for number, (operation, name, version) in enumerate(OPS):
            if operation == "keep":
                assert journal.keep(call_of(name, version)), journal.last_error
            else:
                journal.forget(key_of(name))
            os.write(descriptor, f"{number}\n".encode())
    finally:
        os.close(descriptor)


if __name__ == "__main__":
    run(OfflineJournal(Path(sys.argv[1])), Path(sys.argv[2]))
