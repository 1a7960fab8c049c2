"""The self-test's Qt part: the platform plugin, image formats and the PDF module load.

The core checks are in ``reception/self_test.py``; this adds the one thing a frozen
build most often lacks: Qt's plugins (platforms, imageformats) and QtPdf, found
from the program's own folder.
"""

from __future__ import annotations

import sys

from reception.self_test import SelfTestContext, SelfTestFailed, main

NEEDED_IMAGE_FORMATS = ("png", "svg", "ico")


def check_qt(context: SelfTestContext) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = QMainWindow()
    window.show()
    app.processEvents()
    window.close()
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in NEEDED_IMAGE_FORMATS if f not in formats]
    if missing:
        raise SelfTestFailed(f"billedformater mangler: {', '.join(missing)}")
    from ui.icon import app_icon

    if app_icon().isNull():
        raise SelfTestFailed("programmets ikon kunne ikke indlæses")
    pages = "ingen PDF at vise"
    if context.pdf:
        data = QByteArray(context.pdf)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.pageCount() < 1:
            raise SelfTestFailed(f"QtPdf kan ikke vise arket ({document.status().name})")
        from reception.words import count_of

        pages = f"QtPdf viser arket ({count_of(document.pageCount(), 'side', 'sider')})"
    return f"platform »{app.platformName()}«, {', '.join(NEEDED_IMAGE_FORMATS)}, {pages}"


def attach_windows_console() -> None:
    """A windowed Windows build has no stdout: write to the console it was started from."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - until exit
        sys.stderr = sys.stdout


def run_self_test() -> int:
    """``--self-test``: the core checks, then Qt's; the exit code for the shell."""
    attach_windows_console()
    return main(extra=[("Qt: platform, billedformater og PDF-visning", check_qt)])
