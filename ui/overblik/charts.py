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
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

GOLD = QColor("#b8860b")


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

    def show_bars(self, labels: list[str], values: list[int],
                  tip: Callable[[str, int], str] | None = None) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.labels, self.values = list(labels), list(values)
        if tip is not None:
            self.tip = tip
        bars = QBarSet("")
        bars.setColor(GOLD)
        bars.append([float(v) for v in values])
        bars.hovered.connect(self._hovered)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bars)
        series.setBarWidth(0.75)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels or [""])
        numbers = QValueAxis()
        numbers.setRange(0, max(values or [0]) * 1.1 + 1)
        numbers.setLabelFormat("%d")
        numbers.setTickCount(3)
        numbers.setLabelsVisible(False)
        numbers.setGridLineVisible(False)
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        category_side, value_side = (left, bottom) if self.horizontal else (bottom, left)
        chart.addAxis(categories, category_side)
        chart.addAxis(numbers, value_side)
        series.attachAxis(categories)
        series.attachAxis(numbers)
        self.bar_set = bars  # kept for tests

    def tip_for(self, index: int) -> str:
        return self.tip(self.labels[index], self.values[index])

    def _hovered(self, inside: bool, index: int) -> None:
        if inside and 0 <= index < len(self.values):
            self.last_tip = self.tip_for(index)
            QToolTip.showText(QCursor.pos(), self.last_tip, self)
        else:
            QToolTip.hideText()
