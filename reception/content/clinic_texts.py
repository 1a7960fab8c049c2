"""The clinic's own texts in the database: saved, validated, with history and review.

The shipped files under ``resources/content`` are the defaults. Every change the
clinic makes is a new ``clinic_text`` row (never an update): who (desk and user),
when, the entry before and after, and whether it is approved or an "udkast" that
waits for the doctor. What the app shows is the shipped files overlaid with the
newest rows (reception/content/overlay.py), checked by the same loader as the
files: a change the loader would reject is never saved (:class:`TextRejected`).
"""

from __future__ import annotations

import json
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reception.content import loader
from reception.content.changes import announce
from reception.content.loader import ContentFiles, parse_files
from reception.content.model import Content, ContentProblem
from reception.content.overlay import (
    APPROVED,
    DRAFT,
    KINDS,
    TextChange,
    TextConflict,
    apply,
    conflicts,
    draft_keys,
    entry_hash,
    entry_of,
    latest,
    normalized,
)
from reception.content.validation import (
    EntryReader,
    InvalidEntry,
    field_of,
    field_problem,
    is_valid_id,
)
from reception.errors import QT_TR_NOOP, ReceptionError, Text

UNKNOWN_KIND = QT_TR_NOOP("ukendt slags tekst: {kind}")
NOTHING_BEFORE = QT_TR_NOOP("der er ingen tidligere tekst at hente frem")


class TextRejected(ReceptionError, ValueError):
    """A change the content loader would reject; nothing was saved.

    ``problems`` are the loader's own findings; ``fields`` maps a field name
    ("answer") to what is wrong with it, for the editor to show beside the field.
    """

    code = "text_rejected"
    messages = {"text_rejected": QT_TR_NOOP("Teksten kan ikke gemmes: {problems}")}

    def __init__(self, problems: Sequence[ContentProblem]) -> None:
        self.problems = tuple(problems)
        self.fields: dict[str, str] = {}
        self.field_problems: dict[str, Text] = {}  # field → what is wrong, for beside it
        for problem in self.problems:
            found = field_of(problem.message)
            if found is not None and found[0] not in self.fields:
                self.fields[found[0]] = problem.message
                self.field_problems[found[0]] = found[1]
        super().__init__(problems="; ".join(p.message for p in self.problems))


class UnknownTextChange(ReceptionError, LookupError):
    code = "unknown_text_change"
    messages = {"unknown_text_change": QT_TR_NOOP("Ændring nr. {change_id} findes ikke.")}

    def __init__(self, change_id: int) -> None:
        super().__init__(change_id=change_id)


@dataclass(frozen=True)
class Proposed:
    """One entry as the editor wants it: ``data`` None means the shipped text again."""

    kind: str
    key: str
    data: dict[str, Any] | None


@dataclass(frozen=True)
class TextsState:
    """Everything the app needs after a load or a change."""

    content: Content  # with drafts (marked in ``content.drafts``): the reader and search
    approved: Content  # approved changes only: the information sheets
    conflicts: tuple[TextConflict, ...]
    changes: tuple[TextChange, ...]


def _now() -> datetime:
    return datetime.now(UTC)


def _who() -> tuple[str, str]:
    from reception.desk_identity import desk_name, desk_user

    return desk_name(), desk_user()


def _dump(data: dict[str, Any] | None) -> str:
    return "" if data is None else json.dumps(data, ensure_ascii=False, default=str)


def _load(text: str) -> dict[str, Any] | None:
    return json.loads(text) if text else None


def _row_change(row: Any) -> TextChange:
    return TextChange(row.id, row.kind, row.key, _load(row.data), _load(row.before),
                      row.base_hash, row.status, row.changed_at, row.desk, row.changed_by,
                      row.note)


def read_changes() -> list[TextChange]:
    """Every saved change, oldest first (a clinic's whole history is a few hundred rows)."""
    from reception.store.models import ClinicText

    return [_row_change(row) for row in ClinicText.select().order_by(ClinicText.id)]


def _revised(changes: Sequence[TextChange]) -> date | None:
    days = [c.changed_at.astimezone().date() for c in changes]
    return max(days, default=None)


def _revision(shipped: ContentFiles, changes: Sequence[TextChange]) -> str:
    newest = max((c.id for c in changes), default=0)
    return f"{shipped.checksum:08x}" + (f"-{newest}" if newest else "")


_MEMO: OrderedDict[tuple[object, ...], Content] = OrderedDict()
MEMO_SIZE = 16


