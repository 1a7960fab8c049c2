"""The several-desks soak's short run (``python -m bench.desks_soak --short``) as a smoke test."""

from __future__ import annotations

from pathlib import Path


def test_a_short_soak_saves_every_call_and_loses_no_update(pg_url: str, tmp_path: Path,
                                                           capsys) -> None:
    from bench.desks_soak import soak

    assert soak(pg_url, desks=2, seconds=4, folder=tmp_path)
    table = capsys.readouterr().out
    assert "calls saved / expected" in table and "/ 0  OK" in table
