"""From the content model to search documents: one per FAQ entry, section and step."""

from __future__ import annotations

from reception.content.model import (
    Condition,
    Content,
    FaqEntry,
    Figure,
    Section,
    TreatmentStep,
)
from reception.search import KnowledgeIndex, SynonymTable, documents_from_content

CONTENT = Content(
    conditions=(
        Condition(
            id="nakkesmerter",
            title="Nakkesmerter",
            source="Nakkesmerter",
            summary=("Kroniske nakkesmerter kan behandles.",),
            keywords=("nakke",),
            sections=(
                Section(
                    id="hvad-er-det",
                    title="Hvad er kroniske nakkesmerter?",
                    talking_points=("Smerter i mindst 6 måneder.", "Gode og dårlige dage."),
                    body="Smerterne kan stråle ud i armene.",
                    keywords=("cervicobrachialgi",),
                ),
                Section(
                    id="noegletal",
                    title="Nøgletal",
                    talking_points=("Nakkesmerter er meget almindelige.",),
                    figures=(Figure("13 %", "har nakkesmerter lige nu", "Nakkesmerter"),),
                ),
            ),
        ),
    ),
    faq=(
        FaqEntry(
            id="koere-bil",
            question="Må jeg køre bil efter behandlingen?",
            answer="Nej, ikke de første timer.",
            detail="Lokalbedøvelsen kan gøre dig sløv.",
            topic="Behandlingen",
            source="Kroniske smerter",
            tags=("bil",),
            synonyms=("kan jeg selv køre hjem",),
        ),
    ),
    steps=(
        TreatmentStep(
            number=6,
            id="companion",
            title="Tag en pårørende med",
            short="Tag en pårørende med, som kan køre dig hjem.",
            detail="Bedøvelsen kan gøre dig døsig.",
            keywords=("ledsager",),
        ),
    ),
)


def test_one_document_per_entry_section_and_step() -> None:
    docs = {doc.key: doc for doc in documents_from_content(CONTENT)}
    assert set(docs) == {
        "faq:koere-bil",
        "condition:nakkesmerter/hvad-er-det",
        "condition:nakkesmerter/noegletal",
        "step:companion",
    }
    faq = docs["faq:koere-bil"]
    assert faq.title == "Må jeg køre bil efter behandlingen?"
    assert faq.text == "Nej, ikke de første timer.\n\nLokalbedøvelsen kan gøre dig sløv."
    assert faq.keywords == ("bil", "kan jeg selv køre hjem")

    section = docs["condition:nakkesmerter/hvad-er-det"]
    assert section.title == "Nakkesmerter – Hvad er kroniske nakkesmerter?"
    assert section.text.startswith("- Smerter i mindst 6 måneder.\n- Gode og dårlige dage.")
    assert section.text.endswith("Smerterne kan stråle ud i armene.")
    assert section.keywords == ("cervicobrachialgi", "nakke")
    assert "13 %: har nakkesmerter lige nu" in docs["condition:nakkesmerter/noegletal"].text

    step = docs["step:companion"]
    assert step.title == "Trin 6: Tag en pårørende med"
    assert (
        step.text
        == "Tag en pårørende med, som kan køre dig hjem.\n\nBedøvelsen kan gøre dig døsig."
    )


def test_keywords_are_searchable_and_rank_above_text() -> None:
    index = KnowledgeIndex(documents_from_content(CONTENT), SynonymTable())
    assert [h.key for h in index.search("ledsager")] == ["step:companion"]
    assert index.search("cervicobrachialgi")[0].key == "condition:nakkesmerter/hvad-er-det"


def test_empty_content_gives_no_documents() -> None:
    assert documents_from_content(Content()) == []
