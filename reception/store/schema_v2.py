"""The tables of schema version 2 (call handling), frozen as they were released.

Migration step v2 creates exactly these, whatever the live models in models.py
have become since: a later change to a model gets its own step (add a column,
…) on top of this. Never edit this file; tests/test_migrations.py checks that
the live models and a migrated database agree.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


class _V2(Model):
    class Meta:
        database = None


class Caller(_V2):
    name = TextField(default="")
    email = TextField(default="")
    street = TextField(default="")
    postcode = TextField(default="")
    town = TextField(default="")
    country = TextField(default="Danmark")
    preferred_contact = TextField(default="")
    consent_to_contact = BooleanField(default=False)
    consent_at = TextField(null=True)
    pain_areas = TextField(default="")
    pain_since = TextField(default="")
    pain_duration_value = IntegerField(null=True)
    pain_duration_unit = TextField(default="")
    treatments_tried = TextField(default="")
    referral_source = TextField(default="")
    created_at = TextField()
    updated_at = TextField()

    class Meta:
        table_name = "caller"


class CallerPhone(_V2):
    caller = ForeignKeyField(Caller, on_delete="CASCADE", index=False)
    e164 = TextField(null=True, index=True)
    raw = TextField(default="")
    label = TextField(default="")
    search_digits = TextField(default="")
    created_at = TextField()

    class Meta:
        table_name = "caller_phone"
        indexes = ((("caller", "e164"), True),)


class Call(_V2):
    caller = ForeignKeyField(Caller, null=True, index=False)
    direction = TextField(default="in")
    status = TextField(default="draft")
    started_at = TextField()
    ended_at = TextField(null=True)
    duration_seconds = IntegerField(null=True)
    taken_by = TextField(default="")
    phone_e164 = TextField(null=True)
    outcome = TextField(null=True)
    pain_areas = TextField(default="")
    duration_value = IntegerField(null=True)
    duration_unit = TextField(default="")
    treatments_tried = TextField(default="")
    notes = TextField(default="")
    follow_up = TextField(default="")
    draft_form = TextField(default="")
    updated_at = TextField()

    class Meta:
        table_name = "call"
        indexes = (
            (("caller", "status", "started_at"), False),
            (("status", "started_at"), False),
        )


class Note(_V2):
    caller = ForeignKeyField(Caller, on_delete="CASCADE")
    call = ForeignKeyField(Call, null=True)
    text = TextField()
    created_at = TextField()
    author = TextField(default="")

    class Meta:
        table_name = "note"


class Callback(_V2):
    caller = ForeignKeyField(Caller, on_delete="CASCADE", index=False)
    call = ForeignKeyField(Call, null=True, backref="+")
    due = DateField()
    reason = TextField(default="")
    attempts = IntegerField(default=0)
    done_at = TextField(null=True)
    done_call = ForeignKeyField(Call, null=True, backref="+")
    created_at = TextField()
    created_by = TextField(default="")

    class Meta:
        table_name = "callback"
        indexes = ((("done_at", "due"), False), (("caller", "done_at", "due"), False))


class SentItem(_V2):
    caller = ForeignKeyField(Caller, on_delete="CASCADE")
    call = ForeignKeyField(Call, null=True)
    what = TextField()
    how = TextField(default="")
    sent_at = TextField()
    sent_by = TextField(default="")

    class Meta:
        table_name = "sent_item"


class AuditEntry(_V2):
    at = TextField(index=True)
    user = TextField(default="")
    action = TextField()
    entity = TextField()
    entity_id = IntegerField(null=True)
    summary = TextField(default="")

    class Meta:
        table_name = "audit_entry"


TABLES = [Caller, CallerPhone, Call, Note, Callback, SentItem, AuditEntry]
