"""Paints a search hit as: kind label · bold title, then the snippet with matches in bold.

Every row has the same height (the list is set to uniform item sizes), so the view
asks for one size hint instead of laying out every hit's rich text on every
keystroke; a row shows as many lines as fit and the excerpt's "…" says there is
more. Documents are built only for rows that are painted, and kept for repaints.
"""

from __future__ import annotations

import html
from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.knowledge.results_model import SearchResultsModel, kind_label

PADDING = 6
LINES = 6  # per row: the title's line or two, then the excerpt
KEPT_DOCUMENTS = 64

DocKey = tuple[str, str, str, int]  # hit key, title, snippet, width


class SearchHitDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[DocKey, QTextDocument] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        width = max(50, option.rect.width() - 2 * PADDING)
        model = index.model()
        hit = model.hit(index.row()) if isinstance(model, SearchResultsModel) else None
        if hit is None:
            return QTextDocument()
        snippet = hit.snippet  # cut now: this row is being painted
        key = (hit.key, hit.title, snippet, width)
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        kind = html.escape(kind_label(hit.kind))
        doc.setHtml(
            f"<div><span style='color:#8a6d1d'>{kind}</span> · <b>{html.escape(hit.title)}</b>"
            f"</div><div style='color:#444'>{snippet}</div>"
        )
        doc.setTextWidth(width)
        doc.documentLayout()  # laid out once, here, not on every paint
        self._documents[key] = doc
        if len(self._documents) > KEPT_DOCUMENTS:
            self._documents.popitem(last=False)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The row's background by hand (the style's item drawing asks the model for a
        dozen roles), then its document."""
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, option.palette.brush(QPalette.ColorRole.Highlight))
        doc = self._document(option, index)
        painter.save()
        painter.translate(rect.left() + PADDING, rect.top() + PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        if selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        context.clip = QRectF(0, 0, rect.width() - 2 * PADDING, rect.height() - 2 * PADDING)
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The same for every row: ``LINES`` lines of the list's font."""
        width = option.rect.width() if option.rect.width() > 0 else 360
        return QSize(width, option.fontMetrics.lineSpacing() * LINES + 2 * PADDING)
