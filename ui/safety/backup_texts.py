"""A backup as the UI shows it: when it was taken, what it holds and its size, in the UI's
language. ``BackupInfo``'s ``local_time_text``, ``holds_text`` and ``size_text`` are the
command line's Danish; these read the same in Danish, word for word."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from reception.privacy.audit_words import table_count
from reception.safety import BackupInfo
from reception.safety.manifest import HOLDS
from ui.formats import locale, value_text
from ui.messages import message_of
from ui.translations import tr


def time_text(info: BackupInfo) -> str:
    """``1. maj 2024 kl. 08.30`` in the PC's local time."""
    return str(value_text(info.created_at))


def holds_text(info: BackupInfo) -> str:
    """``1.234 personer, 5.678 opkald, …`` (the tables a receptionist recognises)."""
    parts = [message_of(table_count(table, info.counts[table]))
             for table, _ in HOLDS if table in info.counts]
    return ", ".join(parts) if parts else tr("tom database")


def size_text(info: BackupInfo) -> str:
    """``812 B``, ``1,5 MB`` (English ``1.5 MB``); no thousands separator, as the core."""
    shown = locale()
    shown.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    size = float(info.size)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{shown.toString(size, 'f', 0 if unit == 'B' else 1)} {unit}"
        size /= 1024
    return f"{info.size} B"
