"""peewee models. Each schema change gets a migration step in migrations.py.

Times: ``UtcDateTimeField`` (aware UTC datetimes stored as fixed-width ISO text,
see ``fields.py``); calendar dates: ``DateField``. Vocabulary codes (pain areas,
treatments, outcomes …) are stored as the codes of ``reception.calls.vocabulary``;
lists of codes as comma-separated text (``CodeListField``). Text the receptionist
typed is stored exactly as typed.

Rows change only through ``reception.calls`` (and ``clinic_settings``): no widget
ever calls ``.save()`` on a model.
"""

from __future__ import annotations

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    ModelIndex,
    TextField,
)

from reception.store.database import BaseModel
from reception.store.fields import CodeListField, UtcDateTimeField


class SchemaVersion(BaseModel):
    """A single row holding the schema version the database file is at."""

    version = IntegerField()

    class Meta:
        table_name = "schema_version"


class Setting(BaseModel):
    """Clinic settings edited in the app (address, e-mail, CVR, …), as text."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField(default="")
    # who saved it last and the version it is at (schema_versions, store.versions)
    version = IntegerField(default=1)
    saved_desk = TextField(default="")
    saved_user = TextField(default="")
    saved_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "setting"

    @classmethod
    def put(cls, rows: list[dict[str, str]]) -> None:
        """Insert or overwrite settings by key (an upsert on SQLite and PostgreSQL alike), each
        one version further (a check against another desk's save: ``clinic_settings``)."""
        from reception.store.versions import stamp

        now = stamp()
        rows = [{**row, **now} for row in rows]
        (cls.insert_many(rows)
         .on_conflict(conflict_target=[cls.key],
                      preserve=[cls.value, cls.saved_desk, cls.saved_user, cls.saved_at],
                      update={cls.version: cls.version + 1}).execute())


class Caller(BaseModel):
    """A person who called or was called: patient or would-be patient."""

    name = TextField(default="")
    email = TextField(default="")
    street = TextField(default="")
    postcode = TextField(default="")
    town = TextField(default="")
    country = TextField(default="Danmark")
    preferred_contact = TextField(default="")  # code: phone, sms, email, letter
    consent_to_contact = BooleanField(default=False)
    consent_at = UtcDateTimeField(null=True)
    pain_areas = CodeListField(default=tuple)
    # ISO date (YYYY-MM-DD, or YYYY-MM-01 for "since May 2023") when understood,
    # otherwise the text as typed (only when a call was saved despite warnings).
    pain_since = TextField(default="")
    pain_duration_value = IntegerField(null=True)
    pain_duration_unit = TextField(default="")  # code: weeks, months, years
    treatments_tried = CodeListField(default=tuple)
    referral_source = TextField(default="")
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()
    # who saved it last and the version it is at (schema_versions, store.versions)
    version = IntegerField(default=1)
    saved_desk = TextField(default="")
    saved_user = TextField(default="")
    saved_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "caller"


class CallerPhone(BaseModel):
    """One phone number of a caller. Two callers may share a number (a couple)."""

    # indexed by the unique (caller, e164) index below
    caller = ForeignKeyField(Caller, backref="phones", on_delete="CASCADE", index=False)
    e164 = TextField(null=True, index=True)  # None when stored as typed (invalid)
    raw = TextField(default="")  # as typed
    label = TextField(default="")  # free text: mobil, arbejde …
    search_digits = TextField(default="")  # reception.phone.phone_search_tokens
    created_at = UtcDateTimeField()

    class Meta:
        table_name = "caller_phone"
        indexes = ((("caller", "e164"), True),)


class Call(BaseModel):
    """One phone call, from the moment the receptionist starts it (a draft) until saved."""

    caller = ForeignKeyField(Caller, backref="calls", null=True, index=False)
    direction = TextField(default="in")  # in, out
    status = TextField(default="draft")  # draft, saved
    started_at = UtcDateTimeField()
    ended_at = UtcDateTimeField(null=True)
    duration_seconds = IntegerField(null=True)
    taken_by = TextField(default="")
    phone_e164 = TextField(null=True)  # the number on this call, when known
    outcome = TextField(null=True)  # codes joined by ",": booked,send_sheet (calls.outcomes)
    pain_areas = CodeListField(default=tuple)
    duration_value = IntegerField(null=True)  # how long it has hurt …
    duration_unit = TextField(default="")  # … in weeks, months or years
    treatments_tried = CodeListField(default=tuple)
    notes = TextField(default="")
    follow_up = TextField(default="")
    # The whole form as typed (JSON of CallForm without notes) while a draft;
    # emptied when saved, when its content lives in the columns and the Caller.
    draft_form = TextField(default="")
    updated_at = UtcDateTimeField()
    desk = TextField(default="")  # the desk it was opened at (schema_versions)

    class Meta:
        table_name = "call"
        indexes = (
            (("caller", "status", "started_at"), False),
            (("status", "started_at"), False),
        )


# Overblik's covering index (schema_v8): a period's call figures from the index alone.
Call.add_index(ModelIndex(Call, [getattr(Call, c.removesuffix("_id")) for c in (
    "status", "started_at", "direction", "caller_id", "taken_by", "outcome", "duration_seconds",
    "pain_areas")], name="call_report"))


class Note(BaseModel):
    """A note about a caller written outside a call's own notes (or added to one later)."""

    caller = ForeignKeyField(Caller, backref="notes", on_delete="CASCADE")
    call = ForeignKeyField(Call, backref="extra_notes", null=True)
    text = TextField()
    created_at = UtcDateTimeField()
    author = TextField(default="")

    class Meta:
        table_name = "note"


class Callback(BaseModel):
    """A promise to call someone back on a date. ``done_call`` is the call that kept it."""

    caller = ForeignKeyField(Caller, backref="callbacks", on_delete="CASCADE", index=False)
    call = ForeignKeyField(Call, backref="callbacks", null=True)
    due = DateField()
    reason = TextField(default="")
    attempts = IntegerField(default=0)
    done_at = UtcDateTimeField(null=True)
    done_call = ForeignKeyField(Call, backref="kept_callbacks", null=True)
    created_at = UtcDateTimeField()
    created_by = TextField(default="")
    # who saved it last and the version it is at (schema_versions, store.versions)
    version = IntegerField(default=1)
    saved_desk = TextField(default="")
    saved_user = TextField(default="")
    saved_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "callback"
        indexes = ((("done_at", "due"), False), (("caller", "done_at", "due"), False))


class SentItem(BaseModel):
    """Something sent to a caller (information sheet, letter). Filled by the sheets issue."""

    caller = ForeignKeyField(Caller, backref="sent_items", on_delete="CASCADE")
    call = ForeignKeyField(Call, backref="sent_items", null=True)
    what = TextField()
    how = TextField(default="")  # email, letter …
    sent_at = UtcDateTimeField()
    sent_by = TextField(default="")

    class Meta:
        table_name = "sent_item"


class AuditEntry(BaseModel):
    """Who changed what and when. ``summary`` holds ids and codes, never patient data."""

    at = UtcDateTimeField(index=True)
    user = TextField(default="")
    action = TextField()  # e.g. call.end, caller.create, callback.complete
    entity = TextField()  # table name
    entity_id = IntegerField(null=True)
    summary = TextField(default="")

    class Meta:
        table_name = "audit_entry"


CALL_MODELS = [Caller, CallerPhone, Call, Note, Callback, SentItem, AuditEntry]


class SentSheet(BaseModel):
    """The information sheet behind a ``SentItem`` (same id): its content and exact PDF.

    ``to_post`` marks a sheet waiting in the post tray; ``posted_on`` is the day it went
    out in the day's batch. Written only through ``reception.sheets``.
    """

    sent_item = ForeignKeyField(SentItem, primary_key=True, backref="sheet", on_delete="CASCADE")
    content_keys = CodeListField(default=tuple)  # condition:<id>, faq:<id>, steps
    pdf = BlobField()
    pdf_sha256 = TextField()
    to_post = BooleanField(default=False)
    posted_on = DateField(null=True)
    posted_at = UtcDateTimeField(null=True)
    posted_by = TextField(default="")

    class Meta:
        table_name = "sent_sheet"
        indexes = ((("to_post", "posted_on"), False),)


class CallFaqTick(BaseModel):
    """A question and answer ticked during a call, for the information sheet to pre-select."""

    call = ForeignKeyField(Call, backref="faq_ticks", on_delete="CASCADE", index=False)
    faq_key = TextField()
    position = IntegerField(default=0)
    ticked_at = UtcDateTimeField()

    class Meta:
        table_name = "call_faq_tick"
        indexes = ((("call", "faq_key"), True),)


SHEET_MODELS = [SentSheet, CallFaqTick]


class Checklist(BaseModel):
    """The pre-treatment checklist of one caller who booked: the data of all six steps.

    Dates the receptionist typed are calendar dates (``DateField``); the consultation
    time is local wall-clock ``"HH:MM"`` ("" when not known). ``scan_usable_until`` is
    derived from ``scan_taken`` whenever the scan is saved (reception.checklist.rules),
    so the overview can filter on it in SQL. Changed only through reception.checklist.
    """

    caller = ForeignKeyField(Caller, backref="checklist", on_delete="CASCADE", unique=True)
    consultation_date = DateField(null=True, index=True)
    consultation_time = TextField(default="")
    treat_areas = CodeListField(default=tuple)  # reception.calls.vocabulary.PAIN_AREAS codes
    scan_kind = TextField(default="")  # code: rontgen, ct, mr
    scan_area = TextField(default="")  # a PAIN_AREAS code
    scan_taken = DateField(null=True)
    scan_place = TextField(default="")
    scan_usable_until = DateField(null=True)
    request_department = TextField(default="")
    request_date = DateField(null=True)
    images_received = DateField(null=True)
    takes_blood_thinners = BooleanField(null=True)  # None: not asked yet
    blood_thinner_names = TextField(default="")
    pause_agreed = BooleanField(default=False)
    pause_from = DateField(null=True)
    companion_arranged = BooleanField(null=True)  # None: not asked yet
    companion_name = TextField(default="")
    created_at = UtcDateTimeField()
    created_by = TextField(default="")
    updated_at = UtcDateTimeField()
    # who saved it last and the version it is at (schema_versions, store.versions)
    version = IntegerField(default=1)
    saved_desk = TextField(default="")
    saved_user = TextField(default="")
    saved_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "checklist"


class ChecklistStep(BaseModel):
    """The status of one step of a checklist, with who changed it last and when."""

    # indexed by the unique (checklist, step) index below
    checklist = ForeignKeyField(Checklist, backref="steps", on_delete="CASCADE", index=False)
    step = TextField()  # booking, scan, request_images, send_images, blood_thinners, companion
    status = TextField(default="missing")  # missing, done, not_relevant
    reason = TextField(default="")  # why not relevant, as typed
    changed_at = UtcDateTimeField(null=True)
    changed_by = TextField(default="")
    # who saved it last and the version it is at (schema_versions, store.versions)
    version = IntegerField(default=1)
    saved_desk = TextField(default="")
    saved_user = TextField(default="")
    saved_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "checklist_step"
        indexes = ((("checklist", "step"), True), (("step", "status"), False))


CHECKLIST_MODELS = [Checklist, ChecklistStep]


class ClinicText(BaseModel):
    """One change of the clinic's own texts (issue 17), never updated, only added.

    ``data``/``before`` are JSON of the entry as in the content files ("" = the
    shipped text); see reception/content/overlay.py. A frozen copy: schema_clinic_texts.
    """

    kind = TextField()  # faq, condition, section, step, clinic
    key = TextField()
    data = TextField(default="")
    before = TextField(default="")
    base_hash = TextField(default="")  # the shipped entry the change was based on
    status = TextField(default="approved")  # approved, udkast
    changed_at = UtcDateTimeField()
    desk = TextField(default="")
    changed_by = TextField(default="")
    note = TextField(default="")

    class Meta:
        table_name = "clinic_text"
        indexes = ((("kind", "key"), False),)
