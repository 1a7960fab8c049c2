"""Before ringing a callback: is it being rung already (here, or at another desk)?

So that no patient is rung twice: a callback whose call-back call is open at this
desk goes back to that call; one open elsewhere is rung only when the receptionist
says so. Used by »Tilbageringninger« and »I dag«.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from reception.calls import CallbackEntry
from ui.change_events import ChangeEvents
from ui.translations import tr

RING, RESUME, LEAVE = "ring", "resume", "leave"


def taken_text(entry: CallbackEntry, events: ChangeEvents | None) -> str:
    """»Reception 2 (bo)« when another desk has the call-back call open, else who took it
    (this desk's own call, or one left unfinished); "" when nobody rings it."""
    if entry.ringing_call is None:
        return ""
    desks = events.roster.ringing(entry.ringing_call) if events is not None else []
    if desks:
        return ", ".join(desk.label for desk in desks)
    return entry.ringing_by or tr("et andet opkald")


def before_ringing(entry: CallbackEntry, events: ChangeEvents | None,
                   parent: QWidget | None) -> str:
    """``RING``, ``RESUME`` (this desk's own call: go back to ``entry.ringing_call``)
    or ``LEAVE`` (another desk rings them and the receptionist said no)."""
    if entry.ringing_call is None:
        return RING
    if events is not None and entry.ringing_call in events.calls_here:
        return RESUME
    answer = QMessageBox.question(
        parent, tr("Ringes allerede op"),
        tr("{name} ringes allerede op af {who}. Ring alligevel?").format(
            name=entry.caller_name or tr("Personen"), who=taken_text(entry, events)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return RING if answer == QMessageBox.StandardButton.Yes else LEAVE
