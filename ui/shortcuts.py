"""Every key of the main window in one table: the shortcuts are made from it, and
Hjælp → Tastaturgenveje shows it, so the list cannot drift from the real keys.

Keys are written as QKeySequence's portable text ("Ctrl+F"). An entry with
``bound=False`` is a key a widget handles itself (Tab, Esc in the search field): it is
listed, not installed. Ctrl+1…9 switch between the open calls (the strip above the form).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from ui.translations import tr

if TYPE_CHECKING:  # QKeySequence's enums take milliseconds: built after the first paint
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction, QKeySequence, QShortcut


class Shortcut(NamedTuple):
    """A key (or keys) of the window and what it does (a named tuple: the table is
    made on the way to the first paint, where a dataclass costs a millisecond)."""

    name: str
    keys: tuple[str, ...]
    text: str  # Danish, already translated
    bound: bool = True  # False: handled by a widget, listed only

    @property
    def sequences(self) -> list[QKeySequence]:
        from PySide6.QtGui import QKeySequence

        return [QKeySequence(key) for key in self.keys]


def shortcut_table() -> list[Shortcut]:
    """All keys, in the order the help lists them (translated when called)."""
    return [
        Shortcut("new_call", ("F2", "Ctrl+N"), tr("Nyt opkald")),
        Shortcut("end_call", ("Ctrl+E",), tr("Afslut opkaldet (vælg udfald og gem)")),
        Shortcut("switch_call", tuple(f"Ctrl+{n}" for n in range(1, 10)),
                 tr("Skift til opkald nr. 1–9 i rækken af åbne opkald")),
        Shortcut("send_sheet", ("Ctrl+P",), tr("Send informationsark til den, der ringer")),
        Shortcut("next_field", ("Tab", "Shift+Tab"),
                 tr("Næste eller forrige felt, også ud af noterne (der skrives aldrig "
                    "tabulatortegn i noterne)"), bound=False),
        Shortcut("find", ("Ctrl+F",), tr("Søg i klinikkens viden")),
        Shortcut("search_back", ("Esc",),
                 tr("I søgefeltet: tilbage til feltet, du skrev i før Ctrl+F"), bound=False),
        Shortcut("search_move", ("Up", "Down"), tr("I søgefeltet: vælg et svar"), bound=False),
        Shortcut("toggle_knowledge", ("F4",), tr("Skjul eller vis klinikkens viden")),
        Shortcut("tab_call", ("Alt+1",), tr("Fanen Opkald")),
        Shortcut("tab_today", ("Alt+2",), tr("Fanen I dag")),
        Shortcut("tab_callbacks", ("Alt+3",), tr("Fanen Tilbageringninger")),
        Shortcut("tab_overview", ("Alt+4",), tr("Fanen Før behandling")),
        Shortcut("tab_callers", ("Alt+5",), tr("Fanen Personer")),
        Shortcut("tab_overblik", ("Alt+6",), tr("Fanen Overblik")),
        Shortcut("menu_button", ("Alt+Down",),
                 tr("På en knap med en pil (fx »Nyt spørgsmål« i Klinikkens tekster): åbn "
                    "dens menu"), bound=False),
        Shortcut("lock", ("Ctrl+L",), tr("Lås skærmen")),
        Shortcut("shortcuts", ("F1",), tr("Denne liste over tastaturgenveje")),
        Shortcut("quit", ("Ctrl+Q",), tr("Afslut programmet")),
    ]


# The work tabs, in the order CallWorkspace adds them.
TAB_SHORTCUTS = ("tab_call", "tab_today", "tab_callbacks", "tab_overview", "tab_callers",
                 "tab_overblik")


def shortcut(name: str) -> Shortcut:
    for entry in shortcut_table():
        if entry.name == name:
            return entry
    raise KeyError(name)


def key_text(name: str) -> str:
    """The first key of ``name`` as the user reads it, e.g. for a button's tooltip."""
    from PySide6.QtGui import QKeySequence

    return shortcut(name).sequences[0].toString(QKeySequence.SequenceFormat.NativeText)


def set_action_keys(action: QAction, name: str) -> QAction:
    action.setShortcuts(shortcut(name).sequences)
    return action


def install(name: str, parent: QObject, slot: Callable[[], object],
            context: object = None) -> list[QShortcut]:
    """QShortcuts for ``name`` on ``parent``, active while its window is (or, given
    ``Qt.ShortcutContext.WidgetShortcut``, while ``parent`` has the focus)."""
    from PySide6.QtGui import QShortcut

    made = []
    for sequence in shortcut(name).sequences:
        made_one = QShortcut(sequence, parent)
        if context is not None:
            made_one.setContext(context)  # type: ignore[arg-type]
        made_one.setObjectName(f"shortcut_{name}")
        made_one.activated.connect(slot)
        made.append(made_one)
    return made