def effective(shipped: ContentFiles, changes: Sequence[TextChange], *,
              with_drafts: bool) -> Content:
    """The content as the clinic has it: the shipped files with the changes in force.

    A save checks, previews and shows the same texts several times over; the last
    few results are kept (a Content is immutable), keyed by everything they depend on.
    """
    key = (id(shipped), shipped.checksum, with_drafts,
           tuple((c.id, c.kind, c.key, c.status, c.changed_at, _dump(c.data)) for c in changes))
    found = _MEMO.get(key)
    if found is None:
        found = _effective(shipped, changes, with_drafts=with_drafts)
        _MEMO[key] = found
        if len(_MEMO) > MEMO_SIZE:
            _MEMO.popitem(last=False)
    else:
        _MEMO.move_to_end(key)
    return found


def with_proposed(changes: Sequence[TextChange], proposed: Sequence[Proposed],
                  when: datetime | None = None) -> list[TextChange]:
    """``changes`` with ``proposed`` on top, as if saved (approved) just now."""
    top = max((c.id for c in changes), default=0)
    when = when or _today_noon()
    return [*changes, *(TextChange(top + n, p.kind, p.key, p.data, None, "", APPROVED, when)
                        for n, p in enumerate(proposed, start=1))]


def _today_noon() -> datetime:
    """A trial change's time: today (for the revision date), the same all day (for the memo)."""
    return datetime.combine(date.today(), datetime.min.time().replace(hour=12)).astimezone(UTC)


def _effective(shipped: ContentFiles, changes: Sequence[TextChange], *,
               with_drafts: bool) -> Content:
    chosen = latest(changes, with_drafts=with_drafts)
    files = apply(shipped, chosen, _revised([c for c in changes if c.status == APPROVED]))
    content = parse_files(files, _revision(shipped, changes))
    if with_drafts:
        from dataclasses import replace

        content = replace(content, drafts=draft_keys(changes))
    return content


def state(shipped: ContentFiles, changes: Sequence[TextChange] | None = None) -> TextsState:
    """The app's texts now (reads the database unless ``changes`` are given)."""
    changes = read_changes() if changes is None else list(changes)
    return TextsState(effective(shipped, changes, with_drafts=True),
                      effective(shipped, changes, with_drafts=False),
                      tuple(conflicts(shipped, changes)), tuple(changes))


def approved_content(root: Path | None = None) -> Content:
    """The texts a sheet is made from: the shipped files with the approved changes
    (the database must be open)."""
    from reception.content.loader import read_files

    changes = read_changes()
    return effective(read_files(root), changes, with_drafts=False)


def check(shipped: ContentFiles, changes: Sequence[TextChange],
          proposed: Sequence[Proposed]) -> None:
    """Raise :class:`TextRejected` unless the loader accepts the content with ``proposed``."""
    problems: list[ContentProblem] = []
    for item in proposed:
        problems.extend(_entry_problems(item))
    if problems:
        raise TextRejected(problems)
    current = list(changes)
    before = effective(shipped, current, with_drafts=True).problems
    after = effective(shipped, with_proposed(current, proposed), with_drafts=True).problems
    new = Counter(after) - Counter(before)
    if new:
        raise TextRejected(list(new.elements()))


def _entry_problems(item: Proposed) -> list[ContentProblem]:
    """The entry on its own, read by the loader's own parser (messages name the field)."""
    if item.kind not in KINDS:
        return [ContentProblem("", item.key, Text(UNKNOWN_KIND, kind=item.kind))]
    if item.data is None:
        return []
    data = item.data
    where = item.key
    try:
        if item.kind == "faq":
            _same_id(data, item.key)
            loader._parse_faq(EntryReader(data, ""))
        elif item.kind == "step":
            _same_id(data, item.key)
            loader._parse_step(EntryReader(data, ""))
        elif item.kind == "section":
            condition_id, _, section_id = item.key.partition("/")
            if not is_valid_id(condition_id):
                raise _field_problem("id", "bad_key")
            _same_id(data, section_id)
            loader._parse_section(EntryReader(data, ""))
        elif item.kind == "condition":
            if not is_valid_id(item.key):
                raise _field_problem("id", "bad_key")
            r = EntryReader(data, "")
            r.text("title")
            r.text("source")
            r.texts("summary")
            r.texts("keywords", required=False)
        elif item.kind == "clinic":
            r = EntryReader(data, "")
            r.text("name")
            r.text("phone")
            r.text("doctor")
            r.integer("treating_since", minimum=1900, maximum=2100)
            r.text("approval")
            r.texts("claims", required=False)
    except InvalidEntry as exc:
        return [ContentProblem(item.kind, where, exc.message)]
    return []


def _field_problem(name: str, code: str, **params: object) -> InvalidEntry:
    """Worded as the loader words it (``feltet '<name>' …``), so the editor finds the field."""
    return InvalidEntry("", field_problem(name, code, **params))


