"""What the search engine sees of the clinic's content: one flat document per answer."""

from __future__ import annotations

from dataclasses import dataclass

from reception.content.model import Condition, Content, FaqEntry, Section, TreatmentStep


@dataclass(frozen=True)
class SearchDoc:
    kind: str  # "faq" | "condition" | "step"
    id: str  # faq: entry id; condition: "<condition-id>/<section-id>"; step: step id
    title: str
    text: str  # the whole readable text (tiny markup allowed)
    keywords: tuple[str, ...] = ()  # searchable, weighted above the text

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


def documents_from_content(content: Content) -> list[SearchDoc]:
    """One document per FAQ entry, per condition section and per treatment step.

    A text that waits for the doctor's approval (``content.drafts``) is titled
    "Udkast: …", so that nobody reads it to a caller as the clinic's answer.
    """
    docs = [_faq_doc(entry) for entry in content.faq]
    for condition in content.conditions:
        docs.extend(_section_doc(condition, section) for section in condition.sections)
    docs.extend(_step_doc(step) for step in content.steps)
    if content.drafts:
        docs = [_as_draft(doc, content.drafts) for doc in docs]
    return docs


DRAFT_PREFIX = "Udkast: "


def _as_draft(doc: SearchDoc, drafts: frozenset[str]) -> SearchDoc:
    condition_key = "condition:" + doc.id.partition("/")[0]
    if doc.key in drafts or (doc.kind == "condition" and condition_key in drafts):
        return SearchDoc(doc.kind, doc.id, DRAFT_PREFIX + doc.title, doc.text, doc.keywords)
    return doc


def _faq_doc(entry: FaqEntry) -> SearchDoc:
    text = _paragraphs(entry.answer, entry.detail)
    return SearchDoc("faq", entry.id, entry.question, text, _unique(entry.tags + entry.synonyms))


def _section_doc(condition: Condition, section: Section) -> SearchDoc:
    points = "\n".join(f"- {point}" for point in section.talking_points)
    figures = "\n".join(f"- {f.value}: {f.meaning}" for f in section.figures)
    return SearchDoc(
        "condition",
        f"{condition.id}/{section.id}",
        f"{condition.title} – {section.title}",
        _paragraphs(points, section.body, figures),
        _unique(section.keywords + condition.keywords),
    )


def _step_doc(step: TreatmentStep) -> SearchDoc:
    return SearchDoc(
        "step",
        step.id,
        f"Trin {step.number}: {step.title}",
        _paragraphs(step.short, step.detail),
        _unique(step.keywords),
    )


def _paragraphs(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p.strip())


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i.strip() for i in items if i.strip()))
