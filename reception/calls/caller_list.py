"""The callers register as a long list: ids first, details one page at a time.

A list of 100,000 callers must open and scroll at once, so the UI holds only the
ids (``caller_ids``) and asks for ``caller_page`` when rows come into view. All
100,000 ids by name still take tens of milliseconds to read, so the unsearched
register reads them in chunks (``caller_ids_after``): the first before it paints,
the rest after, each a short walk of the name index.
"""

from __future__ import annotations

from reception.calls.lookup import CallerSummary, matching_caller_ids, summaries
from reception.store import db
from reception.store.door import execute
from reception.store.errors import guarded
from reception.store.models import Caller

SEARCH_LIMIT = 500


@guarded
def caller_ids(query: str = "") -> list[int]:
    """All caller ids by name, or the ids matching ``query`` (best first, at most 500)."""
    if query.strip():
        return matching_caller_ids(query, limit=SEARCH_LIMIT)
    query = Caller.select(Caller.id).order_by(Caller.name, Caller.id)
    # The raw cursor: wrapping 100,000 rows in peewee tuples would triple the time.
    return [row[0] for row in db.execute(query)]


@guarded
def caller_ids_after(after: tuple[str, int] | None, limit: int) -> list[tuple[int, str]]:
    """The next ``limit`` callers by name (id, name), after the caller ``after`` = (name, id)
    or from the first; in the order of ``caller_ids()``."""
    if after is None:
        cursor = execute("SELECT id, name FROM caller ORDER BY name, id LIMIT ?", (limit,))
    else:
        cursor = execute("SELECT id, name FROM caller WHERE (name, id) > (?, ?) "
                         "ORDER BY name, id LIMIT ?", (*after, limit))
    return [(row[0], row[1]) for row in cursor]


@guarded
def caller_page(ids: list[int]) -> list[CallerSummary]:
    """Summaries for ``ids`` in that order (a page of the list)."""
    return summaries(ids, "name")


@guarded
def checklist_page(ids: list[int]) -> dict[int, int]:
    """Pre-treatment steps done (or not relevant) per caller of the page who has a checklist."""
    from reception.checklist import checklist_progress

    return checklist_progress(ids)
