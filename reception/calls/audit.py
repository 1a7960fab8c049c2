"""The audit trail: who did what to which row, when. Ids and codes only, never patient data."""

from __future__ import annotations

from datetime import datetime

from reception.store.fields import utc_now
from reception.store.models import AuditEntry


def record(
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    user: str = "",
    summary: str = "",
    at: datetime | None = None,
) -> None:
    """Add one entry. ``summary`` must not contain names, numbers or note text."""
    AuditEntry.create(
        at=at or utc_now(), user=user, action=action, entity=entity,
        entity_id=entity_id, summary=summary,
    )
