"""What the numbers were measured on, printed above the table."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys


def describe() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(terse=True),
        "cpus": str(os.cpu_count()),
        "qpa": os.environ.get("QT_QPA_PLATFORM", "(default)"),
        "executable": sys.executable,
    }


def headline(info: dict[str, str]) -> str:
    return (f"Python {info['python']}, PySide6 {info['pyside6']} (Qt {info['qt']}), "
            f"SQLite {info['sqlite']}, {info['platform']}, {info['cpus']} CPUs, "
            f"QT_QPA_PLATFORM={info['qpa']}")
