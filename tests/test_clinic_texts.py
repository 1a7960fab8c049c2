"""The clinic's own texts in the database: overlay, validation, history, conflicts (issue 17)."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from peewee import Database

from reception.content import clinic_texts as texts
from reception.content.changes import listen
from reception.content.clinic_texts import Proposed, TextRejected
from reception.content.loader import ContentFiles, read_files
from reception.content.overlay import entry_of
from reception.search import KnowledgeIndex, documents_from_content
from reception.sheets.build import condition_points

pytestmark = pytest.mark.both_backends

PRICE = {
    "id": "pris-konsultation", "question": "Hvad koster en konsultation?",
    "answer": "En konsultation koster det, klinikken har skrevet her.",
    "topic": "Praktisk", "source": "Klinikken", "tags": ["pris", "betaling"],
    "synonyms": ["hvad skal jeg betale"],
}


@pytest.fixture
def shipped() -> ContentFiles:
    return read_files()


def _section(files: ContentFiles, key: str = "nakkesmerter/aarsager") -> dict:
    found = entry_of(files, "section", key)
    assert found is not None
    return found


def test_a_new_faq_entry_is_content_and_searchable(database: Database,
                                                    shipped: ContentFiles) -> None:
    heard: list[str] = []
    stop = listen(heard.append)
    try:
        texts.save(shipped, [Proposed("faq", PRICE["id"], PRICE)])
    finally:
        stop()
    assert heard == ["texts"]
    state = texts.state(shipped)
    assert not state.content.problems
    assert any(e.question == "Hvad koster en konsultation?" for e in state.content.faq)
    index = KnowledgeIndex(documents_from_content(state.content))
    for query in ("pris", "koster"):
        assert index.search(query)[0].key == "faq:pris-konsultation", query
    change = texts.history("faq", PRICE["id"])[0]
    assert change.before is None and change.status == "approved" and change.desk


def test_nothing_the_loader_would_reject_is_saved(database: Database,
                                                   shipped: ContentFiles) -> None:
    empty_answer = {**PRICE, "answer": "  "}
    with pytest.raises(TextRejected) as caught:
        texts.save(shipped, [Proposed("faq", PRICE["id"], empty_answer)])
    assert "answer" in caught.value.fields
    taken = {**PRICE, "id": "bestil-tid"}  # an id the shipped faq has: the same entry, fine
    texts.save(shipped, [Proposed("faq", "bestil-tid", taken)])
    section = _section(shipped)
    section["talking_points"] = []
    with pytest.raises(TextRejected) as caught:
        texts.save(shipped, [Proposed("section", "nakkesmerter/aarsager", section)])
    assert "talking_points" in caught.value.fields
    new_condition = {"title": "Knæsmerter", "source": "Klinikken", "summary": ["Et punkt."]}
    with pytest.raises(TextRejected):  # a condition needs a section, as a file does
        texts.save(shipped, [Proposed("condition", "knaesmerter", new_condition)])
    assert [c.kind for c in texts.read_changes()] == ["faq"]


def test_a_new_condition_with_a_section(database: Database, shipped: ContentFiles) -> None:
    texts.save(shipped, [
        Proposed("condition", "knaesmerter",
                 {"title": "Knæsmerter", "source": "Klinikken", "summary": ["Et punkt."]}),
        Proposed("section", "knaesmerter/hvad-er-det",
                 {"id": "hvad-er-det", "title": "Hvad er det?", "talking_points": ["Noget."],
                  "body": "Første afsnit.\n\n- et punkt\n- et andet"}),
    ])
    content = texts.state(shipped).content
    assert not content.problems
    knee = next(c for c in content.conditions if c.id == "knaesmerter")
    assert [s.id for s in knee.sections] == ["hvad-er-det"]


def test_a_corrected_section_history_and_bringing_back(database: Database,
                                                        shipped: ContentFiles) -> None:
    original = _section(shipped)
    changed = copy.deepcopy(original)
    changed["talking_points"][0] = "Stress er den største risiko for nakkesmerter."
    first = texts.save(shipped, [Proposed("section", "nakkesmerter/aarsager", changed)])[0]
    state = texts.state(shipped)
    points = condition_points(state.approved, ["nakkesmerter/aarsager"])[0].points
    assert points[0] == "Stress er den største risiko for nakkesmerter."
    assert state.approved.clinic and state.approved.clinic.revised == date.today()
    assert first.before == original

    texts.bring_back(shipped, first.id, before=True)
    back = texts.state(shipped).approved
    assert condition_points(back, ["nakkesmerter/aarsager"])[0].points[0] == \
        original["talking_points"][0]
    assert [c.note for c in texts.history("section", "nakkesmerter/aarsager")][0].startswith(
        "hentet frem")


def test_a_draft_waits_for_approval(database: Database, shipped: ContentFiles) -> None:
    texts.save(shipped, [Proposed("faq", PRICE["id"], PRICE)], draft=True)
    state = texts.state(shipped)
    assert state.content.drafts == {"faq:pris-konsultation"}
    assert all(e.id != PRICE["id"] for e in state.approved.faq)  # not on sheets yet
    hit = KnowledgeIndex(documents_from_content(state.content)).search("koster")[0]
    assert hit.title.startswith("Udkast")
    texts.approve(shipped, "faq", PRICE["id"])
    state = texts.state(shipped)
    assert not state.content.drafts and any(e.id == PRICE["id"] for e in state.approved.faq)


def test_an_update_of_a_text_the_clinic_changed_is_reported(
        database: Database, shipped: ContentFiles, tmp_path: Path) -> None:
    ours = _section(shipped)
    ours["talking_points"][0] = "Klinikkens egen sætning."
    texts.save(shipped, [Proposed("section", "nakkesmerter/aarsager", ours)])
    assert texts.state(shipped).conflicts == ()

    updated = copy.deepcopy(shipped)  # a program update changes the same shipped section
    section = next(s for s in updated.data["conditions/nakkesmerter.toml"]["sections"]
                   if s["id"] == "aarsager")
    section["talking_points"][0] = "Programmets nye sætning."
    state = texts.state(updated)
    [conflict] = state.conflicts
    assert conflict.key == "nakkesmerter/aarsager"
    assert conflict.clinic["talking_points"][0] == "Klinikkens egen sætning."
    assert conflict.shipped and conflict.shipped["talking_points"][0] == \
        "Programmets nye sætning."
    shown = condition_points(state.approved, ["nakkesmerter/aarsager"])[0].points[0]
    assert shown == "Klinikkens egen sætning."  # the clinic's text still wins

    texts.take_shipped(updated, conflict)
    state = texts.state(updated)
    assert state.conflicts == ()
    assert condition_points(state.approved, ["nakkesmerter/aarsager"])[0].points[0] == \
        "Programmets nye sætning."
    kept = [c.data for c in texts.history("section", "nakkesmerter/aarsager") if c.data]
    assert kept[0]["talking_points"][0] == "Klinikkens egen sætning."  # not lost


def test_keeping_ours_settles_the_conflict(database: Database, shipped: ContentFiles) -> None:
    ours = {**entry_of(shipped, "faq", "bestil-tid"), "answer": "Ring til os."}
    texts.save(shipped, [Proposed("faq", "bestil-tid", ours)])
    updated = copy.deepcopy(shipped)
    updated.data["faq.toml"]["entries"][-1]["answer"] = "Noget helt andet."
    for entry in updated.data["faq.toml"]["entries"]:
        if entry["id"] == "bestil-tid":
            entry["answer"] = "Programmets nye svar."
    [conflict] = texts.state(updated).conflicts
    texts.keep_ours(updated, conflict)
    state = texts.state(updated)
    assert state.conflicts == ()
    assert next(e for e in state.approved.faq if e.id == "bestil-tid").answer == "Ring til os."


def test_an_update_that_removes_a_text_the_clinic_changed(database: Database,
                                                          shipped: ContentFiles) -> None:
    ours = {**entry_of(shipped, "faq", "bestil-tid"), "answer": "Ring til os."}
    texts.save(shipped, [Proposed("faq", "bestil-tid", ours)])
    updated = copy.deepcopy(shipped)
    entries = updated.data["faq.toml"]["entries"]
    updated.data["faq.toml"]["entries"] = [e for e in entries if e["id"] != "bestil-tid"]
    state = texts.state(updated)
    [conflict] = state.conflicts
    assert conflict.shipped is None and conflict.clinic["answer"] == "Ring til os."
    assert next(e for e in state.approved.faq if e.id == "bestil-tid").answer == "Ring til os."


def test_the_clinic_facts_are_checked_like_the_file(database: Database,
                                                    shipped: ContentFiles) -> None:
    facts = entry_of(shipped, "clinic", "clinic")
    assert facts is not None and "revised" not in facts
    with pytest.raises(TextRejected) as caught:
        texts.save(shipped, [Proposed("clinic", "clinic", {**facts, "phone": "23 39 49 77"})])
    assert "+45" in str(caught.value)
    texts.save(shipped, [Proposed("clinic", "clinic", {**facts, "doctor": "Læge A. Andersen"})])
    clinic = texts.state(shipped).approved.clinic
    assert clinic is not None and clinic.doctor == "Læge A. Andersen"
    assert clinic.revised == date.today()


def test_a_saved_text_reaches_the_other_desks(database: Database,
                                              shipped: ContentFiles) -> None:
    """On the clinic's server a save is sent to the other desks as a "texts" change."""
    import json

    from reception import changes
    from reception.store.door import is_postgres

    if not is_postgres(database):
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    import psycopg

    listener = psycopg.connect(database.database, **database.connect_params, autocommit=True)
    try:
        listener.execute(f"LISTEN {changes.CHANNEL}")
        texts.save(shipped, [Proposed("faq", PRICE["id"], PRICE)])
        received = [json.loads(n.payload) for n in listener.notifies(timeout=2, stop_after=1)]
    finally:
        listener.close()
    assert [data["kind"] for data in received] == ["texts"]
