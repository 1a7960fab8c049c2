"""The Revisionslog's details in Danish: every key and code the code writes has a label,
and real entries (a call, a checklist step, a sheet, an erasure) read without codes."""

from __future__ import annotations

import ast
import re
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from reception.calls import CallForm, end_call, start_call
from reception.calls.vocabulary import OUTCOMES
from reception.checklist import (
    STEP_DATA,
    STEP_IDS,
    BloodThinners,
    StepStatus,
    ensure_checklist,
    save_step,
    set_step_status,
)
from reception.checklist.vocabulary import FIELD_LABELS, STEP_LABELS
from reception.privacy import erase_person, tables
from reception.privacy.audit_log import audit_ids, audit_lines
from reception.privacy.audit_words import (
    EMPTIED_PREFIX,
    HOW_WORDS,
    KEY_LABELS,
    STATUS_WORDS,
    describe_summary,
    describe_word,
)
from reception.sheets import HOWS, log_sent_sheet
from reception.store import db
from reception.words import TABLE_WORDS

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 1)
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b|=")  # snake_case codes or key=value left over


def summary_keys_in_the_code() -> dict[str, set[str]]:
    """Every ``key=`` written in a literal ``summary=`` of ``audit.record`` → the files."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "reception").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "record"):
                continue
            for keyword in node.keywords:
                if keyword.arg != "summary":
                    continue
                texts = [n.value for n in ast.walk(keyword.value)
                         if isinstance(n, ast.Constant) and isinstance(n.value, str)]
                for text in texts:
                    for key in re.findall(r"([^\s=,]+)=", text):
                        found.setdefault(key, set()).add(path.name)
    return found


def test_every_summary_key_the_code_writes_has_a_label() -> None:
    keys = summary_keys_in_the_code()
    assert {"udfald", "trin", "felter", "måde"} <= set(keys)  # the scan really finds them
    assert [key for key in keys if key not in KEY_LABELS] == []


def test_every_code_a_summary_can_hold_has_a_danish_label(database) -> None:
    assert set(STEP_IDS) <= set(STEP_LABELS)
    step_fields = {f.name for cls in STEP_DATA.values() for f in fields(cls)}
    assert step_fields <= set(FIELD_LABELS), step_fields - set(FIELD_LABELS)
    assert {s.value for s in StepStatus} <= set(STATUS_WORDS)
    assert set(HOWS) <= set(HOW_WORDS)
    # the search index's own tables hold no rows about anyone to count
    schema_tables = {t for t in tables.schema(db) if "_fts" not in t}
    assert schema_tables and schema_tables <= set(TABLE_WORDS), schema_tables - set(TABLE_WORDS)
    for table in schema_tables:  # erasure and anonymisation count rows per table
        assert not CODE.search(describe_word(f"{table}=2"))
        assert not CODE.search(describe_word(f"{EMPTIED_PREFIX}{table}=2"))
    for word in ([f"udfald={c}" for c in OUTCOMES] + [f"trin={s}" for s in STEP_IDS]
                 + [f"felter={f}" for f in sorted(step_fields)]
                 + [f"status={s.value}" for s in StepStatus] + [f"måde={h}" for h in HOWS]):
        assert not CODE.search(describe_word(word)), (word, describe_word(word))


@pytest.mark.parametrize(("summary", "expected"), [
    ("udfald=call_back varighed=125s", "udfald: ring tilbage; varighed: 2 min 5 s"),
    ("udfald=booked,send_sheet varighed=40s",
     "udfald: konsultation booket, informationsark sendes; varighed: 40 s"),
    ("trin=blood_thinners felter=takes,which", "trin: Blodfortyndende; felter: tager, hvilket"),
    ("trin=scan status=not_relevant", "trin: Røntgen eller scanning; status: ikke relevant"),
    ("måde=post opkald=- indhold=condition:nakkesmerter,faq:a,faq:b,steps",
     "måde: med posten; opkald: intet; indhold: 1 emne, 2 svar, de 6 trin"),
    ("dag=2026-12-01", "dag: 1. december 2026"),
    ("call=3 caller=1 note=1", "3 opkald; 1 person; 1 note"),
    ("tømt_call=2", "tømt: 2 opkald"),
    ("something=else", "something=else"),  # unknown: shown as stored, nothing hidden
    ("", ""),
])
def test_summaries_in_words(summary: str, expected: str) -> None:
    assert describe_summary(summary) == expected


def test_real_entries_read_in_danish_in_the_revisionslog(database) -> None:
    ended = end_call(start_call("23394977"), CallForm(phone="23394977", name="Karen Holm",
                                                      street="Åbyvej 1", postcode="8230"),
                     "call_back", callback_due=TODAY, today=TODAY)
    caller_id = ended.caller_id
    ensure_checklist(caller_id, by="Mette")
    save_step(caller_id, BloodThinners(True, "Marevan"), by="Mette", today=TODAY)
    set_step_status(caller_id, "companion", StepStatus.DONE, by="Mette")
    log_sent_sheet(caller_id, ended.call_id, ["faq:bestil-tid", "steps"], "email", "Mette",
                   b"%PDF-1.4 test")
    lines = audit_lines(audit_ids())
    details = [line.details for line in lines]
    assert "trin: Blodfortyndende; felter: tager, hvilket" in details
    filled = next(line for line in lines if line.action == "Tjekliste udfyldt")
    assert filled.about.startswith(f"Karen Holm (person nr. {caller_id}) · Tjekliste nr. ")
    assert "trin: Pårørende kører hjem; status: klaret" in details
    assert any(d.startswith("udfald: ring tilbage; varighed: ") for d in details)
    assert any(d.startswith("måde: e-mail; opkald: nr. ") and d.endswith("1 svar, de 6 trin")
               for d in details)
    erase_person(caller_id, by="Lise")
    details = [line.details for line in audit_lines(audit_ids())]
    assert all(not CODE.search(d) for d in details), details
    erased = audit_lines(audit_ids())[0]
    assert erased.action == "Person slettet" and "1 person" in erased.details


def test_the_revisionslog_table_shows_the_words(qtbot, database) -> None:
    from PySide6.QtCore import Qt

    from ui.models.audit_model import AuditTableModel

    ended = end_call(start_call("23394977"), CallForm(phone="23394977", name="Karen Holm"),
                     "call_back", callback_due=TODAY, today=TODAY)
    model = AuditTableModel(audit_lines)
    model.set_ids(audit_ids())
    shown = [model.data(model.index(row, AuditTableModel.SUMMARY), Qt.ItemDataRole.DisplayRole)
             for row in range(model.rowCount())]
    assert any(text.startswith("udfald: ring tilbage") for text in shown), shown
    assert not any("call_back" in text for text in shown)
    assert ended.caller_id


def test_the_lower_case_words_match_the_vocabularies() -> None:
    """The marked lower-case words and row counts say what the labels and TABLE_WORDS say."""
    from reception.checklist.vocabulary import STATUS_LABELS
    from reception.errors import Text
    from reception.privacy.audit_words import OUTCOME_WORDS, TABLE_COUNTS, describe_parts
    from reception.words import count_of

    assert OUTCOME_WORDS == {k: label[:1].lower() + label[1:] for k, label in OUTCOMES.items()}
    assert STATUS_WORDS == {s.value: label.lower() for s, label in STATUS_LABELS.items()}
    assert HOW_WORDS == {how: label.lower() for how, label in HOWS.items()}
    assert TABLE_COUNTS.keys() == TABLE_WORDS.keys()
    for table, (one, more) in TABLE_WORDS.items():
        for n in (1, 2, 1234):
            assert describe_word(f"{table}={n}") == count_of(n, one, more)
    summary = "udfald=booked,call_back indhold=condition:a,faq:b,steps dag=2026-11-22 x=y"
    parts = describe_parts(summary)
    assert all(isinstance(part, Text) for part in parts)
    assert "; ".join(parts) == describe_summary(summary) == (
        "udfald: konsultation booket, ring tilbage; indhold: 1 emne, 1 svar, de 6 trin; "
        "dag: 22. november 2026; x=y")
