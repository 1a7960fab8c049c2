"""Sheet data: Danish dates, addresses, letterhead lines, phone numbers."""

from __future__ import annotations

from datetime import date, datetime

from reception.sheets import (
    EnvelopeWindow,
    Letterhead,
    Recipient,
    StepLine,
    StepStatus,
    consultation_text,
    danish_date,
    national_phone,
    scan_detail,
)
from reception.sheets.dates import add_years


def test_danish_date() -> None:
    assert danish_date(date(2026, 11, 22)) == "22. november 2026"
    assert danish_date(date(2025, 3, 3)) == "3. marts 2025"
    assert danish_date(date(2027, 5, 1)) == "1. maj 2027"


def test_scan_detail_and_leap_day() -> None:
    assert scan_detail(date(2025, 3, 3)) == (
        "Scanning taget 3. marts 2025 – kan bruges til 3. marts 2027")
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)


def test_consultation_text() -> None:
    text = consultation_text(datetime(2026, 12, 1, 10, 30), "23 39 49 77")
    assert text.startswith("Du har tid til konsultation tirsdag den 1. december 2026 kl. 10.30.")
    assert "23 39 49 77" in text


def test_recipient_leaves_out_denmark_and_writes_other_countries_in_capitals() -> None:
    home = Recipient("Jens Hansen", "Guldvej 7", "8000", "Aarhus C")
    assert home.address_lines() == ["Jens Hansen", "Guldvej 7", "8000 Aarhus C"]
    assert Recipient("A", "B", "1", "C", "danmark").address_lines()[-1] == "1 C"
    abroad = Recipient("Karin Berg", "Storgatan 1", "211 22", "Malmö", "Sverige")
    assert abroad.address_lines()[-1] == "SVERIGE"


def test_letterhead_leaves_out_empty_fields() -> None:
    bare = Letterhead("Guldklinikken", "23 39 49 77")
    assert bare.lines() == ["Tlf. 23 39 49 77"]
    assert bare.contact_line() == "Guldklinikken · Tlf. 23 39 49 77"
    full = Letterhead("Guldklinikken", "23 39 49 77", "Guldvej 1", "8000", "Aarhus C",
                      "kontakt@guldklinikken.dk", "12345678")
    assert full.lines() == ["Tlf. 23 39 49 77", "Guldvej 1", "8000 Aarhus C",
                            "kontakt@guldklinikken.dk", "CVR 12345678"]


def test_national_phone() -> None:
    assert national_phone("+4523394977") == "23 39 49 77"
    assert national_phone("23394977") == "23 39 49 77"
    assert national_phone("+47 41 23 45 67") == "+47 41 23 45 67"


def test_window_edges_and_status_labels() -> None:
    window = EnvelopeWindow()
    assert (window.left_mm, window.top_mm, window.width_mm, window.height_mm) == (20, 45, 85, 45)
    assert (window.right_mm, window.bottom_mm) == (105, 90)
    assert StepLine(1, "Bestil tid", "…", StepStatus.DONE).status_label == "✓ Klaret"
    assert StepLine(1, "Bestil tid", "…").status_label == ""
