"""The desk's own journal: calls typed while the database server could not be reached.

With the database on the clinic's server, a desk that loses the network or the
server must not lose what the receptionist types. ``CallSession`` keeps its form
in memory already; this journal keeps it on the PC too, so that closing the app
or a power cut loses nothing either: one small JSON file per call in
``<data folder>/lokale-opkald/`` (readable by the user alone), written whole to a
temporary file, flushed and renamed into place, holding the form as typed, when
the call started and, once ended at the desk, how it ended and when.

When the server answers again ``CallDesk.replay`` writes the kept calls to it in
the order they were first kept, and each file is removed once its call is on the
server. A call's number and notes are health data: the folder is private, and a
file lives only until the server has the call.

A process killed between writing the temporary file and renaming it leaves
``.opkald-….json.tmp`` behind: ``settle`` (at start, before ``kept``) renames a
whole one into place (it is the call's newest state) and removes a partial one.
When this PC's disk refuses the file too, ``keep`` says why in ``last_error``
(``LocalCopyFailed``, a code and a Danish text); the copy kept before stays whole.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reception.calls.form import CallForm, form_from_json, form_to_json
from reception.errors import QT_TR_NOOP, ReceptionError
from reception.private_files import private_folder
from reception.store.errors import StorageUnavailable

log = logging.getLogger(__name__)

FOLDER = "lokale-opkald"
SERVER_DOWN = ("server_gone", "unreachable")  # store.error_codes' reasons
TEMPORARY_SUFFIX = ".tmp"
DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def journal_folder(data_root: Path) -> Path:
    """``<data folder>/lokale-opkald`` (not created)."""
    return data_root / FOLDER


class LocalCopyFailed(StorageUnavailable):
    """The server is gone and this PC refused the call too: it is only in the window now.

    A ``StorageUnavailable`` (every screen already shows those and keeps the form),
    with codes of its own; ``folder`` is the journal's folder.
    """

    messages = {
        "local_disk_full": QT_TR_NOOP(
            "Databaseserveren kan ikke nås, og disken på denne PC er fuld, så opkaldet kan "
            "heller ikke gemmes her. Det indtastede står stadig i vinduet: luk ikke "
            "programmet, men frigør plads på disken ({folder})."),
        "local_unwritable": QT_TR_NOOP(
            "Databaseserveren kan ikke nås, og opkaldet kan heller ikke gemmes på denne PC "
            "({folder}). Det indtastede står stadig i vinduet: luk ikke programmet, men ret "
            "adgangen til mappen."),
    }

    def __init__(self, code: str, folder: Path, detail: str = "") -> None:
        ReceptionError.__init__(self, code, detail=detail, folder=str(folder))

    @classmethod
    def of(cls, error: OSError, folder: Path) -> LocalCopyFailed:
        code = "local_disk_full" if error.errno in DISK_FULL else "local_unwritable"
        return cls(code, folder, detail=str(error))


@dataclass
class Ending:
    """How the receptionist ended a call while the server was gone."""

    outcomes: tuple[str, ...]
    ended_at: datetime
    callback_due: date | None = None
    callback_reason: str = ""
    force: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"outcomes": list(self.outcomes), "ended_at": self.ended_at.isoformat(),
                "callback_due": self.callback_due.isoformat() if self.callback_due else None,
                "callback_reason": self.callback_reason, "force": self.force}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Ending:
        due = data.get("callback_due")
        return cls(tuple(data.get("outcomes") or ()), datetime.fromisoformat(data["ended_at"]),
                   date.fromisoformat(due) if due else None, data.get("callback_reason", ""),
                   bool(data.get("force")))


@dataclass
class KeptCall:
    """One call as the journal holds it."""

    key: str  # the file's name without ".json"; stays the same for the call's life
    form: CallForm
    started_at: datetime
    direction: str = "in"
    taken_by: str = ""
    phone: str | None = None  # the number the call was started with
    call_id: int | None = None  # None: its row was never made on the server
    ending: Ending | None = None

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "form": form_to_json(self.form), "notes": self.form.notes,
                "started_at": self.started_at.isoformat(), "direction": self.direction,
                "taken_by": self.taken_by, "phone": self.phone, "call_id": self.call_id,
                "ending": self.ending.to_json() if self.ending else None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeptCall:
        ending = data.get("ending")
        return cls(str(data["key"]), form_from_json(data.get("form", ""), data.get("notes", "")),
                   datetime.fromisoformat(data["started_at"]), data.get("direction", "in"),
                   data.get("taken_by", ""), data.get("phone"), data.get("call_id"),
                   Ending.from_json(ending) if ending else None)


def new_key() -> str:
    """A key that sorts in the order calls were first kept (nanoseconds, then the process)."""
    return f"opkald-{time.time_ns():020d}-{os.getpid()}"


class OfflineJournal:
    """The files of ``folder``; every method logs and swallows a failing disk (the form is
    still in memory: the journal is a second copy, never the only one)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.last_error: LocalCopyFailed | None = None  # why the last ``keep`` failed
        self.unreadable: list[Path] = []  # files ``kept`` found but could not read

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    @staticmethod
    def _temporary(path: Path) -> Path:
        return path.with_name(f".{path.name}{TEMPORARY_SUFFIX}")

    def keep(self, call: KeptCall) -> bool:
        """Write ``call`` whole (replacing its earlier copy); False when the disk refused
        (``last_error`` says why; the earlier copy is left as it was)."""
        from reception.safety.files import fsync_dir  # only once the server is gone

        path = self._path(call.key)
        temporary = self._temporary(path)
        try:
            private_folder(self.folder)
            with temporary.open("w", encoding="utf-8") as handle:
                json.dump(call.to_json(), handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
            fsync_dir(self.folder)
        except OSError as error:
            log.error("Et opkald kunne ikke gemmes på denne PC: %s", error.strerror)
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)  # a half file must not take the space
            self.last_error = LocalCopyFailed.of(error, self.folder)
            return False
        self.last_error = None
        return True

    def forget(self, key: str) -> None:
        """Remove the call's file: the server has it now (a left-over temporary first, so
        that ``settle`` can never bring the call back)."""
        path = self._path(key)
        with contextlib.suppress(OSError):
            self._temporary(path).unlink(missing_ok=True)
            path.unlink(missing_ok=True)

    def settle(self) -> int:
        """Finish what a process stopped between writing and renaming left; run at start.

        A temporary file that reads back whole is the newest state of its call (it was
        written and flushed before the rename that did not happen): renamed into place.
        One that does not read (cut off) is removed; the call's earlier copy stands.
        Safe at start: no other program writes here (the data folder's lock).
        Returns how many were tidied.
        """
        from reception.safety.files import fsync_dir

        try:
            temporaries = sorted(self.folder.glob(f".opkald-*.json{TEMPORARY_SUFFIX}"))
        except OSError:
            return 0
        tidied = 0
        for temporary in temporaries:
            target = temporary.with_name(temporary.name[1:-len(TEMPORARY_SUFFIX)])
            try:
                data = json.loads(temporary.read_text(encoding="utf-8"))
                whole = KeptCall.from_json(data).key == target.stem
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                whole = False
            try:
                if whole:
                    os.replace(temporary, target)
                else:
                    temporary.unlink()
            except OSError as error:
                log.error("En midlertidig fil i %s kunne ikke ryddes op: %s", self.folder,
                          error.strerror)
                continue
            log.warning("Et opkald gemt på denne PC var ikke skrevet færdigt (%s): %s",
                        target.name, "gjort færdigt" if whole else "fjernet")
            tidied += 1
        if tidied:
            with contextlib.suppress(OSError):
                fsync_dir(self.folder)
        return tidied

    def kept(self) -> list[KeptCall]:
        """Every call kept here, in the order they were first kept (an unreadable file is
        logged, listed in ``unreadable`` and left in place for support to read)."""
        try:
            paths = sorted(self.folder.glob("opkald-*.json"))
        except OSError:
            return []
        calls = []
        self.unreadable = []
        for path in paths:
            try:
                calls.append(KeptCall.from_json(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
                log.error("Et opkald gemt på denne PC kan ikke læses (%s): %s", path.name, error)
                self.unreadable.append(path)
        return calls
