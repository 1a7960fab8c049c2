"""The parsed content files, kept between starts so that a start need not parse TOML.

Parsing the texts (and importing ``tomllib``) is about 7 ms of every start, on
files that change a few times a year. The cache holds, per file, the parsed data
and two checksums and the length of the bytes it came from; a file whose bytes
differ is parsed again. It is JSON (safe to read whatever is in the file) in the
data folder, and holds only the clinic's own texts: no patient data. A missing,
unreadable or damaged cache is ignored and rewritten; it can be deleted any time.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = 1


def fingerprint(raw: bytes) -> list[int]:
    """Two independent checksums and the length: an edit that keeps all three is not
    a realistic accident."""
    return [zlib.crc32(raw), zlib.adler32(raw), len(raw)]


class ParseCache:
    """``get``/``put`` parsed files by name and fingerprint; ``save`` if anything changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, dict[str, Any]] = {}
        self._used: set[str] = set()
        self._changed = False
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(stored, dict) and stored.get("format") == FORMAT:
                files = stored.get("files")
                if isinstance(files, dict):
                    self._entries = files
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            log.info("Tekst-cachen ignoreres (%s): %s", path, exc)

    def get(self, name: str, raw: bytes) -> dict[str, Any] | None:
        entry = self._entries.get(name)
        self._used.add(name)
        if (isinstance(entry, dict) and entry.get("fingerprint") == fingerprint(raw)
                and isinstance(entry.get("data"), dict)):
            return entry["data"]
        return None

    def put(self, name: str, raw: bytes, data: dict[str, Any]) -> None:
        try:
            json.dumps(data)
        except (TypeError, ValueError):  # e.g. a TOML date: parse that file every time
            return
        self._entries[name] = {"fingerprint": fingerprint(raw), "data": data}
        self._used.add(name)
        self._changed = True

    def save(self) -> None:
        """Write the entries of the files seen in this load, if anything changed."""
        unused = set(self._entries) - self._used
        if not self._changed and not unused:
            return
        files = {name: self._entries[name] for name in sorted(self._used & set(self._entries))}
        partial = self.path.with_name(self.path.name + ".partial")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps({"format": FORMAT, "files": files},
                                          ensure_ascii=False), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError as exc:  # a full disk costs a few ms at the next start, nothing more
            log.warning("Tekst-cachen kunne ikke gemmes (%s): %s", self.path, exc)
