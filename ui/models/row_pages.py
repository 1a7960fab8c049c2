"""Rows of a long list of ids, read a page at a time, keeping the most recently used pages.

The callers register and the audit log both show up to hundreds of thousands of
rows: the ids come up front (cheap), the rows only for the pages on screen.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

PAGE_SIZE = 256


class RowPages(Generic[T]):
    """``get(row)`` reads the row's page through ``fetch(ids) -> {id: row}`` on first use.

    An empty answer (the database was busy) is not kept, so the next look asks again.
    """

    def __init__(self, fetch: Callable[[list[int]], dict[int, T]], *,
                 page_size: int = PAGE_SIZE, max_pages: int = 64) -> None:
        self._fetch = fetch
        self.page_size = page_size
        self.max_pages = max_pages
        self.ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, T]] = OrderedDict()

    def reset(self, ids: list[int]) -> None:
        self.ids = list(ids)
        self._pages.clear()

    def extend(self, ids: list[int]) -> None:
        """More ids at the end; the last page, read while it was short, is read again."""
        if self.ids:
            self._pages.pop((len(self.ids) - 1) // self.page_size, None)
        self.ids.extend(ids)

    def get(self, row: int) -> T | None:
        if not 0 <= row < len(self.ids):
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            start = number * self.page_size
            page = self._fetch(self.ids[start:start + self.page_size])
            if page:
                self._pages[number] = page
                if len(self._pages) > self.max_pages:
                    self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self.ids[row])
