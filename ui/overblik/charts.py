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
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

GOLD = QColor("#b8860b")
MANY_BARS = 16


class BarChart(QChartView):
    """Bars with a tooltip per bar: ``show(labels, values, tip)``; ``horizontal`` for
    long labels (pain areas, "hørt om klinikken")."""

    def __init__(self, title: str, horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.labels: list[str] = []
        self.values: list[int] = []
        self.tip: Callable[[str, int], str] = lambda label, value: f"{label}: {value}"
        self.last_tip = ""
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
        self.categories = QBarCategoryAxis()
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
        self.categories.clear()
        self.categories.append(labels or [""])
        # under many narrow bars the labels would be "…": the title and the hover say it
        self.categories.setLabelsVisible(len(labels) <= MANY_BARS)
        self.numbers.setRange(0, max(values or [0]) * 1.1 + 1)

    def tip_for(self, index: int) -> str:
        return self.tip(self.labels[index], self.values[index])

    def _hovered(self, inside: bool, index: int) -> None:
        if inside and 0 <= index < len(self.values):
            self.last_tip = self.tip_for(index)
            QToolTip.showText(QCursor.pos(), self.last_tip, self)
        else:
            QToolTip.hideText()

