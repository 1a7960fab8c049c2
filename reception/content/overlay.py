"""The clinic's own changes laid over the shipped content files (no database here).

A change names a ``kind`` and a ``key``:

- ``faq`` / entry id: one question and answer (``[[entries]]`` in faq.toml);
- ``condition`` / condition id: a condition's own fields (title, summary, keywords,
  source), not its sections;
- ``section`` / ``"<condition id>/<section id>"``: one section of a condition;
- ``step`` / step id: one of the six steps;
- ``clinic`` / ``"clinic"``: the clinic facts of clinic.toml.

Its ``data`` is the entry as the clinic has it, with the same fields as the file,
or None: "the shipped text again". The overlay works on the parsed TOML, before
validation, so the result is checked by the very loader that checks the files.

Each change remembers the hash of the shipped entry it was based on; when a
program update changes that shipped entry, :func:`conflicts` reports it. The
clinic's text still wins, and the shipped one is still in the program's files.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reception.content.loader import ContentFiles

KINDS = ("faq", "condition", "section", "step", "clinic")
APPROVED = "approved"
DRAFT = "udkast"
STATUSES = (APPROVED, DRAFT)

FAQ_FILE, STEPS_FILE, CLINIC_FILE = "faq.toml", "steps.toml", "clinic.toml"
_LISTS = {"faq": (FAQ_FILE, "entries"), "step": (STEPS_FILE, "steps")}
_APPLY_ORDER = {kind: n for n, kind in enumerate(("clinic", "step", "faq", "condition",
                                                   "section"))}


@dataclass(frozen=True)
class TextChange:
    """One saved change: what the clinic's text became, and who, when and from what."""

    id: int
    kind: str
    key: str
    data: dict[str, Any] | None  # None: back to the shipped text
    before: dict[str, Any] | None  # the text as it was shown before this change
    base_hash: str  # hash of the shipped entry when the change was made ("" if none)
    status: str  # APPROVED or DRAFT
    changed_at: datetime
    desk: str = ""
    changed_by: str = ""
    note: str = ""

    @property
    def page_key(self) -> str:
        return page_key(self.kind, self.key)


@dataclass(frozen=True)
class TextConflict:
    """A shipped text that a program update changed after the clinic changed it too."""

    kind: str
    key: str
    clinic: dict[str, Any]  # the clinic's text: still the one shown
    shipped: dict[str, Any] | None  # the program's new text (None: the update removed it)
    change_id: int


def page_key(kind: str, key: str) -> str:
    """The reader's key ("faq:…", "condition:…", "step:…") for a change's entry."""
    if kind in ("condition", "section"):
        return f"condition:{key}"
    return f"{kind}:{key}" if kind in ("faq", "step") else ""


def normalized(value: Any) -> Any:
    """Compared as the loader reads it: texts without their outer blank space."""
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    return value.strip() if isinstance(value, str) else value


def entry_hash(entry: dict[str, Any] | None) -> str:
    """A short, stable fingerprint of one entry's parsed TOML ("" for none)."""
    if entry is None:
        return ""
    text = json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def condition_file(condition_id: str) -> str:
    return f"conditions/{condition_id}.toml"


def entry_of(files: ContentFiles, kind: str, key: str) -> dict[str, Any] | None:
    """The entry ``kind``/``key`` as ``files`` hold it (a copy), or None."""
    if kind in _LISTS:
        name, table = _LISTS[kind]
        return _find(files.data.get(name, {}).get(table), key)
    if kind == "condition":
        data = files.data.get(condition_file(key))
        return None if data is None else {k: copy.deepcopy(v) for k, v in data.items()
                                          if k != "sections"}
    if kind == "section":
        condition_id, _, section_id = key.partition("/")
        data = files.data.get(condition_file(condition_id), {})
        return _find(data.get("sections"), section_id)
    if kind == "clinic":
        data = files.data.get(CLINIC_FILE)
        return None if data is None else {k: copy.deepcopy(v) for k, v in data.items()
                                          if k != "revised"}
    raise ValueError(f"ukendt slags tekst: {kind}")


