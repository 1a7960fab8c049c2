"""Knowledge panel: type a few letters, pick a hit, read the answer aloud.

The panel gets a ``search`` function and the loaded content from its creator; it
knows nothing of how the index is built.

The first paint shows this panel, so building it must stay cheap: it does not touch
PySide6's ``Qt`` namespace (see ui/item_roles.py), and the pieces only a search
needs (the results list and its model, the hit painter, the "nothing found" label)
are made right after that paint (``finish_start``) or by the first search.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.knowledge.browse_tree import BrowseTree
from ui.translations import plural

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QListView

    from reception.content import Content
    from reception.search import SearchHit
    from ui.knowledge.result_delegate import SearchHitDelegate
    from ui.knowledge.results_model import SearchResultsModel

SearchFunction = Callable[[str], "list[SearchHit]"]
NARROW = 480  # pixels: below this the reader goes under the search instead of beside it


class KnowledgePanel(QWidget):
    """Search field, results (or a browse tree when the field is empty), and a reader."""

    page_shown = Signal(str)  # the key of the page now in the reader
    faq_tick_changed = Signal(str, bool)  # "faq:<id>", ticked for the caller's sheet

    def __init__(self, content: Content | None, search: SearchFunction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._search = search
        self.shown_key = ""
        self._came_from: QWidget | None = None  # where Ctrl+F was pressed; Esc goes back
        self._adaptive = False  # switch the splitter's direction by width (after the paint)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("knowledgeSearchEdit")
        self.search_edit.setPlaceholderText(
            self.tr("Søg i viden: fx nakke, piskesmæld, køre bil …")
        )
        self.search_edit.setAccessibleName(self.tr("Søg i klinikkens viden"))
        self.search_edit.installEventFilter(self)

        self._results: QListView | None = None  # made after the first paint: ``results``
        self._results_model: SearchResultsModel | None = None
        self._hit_painter: SearchHitDelegate | None = None

        self.browse = BrowseTree(content, self)
        self.browse.setObjectName("knowledgeBrowse")

        self._list_font = list_font = self.browse.font()
        list_font.setPointSizeF(list_font.pointSizeF() * 1.1)
        self.browse.setFont(list_font)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.browse)
        self._no_results: QLabel | None = None

        self.reader = QTextBrowser(self)
        self.reader.setObjectName("knowledgeReader")
        self.reader.setOpenLinks(False)
        self.reader.setAccessibleName(self.tr("Tekst"))
        font = self.reader.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.2)
        self.reader.setFont(font)
        self.reader.setHtml(self._welcome_html())
        self.tick_check = QCheckBox(self.tr("Med i informationsarket til den, der ringer"), self)
        self.tick_check.setObjectName("tickFaqCheck")
        self.tick_check.hide()
        self.tick_check.toggled.connect(self._tick_toggled)
        self._ticked: set[str] | None = None  # None: no call running

        left = QWidget(self)
        self._left_layout = left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.stack, 1)
        if content is not None:
            self._show_problems(content)

        self.splitter = QSplitter(parent=self)  # horizontal; a positional parent builds Qt
        self.splitter.setObjectName("knowledgeSplitter")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tick_check)
        right_layout.addWidget(self.reader, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.search_edit.textChanged.connect(self._on_query_changed)
        self.search_edit.returnPressed.connect(self.open_current)
        self.browse.page_chosen.connect(self.show_page)

    @property
    def results(self) -> QListView:
        """The hits of the search typed (made on first use: the first paint shows the
        browse list, and a list view with its model costs some milliseconds to make)."""
        if self._results is None:
            self._make_results()
        assert self._results is not None
        return self._results

    @property
    def results_model(self) -> SearchResultsModel:
        if self._results_model is None:
            self._make_results()
        assert self._results_model is not None
        return self._results_model

    def _make_results(self) -> None:
        from PySide6.QtWidgets import QListView

        from ui.knowledge.results_model import SearchResultsModel

        self._results_model = model = SearchResultsModel(self)
        self._results = view = QListView(self)
        view.setObjectName("knowledgeResults")
        view.setModel(model)
        view.setUniformItemSizes(True)  # one size hint, not a layout of every hit
        view.setWordWrap(True)
        view.setAccessibleName(self.tr("Søgeresultater"))
        view.setFont(self._list_font)
        self.stack.addWidget(view)
        view.activated.connect(self._open_index)
        view.clicked.connect(self._open_index)

    def finish_start(self) -> None:
        """After the first paint: what the first search would otherwise wait for (the clear
        button's icon, ~3 ms; the hit painter, whose import builds QStyle, ~5–8 ms) and the
        browse tree's items."""
        self.browse.fill()
        self.search_edit.setClearButtonEnabled(True)
        self._ensure_hit_painter()
        self._adaptive = True
        self._fit_orientation()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._adaptive:
            self._fit_orientation()

    def _fit_orientation(self) -> None:
        """Narrow (a 1366-pixel laptop): the answer under the search, not beside it."""
        from PySide6.QtCore import Qt

        want = Qt.Orientation.Vertical if self.width() < NARROW else Qt.Orientation.Horizontal
        if self.splitter.orientation() != want:
            total = sum(self.splitter.sizes())
            self.splitter.setOrientation(want)
            if total > 0:
                first = int(total * (0.35 if want == Qt.Orientation.Vertical else 0.4))
                self.splitter.setSizes([first, total - first])

    # --- searching ---------------------------------------------------------------------

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        typing_in = QApplication.focusWidget()
        if typing_in is not None and not self.isAncestorOf(typing_in):
            self._came_from = typing_in
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def return_focus(self) -> bool:
        """Esc in the search field: back to the field the receptionist was typing in."""
        from PySide6.QtCore import Qt
        from shiboken6 import isValid

        target, self._came_from = self._came_from, None
        if target is None or not isValid(target) or not target.isVisible() \
                or not target.isEnabled():
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @property
    def no_results(self) -> QLabel:
        """Shown in place of the results when a search finds nothing."""
        if self._no_results is None:
            from PySide6.QtCore import Qt

            label = QLabel(self.tr("Intet fundet. Prøv et andet ord."), self)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            label.setObjectName("knowledgeNoResults")
            self.stack.addWidget(label)
            self._no_results = label
        return self._no_results

    def _ensure_hit_painter(self) -> None:
        if self._hit_painter is None:
            from ui.knowledge.result_delegate import SearchHitDelegate

            self._hit_painter = SearchHitDelegate(self.results)
            self.results.setItemDelegate(self._hit_painter)
            # a light selection keeps the snippet readable (QPalette's type: not before
            # the first paint, which shows the browse tree, not the results)
            from PySide6.QtGui import QColor, QPalette

            palette = self.results.palette()
            palette.setColor(QPalette.ColorRole.Highlight, QColor("#f6e7b8"))
            palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
            self.results.setPalette(palette)

    def _on_query_changed(self, text: str) -> None:
        if not text.strip():
            if self._results_model is not None:
                self._results_model.set_hits([])
            self.stack.setCurrentWidget(self.browse)
            return
        self._ensure_hit_painter()
        hits = self._search(text)
        self.results_model.set_hits(hits)
        if hits:
            self.stack.setCurrentWidget(self.results)
            self.results.setCurrentIndex(self.results_model.index(0, 0))
        else:
            self.stack.setCurrentWidget(self.no_results)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the search field move through the results without leaving it."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt

            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.return_focus():
                return True
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}.get(Qt.Key(event.key()))
            if step is not None and self._results is not None \
                    and self.stack.currentWidget() is self._results:
                self._move_selection(step)
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, step: int) -> None:
        rows = self.results_model.rowCount()
        if rows == 0:
            return
        current = self.results.currentIndex().row()
        row = min(max(current + step, 0), rows - 1)
        index = self.results_model.index(row, 0)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)
        self._open_index(index)

    def open_current(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid() and self.results_model.rowCount():
            index = self.results_model.index(0, 0)
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        from ui.knowledge.results_model import KeyRole

        key = index.data(KeyRole)
        if key:
            self.show_page(str(key))

    def set_content(self, content: Content) -> None:
        """New texts (the clinic saved a change): the browse list, the hits and the page
        shown follow; the search function already searches the new texts. The first
        texts (read right after the window's first paint) bring the problems banner."""
        if self._content is None:
            self._show_problems(content)
        self._content = content
        self.browse.set_content(content)
        if self.search_edit.text().strip():
            self._on_query_changed(self.search_edit.text())
        if self.shown_key:
            self.show_page(self.shown_key)

    # --- reading -----------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        from reception.content.pages import page_for_key  # first page shown after the paint
        from ui.knowledge.reader_html import page_html

        page = page_for_key(self._content, key) if self._content is not None else None
        if page is None:
            return
        self.reader.setHtml(page_html(page))
        self.shown_key = key
        self._update_tick()
        self.page_shown.emit(key)

    # --- ticking answers for the caller's sheet ----------------------------------------------

    def set_ticked(self, keys: set[str] | None) -> None:
        """The FAQ keys ticked in the running call; None when no call runs."""
        self._ticked = None if keys is None else set(keys)
        self._update_tick()

    def _update_tick(self) -> None:
        show = self._ticked is not None and self.shown_key.startswith("faq:")
        self.tick_check.setVisible(show)
        if show:
            self.tick_check.blockSignals(True)
            self.tick_check.setChecked(self.shown_key in (self._ticked or set()))
            self.tick_check.blockSignals(False)

    def _tick_toggled(self, on: bool) -> None:
        if self._ticked is not None and self.shown_key.startswith("faq:"):
            self.faq_tick_changed.emit(self.shown_key, on)

    def _welcome_html(self) -> str:
        return (
            "<h2>" + self.tr("Klinikkens viden") + "</h2><p>"
            + self.tr("Skriv et par bogstaver i søgefeltet (Ctrl+F), eller vælg et emne i listen.")
            + "</p><p>" + self.tr("Pil op/ned vælger et svar, Enter viser det.") + "</p>"
        )

    def _show_problems(self, content: Content) -> None:
        """A content file problem is shown above the list, whenever the texts are read."""
        if content.problems:
            banner = self._problems_banner(content)
            self._left_layout.insertWidget(1, banner)
            banner.show()  # at once, also when the panel is already on screen

    def _problems_banner(self, content: Content) -> QLabel:
        from ui.messages import problem_of  # and its formats: only for a problem

        count = len(content.problems)
        banner = QLabel(
            plural(count, self.tr("{n} tekst kunne ikke indlæses."),
                   self.tr("{n} tekster kunne ikke indlæses."))
            + " " + self.tr("Resten virker. Hold musen her for detaljer."),
            self,
        )
        banner.setObjectName("contentProblemsBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet("background:#fde2e1; color:#7a1c1c; padding:4px; border-radius:3px")
        banner.setToolTip("\n".join(problem_of(p) for p in content.problems))
        return banner
