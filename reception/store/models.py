"""peewee models. Each schema change gets a migration step in migrations.py."""

from __future__ import annotations

from peewee import CharField, IntegerField, TextField

from reception.store.database import BaseModel


class SchemaVersion(BaseModel):
    """A single row holding the schema version the database file is at."""

    version = IntegerField()

    class Meta:
        table_name = "schema_version"


class Setting(BaseModel):
    """Clinic settings edited in the app (address, e-mail, CVR, …), as text."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField(default="")

    class Meta:
        table_name = "setting"