def _find(items: object, key: str) -> dict[str, Any] | None:
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and item.get("id") == key:
                return copy.deepcopy(item)
    return None


def latest(changes: Iterable[TextChange], *, with_drafts: bool) -> list[TextChange]:
    """The change in force per entry: the newest approved one, or (``with_drafts``) the
    newest of any status; in the order of the changes (oldest first)."""
    chosen: dict[tuple[str, str], TextChange] = {}
    for change in sorted(changes, key=lambda c: c.id):
        if with_drafts or change.status == APPROVED:
            chosen[(change.kind, change.key)] = change
    return sorted(chosen.values(), key=lambda c: c.id)


def draft_keys(changes: Iterable[TextChange]) -> frozenset[str]:
    """Page keys whose newest change waits for the doctor's approval."""
    return frozenset(c.page_key for c in latest(changes, with_drafts=True)
                     if c.status == DRAFT and c.page_key)


def apply(files: ContentFiles, changes: Sequence[TextChange],
          revised: date | None = None) -> ContentFiles:
    """``files`` with ``changes`` (one per entry, see :func:`latest`) laid over; the
    shipped ``files`` are not changed. ``revised`` (the newest change's day) becomes
    clinic.toml's ``revised`` when it is later."""
    # Copies only along the path that changes (a file's table, its list): the loader
    # never changes what it reads, so the rest is shared with ``files``, and a save
    # that is checked and previewed several times stays a few milliseconds each.
    out = ContentFiles(dict(files.data), set(files.present), list(files.problems),
                       files.checksum)
    copied: set[str] = set()

    def writable(name: str) -> dict[str, Any]:
        if name not in copied:
            out.data[name] = dict(out.data.get(name, {}))
            out.present.add(name)
            copied.add(name)
        return out.data[name]

    def own_list(table: dict[str, Any], key: str) -> list[Any]:
        items = table.get(key)
        table[key] = list(items) if isinstance(items, list) else []
        return table[key]

    for change in sorted(changes, key=lambda c: (_APPLY_ORDER.get(c.kind, 9), c.id)):
        if change.data is None:
            continue
        data = copy.deepcopy(change.data)
        if change.kind in _LISTS:
            name, table = _LISTS[change.kind]
            _put(own_list(writable(name), table), change.key, data)
        elif change.kind == "condition":
            target = writable(condition_file(change.key))
            for key in [k for k in target if k != "sections"]:
                del target[key]
            target.update({k: v for k, v in data.items() if k != "sections"})
        elif change.kind == "section":
            condition_id, _, section_id = change.key.partition("/")
            target = writable(condition_file(condition_id))
            _put(own_list(target, "sections"), section_id, data)
        elif change.kind == "clinic":
            target = writable(CLINIC_FILE)
            keep = target.get("revised")
            target.clear()
            target.update({k: v for k, v in data.items() if k != "revised"})
            if keep is not None:
                target["revised"] = keep
    if revised is not None and CLINIC_FILE in out.data:
        shipped = _as_date(out.data[CLINIC_FILE].get("revised"))
        if shipped is None or revised > shipped:
            writable(CLINIC_FILE)["revised"] = revised.isoformat()
    return out


def _put(items: list[Any], key: str, data: dict[str, Any]) -> None:
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") == key:
            items[index] = data
            return
    items.append(data)


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def conflicts(files: ContentFiles, changes: Iterable[TextChange]) -> list[TextConflict]:
    """Entries the clinic changed whose shipped text has changed since (by an update)."""
    found = []
    for change in latest(changes, with_drafts=True):
        if change.data is None or not change.base_hash:
            continue
        shipped = entry_of(files, change.kind, change.key)
        if entry_hash(shipped) != change.base_hash:
            found.append(TextConflict(change.kind, change.key, change.data, shipped, change.id))
    return found
