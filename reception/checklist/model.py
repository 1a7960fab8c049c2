"""The checklist as plain, immutable data: what each step holds, its status, the flags.

Each step's data is its own small class with a ``step`` id; ``Checklist`` gathers all
six with their statuses and the flags computed for a given day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import ClassVar

from reception.checklist.vocabulary import STEP_IDS, StepStatus


@dataclass(frozen=True)
class Booking:
    step: ClassVar[str] = "booking"
    consultation_date: date | None = None
    consultation_time: time | None = None  # local wall-clock time
    areas: tuple[str, ...] = ()  # PAIN_AREAS codes: what to treat


@dataclass(frozen=True)
class Scan:
    step: ClassVar[str] = "scan"
    kind: str = ""  # SCAN_KINDS code, "" when not known
    area: str = ""  # a PAIN_AREAS code
    taken: date | None = None
    place: str = ""  # hospital or clinic, as typed


@dataclass(frozen=True)
class ImageRequest:
    step: ClassVar[str] = "request_images"
    department: str = ""  # the radiology department asked, as typed
    asked: date | None = None


@dataclass(frozen=True)
class ImagesReceived:
    step: ClassVar[str] = "send_images"
    received: date | None = None  # the day the images reached the clinic


@dataclass(frozen=True)
class BloodThinners:
    step: ClassVar[str] = "blood_thinners"
    takes: bool | None = None  # None: not asked yet
    which: str = ""  # the medicine, as typed
    pause_agreed: bool = False
    pause_from: date | None = None


@dataclass(frozen=True)
class Companion:
    step: ClassVar[str] = "companion"
    arranged: bool | None = None  # None: not asked yet
    name: str = ""  # optional


StepData = Booking | Scan | ImageRequest | ImagesReceived | BloodThinners | Companion
STEP_DATA: dict[str, type[StepData]] = {
    cls.step: cls
    for cls in (Booking, Scan, ImageRequest, ImagesReceived, BloodThinners, Companion)
}


@dataclass(frozen=True)
class StepState:
    step: str
    status: StepStatus
    reason: str = ""  # why not relevant ("" otherwise)
    changed_at: datetime | None = None  # last change of status or data (UTC)
    changed_by: str = ""
    version: int = 1  # the step row's (store.versions)


@dataclass(frozen=True)
class Flag:
    """Something to act on, e.g. a scan too old on the consultation day."""

    code: str  # a FLAG_LABELS key
    step: str
    text: str  # one Danish sentence


@dataclass(frozen=True)
class Checklist:
    id: int
    caller_id: int
    caller_name: str
    booking: Booking
    scan: Scan
    request: ImageRequest
    received: ImagesReceived
    blood_thinners: BloodThinners
    companion: Companion
    states: Mapping[str, StepState]  # every id of STEP_IDS
    scan_usable_until: date | None  # scan date + 2 years (rules.usable_until)
    flags: tuple[Flag, ...]  # for the day the checklist was loaded
    created_at: datetime
    created_by: str
    updated_at: datetime
    # The checklist's version (store.versions): one more at every save of a step's data
    # or status; a save states the version it started from.
    version: int = 1

    def data(self, step: str) -> StepData:
        return {
            "booking": self.booking, "scan": self.scan, "request_images": self.request,
            "send_images": self.received, "blood_thinners": self.blood_thinners,
            "companion": self.companion,
        }[step]

    def status(self, step: str) -> StepStatus:
        return self.states[step].status

    @property
    def done_count(self) -> int:
        """Steps done or not relevant."""
        return sum(1 for s in self.states.values() if s.status is not StepStatus.MISSING)

    @property
    def progress_text(self) -> str:
        return progress_text(self.done_count)

    @property
    def missing_steps(self) -> tuple[str, ...]:
        return tuple(s for s in STEP_IDS if self.status(s) is StepStatus.MISSING)

    def flags_for(self, step: str) -> tuple[Flag, ...]:
        return tuple(f for f in self.flags if f.step == step)


def progress_text(done: int) -> str:
    """``"4 af 6"``."""
    return f"{done} af {len(STEP_IDS)}"


@dataclass(frozen=True)
class SaveResult:
    """The checklist after a save, and Danish warnings about what was saved (if any)."""

    checklist: Checklist
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class OverviewRow:
    """One upcoming consultation in the overview."""

    caller_id: int
    name: str
    phone: str  # first number, shown nationally ("" if none)
    consultation_date: date | None  # None: booked, no date yet (listed last)
    consultation_time: time | None
    done_count: int
    missing: tuple[str, ...]  # step ids, in order
    flags: tuple[str, ...]  # FLAG_LABELS codes
    scan_usable_until: date | None

    @property
    def progress_text(self) -> str:
        return progress_text(self.done_count)
