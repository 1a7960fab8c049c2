"""``python -m reception sheet``: the command registered on the real parser, run in-process on
real data folders; the PDFs are read back with pypdf."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_pdf_sheet import fonts_of, inside_window

from reception.calls import CallSession
from reception.cli_sheet import EXIT_SHARED_NUMBER, register
from reception.paths import resolve_data_paths
from reception.sheets import EnvelopeWindow, Recipient, set_ticked_faq, sheets_for
from reception.store import open_database

ROOT = Path(__file__).resolve().parents[1]
JENS = Recipient("Jens Hansen", "Guldvej 7", "8000", "Aarhus C")


def parser() -> argparse.ArgumentParser:
    """``reception.__main__``'s parser with the sheet command added, as the lead wires it."""
    from reception.__main__ import build_parser

    built = build_parser()
    commands = next(a for a in built._actions if isinstance(a, argparse._SubParsersAction))
    if "sheet" not in commands.choices:
        register(commands)
    return built


def run(*argv: str) -> int:
    options = parser().parse_args(list(argv))
    options.paths = resolve_data_paths(options.data_dir)
    return int(options.handler(options))


def seed(data_dir: Path, name: str, phone: str, street: str = "Guldvej 7",
         ticks: tuple[str, ...] = ()) -> int:
    open_database(resolve_data_paths(data_dir).ensure().database)
    session = CallSession.start(phone=phone, taken_by="Mette")
    session.update(replace(session.form, caller_id=None, name=name, street=street,
                           postcode="8000", town="Aarhus C", pain_areas=("nakke",)))
    session.flush()
    assert session.call_id is not None
    if ticks:
        set_ticked_faq(session.call_id, ticks)
    result = session.end("send_sheet")
    assert result.caller_id is not None
    return result.caller_id


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_personal_sheet_by_phone_number(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    seed(data, "Jens Hansen", "23394977", ticks=("koere-bil-efter-behandling",))
    out = tmp_path / "jens.pdf"
    assert run("--data-dir", str(data), "sheet", "+45 23 39 49 77", "--out", str(out)) == 0
    assert "informationsark til Jens Hansen" in capsys.readouterr().out
    pdf = out.read_bytes()
    inside_window(pdf, JENS, EnvelopeWindow())
    text = pdf_text(out)
    assert "Kære Jens Hansen" in text and "Nakkesmerter" in text
    assert "Må jeg selv køre bil hjem efter behandlingen?" in text
    assert "Før din guldbehandling" in text
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts_of(pdf))


