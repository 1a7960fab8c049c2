"""GDPR tools and the audit trail: no Qt; the UI (ui/privacy) and the CLI call these.

Open the database first (``reception.store.open_database(path)``). ``by`` is the
staff member doing it (the name chosen at start), written to the audit trail.

Right of access (article 15), ``export``
    export_person(caller_id, out_dir, by="") -> ExportResult     PDF + JSON (+ stored files)
Before either, ``overview``
    person_overview(caller_id) -> PersonOverview     name, numbers, rows per table
Erasure (article 17), ``erase``
    erase_person(caller_id, by) -> ErasureResult; erase_people(ids, by)
Retention, ``retention``
    inactive_callers(months=None, today=None) -> list[InactiveCaller]   (review only)
    anonymise_person(caller_id, by); anonymise_people(ids, by)
Audit trail, ``audit_trail``
    record_view(caller_id, by) -> bool; record_change(caller_id, by, what="")
    audit_for(caller_id) -> list[AuditRecord]
Settings, ``settings`` (in the database's setting table)
    staff_members() / set_staff_members(names); retention_months() / set_retention_months(n)

Which rows are "about a person" is read from the schema (``tables``): every table
with a foreign key to ``caller``, directly or through another such table, so
tables added later are exported and erased without a change here. How deleted
text is made unreadable in the file: ``scrub``.
"""

from reception.calls.history import UnknownCaller
from reception.privacy.audit_trail import (
    ACTION_LABELS,
    AuditRecord,
    audit_for,
    record_change,
    record_view,
)
from reception.privacy.erase import ErasureResult, erase_people, erase_person
from reception.privacy.export import ExportResult, export_person
from reception.privacy.overview import PersonOverview, person_overview
from reception.privacy.retention import (
    InactiveCaller,
    anonymise_people,
    anonymise_person,
    inactive_callers,
)
from reception.privacy.settings import (
    InvalidSetting,
    retention_months,
    set_retention_months,
    set_staff_members,
    staff_members,
)
from reception.privacy.tables import person_rows

__all__ = [
    "ACTION_LABELS", "AuditRecord", "ErasureResult", "ExportResult", "InactiveCaller",
    "InvalidSetting", "PersonOverview", "UnknownCaller",
    "anonymise_people", "anonymise_person", "audit_for", "erase_people", "erase_person",
    "export_person", "inactive_callers", "person_overview", "person_rows", "record_change",
    "record_view",
    "retention_months", "set_retention_months", "set_staff_members", "staff_members",
]
