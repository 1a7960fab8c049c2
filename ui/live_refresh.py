"""Screens that follow the change events: each reads afresh what it shows when a change
concerns it, at once when visible, else when next shown.

A burst of changes (a call ended: call, caller, callback) is read once, after a short
single-shot timer. ``follow_workspace`` wires the call screens; ``follow`` one widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from reception.changes import Change
from ui.change_events import ChangeEvents

COALESCE_MS = 50
Wants = Callable[[Change], bool]


class RefreshOnChange(QObject):
    """Calls ``refresh`` after changes ``wants`` accepts: visible now, or stale until shown.

    ``always`` refreshes a hidden widget too (a tab whose title shows a count)."""

    def __init__(self, widget: QObject, events: ChangeEvents, refresh: Callable[[], object],
                 wants: Wants, *, always: bool = False, delay_ms: int = COALESCE_MS) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._wants = wants
        self._always = always
        self.stale = False
        self.count = 0  # refreshes made (for tests)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)
        widget.installEventFilter(self)
        events.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.kind == "all" or self._wants(change):
            self.request()

    def request(self) -> None:
        if self._always or self._visible():
            self._timer.start()
        else:
            self.stale = True

    def _visible(self) -> bool:
        return bool(getattr(self._widget, "isVisible", lambda: True)())

    def _fire(self) -> None:
        if not self._always and not self._visible():
            self.stale = True
            return
        self.stale = False
        self.count += 1
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self._timer.start()
        return False


def kinds(*names: str) -> Wants:
    return lambda change: change.kind in names


def follow(widget: QObject, events: ChangeEvents, refresh: Callable[[], object],
           wants: Wants, *, always: bool = False) -> RefreshOnChange:
    return RefreshOnChange(widget, events, refresh, wants, always=always)


def follow_workspace(workspace, events: ChangeEvents) -> list[RefreshOnChange]:  # noqa: ANN001
    """The call screens: history, callbacks, »I dag«, »Før behandling«, the register."""
    panel = workspace.call_panel
    data = ("call", "caller", "callback", "checklist", "sheet")

    def history_wanted(change: Change) -> bool:
        shown = panel.history_caller
        if shown is None:
            return False
        if change.kind in ("caller", "checklist", "sheet"):
            return change.touches(shown)
        return change.kind in ("call", "callback")  # their ids are calls and callbacks

    callers = workspace.callers
    followers = [
        follow(panel.history, events, panel.reload_history, history_wanted),
        follow(workspace.callbacks, events, workspace.callbacks.refresh,
               kinds("callback", "call", "caller"), always=True),
        follow(workspace.today, events, workspace.today.refresh, kinds(*data, "settings"),
               always=True),
        follow(workspace.overview, events, workspace.overview.refresh,
               kinds("checklist", "caller", "call")),
        follow(callers, events, callers.reload, kinds("caller", "call", "checklist", "sheet")),
    ]
    followers.append(PresenceView(workspace, events))  # type: ignore[arg-type]
    return followers


class PresenceView(QObject):
    """Marks what the other desks are doing: a caller on their line, a callback they ring."""

    def __init__(self, workspace, events: ChangeEvents) -> None:  # noqa: ANN001
        super().__init__(workspace)
        self._workspace = workspace
        events.changed.connect(self._on_change)
        events.desks_changed.connect(self.show)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("presence", "all"):
            self.show()

    def show(self) -> None:
        self._workspace.call_panel.show_on_line()
        self._workspace.callbacks.show_taken()