def test_the_data_dir_argument_is_honoured(tmp_path: Path, isolated_data_dir: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    seed(elsewhere, "Anna Holm", "40404040")
    assert run("sheet", "40404040", "--out", str(tmp_path / "no.pdf")) == 1  # env folder
    assert not (tmp_path / "no.pdf").exists()
    assert run("--data-dir", str(elsewhere), "sheet", "40404040", "--out",
               str(tmp_path / "anna.pdf")) == 0
    assert "Anna Holm" in pdf_text(tmp_path / "anna.pdf")


def test_a_shared_number_asks_for_an_id(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    first = seed(data, "Jens Hansen", "23394977")
    second = seed(data, "Karen Hansen", "23394977", street="Guldvej 9")
    out = tmp_path / "sheet.pdf"
    assert run("--data-dir", str(data), "sheet", "23394977", "--out", str(out)) == (
        EXIT_SHARED_NUMBER)
    message = capsys.readouterr().err
    assert "2 personer har telefonnummeret 23 39 49 77" in message
    assert f"--id {first}  Jens Hansen, 8000 Aarhus C" in message
    assert f"--id {second}  Karen Hansen" in message
    assert not out.exists()
    assert run("--data-dir", str(data), "sheet", "23394977", "--id", str(second),
               "--out", str(out)) == 0
    assert "Karen Hansen" in pdf_text(out) and "Jens Hansen" not in pdf_text(out)
    assert run("--data-dir", str(data), "sheet", "--id", str(first), "--out", str(out)) == 0
    assert "Jens Hansen" in pdf_text(out)


def test_unknown_numbers_and_ids_are_told_in_danish(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    seed(data, "Jens Hansen", "23394977")
    out = tmp_path / "x.pdf"
    assert run("--data-dir", str(data), "sheet", "60606060", "--out", str(out)) == 1
    assert "Ingen person har telefonnummeret 60 60 60 60" in capsys.readouterr().err
    assert run("--data-dir", str(data), "sheet", "2339", "--out", str(out)) == 1
    assert "ikke et helt telefonnummer" in capsys.readouterr().err
    assert run("--data-dir", str(data), "sheet", "--id", "999", "--out", str(out)) == 1
    assert "ingen person med id 999" in capsys.readouterr().err
    assert run("--data-dir", str(data), "sheet", "--out", str(out)) == 1
    assert "Angiv et telefonnummer" in capsys.readouterr().err
    assert not out.exists()


def test_the_plain_sheet_has_no_personal_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seed(data, "Jens Hansen", "23394977")
    out = tmp_path / "plain.pdf"
    assert run("--data-dir", str(data), "sheet", "--plain", "--out", str(out)) == 0
    text = pdf_text(out)
    assert "Guldbehandling mod kroniske smerter" in text
    assert "Jens" not in text and "Guldvej 7" not in text and "Kære" not in text


def test_the_calibration_page_uses_the_window_settings(tmp_path: Path) -> None:
    from reception.sheets import SheetSettings, save_sheet_settings

    data = tmp_path / "data"
    open_database(resolve_data_paths(data).ensure().database)
    save_sheet_settings(SheetSettings(window_left_mm=22.5, window_top_mm=47))
    out = tmp_path / "calibration.pdf"
    assert run("--data-dir", str(data), "sheet", "--calibration", "--out", str(out)) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Kalibrering af rudekuvert" in text and "22,5 mm" in text and "47 mm" in text


def test_log_records_the_sheet_on_the_caller(tmp_path: Path) -> None:
    data = tmp_path / "data"
    caller_id = seed(data, "Jens Hansen", "23394977")
    out = tmp_path / "jens.pdf"
    assert run("--data-dir", str(data), "sheet", "23394977", "--out", str(out),
               "--log", "post", "--by", "Script") == 0
    [entry] = sheets_for(caller_id)
    assert (entry.how, entry.sent_by, entry.to_post) == ("post", "Script", True)
    assert entry.size == len(out.read_bytes())


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_an_unwritable_target_gives_a_danish_message_and_no_file(tmp_path: Path, capsys,
                                                                 where: str) -> None:
    data = tmp_path / "data"
    seed(data, "Jens Hansen", "23394977")
    target = tmp_path / "findes-ikke" / "ark.pdf"
    if where == "a-folder":
        target = tmp_path / "mappe.pdf"
        target.mkdir()
    assert run("--data-dir", str(data), "sheet", "--plain", "--out", str(target)) == 1
    message = capsys.readouterr().err
    assert message.startswith("fejl: ") and ("findes ikke" in message or "mappe" in message)
    assert not target.is_file()
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_the_command_runs_as_a_process_without_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from tests.test_cli_sheet import run\n"
        f"code = run('--data-dir', {str(tmp_path / 'data')!r}, 'sheet', '--plain', "
        f"'--out', {str(tmp_path / 'p.pdf')!r})\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT / "tests"),
                                          "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert PdfReader(io.BytesIO((tmp_path / "p.pdf").read_bytes())).pages


def test_by_signs_the_letter_and_an_empty_clinic_address_is_warned_about(
        tmp_path: Path, capsys) -> None:
    from reception.clinic_settings import ClinicSettings, save_clinic_settings

    data = tmp_path / "data"
    seed(data, "Jens Hansen", "23394977")
    out = tmp_path / "ark.pdf"
    assert run("--data-dir", str(data), "sheet", "23394977", "--by", "Mette Jensen",
               "--out", str(out)) == 0
    lines = [line.strip() for line in pdf_text(out).splitlines()]
    start = lines.index("Med venlig hilsen")
    assert lines[start + 1:start + 3] == ["Mette Jensen", "Guldklinikken"]
    err = capsys.readouterr().err
    assert "advarsel: Klinikkens adresse er ikke udfyldt" in err
    assert "Filer → Klinikkens oplysninger" in err

    save_clinic_settings(ClinicSettings(street="Klinikvej 1", postcode="8000", town="Aarhus C"))
    assert run("--data-dir", str(data), "sheet", "--plain", "--out", str(out)) == 0
    assert "Klinikkens adresse" not in capsys.readouterr().err
    assert "Klinikvej 1" in pdf_text(out)
