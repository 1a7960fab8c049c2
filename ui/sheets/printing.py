"""Printing a PDF through Qt: each page rendered by QtPdf and painted onto a QPrinter.

The page is painted over the whole sheet of paper (``setFullPage``) at 100 %, so the
address lands in the envelope window as on the PDF; a printer that cannot print to
the edge clips the edge, it does not shrink the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ui.translations import tr

MAX_DPI = 300  # enough for text on paper; a 600 dpi printer gets the image scaled


class PrintError(RuntimeError):
    """Printing could not start; ``str(error)`` is Danish."""


def a4_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


def ask_for_printer(parent: QWidget | None, title: str, pages: int) -> QPrinter | None:
    """The system's printer dialog; None when the user cancels."""
    printer = a4_printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("SendSheetDialog", "Udskriv informationsark"))
    dialog.setMinMax(1, max(1, pages))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    printer.setFullPage(True)
    return printer


def _pages(printer: QPrinter, count: int) -> list[int]:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return [p - 1 for p in range(first, min(last, count) + 1)]


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every (chosen) page of ``document`` on ``printer``; returns pages printed."""
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError(tr("Der er ikke noget at udskrive."))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(tr("Printeren kunne ikke startes. Tjek at den er tændt og tilsluttet, "
                            "og prøv igen."))
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for index, page in enumerate(_pages(printer, document.pageCount())):
            if index and not printer.newPage():
                raise PrintError(tr("Printeren stoppede midt i udskriften."))
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                round(points.height() / 72 * dpi)))
            scale = printer.resolution() / 72  # device pixels per point: true size
            painter.drawImage(QRectF(0, 0, points.width() * scale, points.height() * scale),
                              image)
            printed += 1
    finally:
        painter.end()
    return printed
