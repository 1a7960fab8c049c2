"""The clinic's texts as plain, immutable data.

Everything here is loaded from the TOML files under ``resources/content`` by
:mod:`reception.content.loader`; nothing in this module reads files or knows Qt.

Text fields use a deliberately tiny markup so the clinic can edit them in any
text editor: paragraphs are separated by a blank line, and a line that starts
with ``- `` is a bullet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Figure:
    """A number the receptionist may be asked about, with where it comes from."""

    value: str  # as said aloud: "13 %", "over 6 måneder", "siden 1996"
    meaning: str  # one sentence: what the number says
    source: str  # the seed page it comes from, e.g. "Nakkesmerter"


@dataclass(frozen=True)
class Section:
    """One part of a condition page, e.g. "Årsager og risikofaktorer"."""

    id: str
    title: str
    talking_points: tuple[str, ...]  # short sentences to read aloud first
    body: str = ""  # detail below the talking points (tiny markup)
    figures: tuple[Figure, ...] = ()
    keywords: tuple[str, ...] = ()  # extra search words, lay and clinical


@dataclass(frozen=True)
class Condition:
    """A condition the clinic treats: its talking points and sections."""

    id: str  # file stem, e.g. "nakkesmerter"
    title: str
    source: str  # seed page title
    summary: tuple[str, ...]  # 2–4 talking points for the whole condition
    sections: tuple[Section, ...]
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class FaqEntry:
    """A question callers ask, with the answer to read aloud."""

    id: str
    question: str
    answer: str  # short answer to read aloud (tiny markup)
    topic: str  # groups entries when browsing, e.g. "Behandlingen"
    source: str
    detail: str = ""
    tags: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()  # other ways a caller phrases the question


@dataclass(frozen=True)
class TreatmentStep:
    """One of the six steps before a gold treatment."""

    number: int
    id: str
    title: str
    short: str  # one sentence to say on the phone
    detail: str  # what the patient must do, and why
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClinicFacts:
    """The clinic itself: name, phone, doctor and approval."""

    name: str
    phone: str  # E.164, e.g. "+4523394977"
    doctor: str
    treating_since: int
    approval: str
    claims: tuple[str, ...] = ()
    source: str = ""
    revised: date | None = None  # when the texts were last revised (printed on sheets)


@dataclass(frozen=True)
class ContentProblem:
    """A defect found while loading: which file, which entry, what is wrong."""

    file: str
    entry: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, {self.entry}" if self.entry else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Content:
    """All clinic content that loaded, plus what did not."""

    conditions: tuple[Condition, ...] = ()
    faq: tuple[FaqEntry, ...] = ()
    steps: tuple[TreatmentStep, ...] = ()
    clinic: ClinicFacts | None = None
    problems: tuple[ContentProblem, ...] = field(default=())
    revision: str = ""  # checksum of the files read; changes whenever any file changes
    # page keys ("faq:…") of the clinic's changes that wait for the doctor's approval
    drafts: frozenset[str] = field(default=frozenset())
