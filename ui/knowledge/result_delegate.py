"""Paints a search hit as: kind label · bold title, then the snippet with matches in bold.

Every row has the same height (the list is set to uniform item sizes), so the view
asks for one size hint instead of laying out every hit's rich text on every
keystroke; a row shows as many whole lines as fit and the excerpt's "…" says there
is more. A row is two ``QTextLayout`` paragraphs with bold and colour ranges rather
than an HTML ``QTextDocument``: no HTML to parse, and only the lines that fit are
laid out (a narrow results column wraps a 160-character excerpt into ten lines, of
which four show). Layouts are built only for rows that are painted, and each row is
kept as a picture: while the receptionist types a word, the same hits with the same
excerpt stay in view for several keys (about two paints in three), and copying a
picture costs a fraction of drawing the text again.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from functools import cache

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.knowledge.results_model import SearchResultsModel, kind_label

PADDING = 6
LINES = 6  # per row: the title's line or two, then the excerpt
KEPT_ROWS = 16  # rows, each with its picture (~90 kB at 210 px)
MAX_PICTURE = 250_000  # device pixels (1 MB): a larger row is drawn, not kept
KIND_COLOUR = "#8a6d1d"
SNIPPET_COLOUR = "#444444"
SEPARATOR = " · "

_BASE = QPalette.ColorRole.Base  # the list's background, under an unselected row
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHT = QPalette.ColorRole.Highlight
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText

RowKey = tuple[str, str, str, int, int, str]  # hit key, title, snippet, width, height, font


class _Row:
    """A hit's two paragraphs laid out for one width (as many whole lines as fit), and
    the row last drawn from them: a hit that stays in view while the receptionist types
    on is copied, not drawn again."""

    __slots__ = ("_picture", "_picture_key", "bottom", "layouts")

    def __init__(self, layouts: list[QTextLayout], bottom: float) -> None:
        self.layouts = layouts
        self.bottom = bottom  # where the last whole line ends: nothing is drawn below
        self._picture: QPixmap | None = None
        self._picture_key: tuple[object, ...] = ()

    def draw(self, painter: QPainter) -> None:
        clip = QRectF(0, 0, 1e6, self.bottom)
        for layout in self.layouts:
            layout.draw(painter, QPointF(0, 0), [], clip)

    def picture(self, size: QSize, ratio: float, background: QColor, pen: QColor) -> QPixmap:
        """The whole row on its background, drawn once per look."""
        key = (size.width(), size.height(), ratio, background.rgba(), pen.rgba())
        if self._picture is None or self._picture_key != key:
            picture = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(background)
            painter = QPainter(picture)
            painter.setPen(pen)
            painter.translate(PADDING, PADDING)
            self.draw(painter)
            painter.end()
            self._picture, self._picture_key = picture, key
        return self._picture


class SearchHitDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: OrderedDict[RowKey, _Row] = OrderedDict()
        self._formats: dict[str, tuple[QTextCharFormat, ...]] = {}

    def _row(self, option: QStyleOptionViewItem,
             index: QModelIndex | QPersistentModelIndex) -> _Row | None:
        width = max(50, option.rect.width() - 2 * PADDING)
        height = max(1, option.rect.height() - 2 * PADDING)
        model = index.model()
        hit = model.hit(index.row()) if isinstance(model, SearchResultsModel) else None
        if hit is None:
            return None
        snippet = hit.snippet  # cut now: this row is being painted
        font = option.font
        key = (hit.key, hit.title, snippet, width, height, font.key())
        row = self._rows.get(key)
        if row is not None:
            self._rows.move_to_end(key)
            return row
        kind, bold, snippet_format, snippet_bold = self._formats_for(font)
        label = kind_label(hit.kind)
        head = label + SEPARATOR + hit.title
        head_ranges = [(0, _units(label), kind),
                       (_units(label + SEPARATOR), _units(hit.title), bold)]
        text, marked = unmark(snippet)
        body_ranges = [(0, _units(text), snippet_format)]
        body_ranges += [(start, length, snippet_bold) for start, length in marked]
        layouts: list[QTextLayout] = []
        y = 0.0
        for paragraph, ranges in ((head, head_ranges), (text, body_ranges)):
            if not paragraph:
                continue
            layout, y, full = _lay_out(paragraph, font, ranges, width, y, height)
            layouts.append(layout)
            if full:
                break
        row = self._rows[key] = _Row(layouts, y)
        if len(self._rows) > KEPT_ROWS:
            self._rows.popitem(last=False)
        return row

    def _formats_for(self, font: QFont) -> tuple[QTextCharFormat, ...]:
        """Kind label, bold title, excerpt and marked word: made once per font."""
        formats = self._formats.get(font.key())
        if formats is None:
            kind = QTextCharFormat()
            kind.setForeground(QColor(KIND_COLOUR))
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            body = QTextCharFormat()
            body.setForeground(QColor(SNIPPET_COLOUR))
            marked = QTextCharFormat(body)
            marked.setFontWeight(QFont.Weight.Bold)
            formats = self._formats[font.key()] = (kind, bold, body, marked)
        return formats

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The row's background by hand (the style's item drawing asks the model for a
        dozen roles), then its text."""
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        row = self._row(option, index) if not rect.isEmpty() else None
        if row is None:
            if selected:
                painter.fillRect(rect, option.palette.brush(QPalette.ColorRole.Highlight))
        else:
            palette = option.palette
            background = palette.color(_HIGHLIGHT if selected else _BASE)
            pen = palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT)
            ratio = painter.device().devicePixelRatioF()
            if rect.width() * rect.height() * ratio * ratio <= MAX_PICTURE:
                painter.drawPixmap(rect.topLeft(), row.picture(rect.size(), ratio, background, pen))
            else:  # a wide row on a high-density screen: not worth its memory
                painter.fillRect(rect, background)
                painter.save()
                painter.setPen(pen)
                painter.translate(rect.left() + PADDING, rect.top() + PADDING)
                row.draw(painter)
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


