"""``--self-test``: every check runs against a throwaway folder, and a failure gives exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reception.screenpop.link import number_from_link
from reception.self_test import SelfTestContext, SelfTestFailed, main, report_lines, run_checks

ROOT = Path(__file__).resolve().parents[1]


def test_the_self_test_from_source_passes_every_check_and_leaves_the_data_folder_alone(
    tmp_path: Path,
) -> None:
    data = tmp_path / "the-users-data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "RECEPTION_DATA_DIR": str(data)}
    done = subprocess.run([sys.executable, "main.py", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    checks = [line for line in lines if line.lstrip().startswith(("i orden", "FEJL"))]
    assert len(checks) == 9, done.stdout
    assert all(line.lstrip().startswith("i orden") for line in checks), done.stdout
    assert any("Krypteret kopi" in line for line in checks)
    assert any("Qt: platform" in line for line in checks)
    assert lines[-1] == "Selvtest: 9 kontroller, alle i orden."
    assert not data.exists()  # the user's folder is never opened


def passing(context: SelfTestContext) -> str:
    return "fint"


def failing(context: SelfTestContext) -> str:
    raise SelfTestFailed("fonten mangler")


def crashing(context: SelfTestContext) -> str:
    raise FileNotFoundError("resources/fonts/x.ttf")


def test_a_failing_check_gives_exit_1_and_the_checks_after_it_still_run(tmp_path: Path) -> None:
    written: list[str] = []
    code = main(core=[("Første", passing), ("Anden", failing), ("Tredje", crashing),
                      ("Fjerde", passing)], write=written.append)
    assert code == 1
    assert written[1:] == [
        "i orden  Første: fint",
        "   FEJL  Anden: fonten mangler",
        "   FEJL  Tredje: FileNotFoundError: resources/fonts/x.ttf",
        "i orden  Fjerde: fint",
        "Selvtest: 4 kontroller, 2 fejl.",
    ]


def test_all_checks_passing_gives_exit_0(tmp_path: Path) -> None:
    written: list[str] = []
    assert main(core=[("Første", passing)], write=written.append) == 0
    assert written[-1] == "Selvtest: 1 kontrol, alle i orden."


def test_checks_share_a_fresh_data_folder(tmp_path: Path) -> None:
    seen: list[Path] = []

    def look(context: SelfTestContext) -> str:
        seen.append(context.paths.root)
        return str(context.paths.root.is_dir())

    results = run_checks([("Mappe", look)], tmp_path)
    assert seen == [tmp_path / "data"]
    assert report_lines(results)[0] == "i orden  Mappe: True"


def test_links_from_the_phone_system_give_the_number() -> None:
    assert number_from_link("tel:+45%2023%2039%2049%2077") == "+45 23 39 49 77"
    assert number_from_link("guldklinik-opkald:+4523394977") == "+4523394977"
    assert number_from_link("GULDKLINIK-OPKALD://23394977/") == "23394977"
    assert number_from_link("tel:+4523394977;phone-context=+45") == "+4523394977;phone-context=+45"
    assert number_from_link("23 39 49 77") == "23 39 49 77"
    assert number_from_link("mailto:x@y.dk") == "mailto:x@y.dk"  # not ours: as given


def test_the_apps_link_argument_is_decoded_before_the_number_is_read() -> None:
    import main as entry
    from reception.phone import normalize_phone

    assert entry.parse_args(["tel:+45%2023%2039%2049%2077"]).call == "+45 23 39 49 77"
    assert entry.parse_args(["guldklinik-opkald:+4523394977"]).call == "+4523394977"
    assert entry.parse_args(["--call", "tel:+45%2023394977"]).call == "+45 23394977"
    assert normalize_phone(entry.parse_args(["tel:+45%2023%2039%2049%2077"]).call) == \
        "+4523394977"


def test_the_app_icon_is_drawn_from_the_svg_in_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 48, 256):
        assert icon.pixmap(size, size).width() == size
    assert (ROOT / "resources" / "icons" / "reception.ico").stat().st_size > 1000


def test_the_frozen_program_finds_its_resources_in_its_own_folder(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from reception.paths import resources_dir

    assert resources_dir() == ROOT / "resources"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
