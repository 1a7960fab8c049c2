"""Schema version 4: copies of the information sheets sent (issue 5). Frozen once released.

``create(database)`` is migration step v4. It creates exactly these tables, whatever
the live models in models.py become later; never edit this file once released.

- ``sent_sheet``: one row per information sheet sent, beside its ``sent_item`` row
  (same id): the content keys it carried, the exact PDF bytes and their SHA-256,
  and whether it waits in the post tray (``to_post``) or went out (``posted_*``).
- ``call_faq_tick``: the questions and answers the receptionist ticked during a call,
  in the order ticked, for the sheet to pre-select.
"""

from __future__ import annotations

from peewee import (
    BlobField,
    BooleanField,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)


class _V4(Model):
    class Meta:
        database = None


class Call(_V4):
    """Stand-in for the v2 table, only for the foreign key (not created here)."""

    class Meta:
        table_name = "call"


class SentItem(_V4):
    """Stand-in for the v2 table, only for the foreign key (not created here)."""

    class Meta:
        table_name = "sent_item"


class SentSheet(_V4):
    sent_item = ForeignKeyField(SentItem, primary_key=True, on_delete="CASCADE")
    content_keys = TextField(default="")
    pdf = BlobField()
    pdf_sha256 = TextField()
    to_post = BooleanField(default=False)
    posted_on = DateField(null=True)
    posted_at = TextField(null=True)
    posted_by = TextField(default="")

    class Meta:
        table_name = "sent_sheet"
        indexes = ((("to_post", "posted_on"), False),)


class CallFaqTick(_V4):
    call = ForeignKeyField(Call, on_delete="CASCADE", index=False)
    faq_key = TextField()
    position = IntegerField(default=0)
    ticked_at = TextField()

    class Meta:
        table_name = "call_faq_tick"
        indexes = ((("call", "faq_key"), True),)


TABLES = [SentSheet, CallFaqTick]


def create(database: SqliteDatabase) -> None:
    """Create the sent-sheet tables."""
    with database.bind_ctx(TABLES):
        database.create_tables(TABLES)
