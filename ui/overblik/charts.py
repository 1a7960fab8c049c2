"""Every QtCharts import of the app lives here.

QtCharts is deprecated since Qt 6.10 (its successor, Qt Graphs, draws 2D charts
only from QML in 6.11), so the rest of ``ui`` asks this module for a bar chart
and never touches a QtCharts class: swapping the drawing means changing one file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

GOLD = QColor("#b8860b")
# Columns name at most this many bars under the axis (every 2nd, 3rd … bar): a name
# squeezed under each narrow bar would be cut to »…« on a laptop.
NAMES_AT_MOST = 6


class BarChart(QChartView):
    """Bars with a tooltip per bar: ``show(labels, values, tip)``; ``horizontal`` for
    long labels (pain areas, "hørt om klinikken"). Columns name every bar when they are
    few, else every n-th (hours 06, 09, 12 …; the hover names each bar)."""

    def __init__(self, title: str, horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.labels: list[str] = []
        self.values: list[int] = []
        self.tip: Callable[[str, int], str] = lambda label, value: f"{label}: {value}"
        self.last_tip = ""
        self.shown_names: list[str] = []  # the names under the columns
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(190)
        # a picture to look at: the numbers beside it are what Tab and a screen reader reach
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(title)
        self._build()

    def _build(self) -> None:
        """The series and axes, made once; ``show_bars`` changes their contents."""
        chart = self.chart()
        self.bar_set = QBarSet("")
        self.bar_set.setColor(GOLD)
        self.bar_set.hovered.connect(self._hovered)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(self.bar_set)
        series.setBarWidth(0.75)
        chart.addSeries(series)
        self.categories: QBarCategoryAxis | QCategoryAxis
        if self.horizontal:
            self.categories = QBarCategoryAxis()
        else:  # names on chosen bars only, centred under them
            self.categories = QCategoryAxis()
            self.categories.setLabelsPosition(
                QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.categories.setGridLineVisible(False)
        self.numbers = QValueAxis()
        self.numbers.setLabelsVisible(False)
        self.numbers.setGridLineVisible(False)
        self.numbers.setTickCount(2)
        if not self.horizontal:
            small = QFont(self.categories.labelsFont())
            small.setPointSizeF(max(6.5, small.pointSizeF() - 1.5))
            self.categories.setLabelsFont(small)
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        category_side, value_side = (left, bottom) if self.horizontal else (bottom, left)
        chart.addAxis(self.categories, category_side)
        chart.addAxis(self.numbers, value_side)
        series.attachAxis(self.categories)
        series.attachAxis(self.numbers)

    def show_bars(self, labels: list[str], values: list[int],
                  tip: Callable[[str, int], str] | None = None) -> None:
        self.labels, self.values = list(labels), list(values)
        if tip is not None:
            self.tip = tip
        if self.bar_set.count():
            self.bar_set.remove(0, self.bar_set.count())
        self.bar_set.append([float(v) for v in values])
        if isinstance(self.categories, QCategoryAxis):
            self._name_columns(self.categories, labels)
        else:
            self.categories.clear()
            self.categories.append(labels or [""])
        self.numbers.setRange(0, max(values or [0]) * 1.1 + 1)

    def _name_columns(self, axis: QCategoryAxis, labels: list[str]) -> None:
        """Every n-th bar named under it, at most ``NAMES_AT_MOST`` names."""
        for old in axis.categoriesLabels():
            axis.remove(old)
        axis.setRange(-0.5, max(len(labels), 1) - 0.5)
        step = -(-len(labels) // NAMES_AT_MOST) or 1
        shown: set[str] = set()
        for index in range(0, len(labels), step):
            name = labels[index]
            while name in shown:  # the axis keys its names: "1" of two months, made unique
                name += "\u200b"
            shown.add(name)
            axis.append(name, index)
        self.shown_names = [label.replace("\u200b", "") for label in axis.categoriesLabels()]

    def tip_for(self, index: int) -> str:
        return self.tip(self.labels[index], self.values[index])

    def _hovered(self, inside: bool, index: int) -> None:
        if inside and 0 <= index < len(self.values):
            self.last_tip = self.tip_for(index)
            QToolTip.showText(QCursor.pos(), self.last_tip, self)
        else:
            QToolTip.hideText()

