"""Between the stored rows and the plain data: one place that knows the columns."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date, time
from typing import Any

from reception.calls.form import clean_text
from reception.calls.vocabulary import PAIN_AREAS
from reception.checklist import rules
from reception.checklist.model import (
    BloodThinners,
    Booking,
    Checklist,
    Companion,
    ImageRequest,
    ImagesReceived,
    Scan,
    StepData,
    StepState,
)
from reception.checklist.vocabulary import SCAN_KINDS, STEP_IDS, StepStatus
from reception.store.models import Checklist as ChecklistRow
from reception.store.models import ChecklistStep


def stored_time(value: time | None) -> str:
    """Times are stored as ``"HH:MM"`` so they sort as text."""
    return f"{value:%H:%M}" if value else ""


def read_time(text: str) -> time | None:
    return time.fromisoformat(text) if text else None


def booking_of(row: ChecklistRow) -> Booking:
    return Booking(row.consultation_date, read_time(row.consultation_time), tuple(row.treat_areas))


def scan_of(row: ChecklistRow) -> Scan:
    return Scan(row.scan_kind, row.scan_area, row.scan_taken, row.scan_place)


def request_of(row: ChecklistRow) -> ImageRequest:
    return ImageRequest(row.request_department, row.request_date)


def received_of(row: ChecklistRow) -> ImagesReceived:
    return ImagesReceived(row.images_received)


def blood_of(row: ChecklistRow) -> BloodThinners:
    return BloodThinners(row.takes_blood_thinners, row.blood_thinner_names, bool(row.pause_agreed),
                         row.pause_from)


def companion_of(row: ChecklistRow) -> Companion:
    return Companion(row.companion_arranged, row.companion_name)


def check(data: StepData) -> StepData:
    """Codes must be known (a programming error otherwise); text is kept as typed."""
    if isinstance(data, Booking):
        unknown = [a for a in data.areas if a not in PAIN_AREAS]
        if unknown:
            raise ValueError(f"unknown pain areas {unknown}")
    if isinstance(data, Scan):
        if data.kind and data.kind not in SCAN_KINDS:
            raise ValueError(f"unknown scan kind {data.kind!r}")
        if data.area and data.area not in PAIN_AREAS:
            raise ValueError(f"unknown scan area {data.area!r}")
    return data


def columns(data: StepData) -> dict[str, Any]:
    """The column values that store ``data``."""
    if isinstance(data, Booking):
        return {"consultation_date": data.consultation_date,
                "consultation_time": stored_time(data.consultation_time),
                "treat_areas": data.areas}
    if isinstance(data, Scan):
        return {"scan_kind": data.kind, "scan_area": data.area, "scan_taken": data.taken,
                "scan_place": clean_text(data.place),
                "scan_usable_until": rules.usable_until(data.taken)}
    if isinstance(data, ImageRequest):
        return {"request_department": clean_text(data.department), "request_date": data.asked}
    if isinstance(data, ImagesReceived):
        return {"images_received": data.received}
    if isinstance(data, BloodThinners):
        return {"takes_blood_thinners": data.takes,
                "blood_thinner_names": clean_text(data.which),
                "pause_agreed": data.pause_agreed, "pause_from": data.pause_from}
    return {"companion_arranged": data.arranged, "companion_name": clean_text(data.name)}


def changed_fields(old: StepData, new: StepData) -> list[str]:
    """Names of the fields that differ (for the audit trail: names, never values)."""
    before, after = asdict(old), asdict(new)
    return [f.name for f in fields(new) if before[f.name] != after[f.name]]


def states_of(checklist_id: int) -> dict[str, StepState]:
    stored = {
        s.step: StepState(s.step, StepStatus(s.status), s.reason, s.changed_at, s.changed_by,
                          s.version)
        for s in ChecklistStep.select().where(ChecklistStep.checklist == checklist_id)
    }
    return {step: stored.get(step, StepState(step, StepStatus.MISSING)) for step in STEP_IDS}


def checklist_of(row: ChecklistRow, caller_name: str, today: date) -> Checklist:
    booking, scan, received, blood = booking_of(row), scan_of(row), received_of(row), blood_of(row)
    states = states_of(row.id)
    return Checklist(
        id=row.id, caller_id=row.caller_id, caller_name=caller_name,
        booking=booking, scan=scan, request=request_of(row), received=received,
        blood_thinners=blood, companion=companion_of(row), states=states,
        scan_usable_until=row.scan_usable_until,
        flags=rules.flags(booking, scan, received, blood,
                          {step: state.status for step, state in states.items()}, today),
        created_at=row.created_at, created_by=row.created_by, updated_at=row.updated_at,
        version=row.version,
    )


def data_of(row: ChecklistRow, step: str) -> StepData:
    reader = {"booking": booking_of, "scan": scan_of, "request_images": request_of,
              "send_images": received_of, "blood_thinners": blood_of,
              "companion": companion_of}[step]
    return reader(row)
