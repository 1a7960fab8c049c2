"""Schema version 3: the pre-treatment checklist (issue 4). Frozen once released.

``create(database)`` is migration step v3: it creates exactly these tables, whatever
the live models (``models.Checklist``, ``models.ChecklistStep``) have become since.
Never edit this file; a later change gets its own step.

- ``checklist``: one row per caller who booked, holding the data of all six steps
  (typed columns, so the overview filters in SQL). ``scan_usable_until`` is derived
  from ``scan_taken`` when the scan is saved (reception.checklist.rules).
- ``checklist_step``: six rows per checklist, the status of each step
  (``missing``, ``done``, ``not_relevant``) with reason, time and user of the last change.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    DateField,
    ForeignKeyField,
    Model,
    SqliteDatabase,
    TextField,
)

from reception.store.schema_v2 import Caller


class _V3(Model):
    class Meta:
        database = None


class Checklist(_V3):
    caller = ForeignKeyField(Caller, on_delete="CASCADE", unique=True, backref="+")
    consultation_date = DateField(null=True, index=True)
    consultation_time = TextField(default="")
    treat_areas = TextField(default="")
    scan_kind = TextField(default="")
    scan_area = TextField(default="")
    scan_taken = DateField(null=True)
    scan_place = TextField(default="")
    scan_usable_until = DateField(null=True)
    request_department = TextField(default="")
    request_date = DateField(null=True)
    images_received = DateField(null=True)
    takes_blood_thinners = BooleanField(null=True)
    blood_thinner_names = TextField(default="")
    pause_agreed = BooleanField(default=False)
    pause_from = DateField(null=True)
    companion_arranged = BooleanField(null=True)
    companion_name = TextField(default="")
    created_at = TextField()
    created_by = TextField(default="")
    updated_at = TextField()

    class Meta:
        table_name = "checklist"


class ChecklistStep(_V3):
    checklist = ForeignKeyField(Checklist, on_delete="CASCADE", index=False, backref="+")
    step = TextField()
    status = TextField(default="missing")
    reason = TextField(default="")
    changed_at = TextField(null=True)
    changed_by = TextField(default="")

    class Meta:
        table_name = "checklist_step"
        indexes = ((("checklist", "step"), True), (("step", "status"), False))


TABLES = [Checklist, ChecklistStep]


def create(database: SqliteDatabase) -> None:
    """Create the checklist tables."""
    with database.bind_ctx([Caller, *TABLES]):
        database.create_tables(TABLES)
