"""Export (GDPR article 15): everything about the person, nothing about anyone else."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from privacy_helpers import add_later_tables, another_call, make_person, open_db
from pypdf import PdfReader

from reception.calls import UnknownCaller, add_note, record_callback_attempt
from reception.privacy import audit_for, export_person, record_view
from reception.sheets.files import FileWriteError
from reception.store.models import Callback

TODAY = date.today()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def couple(tmp_path: Path):
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "Karens knæ ZKAREN1 gør ondt",
                        extra_note="Karens note ZKAREN2", callback_reason="Karen ZKAREN3",
                        sent="Informationsark: Kroniske smerter")
    peter = make_person("23 39 49 77", "Peter Holm", "Peters nakke ZPETER1",
                        extra_note="Peters note ZPETER2", callback_reason="Peter ZPETER3")
    another_call(karen, "23394977", "Karen ringer igen ZKAREN4", TODAY)
    # Peter's note written during Karen's call: Peter's, not Karen's.
    add_note(peter.id, "Peter nævnt under Karens opkald ZPETER4", call_id=karen.call_ids[0])
    return karen, peter


def test_export_holds_every_record_of_the_person_and_nothing_of_the_other(
        tmp_path: Path) -> None:
    karen, peter = couple(tmp_path)
    record_view(karen.id, "Lise")
    record_view(peter.id, "Lise")
    out = tmp_path / "ud"
    out.mkdir()
    result = export_person(karen.id, out, by="Mette")

    document = json.loads(result.json.read_text(encoding="utf-8"))
    text = json.dumps(document, ensure_ascii=False)
    for marker in ("ZKAREN1", "ZKAREN2", "ZKAREN3", "ZKAREN4", "Karen Holm", "Guldvej 7",
                   "Informationsark: Kroniske smerter", "+4523394977"):
        assert marker in text, marker
    for marker in ("ZPETER", "Peter Holm"):
        assert marker not in text, marker
    tables = document["tables"]
    assert [row["id"] for row in tables["caller"]] == [karen.id]
    assert sorted(row["id"] for row in tables["call"]) == sorted(karen.call_ids)
    assert len(tables["note"]) == 1 and len(tables["callback"]) == 1
    assert len(tables["sent_item"]) == 1 and len(tables["caller_phone"]) == 1
    assert all(row["caller_id"] == karen.id for name in ("call", "note", "callback")
               for row in tables[name])
    assert result.counts == {name: len(rows) for name, rows in tables.items()}

    # The audit trail about Karen: her creation, calls, note, callback, the view.
    actions = [entry["action"] for entry in document["audit"]]
    assert {"caller.create", "call.end", "note.create", "callback.create",
            "caller.view"} <= set(actions)
    assert not [e for e in document["audit"] if (e["entity"], e["entity_id"]) ==
                ("caller", peter.id) or f"person={peter.id}" in e["summary"]]
    assert len(document["audit"]) == result.audit_entries

    pdf = pdf_text(result.pdf)
    for marker in ("Karen Holm", "ZKAREN1", "ZKAREN2", "ZKAREN3", "ZKAREN4", "23 39 49 77",
                   "Ring tilbage", "Side 1 af"):
        assert marker in pdf, marker
    assert "ZPETER" not in pdf and "Peter" not in pdf


def test_export_is_in_the_audit_trail_with_counts_only(tmp_path: Path) -> None:
    karen, _ = couple(tmp_path)
    result = export_person(karen.id, tmp_path, by="Mette")
    (entry,) = [e for e in audit_for(karen.id) if e.action == "caller.export"]
    assert (entry.action, entry.user, entry.entity_id) == ("caller.export", "Mette", karen.id)
    assert "Karen" not in entry.summary and str(sum(result.counts.values())) in entry.summary


def test_tables_added_later_are_exported_without_a_code_change(tmp_path: Path) -> None:
    database = open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ", sent="Informationsark: Knæ")
    peter = make_person("40575457", "Peter Holm", "nakke", sent="Informationsark: Nakke")
    add_later_tables(database)
    pdf_bytes = b"%PDF-1.4 Karens ark ZSHEET"
    sent_ids = {}
    for person in (karen, peter):
        sent_ids[person.id] = database.execute_sql(
            "SELECT id FROM sent_item WHERE caller_id = ?", (person.id,)).fetchone()[0]
        database.execute_sql(
            "INSERT INTO later_step (call_id, step, comment, done_at) VALUES (?, ?, ?, ?)",
            (person.call_ids[0], "scanning", f"kommentar {person.id} ZCHECK",
             "2025-03-01T10:00:00.000000+00:00"))
    database.execute_sql("INSERT INTO later_copy (sent_item_id, pdf, made_at) VALUES (?, ?, ?)",
                         (sent_ids[karen.id], pdf_bytes, "2025-03-01T10:00:00.000000+00:00"))
    database.execute_sql("INSERT INTO later_copy (sent_item_id, pdf, made_at) VALUES (?, ?, ?)",
                         (sent_ids[peter.id], b"%PDF Peters", "2025-03-01T10:00:00.000000+00:00"))
    # A row with no caller of its own belongs through its call.
    database.execute_sql("INSERT INTO later_consent (caller_id, call_id, what, at) VALUES "
                         "(NULL, ?, 'samtykke ZCONSENT', '2025-03-01')", (karen.call_ids[0],))
    # A row naming Peter directly stays Peter's, even when it points at Karen's call.
    database.execute_sql("INSERT INTO later_consent (caller_id, call_id, what, at) VALUES "
                         "(?, ?, 'Peters samtykke', '2025-03-01')",
                         (peter.id, karen.call_ids[0]))

    result = export_person(karen.id, tmp_path, by="Mette")
    document = json.loads(result.json.read_text(encoding="utf-8"))
    steps = document["tables"]["later_step"]
    assert [s["comment"] for s in steps] == [f"kommentar {karen.id} ZCHECK"]
    assert [r["what"] for r in document["tables"]["later_consent"]] == ["samtykke ZCONSENT"]
    (copy,) = document["tables"]["later_copy"]
    (stored,) = result.files
    assert stored.read_bytes() == pdf_bytes and stored.suffix == ".pdf"
    assert copy["pdf"]["sha256"] == hashlib.sha256(pdf_bytes).hexdigest()
    assert document["files"][0]["name"] == stored.name
    pdf = pdf_text(result.pdf)
    assert "ZCHECK" in pdf and "ZCONSENT" in pdf and stored.name in pdf
    assert "Peter" not in pdf and "Peters" not in json.dumps(document, ensure_ascii=False)


def test_export_of_an_unknown_person_or_to_a_missing_folder(tmp_path: Path) -> None:
    karen, _ = couple(tmp_path)
    with pytest.raises(UnknownCaller):
        export_person(9999, tmp_path)
    with pytest.raises(FileWriteError) as error:
        export_person(karen.id, tmp_path / "findes-ikke")
    assert "findes ikke" in str(error.value)
    assert not list(tmp_path.glob("indsigt-*"))


def test_export_renders_long_notes_emoji_and_a_done_callback(tmp_path: Path) -> None:
    open_db(tmp_path)
    long_note = "Smerter i ryggen, værst om morgenen 🙂 <b>ikke fed</b> & mere. " * 80
    person = make_person("40575457", "Åse Ærø 🙂", long_note, callback_reason="Ring om ark")
    callback = Callback.get(Callback.caller == person.id)
    record_callback_attempt(callback.id, by="Lise")
    another_call(person, "40575457", "Kort opkald", TODAY - timedelta(days=1))
    result = export_person(person.id, tmp_path, by="Mette")
    reader = PdfReader(result.pdf)
    assert len(reader.pages) >= 3
    text = pdf_text(result.pdf)
    assert "Åse Ærø" in text and "<b>ikke fed</b>" in text and "Side 3 af" in text
    assert b"Helvetica" not in result.pdf.read_bytes()  # only the embedded DejaVu
