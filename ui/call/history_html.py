"""A caller's history as HTML for the side panel: badge, contact, calls, notes, sent, callbacks."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from reception.calls import PAIN_AREAS, CallerHistory
from reception.calls.vocabulary import labels
from reception.sheets import HOWS
from reception.sheets.pending import NOT_NEEDED
from ui.translations import tr

SENT_HOWS = {**HOWS, NOT_NEEDED: QT_TRANSLATE_NOOP("", "ikke sendt")}

MAX_NOTE_CHARS = 400  # the full text is in the call; the overview stays readable


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M") if moment else ""


def _how(how: str) -> str:
    """How a sheet went (the core's word), or »ikke sendt« in the UI's language."""
    return tr(SENT_HOWS[how]) if how == NOT_NEEDED else SENT_HOWS.get(how, how)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return _esc(text if len(text) <= MAX_NOTE_CHARS else text[:MAX_NOTE_CHARS] + " …")


def note_view(caller_id: int, by: str) -> None:
    """Audit that ``by`` saw this person's details (at most once per few minutes)."""
    from reception.calls import StorageUnavailable
    from reception.privacy import record_view

    try:
        record_view(caller_id, by)
    except StorageUnavailable:
        pass  # the view itself worked; a busy database must not hide the person


def history_html(history: CallerHistory) -> str:
    c = history.caller
    name = c.name or tr("(uden navn)")
    parts = [
        f"<h3 style='margin-bottom:0'>{_esc(name)}</h3>",
        f"<p style='margin-top:2px'><span style='background:#f6e7b8; padding:2px'>"
        f"{_esc(history.badge)}</span></p>",
    ]
    contact = [p.display for p in c.phones] + [c.email]
    address = ", ".join(x for x in (c.street, f"{c.postcode} {c.town}".strip()) if x)
    parts.append("<p>" + "<br>".join(_esc(x) for x in [*contact, address] if x) + "</p>")
    if c.pain_areas:
        areas = _esc(", ".join(labels(c.pain_areas, PAIN_AREAS)))
        parts.append("<p>" + tr("<b>Smerter:</b> {areas}").format(areas=areas) + "</p>")
    if history.open_callbacks:
        items = "".join(
            f"<li><b>{cb.due:%d.%m.%Y}</b> {_esc(cb.reason)}"
            + (" <span style='color:#a11'>" + tr("forfalden") + "</span>"
               if cb.days_overdue else "")
            + (" " + tr("({n} forsøg)").format(n=cb.attempts) if cb.attempts else "") + "</li>"
            for cb in history.open_callbacks
        )
        parts.append("<p><b>" + tr("Tilbageringninger") + f"</b></p><ul>{items}</ul>")
    if history.calls:
        rows = "".join(
            f"<li><b>{local_time(call.started_at)}</b> · {_esc(call.outcome_label or '–')}"
            + (f" · {_esc(call.taken_by)}" if call.taken_by else "")
            + (f"<br>{_short(call.notes)}" if call.notes.strip() else "")
            + ("<br><i>" + tr("Aftalt: {what}").format(what=_esc(call.follow_up)) + "</i>"
               if call.follow_up else "")
            + "</li>"
            for call in history.calls[:20]
        )
        more = history.call_count - min(len(history.calls), 20)
        tail = ("<p style='color:#777'>" + tr("… og {n} tidligere opkald").format(n=more)
                + "</p>") if more > 0 else ""
        title = tr("Tidligere opkald ({n})").format(n=history.call_count)
        parts.append(f"<p><b>{title}</b></p><ul>{rows}</ul>{tail}")
    if history.notes:
        rows = "".join(
            f"<li>{local_time(n.created_at)}: {_short(n.text)}</li>" for n in history.notes[:20]
        )
        parts.append("<p><b>" + tr("Noter") + f"</b></p><ul>{rows}</ul>")
    if history.sent_items:
        rows = "".join(
            f"<li>{local_time(s.sent_at)}: {_esc(s.what)} "
            f"({_esc(_how(s.how))})</li>"
            for s in history.sent_items[:20]
        )
        parts.append("<p><b>" + tr("Sendt") + f"</b></p><ul>{rows}</ul>")
    return "\n".join(parts)
