"""``export``, ``erase`` and ``retention`` from the command line, run as a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from privacy_helpers import make_person, open_db

from reception.store import db

ROOT = Path(__file__).resolve().parents[1]

# ``python -m reception`` with the privacy commands, whether or not the lead has wired them in.
RUNNER = textwrap.dedent("""
    import argparse, sys
    from reception import __main__ as cli
    from reception.cli_privacy import register
    from reception.paths import resolve_data_paths
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "export" not in commands.choices:
        register(commands)
    options = parser.parse_args(sys.argv[1:])
    options.paths = resolve_data_paths(options.data_dir)
    sys.exit(int(options.handler(options)))
""")


def run(data: Path, *args: str, stdin: int | None = subprocess.DEVNULL
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUNNER, "--data-dir", str(data), *args],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          timeout=60, stdin=stdin)


@pytest.fixture
def couple(tmp_path: Path) -> tuple[Path, int, int, int]:
    data = tmp_path / "data"
    data.mkdir()
    open_db(data)
    karen = make_person("23394977", "Karen Holm", "Karens knæ")
    peter = make_person("23394977", "Peter Holm", "Peters nakke")
    alone = make_person("40575457", "Åse Ærø", "Åses ryg", day=date(2021, 1, 4))
    db.close()
    return data, karen.id, peter.id, alone.id


def test_export_refuses_a_shared_number_and_lists_who_has_it(couple, tmp_path: Path) -> None:
    data, karen, peter, _ = couple
    done = run(data, "export", "23 39 49 77", "--out", str(tmp_path / "ud"))
    assert done.returncode == 2
    assert "2 personer deler nummeret" in done.stderr
    assert f"--id {karen}" in done.stderr and f"--id {peter}" in done.stderr
    assert "Karen Holm" in done.stderr and "Peter Holm" in done.stderr
    assert not (tmp_path / "ud").exists()

    done = run(data, "export", "+4523394977", "--id", str(peter), "--out", str(tmp_path / "ud"),
               "--by", "Mette")
    assert done.returncode == 0, done.stderr
    (json_file,) = (tmp_path / "ud").glob("*.json")
    document = json.loads(json_file.read_text(encoding="utf-8"))
    assert document["tables"]["caller"][0]["name"] == "Peter Holm"
    assert "Karen" not in json_file.read_text(encoding="utf-8")
    assert document["exported_by"] == "Mette"
    assert len(list((tmp_path / "ud").glob("*.pdf"))) == 1


def test_export_of_a_unique_number_an_unknown_one_and_a_wrong_id(couple,
                                                                  tmp_path: Path) -> None:
    data, karen, _, alone = couple
    done = run(data, "export", "40575457", "--out", str(tmp_path / "ud"))
    assert done.returncode == 0, done.stderr
    assert "Åse Ærø" in done.stdout and ".pdf" in done.stdout
    assert run(data, "export", "99999999", "--out", str(tmp_path)).returncode == 1
    wrong = run(data, "export", "40575457", "--id", str(karen), "--out", str(tmp_path))
    assert wrong.returncode == 2 and "har ikke nummeret" in wrong.stderr
    assert run(data, "export", "12", "--out", str(tmp_path)).returncode == 2
    assert run(data, "export", "40575457").returncode == 2  # --out is required


def test_erase_needs_a_terminal_or_yes(couple) -> None:
    data, _, _, alone = couple
    done = run(data, "erase", "40575457")
    assert done.returncode == 2 and "--yes" in done.stderr
    done = run(data, "erase", "40575457", "--yes", "--by", "Mette")
    assert done.returncode == 0, done.stderr
    assert "Slettet" in done.stdout
    assert run(data, "export", "40575457", "--out", str(data)).returncode == 1


def test_erase_of_a_shared_number_needs_an_id(couple) -> None:
    data, karen, peter, _ = couple
    done = run(data, "erase", "23394977", "--yes")
    assert done.returncode == 2 and "Vælg én med --id" in done.stderr
    done = run(data, "erase", "23394977", "--yes", "--id", str(karen))
    assert done.returncode == 0, done.stderr
    open_db(data)
    from reception.calls import find_callers_by_phone
    assert [p.id for p in find_callers_by_phone("23394977")] == [peter]


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
@pytest.mark.parametrize(("typed", "code", "erased"), [("SLET\n", 0, True), ("ja\n", 1, False)])
def test_erase_asks_on_a_terminal(couple, typed: str, code: int, erased: bool) -> None:
    data, _, _, alone = couple
    leader, follower = os.openpty()
    try:
        child = subprocess.Popen(
            [sys.executable, "-c", RUNNER, "--data-dir", str(data), "erase", "40575457"],
            cwd=ROOT, stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8")
        os.write(leader, typed.encode())
        out, err = child.communicate(timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert child.returncode == code, err
    assert "Skriv SLET" in out and "Åse Ærø" in out
    assert ("Slettet" in out) is erased and ("Intet slettet" in out) is not erased


def test_retention_lists_and_changes_nothing(couple) -> None:
    data, _, _, alone = couple
    done = run(data, "retention", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [r["id"] for r in rows] == [alone]
    assert rows[0]["last_activity"] == "2021-01-04" and rows[0]["phones"] == ["40 57 54 57"]
    text = run(data, "retention", "--months", "240")
    assert text.returncode == 0 and "0 personer uden aktivitet i 240 måneder" in text.stdout
    assert run(data, "retention", "--months", "0").returncode == 2
    assert run(data, "retention").returncode == 0
    assert run(data, "export", "40575457", "--out", str(data)).returncode == 0  # still there
