"""Renders a content page as HTML for the reader: talking points first, detail below."""

from __future__ import annotations

import html

from reception.content.markup import BulletList, parse_blocks
from reception.content.pages import Page
from ui.messages import message_of
from ui.translations import tr


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def page_html(page: Page) -> str:
    parts = [
        f"<p style='color:#8a6d1d; margin-bottom:0'>{_esc(message_of(page.context))}</p>",
        f"<h2 style='margin-top:2px'>{_esc(message_of(page.title))}</h2>",
    ]
    if page.talking_points:
        items = "".join(f"<li>{_esc(p)}</li>" for p in page.talking_points)
        heading = tr("Kort fortalt")
        parts.append(
            "<table width='100%' cellpadding='8' style='background:#fdf6e3'><tr><td>"
            f"<b>{heading}</b><ul style='margin-top:4px'>{items}</ul></td></tr></table>"
        )
    for block in parse_blocks(page.body):
        if isinstance(block, BulletList):
            parts.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in block.items) + "</ul>")
        else:
            parts.append(f"<p>{_esc(block.text)}</p>")
    if page.figures:
        rows = "".join(
            f"<tr><td style='padding-right:12px'><b>{_esc(f.value)}</b></td>"
            f"<td>{_esc(f.meaning)} <span style='color:#777'>({_esc(f.source)})</span></td></tr>"
            for f in page.figures
        )
        heading = tr("Tal")
        parts.append(f"<h3>{heading}</h3><table cellspacing='0' cellpadding='3'>{rows}</table>")
    if page.source:
        source = tr("Kilde: klinikkens side »{page}«").format(page=_esc(page.source))
        parts.append(f"<p style='color:#777'>{source}</p>")
    return "\n".join(parts)
