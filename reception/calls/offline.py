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
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reception.calls.form import CallForm, form_from_json, form_to_json
from reception.private_files import private_folder

log = logging.getLogger(__name__)

FOLDER = "lokale-opkald"
SERVER_DOWN = ("server_gone", "unreachable")  # store.error_codes' reasons


def journal_folder(data_root: Path) -> Path:
    """``<data folder>/lokale-opkald`` (not created)."""
    return data_root / FOLDER


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

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def keep(self, call: KeptCall) -> bool:
        """Write ``call`` whole (replacing its earlier copy); False when the disk refused."""
        from reception.safety.files import fsync_dir  # only once the server is gone

        try:
            private_folder(self.folder)
            path = self._path(call.key)
            temporary = path.with_name(f".{path.name}.tmp")
            with temporary.open("w", encoding="utf-8") as handle:
                json.dump(call.to_json(), handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
            fsync_dir(self.folder)
        except OSError as error:
            log.error("Et opkald kunne ikke gemmes på denne PC: %s", error.strerror)
            return False
        return True

    def forget(self, key: str) -> None:
        """Remove the call's file: the server has it now."""
        with contextlib.suppress(OSError):
            self._path(key).unlink(missing_ok=True)

    def kept(self) -> list[KeptCall]:
        """Every call kept here, in the order they were first kept (an unreadable file is
        logged and left in place for support to read)."""
        try:
            paths = sorted(self.folder.glob("opkald-*.json"))
        except OSError:
            return []
        calls = []
        for path in paths:
            try:
                calls.append(KeptCall.from_json(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError) as error:
                log.error("Et opkald gemt på denne PC kan ikke læses (%s): %s", path.name, error)
        return calls
