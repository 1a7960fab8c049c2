"""Export and import of the clinic's texts as the content files (TOML).

Export writes the files as the clinic has them now (shipped texts with the
approved changes), for a backup or for whoever keeps the website. Import reads
such a folder, checks it with the loader, lists what would change, and applies it
as changes in the database (:mod:`reception.content.clinic_texts`), never into
the program's own folder. An entry missing from the folder is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reception.content import clinic_texts
from reception.content.clinic_texts import Proposed, TextRejected
from reception.content.loader import ContentFiles, default_content_dir, read_files
from reception.content.model import ContentProblem
from reception.content.overlay import (
    CLINIC_FILE,
    FAQ_FILE,
    STEPS_FILE,
    TextChange,
    apply,
    entry_of,
    latest,
    normalized,
)
from reception.content.toml_write import dumps
from reception.errors import QT_TR_NOOP, ReceptionError

HEADER = "Klinikkens tekster, som klinikken har dem. Se README.md i programmets content-mappe."
KIND_WORDS = {"faq": "spørgsmål", "condition": "sygdom", "section": "afsnit", "step": "trin",
              "clinic": "klinikkens oplysninger"}


class ExportRefused(ReceptionError, ValueError):
    code = "export_into_program"
    messages = {"export_into_program": QT_TR_NOOP(
        "Der eksporteres ikke ind i programmets egen mappe ({folder}).")}

    def __init__(self, folder: Path) -> None:
        super().__init__(folder=str(folder))


def current_files(shipped: ContentFiles, changes: list[TextChange]) -> ContentFiles:
    """The files as the clinic has them now: shipped texts with the approved changes."""
    approved = [c for c in changes if c.status == clinic_texts.APPROVED]
    return apply(shipped, latest(changes, with_drafts=False), clinic_texts._revised(approved))


def export(shipped: ContentFiles, folder: Path,
           changes: list[TextChange] | None = None) -> list[Path]:
    """Write every content file into ``folder`` (made if missing); returns the files."""
    folder = folder.expanduser()
    if _inside(folder, default_content_dir()):
        raise ExportRefused(folder)
    changes = clinic_texts.read_changes() if changes is None else changes
    files = current_files(shipped, changes)
    written = []
    for name in sorted(files.data):
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        from reception.sheets.files import write_atomic

        write_atomic(target, dumps(files.data[name], HEADER).encode("utf-8"))
        written.append(target)
    return written


def _inside(folder: Path, program: Path) -> bool:
    try:
        folder.resolve().relative_to(program.resolve())
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do: the changes (with a Danish line each) and what stays."""

    changes: tuple[Proposed, ...]
    lines: tuple[str, ...]  # "ændret: spørgsmål »bestil-tid«"
    untouched: tuple[str, ...]  # entries the app has that the folder does not
    problems: tuple[ContentProblem, ...]  # the loader's findings; any means: nothing applied

    @property
    def ok(self) -> bool:
        return not self.problems


def plan_import(shipped: ContentFiles, folder: Path,
                changes: list[TextChange] | None = None) -> ImportPlan:
    """Read and check ``folder`` and compare it with the texts in force (nothing saved)."""
    from reception.content.loader import parse_files

    incoming = read_files(folder.expanduser())
    problems = list(parse_files(incoming).problems)
    if problems:
        return ImportPlan((), (), (), tuple(problems))
    changes = clinic_texts.read_changes() if changes is None else changes
    now = apply(shipped, latest(changes, with_drafts=True))
    proposed: list[Proposed] = []
    lines: list[str] = []
    untouched: list[str] = []
    for kind, key in _entries(incoming):
        theirs = entry_of(incoming, kind, key)
        ours = entry_of(now, kind, key)
        if normalized(theirs) == normalized(ours):
            continue
        default = entry_of(shipped, kind, key)
        same = normalized(theirs) == normalized(default)
        proposed.append(Proposed(kind, key, None if same else theirs))
        lines.append(f"{'ændret' if ours is not None else 'ny'}: {KIND_WORDS[kind]} »{key}«")
    for kind, key in _entries(now):
        if entry_of(incoming, kind, key) is None:
            untouched.append(f"{KIND_WORDS[kind]} »{key}«")
    try:
        clinic_texts.check(shipped, changes, proposed)
    except TextRejected as rejected:
        return ImportPlan(tuple(proposed), tuple(lines), tuple(untouched), rejected.problems)
    return ImportPlan(tuple(proposed), tuple(lines), tuple(untouched), ())


def apply_import(shipped: ContentFiles, plan: ImportPlan) -> list[TextChange]:
    """Save a checked plan's changes (checked again inside the transaction)."""
    if not plan.ok:
        raise TextRejected(plan.problems)
    return clinic_texts.save(shipped, list(plan.changes), note="importeret")


def _entries(files: ContentFiles) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if CLINIC_FILE in files.data:
        found.append(("clinic", "clinic"))
    for name, kind, table in ((STEPS_FILE, "step", "steps"), (FAQ_FILE, "faq", "entries")):
        found.extend((kind, key) for key in _ids(files.data.get(name, {}).get(table)))
    for name in files.condition_names():
        data = files.data.get(name)
        if data is None:
            continue
        condition_id = name.removeprefix("conditions/").removesuffix(".toml")
        found.append(("condition", condition_id))
        found.extend(("section", f"{condition_id}/{sid}") for sid in _ids(data.get("sections")))
    return found


def _ids(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    return [i["id"] for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)]

