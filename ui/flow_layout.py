"""A layout that lines its items up left to right and wraps them onto the next line.

Rows of toggle buttons, a pair of check boxes, "Hvor længe" beside "eller siden":
side by side on a wide screen, below each other on a 1366×768 laptop, never a
horizontal scrollbar. Its height follows its width (``heightForWidth``), which
QBoxLayout, QFormLayout and a resizable QScrollArea all respect.

Built after Qt's own Flow Layout example, with one change: the items of a line may
be stretched to fill it (``justify``), so toggle buttons keep the look of a grid.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 4,
                 line_spacing: int = 4, justify: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._justify = justify
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    # --- the QLayout protocol ---------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All items on one line: what the layout would like."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self.spacing() * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """One item per line: as narrow as the widest item."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing -----------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items (or only measure, ``move=False``); returns the height used."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        spacing = self.spacing()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and used + spacing + width > area.width():
                lines.append([])
                used = 0
            used += (spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        extra: int | None = None  # what each item of the line before grew by
        for line in (line for line in lines if line):
            height = max(item.sizeHint().height() for item in line)
            if move:
                extra = self._place_line(line, area, y, height, extra)
            y += height + self._line_spacing
        if y > area.y():
            y -= self._line_spacing
        return y - rect.y() + margins.bottom()

    def _place_line(self, line: list[QLayoutItem], area: QRect, y: int, height: int,
                    extra_before: int | None) -> int:
        """Place one line; returns what each growing item grew by. A short last line
        grows its items no more than the full line above did (a grid, not giants)."""
        widths = [min(item.sizeHint().width(), area.width()) for item in line]
        spare = area.width() - sum(widths) - self.spacing() * (len(line) - 1)
        growing = [i for i, item in enumerate(line) if _grows(item)]
        extra = 0
        if self._justify and spare > 0 and growing:
            extra = spare // len(growing)
            if extra_before is not None:
                extra = min(extra, extra_before)
            for i in growing:
                widths[i] += extra
        x = area.x()
        for item, width in zip(line, widths, strict=True):
            item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self.spacing()
        return extra


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return True
    policy = widget.sizePolicy().horizontalPolicy().value
    return bool(policy & QSizePolicy.PolicyFlag.GrowFlag.value)