def _same_id(data: dict[str, Any], key: str) -> None:
    if data.get("id") != key:
        raise _field_problem("id", "not_key", key=key)


def save(shipped: ContentFiles, proposed: Sequence[Proposed], *, draft: bool = False,
         note: str = "") -> list[TextChange]:
    """Validate ``proposed`` and store it as new rows (all or nothing); announce "texts".

    ``draft``: the change needs the doctor's approval and shows as "udkast" until then.
    An entry saved unchanged is not stored again.
    """
    from reception.store.door import write_transaction
    from reception.store.models import ClinicText

    desk, user = _who()
    with write_transaction():
        changes = read_changes()
        in_force = {(c.kind, c.key): c for c in latest(changes, with_drafts=True)}
        wanted = [p for p in proposed if _differs(shipped, in_force, p, draft)]
        if not wanted:
            return []
        check(shipped, changes, wanted)
        now = _now()
        saved = []
        for item in wanted:
            before = _shown_entry(shipped, in_force, item)
            row = ClinicText.create(
                kind=item.kind, key=item.key, data=_dump(item.data), before=_dump(before),
                base_hash=entry_hash(entry_of(shipped, item.kind, item.key)),
                status=DRAFT if draft else APPROVED, changed_at=now, desk=desk,
                changed_by=user, note=note)
            saved.append(_row_change(row))
    announce("texts")
    return saved


def _shown_entry(shipped: ContentFiles, in_force: dict[tuple[str, str], TextChange],
                 item: Proposed) -> dict[str, Any] | None:
    change = in_force.get((item.kind, item.key))
    if change is not None and change.data is not None:
        return change.data
    return entry_of(shipped, item.kind, item.key)


def _differs(shipped: ContentFiles, in_force: dict[tuple[str, str], TextChange],
             item: Proposed, draft: bool) -> bool:
    change = in_force.get((item.kind, item.key))
    if change is None:
        return item.data is not None and \
            normalized(item.data) != normalized(entry_of(shipped, item.kind, item.key))
    return normalized(change.data) != normalized(item.data) or (change.status == DRAFT) != draft


def history(kind: str, key: str) -> list[TextChange]:
    """One entry's changes, newest first."""
    from reception.store.models import ClinicText

    rows = (ClinicText.select().where((ClinicText.kind == kind) & (ClinicText.key == key))
            .order_by(ClinicText.id.desc()))
    return [_row_change(row) for row in rows]


def change(change_id: int) -> TextChange:
    from reception.store.models import ClinicText

    row = ClinicText.get_or_none(ClinicText.id == change_id)
    if row is None:
        raise UnknownTextChange(change_id)
    return _row_change(row)


def bring_back(shipped: ContentFiles, change_id: int, *, before: bool = False,
               draft: bool = False) -> list[TextChange]:
    """Make an earlier version the text again (a new change): the text that change saved,
    or with ``before`` the text it replaced."""
    old = change(change_id)
    data = old.before if before else old.data
    if data is None and before and entry_of(shipped, old.kind, old.key) is None:
        raise TextRejected([ContentProblem(old.kind, old.key, Text(NOTHING_BEFORE))])
    return save(shipped, [Proposed(old.kind, old.key, data)], draft=draft,
                note=f"hentet frem fra ændring nr. {change_id}")


def approve(shipped: ContentFiles, kind: str, key: str) -> list[TextChange]:
    """The doctor approved the entry's draft: the same text, now approved."""
    newest = next(iter(history(kind, key)), None)
    if newest is None or newest.status != DRAFT:
        return []
    return save(shipped, [Proposed(kind, key, newest.data)], note="godkendt")


def keep_ours(shipped: ContentFiles, conflict: TextConflict) -> list[TextChange]:
    """Settle a conflict by keeping the clinic's text, now based on the new shipped one."""
    from reception.store.door import write_transaction
    from reception.store.models import ClinicText

    desk, user = _who()
    with write_transaction():
        newest = change(conflict.change_id)
        ClinicText.create(kind=newest.kind, key=newest.key, data=_dump(newest.data),
                          before=_dump(newest.data),
                          base_hash=entry_hash(entry_of(shipped, newest.kind, newest.key)),
                          status=newest.status, changed_at=_now(), desk=desk, changed_by=user,
                          note="klinikkens tekst beholdt efter en opdatering")
    announce("texts")
    return history(conflict.kind, conflict.key)[:1]


def take_shipped(shipped: ContentFiles, conflict: TextConflict) -> list[TextChange]:
    """Settle a conflict by using the program's new text; the clinic's stays in the history."""
    return save(shipped, [Proposed(conflict.kind, conflict.key, None)],
                note="programmets nye tekst taget i brug")
