"""The »Overblik« tab driven with pytest-qt: periods, charts, their numbers and hover texts,
against counts made here from the calls themselves."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt

from reception.demo_data import fill_demo_data
from reception.store.models import Call
from reception.words import number

DK = ZoneInfo("Europe/Copenhagen")
TODAY = date(2026, 12, 1)


@pytest.fixture
def screen(database, qtbot):
    fill_demo_data(database, 300, 4, seed=5, today=TODAY)
    from ui.overblik import OverblikScreen

    widget = OverblikScreen(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    return widget


def _calls_per_day(first: date, last: date) -> dict[date, int]:
    days: dict[date, int] = {}
    for started, status in Call.select(Call.started_at, Call.status).tuples():
        day = started.astimezone(DK).date()
        if status == "saved" and first <= day <= last:
            days[day] = days.get(day, 0) + 1
    return days


def test_last_month_charts_and_numbers(screen) -> None:
    screen.choice.setCurrentIndex(screen.choice.findData("last_month"))
    per_day = _calls_per_day(date(2026, 11, 1), date(2026, 11, 30))
    total = sum(per_day.values())
    chart = screen.day_chart
    assert chart.labels == [str(n) for n in range(1, 31)]
    assert chart.values == [per_day.get(date(2026, 11, n), 0) for n in range(1, 31)]
    assert [chart.bar_set.at(i) for i in range(30)] == chart.values
    assert screen.title.text() == "Overblik 1. november 2026 – 30. november 2026"
    assert "Opkald i alt" in screen.day_numbers.text()
    assert f">{number(total)}<" in screen.day_numbers.text()
    busiest = max(range(30), key=lambda i: chart.values[i])
    chart.bar_set.hovered.emit(True, busiest)
    tip = f"{busiest + 1}. november 2026: {number(chart.values[busiest])} opkald"
    assert chart.last_tip == tip
    assert "Travleste dag</td><td align='right'>" in screen.day_numbers.text()
    assert f"{busiest + 1:02d}.11. ({number(chart.values[busiest])})" in screen.day_numbers.text()
    assert screen.first.date() == QDate(2026, 11, 1) and not screen.first.isEnabled()
    # a laptop's narrow columns name every n-th bar, not each one cut to »…«
    assert screen.hour_chart.shown_names == ["06", "09", "12", "15", "18"]
    assert screen.day_chart.shown_names == ["1", "6", "11", "16", "21", "26"]


def test_a_custom_period_and_a_year_by_month(screen, qtbot) -> None:
    screen.choice.setCurrentIndex(screen.choice.findData("custom"))
    assert screen.first.isEnabled()
    screen.first.setDate(QDate(2026, 10, 24))
    screen.last.setDate(QDate(2026, 10, 26))
    qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    per_day = _calls_per_day(date(2026, 10, 24), date(2026, 10, 26))
    assert screen.day_chart.values == [per_day.get(date(2026, 10, d), 0) for d in (24, 25, 26)]
    screen.choice.setCurrentIndex(screen.choice.findData("this_year"))
    assert screen.day_chart.chart().title() == "Opkald pr. måned, 01.01.–31.12.2026"
    assert len(screen.day_chart.values) == 12
    assert sum(screen.day_chart.values) == sum(
        _calls_per_day(date(2026, 1, 1), date(2026, 12, 31)).values())


def test_enter_in_a_date_field_computes_the_period_typed(screen, qtbot) -> None:
    screen.choice.setCurrentIndex(screen.choice.findData("custom"))
    screen.first.setDate(QDate(2026, 10, 24))
    screen.last.setDate(QDate(2026, 10, 26))
    qtbot.keyClick(screen.last, Qt.Key.Key_Return)
    per_day = _calls_per_day(date(2026, 10, 24), date(2026, 10, 26))
    assert screen.day_chart.values == [per_day.get(date(2026, 10, d), 0) for d in (24, 25, 26)]
    screen.first.setDate(QDate(2026, 10, 1))
    qtbot.keyClick(screen.first, Qt.Key.Key_Enter)
    assert len(screen.day_chart.values) == 26
    # a named period computes itself; Enter there changes nothing
    screen.choice.setCurrentIndex(screen.choice.findData("last_month"))
    shown = screen.figures
    qtbot.keyClick(screen.last, Qt.Key.Key_Return)
    assert screen.figures is shown


def test_the_tab_is_built_when_first_opened(database, qtbot) -> None:
    from reception.content import load_content
    from reception.paths import resolve_data_paths
    from ui.call.workspace import CallWorkspace

    workspace = CallWorkspace(load_content(), resolve_data_paths(None), "Mette")
    qtbot.addWidget(workspace)
    assert workspace.overblik is None
    workspace.setCurrentWidget(workspace.overblik_page)
    assert workspace.overblik is not None and workspace.overblik.figures is not None
    assert workspace.tabText(workspace.indexOf(workspace.overblik_page)) == "Overblik"
