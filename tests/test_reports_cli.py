"""``python -m reception overblik``: the table, JSON, CSV for Danish Excel and the PDF report,
each checked against counts made here from the rows themselves."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from reception.__main__ import main
from reception.demo_data import fill_demo_data
from reception.paths import resolve_data_paths
from reception.store import open_database
from reception.store.models import Call
from reception.words import number

DK = ZoneInfo("Europe/Copenhagen")
FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, dict]:
    folder = tmp_path / "data"
    database = open_database(resolve_data_paths(folder).ensure().database)
    fill_demo_data(database, 300, 4, seed=3, today=date(2026, 12, 1))
    by_day: dict[str, int] = {}
    for started, status in Call.select(Call.started_at, Call.status).tuples():
        day = started.astimezone(DK).date()
        if status == "saved" and FIRST <= day <= LAST:
            by_day[day.isoformat()] = by_day.get(day.isoformat(), 0) + 1
    database.close()
    return folder, by_day


def _run(folder: Path, *extra: str) -> int:
    return main(["--data-dir", str(folder), "overblik", "--from", FIRST.isoformat(),
                 "--to", LAST.isoformat(), "--today", "2026-12-01", *extra])


def test_json_holds_the_figures(data, capsys) -> None:
    folder, by_day = data
    assert _run(folder, "--json") == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["calls_total"] == sum(by_day.values()) > 100
    assert {d: n for d, n in figures["calls_by_day"].items() if n} == by_day
    assert len(figures["calls_by_day"]) == 30
    for key in ("new_callers", "new_callers_booked", "callbacks_done", "callbacks_overdue"):
        assert isinstance(figures[key], int)
    assert figures["new_callers"] >= figures["new_callers_booked"]


def test_table_csv_and_pdf(data, tmp_path: Path, capsys) -> None:
    folder, by_day = data
    total = sum(by_day.values())
    assert _run(folder) == 0
    table = capsys.readouterr().out
    assert "Overblik 1. november 2026 – 30. november 2026" in table
    line = next(x for x in table.splitlines() if "Opkald i alt" in x)
    assert line.split() == ["Opkald", "i", "alt", number(total)]
    out_csv, out_pdf = tmp_path / "overblik.csv", tmp_path / "overblik.pdf"
    assert _run(folder, "--csv", str(out_csv), "--pdf", str(out_pdf)) == 0
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads æøå right with the BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert ["Opkald", "Opkald i alt", str(total)] in rows
    share = next(r for r in rows if r[1] == "Samtaletid i snit (min.)")[2]
    assert "," in share and "." not in share  # decimal comma
    text = "\n".join(page.extract_text() for page in PdfReader(out_pdf).pages)
    assert len(PdfReader(out_pdf).pages) == 1
    assert "Overblik – Guldklinikken" in text and "Opkald pr. dag" in text
    assert f"Opkald i alt {number(total)}" in text.replace("\n", " ")
    busiest = max(by_day.values())
    assert number(busiest) in text  # the bar's own label
    assert "Hørt om klinikken" in text and "Smerteområder" in text


def test_to_before_from_is_wrong_usage(data, capsys) -> None:
    folder, _ = data
    assert main(["--data-dir", str(folder), "overblik", "--from", "2026-11-05",
                 "--to", "2026-11-01"]) == 2
    assert "ligger før" in capsys.readouterr().err
