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


STALE, REFRESH, SKIP = "stale", "refresh", "skip"  # what a change does to a hidden screen


class RefreshOnChange(QObject):
    """Calls ``refresh`` after changes ``wants`` accepts: visible now, or stale until shown.

    ``hidden`` says what a hidden widget does instead: ``STALE`` (refresh when shown),
    ``REFRESH`` (at once all the same: a tab whose title shows a count, or a screen
    that keeps its own "stale"), ``SKIP`` (its tab reads it afresh when shown anyway).
    """

    def __init__(self, widget: QObject, events: ChangeEvents, refresh: Callable[[], object],
                 wants: Wants, *, hidden: str = STALE, delay_ms: int = COALESCE_MS) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._wants = wants
        self._always = hidden == REFRESH
        self._skip = hidden == SKIP
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
        elif not self._skip:
            self.stale = True

    def _visible(self) -> bool:
        return bool(getattr(self._widget, "isVisible", lambda: True)())

    def _fire(self) -> None:
        if not self._always and not self._visible():
            self.stale = not self._skip
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
           wants: Wants, *, hidden: str = STALE) -> RefreshOnChange:
    return RefreshOnChange(widget, events, refresh, wants, hidden=hidden)


def follow_workspace(workspace, events: ChangeEvents) -> list[RefreshOnChange]:  # noqa: ANN001
    """The call screens: history, callbacks, »I dag«, »Før behandling«, the register, and
    the checklists shown beside a call and in the register."""
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
    # The tabs' titles count callbacks and the day's list: read even when hidden. The
    # overview keeps its own "stale" (read when shown); the register is read when its
    # tab is shown anyway (CallWorkspace._tab_changed).
    followers = [
        follow(panel.history, events, panel.reload_history, history_wanted),
        follow(workspace.callbacks, events, workspace.callbacks.refresh,
               kinds("callback", "call", "caller"), hidden=REFRESH),
        follow(workspace.today, events, workspace.today.refresh, kinds(*data, "settings"),
               hidden=REFRESH),
        follow(workspace.overview, events, workspace.overview.refresh,
               kinds("checklist", "caller", "call"), hidden=REFRESH),
        follow(callers, events, callers.reload, kinds("caller", "call", "checklist", "sheet"),
               hidden=SKIP),
    ]
    for view in (panel.checklist, callers.checklist):  # what is being typed stays (refresh)
        followers.append(follow(view, events, view.refresh, _other_desks_checklist(view)))
    followers.append(PresenceView(workspace, events))  # type: ignore[arg-type]
    return followers


def _other_desks_checklist(view) -> Wants:  # noqa: ANN001
    """Another desk changed the checklist this view shows (this desk's own save shows)."""
    return lambda change: (change.remote and change.kind == "checklist"
                           and change.touches(view.caller_id))


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
