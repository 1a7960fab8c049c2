"""Schema step: the clinic's own texts (issue 17). Frozen once released.

``clinic_text`` holds every change the clinic made to its texts, one row each:
what the entry became (JSON, "" for "the shipped text again"), what it was before,
the hash of the shipped entry it was based on, approved or "udkast", and who, where
and when. The app lays the newest rows over the shipped files
(reception/content/clinic_texts.py). Plain peewee: it runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from peewee import Database, Model, TextField

from reception.store.fields import UtcDateTimeField


class ClinicText(Model):
    kind = TextField()
    key = TextField()
    data = TextField(default="")
    before = TextField(default="")
    base_hash = TextField(default="")
    status = TextField(default="approved")
    changed_at = UtcDateTimeField()
    desk = TextField(default="")
    changed_by = TextField(default="")
    note = TextField(default="")

    class Meta:
        database = None
        table_name = "clinic_text"
        indexes = ((("kind", "key"), False),)


TABLES = [ClinicText]


def create(database: Database) -> None:
    with database.bind_ctx(TABLES):
        database.create_tables(TABLES)
