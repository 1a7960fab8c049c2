"""Export everything held about one person (GDPR article 15): a readable PDF and a JSON file.

``export_person(caller_id, out_dir, by="") -> ExportResult`` writes, in ``out_dir``:

- ``indsigt-<id>-<YYYYMMDD-HHMMSS>.json``: every row about the person from every
  table (``tables.person_rows``: new tables are included without a code change),
  values exactly as stored, plus the audit entries about them;
- ``indsigt-<id>-<…>.pdf``: the same in Danish for people (``view``, ``pdf``);
- ``indsigt-<id>-<…>-filer/``: files stored in the database (copies of sent sheets),
  when there are any; the JSON names each with its size and SHA-256.

Nothing of anyone else is included: another person sharing the number, or their
note attached to this person's call, stays out. Each file is written whole or not
at all (``FileWriteError`` with a Danish message); the export is then recorded in
the audit trail (``caller.export``, with counts only).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reception.calls import audit
from reception.privacy.collect import PersonData, collect_person
from reception.privacy.view import sections
from reception.sheets.files import FileWriteError, write_atomic
from reception.store.errors import guarded
from reception.store.fields import to_utc_text, utc_now

FORMAT = "guldklinikken-reception/indsigt"
FORMAT_VERSION = 1
CLINIC_NAME = "Guldklinikken"


@dataclass(frozen=True)
class ExportResult:
    caller_id: int
    pdf: Path
    json: Path
    files: list[Path]
    counts: dict[str, int]  # table → rows exported
    audit_entries: int


def export_json(data: PersonData, by: str) -> dict[str, Any]:
    """The machine-readable document (see the module docstring)."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": to_utc_text(data.collected_at),
        "exported_by": by,
        "person_id": data.caller_id,
        "note": "Værdier som gemt i databasen: tidspunkter i UTC (ISO 8601), "
                "kodelister kommasepareret, filer i mappen ved siden af.",
        "tables": data.tables,
        "audit": [
            {"at": to_utc_text(r.at), "user": r.user, "action": r.action,
             "description": r.label, "entity": r.entity, "entity_id": r.entity_id,
             "summary": r.summary}
            for r in data.audit
        ],
        "files": [
            {"name": f.name, "table": f.table, "row_id": f.row_id, "column": f.column,
             "bytes": len(f.data), "sha256": f.sha256}
            for f in data.files
        ],
    }


def render_pdf(data: PersonData, by: str, json_name: str, file_names: list[str]) -> bytes:
    from reception.privacy.pdf import ExportRenderer  # lazy: reportlab

    return ExportRenderer().generate(
        sections(data), name=data.name, clinic=CLINIC_NAME, made_at=data.collected_at,
        made_by=by, json_name=json_name, files=file_names)


def _stem(caller_id: int, now: datetime) -> str:
    return f"indsigt-{caller_id}-{now.astimezone():%Y%m%d-%H%M%S}"


@guarded
def export_person(caller_id: int, out_dir: str | Path, by: str = "",
                  *, now: datetime | None = None) -> ExportResult:
    """Write the PDF, JSON and stored files; raises ``UnknownCaller``, ``FileWriteError``."""
    now = now or utc_now()
    folder = Path(out_dir)
    if not folder.is_dir():
        raise FileWriteError(folder, "no_folder", folder=folder)
    data = collect_person(caller_id, now)
    stem = _stem(caller_id, now)
    written: list[Path] = []
    if data.files:
        files_dir = folder / f"{stem}-filer"
        try:
            files_dir.mkdir(exist_ok=True, mode=0o700)
        except OSError as exc:
            raise FileWriteError(files_dir, "folder_not_made", exc, folder=files_dir) from exc
        written = [write_atomic(files_dir / f.name, f.data) for f in data.files]
    document = export_json(data, by)
    json_path = write_atomic(folder / f"{stem}.json", json.dumps(
        document, ensure_ascii=False, indent=2, default=str).encode("utf-8"))
    pdf_path = write_atomic(folder / f"{stem}.pdf", render_pdf(
        data, by, json_path.name, [f"{stem}-filer/{p.name}" for p in written]))
    counts = data.counts()
    audit.record("caller.export", "caller", caller_id, user=by, at=now,
                 summary=f"rækker={sum(counts.values())} filer={len(written)}")
    return ExportResult(caller_id, pdf_path, json_path, written, counts, len(data.audit))
