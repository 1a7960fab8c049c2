"""»Overblik«: pick a period, see its calls, callers, callbacks and checklists as charts,
each with its numbers beside it (the numbers are what a screen reader and the PDF give too).

The figures come from ``reception.reports``; they are computed beside the window
(ui/background.py), as a year at a large clinic takes seconds.
"""

from __future__ import annotations

import html
import time
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reception.reports import Overview, Period, named_period, overview
from reception.reports.pdf_report import DAYS_AT_MOST, calls_over_time
from reception.reports.words import Row, Section, sections
from ui.background import run_beside_the_window
from ui.formats import date_text, day_month, decimal, long_date, month_short, number, short_day
from ui.messages import message_of
from ui.overblik.charts import BarChart


def _today() -> date:
    return date.today()


class OverblikScreen(QWidget):
    """The tab's content; ``refresh()`` recomputes the chosen period."""

    def __init__(self, parent: QWidget | None = None, today=_today) -> None:
        super().__init__(parent)
        self.setObjectName("overblik")
        self.today = today
        self.figures: Overview | None = None
        self.seconds = 0.0
        self.choice = QComboBox(self)
        self.choice.setObjectName("overblikPeriod")
        for code, label in (("this_week", self.tr("Denne uge")),
                            ("this_month", self.tr("Denne måned")),
                            ("last_month", self.tr("Sidste måned")),
                            ("this_year", self.tr("I år")),
                            ("custom", self.tr("Valgfri periode"))):
            self.choice.addItem(label, code)
        self.choice.setCurrentIndex(1)
        self.first = self._date_edit("overblikFrom")
        self.last = self._date_edit("overblikTo")
        self.show_button = QPushButton(self.tr("Vis"), self)
        self.show_button.setObjectName("overblikShow")
        self.csv_button = QPushButton(self.tr("Gem som &CSV …"), self)
        self.csv_button.setObjectName("overblikCsv")
        self.pdf_button = QPushButton(self.tr("Gem som P&DF …"), self)
        self.pdf_button.setObjectName("overblikPdf")
        self.title = QLabel(self)
        self.title.setObjectName("overblikTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self)
        self.status.setObjectName("overblikStatus")
        self.setFocusProxy(self.choice)  # Alt+6 lands on the period

        top = QHBoxLayout()
        period_label = QLabel(self.tr("&Periode:"), self)
        period_label.setBuddy(self.choice)
        from_label, to_label = QLabel(self.tr("Fr&a"), self), QLabel(self.tr("t&il"), self)
        from_label.setBuddy(self.first)  # also what a screen reader calls the date
        to_label.setBuddy(self.last)
        for widget in (period_label, self.choice, from_label, self.first,
                       to_label, self.last, self.show_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)

        self.day_chart = BarChart(self.tr("Opkald pr. dag"))
        self.hour_chart = BarChart(self.tr("Opkald pr. time"))
        self.area_chart = BarChart(self.tr("Smerteområder (opkald)"), horizontal=True)
        self.referral_chart = BarChart(self.tr("Hørt om klinikken (nye personer)"),
                                       horizontal=True)
        self.day_numbers, self.hour_numbers, self.area_numbers, self.referral_numbers = (
            self._numbers(name) for name in ("overblikDayNumbers", "overblikHourNumbers",
                                             "overblikAreaNumbers", "overblikReferralNumbers"))
        self.more_numbers = self._numbers("overblikMoreNumbers")
        grid = QGridLayout()
        rows = ((self.day_chart, self.day_numbers), (self.hour_chart, self.hour_numbers),
                (self.area_chart, self.area_numbers),
                (self.referral_chart, self.referral_numbers))
        for row, (chart, numbers) in enumerate(rows):
            chart.setMaximumHeight(260)  # wrapped figures beside it must not stretch it
            grid.addWidget(chart, row // 2, (row % 2) * 2)
            grid.addWidget(numbers, row // 2, (row % 2) * 2 + 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 3)
        grid.addWidget(self.more_numbers, 2, 0, 1, 4)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the figures inside
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.status)
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)

        self.choice.currentIndexChanged.connect(self._period_chosen)
        self.show_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(self.save_csv)
        self.pdf_button.clicked.connect(self.save_pdf)
        self._period_chosen()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat(self.tr("dd.MM.yyyy"))
        edit.setCalendarPopup(True)
        edit.installEventFilter(self)  # Enter computes the period typed, as »Vis« does
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched in (self.first, self.last) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.show_button.isEnabled()):
            self.refresh()
            return True
        return super().eventFilter(watched, event)

    def _numbers(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # by keyboard too: Tab reaches each table of figures, a screen reader reads it
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setWordWrap(True)  # a long label wraps in its cell rather than widen the screen
        return label

    def period(self) -> Period:
        code = self.choice.currentData()
        if code == "custom":
            first, last = self.first.date().toPython(), self.last.date().toPython()
            return Period(min(first, last), max(first, last))
        return named_period(code, self.today())

    def _period_chosen(self) -> None:
        custom = self.choice.currentData() == "custom"
        for widget in (self.first, self.last, self.show_button):
            widget.setEnabled(custom)
        if not custom:
            chosen = self.period()
            self.first.setDate(QDate(chosen.first))
            self.last.setDate(QDate(chosen.last))
            self.refresh()

    def refresh(self) -> None:
        """Compute the chosen period's figures (beside the window) and show them."""
        period, today = self.period(), self.today()
        started = time.perf_counter()
        self.figures = run_beside_the_window(
            lambda: overview(period, today=today), notice=self.tr("Regner overblikket ud …"),
            parent=self)
        self.seconds = time.perf_counter() - started
        self._show(self.figures)

    def _show(self, o: Overview) -> None:
        by_key = {s.key: s for s in sections(o)}
        span = f"{long_date(o.period.first)} – {long_date(o.period.last)}"
        self.title.setText(self.tr("Overblik %1").replace("%1", span))
        self.status.setText(self.tr("Regnet ud på %1 s").replace("%1", decimal(self.seconds)))
        names, values = calls_over_time(o)
        per_day = len(o.calls_by_day) <= DAYS_AT_MOST
        if not per_day:  # the months in the UI's language, in calls_over_time's order
            names = [month_short(m) for _y, m in sorted({(d.year, d.month)
                                                         for d in o.calls_by_day})]
        days = list(o.calls_by_day)
        span = f"{day_month(o.period.first)}–{date_text(o.period.last)}"
        self.day_chart.chart().setTitle(
            (self.tr("Opkald pr. dag, %1") if per_day else self.tr("Opkald pr. måned, %1"))
            .replace("%1", span))
        self.day_chart.show_bars(names, values, (
            (lambda label, value: self._day_tip(days, label, value)) if per_day
            else (lambda label, value: f"{label}: {self._calls(value)}")))
        hours = [(h, n) for h, n in o.calls_by_hour.items() if 6 <= h <= 20 or n]
        self.hour_chart.show_bars([f"{h:02d}" for h, _ in hours], [n for _, n in hours],
                                  lambda label, value: self.tr("kl. %1–%2: %3").replace(
                                      "%1", label).replace("%2", f"{int(label) + 1:02d}")
                                  .replace("%3", self._calls(value)))
        for chart, key in ((self.area_chart, "pain_areas"), (self.referral_chart, "referral")):
            rows = list(reversed(by_key[key].rows))  # the largest on top
            chart.show_bars([message_of(r.label) for r in rows], [int(r.value or 0) for r in rows],
                            lambda label, value: f"{label}: {number(value)}")
        calls = by_key["calls"]
        if o.calls_total:
            day, most = max(o.calls_by_day.items(), key=lambda pair: pair[1])
            calls = Section(calls.key, calls.title, (*calls.rows, Row(
                self.tr("Travleste dag"), most, f"{short_day(day)} ({number(most)})")))
        self.day_numbers.setText(_table([calls, by_key["callers"]]))
        busiest = sorted(o.calls_by_hour.items(), key=lambda item: -item[1])[:4]
        self.hour_numbers.setText(_table([by_key["outcomes"]]) + _table([Section(
            "busiest", self.tr("Travleste timer"),
            tuple(r for r in by_key["by_hour"].rows if r.value in {n for _, n in busiest}
                  and r.value))]))
        self.area_numbers.setText(_table([by_key["pain_areas"]]))
        self.referral_numbers.setText(_table([by_key["referral"]]))
        self.more_numbers.setText(
            "<table><tr>" + "".join(f"<td valign='top' style='padding-right:24px'>"
                                    f"{_table([by_key[k]])}</td>"
                                    for k in ("callbacks", "checklists", "sheets", "staff"))
            + "</tr></table>")

    def _calls(self, count: int) -> str:
        return (self.tr("1 opkald") if count == 1
                else self.tr("%1 opkald").replace("%1", number(count)))

    def _day_tip(self, days: list[date], label: str, value: int) -> str:
        day = next((d for d in days if str(d.day) == label), None)
        return f"{long_date(day) if day else label}: {self._calls(value)}"

    def _save_path(self, caption: str, suffix: str, kind: str) -> str:
        if self.figures is None:
            return ""
        name = f"overblik-{self.figures.period.first}-{self.figures.period.last}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, caption, name, kind)
        return path

    def save_csv(self) -> None:
        from reception.reports.export import write_csv

        path = self._save_path(self.tr("Gem overblikket som CSV"), "csv", "CSV (*.csv)")
        if path and self.figures is not None:
            write_csv(self.figures, path)

    def save_pdf(self) -> None:
        from reception.reports.pdf_report import write_pdf

        path = self._save_path(self.tr("Gem overblikket som PDF"), "pdf", "PDF (*.pdf)")
        if path and self.figures is not None:
            write_pdf(self.figures, path)


def _table(chosen: list[Section]) -> str:
    """The sections as a small HTML table: labels left, numbers right."""
    out = []
    for section in chosen:
        title = html.escape(message_of(section.title))
        out.append(f"<b>{title}</b><table cellspacing='0'>")
        for row in section.rows or ():
            label = html.escape(message_of(row.label))
            out.append(f"<tr><td style='padding-right:12px'>{label}</td>"
                       f"<td align='right'>{html.escape(message_of(row.text))}</td></tr>")
        if not section.rows:
            out.append("<tr><td>–</td></tr>")
        out.append("</table><br>")
    return "".join(out)
