"""Paints a search hit as: kind label · bold title, then the snippet with matches in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.knowledge.results_model import KindRole, SnippetRole

PADDING = 6


class SearchHitDelegate(QStyledItemDelegate):
    """Lays out each row once per (title, snippet, width): the view asks for size hints
    of every row on every keystroke, and HTML layout is the expensive part."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, str, int], QSize] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                  ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        kind = html.escape(str(index.data(KindRole) or ""))
        title = html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        snippet = str(index.data(SnippetRole) or "")
        doc.setHtml(
            f"<div><span style='color:#8a6d1d'>{kind}</span> · <b>{title}</b></div>"
            f"<div style='color:#444'>{snippet}</div>"
        )
        doc.setTextWidth(max(50, option.rect.width() - 2 * PADDING))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(opt.rect.left() + PADDING, opt.rect.top() + PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        context.clip = QRectF(0, 0, opt.rect.width() - 2 * PADDING, opt.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 360
        key = (str(index.data(Qt.ItemDataRole.DisplayRole)), str(index.data(SnippetRole)), width)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 4000:
                self._sizes.clear()
            opt = QStyleOptionViewItem(option)
            opt.rect.setWidth(width)
            doc = self._document(opt, index)
            size = self._sizes[key] = QSize(width, int(doc.size().height()) + 2 * PADDING)
        return size
