"""A caller's history as HTML for the side panel: badge, contact, calls, notes, sent, callbacks."""

from __future__ import annotations

import html
from datetime import datetime

from reception.calls import OUTCOMES, PAIN_AREAS, CallerHistory
from reception.calls.outcomes import stored_outcomes
from reception.errors import QT_TR_NOOP
from reception.sheets import HOWS
from reception.sheets.pending import NOT_NEEDED
from ui.colours import ERROR
from ui.formats import date_text, date_time, number
from ui.messages import label, labels_of, message_of
from ui.translations import tr

SENT_HOWS = {**HOWS, NOT_NEEDED: QT_TR_NOOP("ikke sendt")}

MAX_NOTE_CHARS = 400  # the full text is in the call; the overview stays readable


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def local_time(moment: datetime | None) -> str:
    return date_time(moment)


def _how(how: str) -> str:
    """How a sheet went (the core's word), or »ikke sendt« in the UI's language."""
    return tr(SENT_HOWS[how]) if how == NOT_NEEDED else SENT_HOWS.get(how, how)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return _esc(text if len(text) <= MAX_NOTE_CHARS else text[:MAX_NOTE_CHARS] + " …")


def _outcomes(stored: str | None) -> str:
    """The call's outcomes in the UI's language: "Konsultation booket, Ring tilbage"."""
    return ", ".join(labels_of(stored_outcomes(stored), OUTCOMES))


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
        f"{_esc(message_of(history.badge))}</span></p>",
    ]
    contact = [p.display for p in c.phones] + [c.email]
    address = ", ".join(x for x in (c.street, f"{c.postcode} {c.town}".strip()) if x)
    parts.append("<p>" + "<br>".join(_esc(x) for x in [*contact, address] if x) + "</p>")
    if c.pain_areas:
        areas = ", ".join(labels_of(c.pain_areas, PAIN_AREAS))
        heading = tr("Smerter:")
        parts.append(f"<p><b>{heading}</b> {_esc(areas)}</p>")
    if history.open_callbacks:
        overdue = tr("forfalden")
        items = "".join(
            f"<li><b>{date_text(cb.due)}</b> {_esc(cb.reason)}"
            + (f" <span style='color:{ERROR}'>{overdue}</span>" if cb.days_overdue else "")
            + (" (" + tr("{n} forsøg", "", cb.attempts).format(n=number(cb.attempts)) + ")"
               if cb.attempts else "")
            + "</li>"
            for cb in history.open_callbacks
        )
        heading = tr("Tilbageringninger")
        parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
    if history.calls:
        agreed = tr("Aftalt:")
        rows = "".join(
            f"<li><b>{local_time(call.started_at)}</b> · {_esc(_outcomes(call.outcome) or '–')}"
            + (f" · {_esc(call.taken_by)}" if call.taken_by else "")
            + (f"<br>{_short(call.notes)}" if call.notes.strip() else "")
            + (f"<br><i>{agreed} {_esc(call.follow_up)}</i>" if call.follow_up else "")
            + "</li>"
            for call in history.calls[:20]
        )
        more = history.call_count - min(len(history.calls), 20)
        earlier = tr("… og {n} tidligere opkald", "", more).format(n=number(more))
        tail = f"<p style='color:#777'>{earlier}</p>" if more > 0 else ""
        heading = tr("Tidligere opkald ({n})").format(n=history.call_count)
        parts.append(f"<p><b>{heading}</b></p><ul>{rows}</ul>{tail}")
    if history.notes:
        rows = "".join(
            f"<li>{local_time(n.created_at)}: {_short(n.text)}</li>" for n in history.notes[:20]
        )
        heading = tr("Noter")
        parts.append(f"<p><b>{heading}</b></p><ul>{rows}</ul>")
    if history.sent_items:
        rows = "".join(
            f"<li>{local_time(s.sent_at)}: {_esc(s.what)} "
            f"({_esc(label(SENT_HOWS, s.how))})</li>"
            for s in history.sent_items[:20]
        )
        heading = tr("Sendt")
        parts.append(f"<p><b>{heading}</b></p><ul>{rows}</ul>")
    return "\n".join(parts)
