"""The log of sheets sent, the post tray and the day's batch, ticks, settings, and a caller's
default sheet, on a real database file per test."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from pypdf import PdfReader
from test_pdf_sheet import inside_window

from reception.calls import (
    CallSession,
    UnknownCaller,
    caller_history,
    discard_draft,
    start_call,
)
from reception.clinic_settings import InvalidSettings
from reception.content import Content, load_content
from reception.sheets import (
    SheetSelection,
    SheetSettings,
    UnknownSentSheet,
    caller_facts,
    default_selection,
    default_sheet_for_caller,
    describe,
    has_checklist,
    load_sheet_settings,
    log_sent_sheet,
    mark_to_post,
    pending_post,
    posted_batch,
    posting_batch,
    render_sheet,
    save_sheet_settings,
    set_ticked_faq,
    sheet_pdf,
    sheets_for,
    ticked_faq,
    unmark_to_post,
)
from reception.sheets.log import NotAPdf
from reception.store import db, open_database, schema_v2
from reception.store.migrations import STEPS
from reception.store.models import SHEET_MODELS, AuditEntry, SchemaVersion, SentItem

pytestmark = pytest.mark.both_backends


TODAY = date(2026, 11, 22)
KEYS = ["condition:nakkesmerter", "faq:koere-bil-efter-behandling", "steps"]


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture
def database(tmp_path: Path):
    database = open_database(tmp_path / "db.sqlite3")
    yield database
    database.close()


def make_caller(name: str = "Jens Hansen", phone: str = "23394977", *,
                areas: tuple[str, ...] = ("nakke",), street: str = "Guldvej 7",
                ticks: tuple[str, ...] = ()) -> tuple[int, int]:
    """A caller made as the call screen makes one: a call, ticks during it, ended."""
    session = CallSession.start(phone=phone, taken_by="Mette")
    session.update(replace(session.form, phone=phone, name=name, street=street,
                           postcode="8000", town="Aarhus C", email="jens@example.dk",
                           pain_areas=areas))
    assert session.flush()
    assert session.call_id is not None
    if ticks:
        set_ticked_faq(session.call_id, ticks)
    result = session.end("send_sheet")
    assert result.caller_id is not None
    return result.caller_id, result.call_id


def sheet_for(caller_id: int, content: Content) -> bytes:
    return render_sheet(default_sheet_for_caller(caller_id, content, TODAY))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# -- schema ------------------------------------------------------------------------------------


def test_the_live_sheet_models_match_the_migrated_tables(database) -> None:
    for model in SHEET_MODELS:
        table = model._meta.table_name
        stored = {c.name: c for c in database.get_columns(table)}
        wanted = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(stored) == set(wanted), table
        for name, field in wanted.items():
            assert stored[name].null == field.null, (table, name)


def make_v3_database(path: Path) -> tuple[int, int]:
    """What release 3 left: steps 1–3 only, with a caller, a call and a sent item in it."""
    raw = SqliteDatabase(str(path), pragmas={"journal_mode": "wal", "foreign_keys": 1})
    db.initialize(raw)
    raw.create_tables([SchemaVersion])
    for step in STEPS[:3]:
        step(raw)
    SchemaVersion.create(version=3)
    stamp = "2026-01-05T09:00:00.000000+00:00"
    with raw.bind_ctx(schema_v2.TABLES):
        caller = schema_v2.Caller.create(name="Jens Hansen", created_at=stamp, updated_at=stamp)
        call = schema_v2.Call.create(caller=caller, status="saved", started_at=stamp,
                                     updated_at=stamp)
        schema_v2.SentItem.create(caller=caller, call=call, what="Informationsark: Nakkesmerter",
                                  how="letter", sent_at=stamp, sent_by="Mette")
    raw.close()
    return caller.id, call.id


def test_a_v3_database_gets_the_sheet_tables_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    caller_id, call_id = make_v3_database(path)
    open_database(path)
    assert [s.what for s in caller_history(caller_id).sent_items] == [
        "Informationsark: Nakkesmerter"]
    assert sheets_for(caller_id) == []  # an old row without a PDF is no sheet copy
    sent_id = log_sent_sheet(caller_id, call_id, KEYS, "email", "Mette", b"%PDF-1.4 x")
    assert sheet_pdf(sent_id) == b"%PDF-1.4 x"
    set_ticked_faq(call_id, ["bestil-tid"])
    assert ticked_faq(call_id) == ["faq:bestil-tid"]


# -- the log -----------------------------------------------------------------------------------


def test_a_logged_sheet_keeps_the_exact_pdf_and_shows_in_the_history(database,
                                                                     content) -> None:
    caller_id, call_id = make_caller(ticks=("koere-bil-efter-behandling",))
    pdf = sheet_for(caller_id, content)
    before = datetime.now(UTC)
    sent_id = log_sent_sheet(caller_id, call_id, KEYS, "print", "Mette", pdf, content=content)
    assert sheet_pdf(sent_id) == pdf
    [entry] = sheets_for(caller_id)
    assert (entry.id, entry.call_id, entry.how, entry.sent_by) == (sent_id, call_id, "print",
                                                                    "Mette")
    assert entry.content_keys == tuple(KEYS) and entry.size == len(pdf)
    assert entry.sent_at >= before and not entry.to_post and entry.how_label == "Udskrevet"
    [history] = caller_history(caller_id).sent_items
    assert history.id == sent_id and history.how == "print" and history.call_id == call_id
    assert history.what == "Informationsark: Nakkesmerter · 1 svar · de 6 trin"


def test_sheets_come_newest_first_and_each_copy_stays_its_own(database) -> None:
    caller_id, call_id = make_caller()
    first = log_sent_sheet(caller_id, call_id, KEYS, "pdf", "Mette", b"%PDF-1 first",
                           now=datetime(2026, 11, 1, 9, tzinfo=UTC))
    second = log_sent_sheet(caller_id, None, ["steps"], "email", "Lone", b"%PDF-1 second",
                            now=datetime(2026, 11, 2, 9, tzinfo=UTC))
    assert [e.id for e in sheets_for(caller_id)] == [second, first]
    assert sheet_pdf(first) == b"%PDF-1 first" and sheet_pdf(second) == b"%PDF-1 second"
    assert sheets_for(caller_id)[0].call_id is None


def test_the_audit_trail_has_codes_not_patient_data(database) -> None:
    caller_id, call_id = make_caller(name="Jens Hansen")
    sent_id = log_sent_sheet(caller_id, call_id, KEYS, "email", "Mette", b"%PDF-1.4")
    entry = AuditEntry.get(AuditEntry.action == "sheet.send")
    assert (entry.entity, entry.entity_id, entry.user) == ("sent_item", sent_id, "Mette")
    assert "måde=email" in entry.summary and "faq:koere-bil-efter-behandling" in entry.summary
    assert "Jens" not in entry.summary and "Guldvej" not in entry.summary


def test_bad_calls_to_the_log_write_nothing(database) -> None:
    caller_id, call_id = make_caller()
    with pytest.raises(ValueError, match="how"):
        log_sent_sheet(caller_id, call_id, KEYS, "fax", "Mette", b"%PDF-1.4")
    with pytest.raises(NotAPdf):
        log_sent_sheet(caller_id, call_id, KEYS, "print", "Mette", b"<html>")
    with pytest.raises(UnknownCaller):
        log_sent_sheet(caller_id + 99, None, KEYS, "print", "Mette", b"%PDF-1.4")
    with pytest.raises(LookupError):
        log_sent_sheet(caller_id, call_id + 99, KEYS, "print", "Mette", b"%PDF-1.4")
    with pytest.raises(UnknownSentSheet):
        sheet_pdf(12345)
    assert SentItem.select().count() == 0


def test_describe_names_the_content(content) -> None:
    assert describe(["condition:kroniske-smerter", "faq:a", "faq:b"], content) == (
        "Informationsark: Kroniske smerter · 2 svar")
    assert describe(["condition:nakkesmerter/aarsager"]) == (
        "Informationsark: Nakkesmerter (aarsager)")
    assert describe([]) == "Informationsark"


# -- the post tray and the day's batch --------------------------------------------------------


def test_the_days_post_joins_the_tray_into_one_pdf_and_marks_it_posted(database,
                                                                       content) -> None:
    jens, jens_call = make_caller("Jens Hansen", "23394977")
    anna, anna_call = make_caller("Anna Ødegård", "40404040", areas=("knae",))
    jens_pdf, anna_pdf = sheet_for(jens, content), sheet_for(anna, content)
    monday = datetime(2026, 11, 16, 10, tzinfo=UTC)
    first = log_sent_sheet(jens, jens_call, KEYS, "post", "Mette", jens_pdf, now=monday)
    second = log_sent_sheet(anna, anna_call, ["steps"], "post", "Mette", anna_pdf,
                            now=monday + timedelta(hours=1))
    log_sent_sheet(anna, anna_call, ["steps"], "email", "Mette", anna_pdf)  # not for the post
    later = log_sent_sheet(jens, None, KEYS, "post", "Lone", jens_pdf,
                           now=datetime(2026, 11, 20, 10, tzinfo=UTC))
    assert [e.sent_id for e in pending_post()] == [first, second, later]

    batch = posting_batch(date(2026, 11, 17), "Lone")
    assert batch is not None
    assert [e.name for e in batch.entries] == ["Jens Hansen", "Anna Ødegård"]
    assert batch.entries[0].address_line == "Guldvej 7, 8000 Aarhus C"
    assert pages_of(batch.pdf) == pages_of(jens_pdf) + pages_of(anna_pdf)
    text = text_of(batch.pdf)
    assert text.index("Jens Hansen") < text.index("Anna Ødegård")
    assert batch.title == "Dagens post 17. november 2026 (2 informationsark)"
    assert [e.sent_id for e in pending_post()] == [later]  # sent after that day: still waits
    assert [(e.posted_on, e.to_post) for e in sheets_for(anna) if e.id == second] == [
        (date(2026, 11, 17), True)]
    assert AuditEntry.select().where(AuditEntry.action == "sheet.posted").count() == 2

    again = posted_batch(date(2026, 11, 17))
    assert again is not None and again.pdf == batch.pdf and again.entries == batch.entries
    assert posting_batch(date(2026, 11, 17)) is None  # nothing more up to that day
    assert posted_batch(date(2026, 11, 18)) is None


def test_sheets_go_in_and_out_of_the_tray(database) -> None:
    caller_id, call_id = make_caller()
    emailed = log_sent_sheet(caller_id, call_id, KEYS, "email", "Mette", b"%PDF-1.4")
    posted = log_sent_sheet(caller_id, call_id, KEYS, "post", "Mette", b"%PDF-1.4")
    unmark_to_post(posted, "Mette")
    assert pending_post() == []
    mark_to_post(emailed, "Mette")
    assert [e.sent_id for e in pending_post()] == [emailed]
    with pytest.raises(UnknownSentSheet):
        mark_to_post(9999)


# -- ticks ---------------------------------------------------------------------------------------


def test_ticks_keep_their_order_and_are_replaced_whole(database) -> None:
    call_id = start_call("23394977")
    set_ticked_faq(call_id, ["bestil-tid", "faq:bliver-jeg-bedoevet", "bestil-tid"])
    assert ticked_faq(call_id) == ["faq:bestil-tid", "faq:bliver-jeg-bedoevet"]
    set_ticked_faq(call_id, ["koere-bil-efter-behandling"])
    assert ticked_faq(call_id) == ["faq:koere-bil-efter-behandling"]
    set_ticked_faq(call_id, [])
    assert ticked_faq(call_id) == []


def test_a_draft_with_ticks_can_still_be_discarded(database) -> None:
    call_id = start_call("23394977")
    set_ticked_faq(call_id, ["bestil-tid"])
    assert discard_draft(call_id)
    assert ticked_faq(call_id) == []
    with pytest.raises(LookupError):
        set_ticked_faq(call_id, ["bestil-tid"])


# -- the default sheet --------------------------------------------------------------------------


def test_the_default_sheet_has_the_callers_address_conditions_ticks_and_steps(database,
                                                                              content) -> None:
    caller_id, _ = make_caller(areas=("nakke", "ryg", "knae"),
                               ticks=("koere-bil-efter-behandling", "bliver-jeg-bedoevet"))
    sheet = default_sheet_for_caller(caller_id, content, TODAY)
    assert sheet.recipient is not None
    assert sheet.recipient.address_lines() == ["Jens Hansen", "Guldvej 7", "8000 Aarhus C"]
    assert [c.title for c in sheet.conditions] == ["Nakkesmerter", "Kroniske smerter"]
    assert [f.question for f in sheet.faq] == [
        "Må jeg selv køre bil hjem efter behandlingen?",
        "Bliver jeg bedøvet under behandlingen?"]
    assert [s.number for s in sheet.steps] == [1, 2, 3, 4, 5, 6]
    assert sheet.greeting == "Kære Jens Hansen" and sheet.letter_date == TODAY


def test_the_ticks_of_the_callers_newest_call_count(database, content) -> None:
    caller_id, _ = make_caller(ticks=("bestil-tid",))
    _, newer = make_caller(ticks=("bliver-jeg-bedoevet",))
    facts = caller_facts(caller_id)
    assert facts.call_id == newer and facts.ticked_faq == ("faq:bliver-jeg-bedoevet",)
    assert default_selection(facts, content).faq == ("faq:bliver-jeg-bedoevet",)


def test_during_a_call_the_form_as_typed_now_wins(database, content) -> None:
    caller_id, _ = make_caller(areas=("nakke",))
    session = CallSession.start(phone="23394977", taken_by="Mette")
    assert session.call_id is not None and session.form.caller_id == caller_id
    session.update(replace(session.form, street="Nyvej 3", postcode="8200", town="Aarhus N",
                           pain_areas=("knae",)))
    session.flush()
    facts = caller_facts(caller_id, session.call_id)
    assert facts.recipient.address_lines() == ["Jens Hansen", "Nyvej 3", "8200 Aarhus N"]
    assert default_selection(facts, content).conditions == (
        "condition:kroniske-smerter", "condition:nakkesmerter")


def test_ticked_keys_unknown_to_the_content_are_left_out(database, content) -> None:
    caller_id, _ = make_caller(ticks=("findes-ikke", "bestil-tid"))
    assert default_selection(caller_facts(caller_id), content) == SheetSelection(
        ("condition:nakkesmerter",), ("faq:bestil-tid",), True)


@pytest.mark.skipif(not has_checklist(), reason="the checklist package is not installed")
def test_the_default_sheet_prints_the_patients_checklist_status(database, content) -> None:
    from reception.checklist import StepStatus, ensure_checklist, set_step_status

    caller_id, _ = make_caller()
    ensure_checklist(caller_id, by="Mette")
    set_step_status(caller_id, "companion", StepStatus.DONE, by="Mette")
    set_step_status(caller_id, "blood_thinners", StepStatus.NOT_RELEVANT,
                    "tager ingen medicin", by="Mette")
    sheet = default_sheet_for_caller(caller_id, content, TODAY)
    statuses = {s.number: s.status for s in sheet.steps}
    assert statuses[6] == StepStatus.DONE and statuses[5] == StepStatus.NOT_RELEVANT
    assert statuses[3] == StepStatus.MISSING
    text = text_of(render_sheet(sheet))
    for step in sheet.steps:
        assert step.title in text and step.status_label in text


# -- sheet settings ----------------------------------------------------------------------------


def test_sheet_settings_round_trip_and_move_the_address(database, content,
                                                        tmp_path: Path) -> None:
    assert load_sheet_settings() == SheetSettings()
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not really a png")
    save_sheet_settings(SheetSettings(window_left_mm=24.5, window_top_mm=50,
                                      logo_path=str(logo)))
    settings = load_sheet_settings()
    assert (settings.window_left_mm, settings.window_top_mm) == (24.5, 50.0)
    assert settings.logo() == logo
    caller_id, _ = make_caller()
    sheet = default_sheet_for_caller(caller_id, content, TODAY)
    assert sheet.letterhead.logo == logo
    pdf = render_sheet(sheet, settings.window())  # a broken logo is skipped, not fatal
    inside_window(pdf, sheet.recipient, settings.window())


def test_invalid_sheet_settings_are_refused_whole(database, tmp_path: Path) -> None:
    with pytest.raises(InvalidSettings) as refused:
        save_sheet_settings(SheetSettings(window_left_mm=500, window_top_mm=45,
                                          logo_path=str(tmp_path / "findes-ikke.png")))
    assert set(refused.value.problems) == {"window_left_mm", "logo_path"}
    assert "mm" in refused.value.problems["window_left_mm"]
    with pytest.raises(InvalidSettings, match="billede"):
        save_sheet_settings(SheetSettings(logo_path=str(tmp_path)))
    assert load_sheet_settings() == SheetSettings()
