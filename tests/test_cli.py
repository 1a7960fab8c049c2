"""The command line, run as a clinic's script would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reception", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def test_search_json_lists_hits_best_first_with_whole_text() -> None:
    done = run_cli("search", "må jeg køre bil bagefter", "--json")
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert hits, "no hits"
    for hit in hits:
        assert {"kind", "id", "title", "snippet", "text"} <= hit.keys()
        assert hit["kind"] in {"faq", "condition", "step"}
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    top = hits[0]
    assert "bil" in top["text"].lower() and "<b>" in top["snippet"]


def test_search_json_for_a_typo_and_for_nothing() -> None:
    hits = json.loads(run_cli("search", "piskesmeld", "--json").stdout)
    assert any("piskesmæld" in h["text"].lower() for h in hits[:3])
    assert json.loads(run_cli("search", "xqzvw", "--json").stdout) == []


def test_search_as_text_and_bad_usage() -> None:
    done = run_cli("search", "nakke")
    assert done.returncode == 0 and "1." in done.stdout
    bad = run_cli("fly-to-the-moon")
    assert bad.returncode == 2 and "ukendt valg" in bad.stderr


def test_every_command_takes_data_dir(tmp_path: Path) -> None:
    done = run_cli("--data-dir", str(tmp_path / "d"), "search", "guld", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)
