"""Load and validate the clinic's content files.

A defect in one file (bad TOML, a missing field, a duplicate id) is reported as a
:class:`ContentProblem` naming the file, the entry and what is wrong; the file's
valid entries, and every other file, still load. The app shows the problems and
starts with what is there.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from reception.content.model import (
    ClinicFacts,
    Condition,
    Content,
    ContentProblem,
    FaqEntry,
    Figure,
    Section,
    TreatmentStep,
)
from reception.content.validation import EntryReader, InvalidEntry, entry_problem, is_valid_id
from reception.errors import QT_TR_NOOP, Text
from reception.paths import resources_dir

if TYPE_CHECKING:
    from reception.content.parse_cache import ParseCache

STEP_IDS = ("booking", "scan", "request_images", "send_images", "blood_thinners", "companion")

# What is wrong with a file or an entry (Danish templates; the UI translates them).
NO_CONDITIONS = QT_TR_NOOP("ingen sygdomsfiler fundet")
FILE_MISSING = QT_TR_NOOP("filen mangler")
BAD_PHONE = QT_TR_NOOP("skal skrives som +45XXXXXXXX")
NO_ENTRIES = QT_TR_NOOP("ingen [[{table}]]-afsnit fundet")
SAME_ID = QT_TR_NOOP("id '{id}' findes allerede")
UNKNOWN_STEP = QT_TR_NOOP("ukendt id; brug et af: {ids}")
SAME_NUMBER = QT_TR_NOOP("nummer {number} findes allerede")
STEPS_MISSING = QT_TR_NOOP("trin mangler: {numbers}")

T = TypeVar("T")


def default_content_dir() -> Path:
    return resources_dir() / "content"


@dataclass
class ContentFiles:
    """The content files as parsed TOML, before validation: what the clinic's own
    changes (reception/content/clinic_texts.py) are laid over, and what an export writes.

    ``data`` maps a file's name ("faq.toml", "conditions/nakkesmerter.toml") to its
    tables; ``present`` names every file found, also those that could not be read.
    """

    data: dict[str, dict[str, Any]] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)
    problems: list[ContentProblem] = field(default_factory=list)
    checksum: int = 0

    def condition_names(self) -> list[str]:
        return sorted(n for n in self.present if n.startswith(CONDITIONS) and n.endswith(".toml"))


CONDITIONS = "conditions/"


def load_content(root: Path | None = None, cache: ParseCache | None = None) -> Content:
    """Read every content file under ``root`` (default: the shipped resources).

    With a ``cache``, files whose bytes are unchanged are not parsed again. Parsed
    data is only read here, never changed, so cached and fresh data are alike.
    """
    return parse_files(read_files(root, cache))


def read_files(root: Path | None = None, cache: ParseCache | None = None) -> ContentFiles:
    """The content files under ``root`` as parsed TOML (problems reading them noted)."""
    root = root or default_content_dir()
    files = ContentFiles()
    # the checksum is a change token, not a security hash: zlib is loaded anyway, hashlib is not

    def read(path: Path) -> None:
        name = _display_name(path, root)
        files.present.add(name)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            files.problems.append(
                ContentProblem(name, "", f"kan ikke læses ({exc.strerror or exc})"))
            return
        files.checksum = zlib.crc32(name.encode() + b"\0" + raw, files.checksum)
        if cache is not None and (cached := cache.get(name, raw)) is not None:
            files.data[name] = cached
            return
        import tomllib  # only when something must be parsed: see parse_cache.py

        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            files.problems.append(ContentProblem(name, "", "filen er ikke gemt som UTF-8"))
            return
        except tomllib.TOMLDecodeError as exc:
            files.problems.append(ContentProblem(name, "", f"ugyldig TOML: {exc}"))
            return
        if cache is not None:
            cache.put(name, raw, data)
        files.data[name] = data

    for name in ("clinic.toml", "steps.toml", "faq.toml"):
        if (root / name).exists():
            read(root / name)
    condition_dir = root / "conditions"
    for path in sorted(condition_dir.glob("*.toml")) if condition_dir.is_dir() else []:
        read(path)
    if cache is not None:
        cache.save()
    return files


def parse_files(files: ContentFiles, revision: str | None = None) -> Content:
    """Validate and build the content from parsed files; every defect becomes a problem."""
    problems = list(files.problems)

    def read(name: str) -> dict[str, Any] | None:
        return files.data.get(name)

    clinic = _load_clinic("clinic.toml", files, problems)
    steps = _load_list("steps.toml", files, "steps", _parse_step, problems)
    steps = _check_steps(steps, "steps.toml", problems)
    faq = _load_list("faq.toml", files, "entries", _parse_faq, problems)

    conditions: list[Condition] = []
    names = files.condition_names()
    if not names:
        problems.append(ContentProblem("conditions/", "", Text(NO_CONDITIONS)))
    for name in names:
        data = read(name)
        if data is None:
            continue
        try:
            conditions.append(_parse_condition(name[len(CONDITIONS):-len(".toml")], data, name,
                                               problems))
        except InvalidEntry as exc:
            problems.append(ContentProblem(name, exc.entry, exc.problem))

    return Content(
        conditions=tuple(conditions),
        faq=tuple(faq),
        steps=tuple(steps),
        clinic=clinic,
        problems=tuple(problems),
        revision=revision if revision is not None else f"{files.checksum:08x}",
    )


def _display_name(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _load_clinic(
    name: str, files: ContentFiles, problems: list[ContentProblem]
) -> ClinicFacts | None:
    if name not in files.present:
        problems.append(ContentProblem(name, "", Text(FILE_MISSING)))
        return None
    data = files.data.get(name)
    if data is None:
        return None
    r = EntryReader(data, "")
    try:
        revised = r.day("revised", latest=date.today())
    except InvalidEntry as exc:  # the sheets fall back to the files' dates
        problems.append(ContentProblem(name, exc.entry, exc.problem))
        revised = None
    try:
        clinic = ClinicFacts(
            name=r.text("name"),
            phone=r.text("phone"),
            doctor=r.text("doctor"),
            treating_since=r.integer("treating_since", minimum=1900, maximum=2100),
            approval=r.text("approval"),
            claims=r.texts("claims", required=False),
            source=r.text("source", required=False),
            revised=revised,
        )
    except InvalidEntry as exc:
        problems.append(ContentProblem(name, exc.entry, exc.problem))
        return None
    if not (clinic.phone.startswith("+") and clinic.phone[1:].isdigit()):
        problems.append(ContentProblem(name, "phone", Text(BAD_PHONE)))
    return clinic


def _load_list(
    name: str,
    files: ContentFiles,
    table: str,
    parse: Callable[[EntryReader], T],
    problems: list[ContentProblem],
) -> list[T]:
    """Parse ``[[table]]`` entries one by one; a bad entry is skipped, not fatal."""
    if name not in files.present:
        problems.append(ContentProblem(name, "", Text(FILE_MISSING)))
        return []
    data = files.data.get(name)
    if data is None:
        return []
    entries = data.get(table)
    if not isinstance(entries, list) or not entries:
        problems.append(ContentProblem(name, "", Text(NO_ENTRIES, table=table)))
        return []
    parsed: list[T] = []
    seen: set[str] = set()
    for index, raw in enumerate(entries, start=1):
        label = _entry_label(table, index, raw)
        if not isinstance(raw, dict):
            problems.append(ContentProblem(name, label, entry_problem("not_table")))
            continue
        try:
            item = parse(EntryReader(raw, label))
        except InvalidEntry as exc:
            problems.append(ContentProblem(name, exc.entry, exc.problem))
            continue
        item_id = getattr(item, "id", "")
        if item_id in seen:
            problems.append(ContentProblem(name, label, Text(SAME_ID, id=item_id)))
            continue
        seen.add(item_id)
        parsed.append(item)
    return parsed


def _entry_label(table: str, index: int, raw: object) -> str:
    label = f"{table} nr. {index}"
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        label += f" (id '{raw['id']}')"
    return label


def _parse_faq(r: EntryReader) -> FaqEntry:
    return FaqEntry(
        id=r.identifier("id"),
        question=r.text("question"),
        answer=r.text("answer"),
        topic=r.text("topic"),
        source=r.text("source"),
        detail=r.text("detail", required=False),
        tags=r.texts("tags", required=False),
        synonyms=r.texts("synonyms", required=False),
    )


def _parse_step(r: EntryReader) -> TreatmentStep:
    return TreatmentStep(
        number=r.integer("number", minimum=1, maximum=len(STEP_IDS)),
        id=r.identifier("id"),
        title=r.text("title"),
        short=r.text("short"),
        detail=r.text("detail"),
        keywords=r.texts("keywords", required=False),
    )


def _check_steps(
    steps: list[TreatmentStep], name: str, problems: list[ContentProblem]
) -> list[TreatmentStep]:
    """The checklist relies on the six fixed step ids; report anything else."""
    valid: list[TreatmentStep] = []
    numbers: set[int] = set()
    for step in steps:
        label = f"steps nr. {step.number} (id '{step.id}')"
        if step.id not in STEP_IDS:
            problems.append(
                ContentProblem(name, label, Text(UNKNOWN_STEP, ids=", ".join(STEP_IDS)))
            )
        elif step.number in numbers:
            problems.append(ContentProblem(name, label, Text(SAME_NUMBER, number=step.number)))
        else:
            numbers.add(step.number)
            valid.append(step)
    missing = [str(n) for n in range(1, len(STEP_IDS) + 1) if n not in numbers]
    if steps and missing:
        problems.append(ContentProblem(name, "", Text(STEPS_MISSING, numbers=", ".join(missing))))
    return sorted(valid, key=lambda s: s.number)


def _parse_condition(
    condition_id: str, data: dict[str, Any], name: str, problems: list[ContentProblem]
) -> Condition:
    if not is_valid_id(condition_id):
        raise InvalidEntry("", entry_problem("bad_file_name"))
    r = EntryReader(data, "")
    sections: list[Section] = []
    seen: set[str] = set()
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise InvalidEntry("", entry_problem("no_sections"))
    for index, raw in enumerate(raw_sections, start=1):
        label = _entry_label("sections", index, raw)
        try:
            if not isinstance(raw, dict):
                raise InvalidEntry(label, entry_problem("not_table"))
            section = _parse_section(EntryReader(raw, label))
        except InvalidEntry as exc:
            problems.append(ContentProblem(name, exc.entry, exc.problem))
            continue
        if section.id in seen:
            problems.append(ContentProblem(name, label, Text(SAME_ID, id=section.id)))
            continue
        seen.add(section.id)
        sections.append(section)
    return Condition(
        id=condition_id,
        title=r.text("title"),
        source=r.text("source"),
        summary=r.texts("summary"),
        sections=tuple(sections),
        keywords=r.texts("keywords", required=False),
    )


def _parse_section(r: EntryReader) -> Section:
    figures = tuple(
        Figure(value=f.text("value"), meaning=f.text("meaning"), source=f.text("source"))
        for f in r.tables("figures")
    )
    return Section(
        id=r.identifier("id"),
        title=r.text("title"),
        talking_points=r.texts("talking_points"),
        body=r.text("body", required=False),
        figures=figures,
        keywords=r.texts("keywords", required=False),
    )
