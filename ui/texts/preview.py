"""A text as the reader and the information sheet will show it, built from the very
content the app would have after saving (so the preview cannot differ from the result)."""

from __future__ import annotations

import html

from reception.content.markup import BulletList, parse_blocks
from reception.content.model import Content
from reception.content.pages import page_for_key
from ui.knowledge.reader_html import page_html
from ui.translations import tr


def reader_preview(content: Content, key: str) -> str:
    """The reader's HTML for ``key`` in ``content`` ("" when there is no such page)."""
    if key == "clinic":
        return clinic_html(content)
    page = page_for_key(content, key)
    return page_html(page) if page is not None else ""


def clinic_html(content: Content) -> str:
    clinic = content.clinic
    if clinic is None:
        return ""
    claims = "".join(f"<li>{_esc(c)}</li>" for c in clinic.claims)
    return (f"<h2>{_esc(clinic.name)}</h2><p>{_esc(clinic.doctor)} · {_esc(clinic.phone)}</p>"
            f"<p>{_esc(clinic.approval)}</p><ul>{claims}</ul>")


def sheet_preview(content: Content, key: str) -> str:
    """What the information sheet prints of ``key``: a condition's or section's talking
    points, an answer, a step's sentence; "" for what no sheet prints."""
    from reception.sheets.build import condition_points, faq_answers, step_lines

    kind, _, ident = key.partition(":")
    parts: list[str] = []
    if kind == "condition":
        for found in condition_points(content, [ident]):
            items = "".join(f"<li>{_esc(p)}</li>" for p in found.points)
            parts.append(f"<p><b>{_esc(found.title)}</b></p><ul>{items}</ul>")
    elif kind == "faq":
        for answer in faq_answers(content, [ident]):
            parts.append(f"<p><b>{_esc(answer.question)}</b></p>{_blocks(answer.answer)}")
    elif kind == "step":
        for line in step_lines(content):
            if line.step_id == ident:
                parts.append(f"<p><b>{line.number}. {_esc(line.title)}</b> {_esc(line.short)}</p>")
    if not parts:
        return ""
    return ("<div style='font-family:serif'>" + "".join(parts) + "</div>"
            + "<p style='color:#777'>" + _esc(tr("Sådan står det på informationsarket.")) + "</p>")


def _blocks(text: str) -> str:
    out = []
    for block in parse_blocks(text):
        if isinstance(block, BulletList):
            out.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in block.items) + "</ul>")
        else:
            out.append(f"<p>{_esc(block.text)}</p>")
    return "".join(out)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def sheet_pdf(content: Content, key: str) -> bytes:
    """A sample information sheet holding ``key`` (a letter to »Eksempel«, or the plain sheet
    for the steps and the clinic facts), rendered as the real sheet is."""
    from datetime import date

    from reception.sheets import letterhead_from_clinic, personal_sheet, plain_sheet, render_sheet
    from reception.sheets.build import step_lines
    from reception.sheets.model import Recipient

    letterhead = letterhead_from_clinic(content.clinic)
    kind, _, ident = key.partition(":")
    if kind in ("condition", "faq"):
        data = personal_sheet(
            content, letterhead, Recipient(tr("Eksempel"), "", "", ""),
            [ident] if kind == "condition" else [], [ident] if kind == "faq" else [],
            [], "", date.today())
    elif kind == "step":
        data = personal_sheet(content, letterhead, Recipient(tr("Eksempel"), "", "", ""),
                              [], [], step_lines(content), "", date.today())
    else:
        data = plain_sheet(content, letterhead, date.today())
    return render_sheet(data)
