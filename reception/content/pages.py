"""What the reader shows for one search key ("faq:…", "condition:…/…", "step:…").

A page is plain data; the UI renders it to HTML, the PDF sheets to paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass

from reception.content.model import Content, Figure
from reception.errors import QT_TR_NOOP, Text


@dataclass(frozen=True)
class Page:
    key: str
    title: str
    context: str  # where it belongs, e.g. "Nakkesmerter" or "Spørgsmål og svar · Behandlingen"
    talking_points: tuple[str, ...]
    body: str  # tiny markup
    figures: tuple[Figure, ...] = ()
    source: str = ""


DRAFT_CONTEXT = QT_TR_NOOP("Udkast – venter på lægens godkendelse")


def page_for_key(content: Content, key: str) -> Page | None:
    """The page for ``key``; a text waiting for approval says so in its context line."""
    page = _page(content, key)
    if page is not None and content.drafts:
        condition = "condition:" + key.removeprefix("condition:").partition("/")[0]
        if key in content.drafts or condition in content.drafts:
            from dataclasses import replace

            page = replace(page, context=Text(QT_TR_NOOP("{draft} · {context}"),
                                              draft=Text(DRAFT_CONTEXT), context=page.context))
    return page


def _page(content: Content, key: str) -> Page | None:
    kind, _, ident = key.partition(":")
    if kind == "faq":
        for entry in content.faq:
            if entry.id == ident:
                body = "\n\n".join(t for t in (entry.answer, entry.detail) if t)
                return Page(key, entry.question,
                            Text(QT_TR_NOOP("Spørgsmål og svar · {topic}"), topic=entry.topic),
                            (), body, source=entry.source)
    elif kind == "condition":
        condition_id, _, section_id = ident.partition("/")
        for condition in content.conditions:
            if condition.id != condition_id:
                continue
            if not section_id:
                return Page(key, condition.title, Text(QT_TR_NOOP("Sygdomme")),
                            condition.summary, "", source=condition.source)
            for section in condition.sections:
                if section.id == section_id:
                    return Page(key, section.title, condition.title, section.talking_points,
                                section.body, section.figures, condition.source)
    elif kind == "step":
        for step in content.steps:
            if step.id == ident:
                return Page(key, Text(QT_TR_NOOP("Trin {number}: {title}"),
                                      number=step.number, title=step.title),
                            Text(QT_TR_NOOP("Før en guldbehandling")), (step.short,), step.detail)
    return None