def unmark(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """The plain text of an escaped excerpt with ``<b>`` marks, and the marked
    (start, length) ranges in UTF-16 units, as Qt counts."""
    pieces = snippet.split("<b>")
    text = html.unescape(pieces[0])
    parts = [text]
    at = _units(text)
    marked: list[tuple[int, int]] = []
    for piece in pieces[1:]:
        bold, _, rest = piece.partition("</b>")
        bold, rest = html.unescape(bold), html.unescape(rest)
        marked.append((at, _units(bold)))
        parts += (bold, rest)
        at += _units(bold) + _units(rest)
    return "".join(parts), marked


def _units(text: str) -> int:
    """Length in UTF-16 code units (a character outside the BMP counts two)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _lay_out(text: str, font: QFont, ranges: list[tuple[int, int, QTextCharFormat]],
             width: float, top: float, bottom: float) -> tuple[QTextLayout, float, bool]:
    """``text`` wrapped to ``width`` from ``top``, as far as whole lines fit above
    ``bottom``; the new top, and whether the space is used up."""
    layout = QTextLayout(text, font)
    formats = []
    for start, length, char_format in ranges:
        piece = QTextLayout.FormatRange()
        piece.start, piece.length, piece.format = start, length, char_format
        formats.append(piece)
    layout.setFormats(formats)
    layout.setTextOption(_wrapping())
    layout.beginLayout()
    y, full = top, False
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if y + line.height() > bottom:  # does not fit whole: laid out but never drawn
            line.setPosition(QPointF(0, bottom + 1))
            full = True
            break
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, y, full


@cache
def _wrapping() -> QTextOption:
    """Wrap at words, or anywhere in a word longer than the column (made once: every
    PySide6 enum look-up costs microseconds)."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option
