"""List model over search hits; testable without a view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)

from ui.item_roles import DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from reception.search import SearchHit

KIND_LABELS = {
    "faq": QT_TRANSLATE_NOOP("SearchResultsModel", "Spørgsmål"),
    "condition": QT_TRANSLATE_NOOP("SearchResultsModel", "Sygdom"),
    "step": QT_TRANSLATE_NOOP("SearchResultsModel", "Før behandling"),
}


def kind_label(kind: str) -> str:
    """»Spørgsmål«, »Sygdom« … for a hit's kind, in the UI's language."""
    return QCoreApplication.translate("SearchResultsModel", KIND_LABELS.get(kind, kind))

KeyRole = USER_ROLE + 1
SnippetRole = USER_ROLE + 2
KindRole = USER_ROLE + 3

AnyIndex = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == DISPLAY_ROLE:
            return hit.title
        if role == TOOLTIP_ROLE:
            return f"{kind_label(hit.kind)}: {hit.title}"
        if role == KeyRole:
            return hit.key
        if role == SnippetRole:
            return hit.snippet
        if role == KindRole:
            return kind_label(hit.kind)
        return None
