"""Load and validate the clinic's content files.

A defect in one file (bad TOML, a missing field, a duplicate id) is reported as a
:class:`ContentProblem` naming the file, the entry and what is wrong; the file's
valid entries, and every other file, still load. The app shows the problems and
starts with what is there.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
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
from reception.content.validation import EntryReader, InvalidEntry, is_valid_id
from reception.paths import resources_dir

if TYPE_CHECKING:
    from reception.content.parse_cache import ParseCache

STEP_IDS = ("booking", "scan", "request_images", "send_images", "blood_thinners", "companion")

T = TypeVar("T")


def default_content_dir() -> Path:
    return resources_dir() / "content"


def load_content(root: Path | None = None, cache: ParseCache | None = None) -> Content:
    """Read every content file under ``root`` (default: the shipped resources).

    With a ``cache``, files whose bytes are unchanged are not parsed again. Parsed
    data is only read here, never changed, so cached and fresh data are alike.
    """
    root = root or default_content_dir()
    problems: list[ContentProblem] = []
    checksum = 0  # a change token, not a security hash: zlib is loaded anyway, hashlib is not

    def read(path: Path) -> dict[str, Any] | None:
        nonlocal checksum
        name = _display_name(path, root)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            problems.append(ContentProblem(name, "", f"kan ikke læses ({exc.strerror or exc})"))
            return None
        checksum = zlib.crc32(name.encode() + b"\0" + raw, checksum)
        if cache is not None and (cached := cache.get(name, raw)) is not None:
            return cached
        import tomllib  # only when something must be parsed: see parse_cache.py

        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            problems.append(ContentProblem(name, "", "filen er ikke gemt som UTF-8"))
            return None
        except tomllib.TOMLDecodeError as exc:
            problems.append(ContentProblem(name, "", f"ugyldig TOML: {exc}"))
            return None
        if cache is not None:
            cache.put(name, raw, data)
        return data

    clinic = _load_clinic(root / "clinic.toml", root, read, problems)
    steps = _load_list(root / "steps.toml", root, "steps", _parse_step, read, problems)
    steps = _check_steps(steps, _display_name(root / "steps.toml", root), problems)
    faq = _load_list(root / "faq.toml", root, "entries", _parse_faq, read, problems)

    conditions: list[Condition] = []
    condition_dir = root / "conditions"
    paths = sorted(condition_dir.glob("*.toml")) if condition_dir.is_dir() else []
    if not paths:
        problems.append(ContentProblem("conditions/", "", "ingen sygdomsfiler fundet"))
    for path in paths:
        data = read(path)
        if data is None:
            continue
        name = _display_name(path, root)
        try:
            conditions.append(_parse_condition(path.stem, data, name, problems))
        except InvalidEntry as exc:
            problems.append(ContentProblem(name, exc.entry, exc.problem))

    if cache is not None:
        cache.save()
    return Content(
        conditions=tuple(conditions),
        faq=tuple(faq),
        steps=tuple(steps),
        clinic=clinic,
        problems=tuple(problems),
        revision=f"{checksum:08x}",
    )


def _display_name(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _load_clinic(
    path: Path,
    root: Path,
    read: Callable[[Path], dict[str, Any] | None],
    problems: list[ContentProblem],
) -> ClinicFacts | None:
    name = _display_name(path, root)
    if not path.exists():
        problems.append(ContentProblem(name, "", "filen mangler"))
        return None
    data = read(path)
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
        problems.append(ContentProblem(name, "phone", "skal skrives som +45XXXXXXXX"))
    return clinic


def _load_list(
    path: Path,
    root: Path,
    table: str,
    parse: Callable[[EntryReader], T],
    read: Callable[[Path], dict[str, Any] | None],
    problems: list[ContentProblem],
) -> list[T]:
    """Parse ``[[table]]`` entries one by one; a bad entry is skipped, not fatal."""
    name = _display_name(path, root)
    if not path.exists():
        problems.append(ContentProblem(name, "", "filen mangler"))
        return []
    data = read(path)
    if data is None:
        return []
    entries = data.get(table)
    if not isinstance(entries, list) or not entries:
        problems.append(ContentProblem(name, "", f"ingen [[{table}]]-afsnit fundet"))
        return []
    parsed: list[T] = []
    seen: set[str] = set()
    for index, raw in enumerate(entries, start=1):
        label = _entry_label(table, index, raw)
        if not isinstance(raw, dict):
            problems.append(ContentProblem(name, label, "er ikke en tabel"))
            continue
        try:
            item = parse(EntryReader(raw, label))
        except InvalidEntry as exc:
            problems.append(ContentProblem(name, exc.entry, exc.problem))
            continue
        item_id = getattr(item, "id", "")
        if item_id in seen:
            problems.append(ContentProblem(name, label, f"id '{item_id}' findes allerede"))
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
                ContentProblem(name, label, f"ukendt id; brug et af: {', '.join(STEP_IDS)}")
            )
        elif step.number in numbers:
            problems.append(ContentProblem(name, label, f"nummer {step.number} findes allerede"))
        else:
            numbers.add(step.number)
            valid.append(step)
    missing = [str(n) for n in range(1, len(STEP_IDS) + 1) if n not in numbers]
    if steps and missing:
        problems.append(ContentProblem(name, "", f"trin mangler: {', '.join(missing)}"))
    return sorted(valid, key=lambda s: s.number)


def _parse_condition(
    condition_id: str, data: dict[str, Any], name: str, problems: list[ContentProblem]
) -> Condition:
    if not is_valid_id(condition_id):
        raise InvalidEntry(
            "", "filnavnet skal være små bogstaver, tal og '-' (fx nakkesmerter.toml)"
        )
    r = EntryReader(data, "")
    sections: list[Section] = []
    seen: set[str] = set()
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise InvalidEntry("", "ingen [[sections]] fundet")
    for index, raw in enumerate(raw_sections, start=1):
        label = _entry_label("sections", index, raw)
        try:
            if not isinstance(raw, dict):
                raise InvalidEntry(label, "er ikke en tabel")
            section = _parse_section(EntryReader(raw, label))
        except InvalidEntry as exc:
            problems.append(ContentProblem(name, exc.entry, exc.problem))
            continue
        if section.id in seen:
            problems.append(ContentProblem(name, label, f"id '{section.id}' findes allerede"))
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
