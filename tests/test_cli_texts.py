"""``python -m reception tekster export/import``: real data folders, in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception.__main__ import main
from reception.content import clinic_texts
from reception.content.loader import default_content_dir, read_files
from reception.store import open_store
from reception.store.database import db

NEW_ENTRY = '''
[[entries]]
id = "pris-konsultation"
question = "Hvad koster en konsultation?"
answer = "Det står i klinikkens prisliste."
topic = "Praktisk"
source = "Klinikken"
tags = ["pris"]
'''


def _changes(data: Path) -> list[clinic_texts.TextChange]:
    from reception.paths import resolve_data_paths

    open_store(resolve_data_paths(str(data)).target)
    try:
        return clinic_texts.read_changes()
    finally:
        db.close()


def test_export_then_import_with_a_new_entry(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data, folder = tmp_path / "data", tmp_path / "tekster"
    program = {p: p.read_bytes() for p in default_content_dir().rglob("*.toml")}
    assert main(["--data-dir", str(data), "tekster", "export", str(folder)]) == 0
    assert (folder / "faq.toml").exists() and (folder / "conditions/nakkesmerter.toml").exists()
    assert main(["--data-dir", str(data), "tekster", "import", str(folder)]) == 0
    assert "Ingen ændringer." in capsys.readouterr().out  # what was written reads back the same

    with (folder / "faq.toml").open("a", encoding="utf-8") as file:
        file.write(NEW_ENTRY)
    assert main(["--data-dir", str(data), "tekster", "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "ny: spørgsmål »pris-konsultation«" in out and "--yes" in out
    assert _changes(data) == []  # shown, not saved
    assert main(["--data-dir", str(data), "tekster", "import", str(folder), "--yes"]) == 0
    [saved] = _changes(data)
    assert saved.key == "pris-konsultation" and saved.note == "importeret"
    assert program == {p: p.read_bytes() for p in default_content_dir().rglob("*.toml")}

    again = tmp_path / "igen"
    assert main(["--data-dir", str(data), "tekster", "export", str(again)]) == 0
    exported = read_files(again).data["faq.toml"]["entries"]
    assert any(e["id"] == "pris-konsultation" for e in exported)


def test_a_folder_the_loader_rejects_saves_nothing(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data, folder = tmp_path / "data", tmp_path / "tekster"
    assert main(["--data-dir", str(data), "tekster", "export", str(folder)]) == 0
    with (folder / "faq.toml").open("a", encoding="utf-8") as file:
        file.write(NEW_ENTRY.replace('answer = "Det står i klinikkens prisliste."', 'answer = ""'))
    assert main(["--data-dir", str(data), "tekster", "import", str(folder), "--yes"]) == 1
    assert "feltet 'answer' er tomt" in capsys.readouterr().err
    assert _changes(data) == []


def test_export_never_writes_into_the_program_folder(tmp_path: Path) -> None:
    target = default_content_dir() / "eksport"
    assert main(["--data-dir", str(tmp_path), "tekster", "export", str(target)]) == 1
    assert not target.exists()


def test_a_sheet_from_the_command_line_carries_the_clinics_texts(tmp_path: Path) -> None:
    import io
    import re
    from datetime import date

    from pypdf import PdfReader

    from reception.sheets import danish_date

    data, folder, pdf = tmp_path / "data", tmp_path / "tekster", tmp_path / "ark.pdf"
    assert main(["--data-dir", str(data), "tekster", "export", str(folder)]) == 0
    path = folder / "conditions" / "nakkesmerter.toml"
    text = path.read_text(encoding="utf-8")
    first = re.search(r'summary = \[\n  "([^"]+)"', text)
    assert first is not None
    path.write_text(text.replace(first.group(1), "Klinikkens egen første sætning."),
                    encoding="utf-8")
    assert main(["--data-dir", str(data), "tekster", "import", str(folder), "--yes"]) == 0
    assert main(["--data-dir", str(data), "sheet", "--plain", "--out", str(pdf)]) == 0
    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    printed = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))
    assert "Klinikkens egen første sætning." in printed
    assert f"senest revideret {danish_date(date.today())}" in printed
