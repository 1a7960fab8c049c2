"""A PDF shown inside the app: QPdfDocument over bytes in memory, in a QPdfView.

``set_pdf(data)`` replaces the document and keeps the reader's place (scroll
position) when the new document is the same letter with a tick changed.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    loaded = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("previewPagesLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages_label)
        self._buffer: QBuffer | None = None
        self._data = b""

    @property
    def data(self) -> bytes:
        """The PDF shown now (empty when none)."""
        return self._data

    def page_count(self) -> int:
        return self.document.pageCount()

    def set_pdf(self, data: bytes) -> bool:
        """Show ``data``; False (and an empty view) when QtPdf cannot read it."""
        scroll = self.view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()
        ok = self.document.status() == QPdfDocument.Status.Ready
        self._data = data if ok else b""
        count = self.document.pageCount() if ok else 0
        self.pages_label.setText(self.tr("1 side") if count == 1
                                 else self.tr("{n} sider").format(n=count))
        if ok:
            self.view.verticalScrollBar().setValue(scroll)
        self.loaded.emit(count)
        return ok

    def clear(self) -> None:
        self.document.close()
        self._data = b""
        self.pages_label.setText("")
