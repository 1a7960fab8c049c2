"""Filer → Klinikkens tekster: browse every text by kind, edit it with a live preview,
add questions, conditions and sections, see and bring back earlier versions.

Everything is saved through ``reception.content.clinic_texts``: the same checks as
the content files' loader, a new row per change, and the search follows at once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.content import clinic_texts
from reception.content.clinic_texts import Proposed, TextRejected
from reception.content.model import Content
from reception.content.overlay import (
    DRAFT,
    TextChange,
    TextConflict,
    entry_of,
    normalized,
    page_key,
)
from reception.content.validation import field_of, problem_code
from reception.errors import Text
from ui.formats import date_time
from ui.item_roles import USER_ROLE
from ui.messages import message_of, problem_of
from ui.shortcuts import install
from ui.texts.form import EntryForm
from ui.texts.preview import reader_preview, sheet_preview
from ui.translations import plural

if TYPE_CHECKING:
    from ui.texts.live import LiveTexts

CHECK_DELAY_MS = 200  # after the last keystroke: check and preview (≈ 10–20 ms)
NEW_SECTION_ID = "hvad-er-det"
SHIPPED = "shipped"  # the history's last line: the text as the program has it


def slug(text: str) -> str:
    """An id from a question or title: »Hvad koster en konsultation?« → hvad-koster-en-…"""
    folded = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60].strip("-")


class ClinicTextsDialog(QDialog):
    """The editor: a list of texts, the chosen text's fields, its preview and history."""

    def __init__(self, live: LiveTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinicTextsDialog")
        self.setWindowTitle(self.tr("Klinikkens tekster"))
        self.live = live
        self.kind = ""
        self.key = ""
        self.new = False
        self._extra: dict[str, Any] = {}  # a new condition's first section
        self.form: EntryForm | None = None
        self.section_form: EntryForm | None = None
        self._shown_changes: list[TextChange | TextConflict | str] = []  # SHIPPED: the file
        self._shown_data: dict[str, Any] = {}  # the entry as the form was filled
        self._saving = False  # a reload now comes from this editor's own save
        self._closing_quietly = False  # closed by the program, not by the receptionist

        self.conflict_banner = QLabel(self)
        self.conflict_banner.setObjectName("textsConflictBanner")
        self.conflict_banner.setWordWrap(True)
        self.conflict_banner.setStyleSheet(
            "background:#fff3cd; color:#664d03; padding:6px; border-radius:3px")
        self.conflict_banner.hide()

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("textsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Tekster"))
        self.tree.currentItemChanged.connect(self._chosen)
        self.new_faq_button = QToolButton(self)
        self.new_faq_button.setObjectName("newFaqButton")
        self.new_faq_button.setText(self.tr("&Nyt spørgsmål"))
        self.new_faq_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_faq_button.clicked.connect(lambda: self.start_new_faq())
        self.new_faq_button.setMenu(self._practical_menu())
        install("menu_button", self.new_faq_button, self.new_faq_button.showMenu,
                Qt.ShortcutContext.WidgetShortcut)
        self.new_condition_button = QPushButton(self.tr("Ny s&ygdom"), self)
        self.new_condition_button.setObjectName("newConditionButton")
        self.new_condition_button.clicked.connect(self.start_new_condition)
        self.new_section_button = QPushButton(self.tr("Nyt &afsnit"), self)
        self.new_section_button.setObjectName("newSectionButton")
        self.new_section_button.setToolTip(self.tr("Et nyt afsnit til den valgte sygdom"))
        self.new_section_button.clicked.connect(self.start_new_section)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        tree_label = QLabel(self.tr("&Tekster"), left)
        tree_label.setBuddy(self.tree)
        left_layout.addWidget(tree_label)
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_faq_button)
        buttons.addWidget(self.new_condition_button)
        buttons.addWidget(self.new_section_button)
        left_layout.addLayout(buttons)

        self.heading = QLabel(self)
        self.heading.setObjectName("textHeading")
        self.heading.setWordWrap(True)
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        self.needs_approval = QCheckBox(self.tr("&Kræver lægens godkendelse (vises som udkast)"),
                                        self)
        self.needs_approval.setObjectName("needsApprovalCheck")
        self.needs_approval.toggled.connect(self._schedule_check)
        self.status = QLabel(self)
        self.status.setObjectName("textStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Gem"), self)
        self.save_button.setObjectName("saveTextButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.approve_button = QPushButton(self.tr("Go&dkend udkastet"), self)
        self.approve_button.setObjectName("approveTextButton")
        self.approve_button.clicked.connect(self.approve)
        self.shipped_button = QPushButton(self.tr("&Programmets tekst igen"), self)
        self.shipped_button.setObjectName("shippedTextButton")
        self.shipped_button.setToolTip(self.tr("Brug teksten, som programmet kom med"))
        self.shipped_button.clicked.connect(self.back_to_shipped)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.heading)
        middle_layout.addWidget(self.form_area, 1)
        middle_layout.addWidget(self.needs_approval)
        middle_layout.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.shipped_button)
        actions.addStretch(1)
        middle_layout.addLayout(actions)

        self.reader_preview = QTextBrowser(self)
        self.reader_preview.setObjectName("readerPreview")
        self.sheet_preview = QTextBrowser(self)
        self.sheet_preview.setObjectName("sheetPreview")
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        for text, view, stretch in ((self.tr("I klinikkens viden:"), self.reader_preview, 3),
                                    (self.tr("På informationsarket:"), self.sheet_preview, 2)):
            label = QLabel(text, preview)
            label.setBuddy(view)  # what a screen reader calls the view
            preview_layout.addWidget(label)
            preview_layout.addWidget(view, stretch)

        self.history_list = QListWidget(self)
        self.history_list.setObjectName("historyList")
        self.history_list.setAccessibleName(self.tr("Versioner"))
        self.history_list.currentRowChanged.connect(self._show_version)
        self.then_view = QTextBrowser(self)
        self.then_view.setObjectName("historyThen")
        self.now_view = QTextBrowser(self)
        self.now_view.setObjectName("historyNow")
        self.bring_back_button = QPushButton(self.tr("H&ent denne version frem"), self)
        self.bring_back_button.setObjectName("bringBackButton")
        self.bring_back_button.clicked.connect(self.bring_back)
        self.keep_ours_button = QPushButton(self.tr("&Behold klinikkens tekst"), self)
        self.keep_ours_button.setObjectName("keepOursButton")
        self.keep_ours_button.clicked.connect(self.keep_ours)
        self.take_shipped_button = QPushButton(self.tr("Br&ug programmets nye tekst"), self)
        self.take_shipped_button.setObjectName("takeShippedButton")
        self.take_shipped_button.clicked.connect(self.take_shipped)
        history = QWidget(self)
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_list, 1)
        self.then_label = QLabel(self.tr("Den valgte version"), history)
        side = QSplitter(history)
        for label, view in ((self.then_label, self.then_view),
                            (QLabel(self.tr("Teksten nu"), history), self.now_view)):
            box = QWidget(side)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            label.setBuddy(view)
            column.addWidget(label)
            column.addWidget(view)
            side.addWidget(box)
        history_layout.addWidget(side, 3)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.bring_back_button)
        history_buttons.addWidget(self.keep_ours_button)
        history_buttons.addWidget(self.take_shipped_button)
        history_buttons.addStretch(1)
        history_layout.addLayout(history_buttons)

        from ui.sheets.pdf_preview import PdfPreview

        self.pdf_preview = PdfPreview(self)
        self.pdf_preview.setObjectName("textsPdfPreview")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("textsTabs")
        self.tabs.addTab(preview, self.tr("&Visning"))
        self.tabs.addTab(self.pdf_preview, self.tr("A&rk (PDF)"))
        self.tabs.addTab(history, self.tr("&Historik"))
        self.tabs.currentChanged.connect(lambda _index: self._render_pdf())
        self._preview_content: Content | None = None
        self._preview_key = ""

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        self.splitter = splitter

        self.export_button = QPushButton(self.tr("Ek&sporter …"), self)
        self.export_button.setObjectName("exportTextsButton")
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("&Importer …"), self)
        self.import_button.setObjectName("importTextsButton")
        self.import_button.clicked.connect(self.import_folder)
        close = self.close_button = QPushButton(self.tr("&Luk"), self)
        close.setObjectName("closeTextsButton")
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self.live.loaded.connect(self._reloaded)
        self.resize(1280, 760)
        self._fill_tree()
        self._show_entry("", "")
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab as the eye reads: the list, the fields, their buttons, then the tab bar
        before the shown tab's contents (a tab's page would otherwise come first)."""
        chain: list[QWidget] = [self.tree, self.new_faq_button, self.new_condition_button,
                                self.new_section_button]
        for form in (self.form, self.section_form):
            chain.extend(form.editors.values() if form is not None else ())
        chain += [self.needs_approval, self.save_button, self.approve_button,
                  self.shipped_button, self.tabs, self.tabs.tabBar(), self.reader_preview,
                  self.sheet_preview, self.pdf_preview.view, self.history_list,
                  self.then_view, self.now_view, self.bring_back_button,
                  self.keep_ours_button, self.take_shipped_button, self.export_button,
                  self.import_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- the list of texts ----------------------------------------------------------------

    @property
    def content(self) -> Content:
        assert self.live.state is not None
        return self.live.state.content

    def _changes(self) -> list[TextChange]:
        assert self.live.state is not None
        return list(self.live.state.changes)

    def _practical_menu(self) -> QMenu:
        """Questions callers ask that only the clinic can answer: the question is filled
        in, the answer is the clinic's to write."""
        menu = QMenu(self)
        for question, tags in (
            (self.tr("Hvad koster en konsultation?"), "pris\nbetaling\nkoster"),
            (self.tr("Hvor ligger klinikken?"), "adresse\nvej\nfind vej"),
            (self.tr("Hvornår har klinikken åbent?"), "åbningstider\nåbent\ntelefontid"),
            (self.tr("Hvor kan jeg parkere?"), "parkering\nbil\nparkere"),
            (self.tr("Hvordan melder jeg afbud?"), "afbud\naflyse\nflytte tid"),
        ):
            action = menu.addAction(question)
            action.triggered.connect(
                lambda _checked=False, q=question, t=tags: self.start_new_faq(q, t))
        return menu

    def _fill_tree(self) -> None:
        content = self.content
        conflicts = {(c.kind, c.key) for c in self.live.state.conflicts} \
            if self.live.state else set()
        self.tree.blockSignals(True)
        self.tree.clear()
        changed = {(c.kind, c.key) for c in self._changes()}

        def leaf(parent: QTreeWidget | QTreeWidgetItem, title: str, kind: str,
                 key: str) -> QTreeWidgetItem:
            marks = []
            if page_key(kind, key) in content.drafts:
                marks.append(self.tr("udkast"))
            elif (kind, key) in changed:
                marks.append(self.tr("ændret"))
            if (kind, key) in conflicts:
                marks.append(self.tr("opdateret af programmet"))
            text = f"{title}  ({', '.join(marks)})" if marks else title
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, USER_ROLE, f"{kind}|{key}")
            item.setToolTip(0, title)
            return item

        faq = QTreeWidgetItem(self.tree, [self.tr("Spørgsmål og svar")])
        topics: dict[str, QTreeWidgetItem] = {}
        for entry in content.faq:
            topic = topics.get(entry.topic) or QTreeWidgetItem(faq, [entry.topic])
            topics[entry.topic] = topic
            leaf(topic, entry.question, "faq", entry.id)
        conditions = QTreeWidgetItem(self.tree, [self.tr("Sygdomme")])
        for condition in content.conditions:
            node = leaf(conditions, condition.title, "condition", condition.id)
            for section in condition.sections:
                leaf(node, section.title, "section", f"{condition.id}/{section.id}")
        steps = QTreeWidgetItem(self.tree, [self.tr("Før en guldbehandling")])
        for step in content.steps:
            leaf(steps, f"{step.number}. {step.title}", "step", step.id)
        if content.clinic is not None:
            leaf(self.tree, self.tr("Klinikkens oplysninger"), "clinic", "clinic")
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setExpanded(True)
        self.tree.blockSignals(False)
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        count = len(self.live.state.conflicts) if self.live.state else 0
        self.conflict_banner.setVisible(count > 0)
        if count:
            self.conflict_banner.setText(plural(
                count,
                self.tr("En programopdatering har ændret {n} tekst, som klinikken også har "
                        "ændret. Klinikkens tekst vises stadig. Vælg den (mærket »opdateret af "
                        "programmet«) og se begge under Historik."),
                self.tr("En programopdatering har ændret {n} tekster, som klinikken også har "
                        "ændret. Klinikkens tekster vises stadig. Vælg dem (mærket »opdateret "
                        "af programmet«) og se begge under Historik.")))

    def find_item(self, kind: str, key: str) -> QTreeWidgetItem | None:
        wanted = f"{kind}|{key}"
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, USER_ROLE) == wanted:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def select(self, kind: str, key: str) -> None:
        item = self.find_item(kind, key)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, USER_ROLE) if item is not None else None
        if data:
            kind, _, key = str(data).partition("|")
            self._show_entry(kind, key)

    # --- one text -------------------------------------------------------------------------

    def _show_entry(self, kind: str, key: str, data: dict[str, Any] | None = None,
                    *, new: bool = False) -> None:
        self.kind, self.key, self.new = kind, key, new
        self.section_form = None
        if not kind:
            self.heading.setText(self.tr("Vælg en tekst i listen, eller lav en ny."))
            self.form = None
            self.form_area.setWidget(QWidget())
            self._set_buttons()
            self._fill_history()
            return
        if data is None:
            data = entry_of(self.live.files_now(), kind, key) or {}
        self._shown_data = data
        self.form = EntryForm(kind, data, new=new)
        self.form.changed.connect(self._schedule_check)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(self.form)
        if new and kind == "condition":  # a condition needs its first section
            column.addWidget(QLabel("<b>" + html.escape(self.tr("Første afsnit")) + "</b>"))
            self.section_form = EntryForm("section", {"id": NEW_SECTION_ID}, new=False)
            self.section_form.setObjectName("sectionForm")
            self.section_form.changed.connect(self._schedule_check)
            column.addWidget(self.section_form)
        column.addStretch(1)
        self.form_area.setWidget(holder)
        self._order_tabs()
        if new and "id" in self.form.editors:
            self.form.editors["question" if kind == "faq" else "title"].textChanged.connect(
                self._suggest_id)
        self.heading.setText("<b>" + html.escape(self._kind_word(kind)) + "</b>")
        self.needs_approval.blockSignals(True)
        self.needs_approval.setChecked(page_key(kind, key) in self.content.drafts)
        self.needs_approval.blockSignals(False)
        self._fill_history()
        self.check_now()

    # --- leaving ---------------------------------------------------------------------------

    def accept(self) -> None:  # »Luk«
        if self._may_leave():
            super().accept()

    def reject(self) -> None:  # Esc and the window's close box
        if self._may_leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing_quietly = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closing_quietly = False

    def _may_leave(self) -> bool:
        """Typing that is not saved is not thrown away by Esc or »Luk«: she is asked, and
        the safe answer (back to the text) is what Enter and Esc choose."""
        if self._closing_quietly or not self.dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Rettelsen er ikke gemt"),
                          self.tr("Det du har skrevet, er ikke gemt. Vil du lukke og kassere "
                                  "det?"), parent=self)
        box.setObjectName("leaveTextsBox")
        discard = box.addButton(self.tr("&Kassér og luk"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardTextButton")
        stay = box.addButton(self.tr("&Tilbage til teksten"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("backToTextButton")
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is discard

    def _kind_word(self, kind: str) -> str:
        words = {"faq": self.tr("Spørgsmål og svar"), "condition": self.tr("Sygdom"),
                 "section": self.tr("Afsnit af en sygdom"), "step": self.tr("Trin før en "
                 "guldbehandling"), "clinic": self.tr("Klinikkens oplysninger")}
        word = words.get(kind, "")
        return self.tr("{kind} (ny)").format(kind=word) if self.new else word

    def _suggest_id(self, text: str) -> None:
        if self.form is None or "id" not in self.form.editors:
            return
        prefix = f"{self.key.partition('/')[0]}/" if self.kind == "section" else ""
        self.form.set_value("id", slug(text))
        self.key = prefix + slug(text)

    def start_new_faq(self, question: str = "", tags: str = "") -> None:
        self.tree.setCurrentItem(None)
        self._show_entry("faq", "", {"topic": self.tr("Praktisk"),
                                     "source": self.tr("Klinikken")}, new=True)
        assert self.form is not None
        if question:
            self.form.set_value("question", question)
            self.form.set_value("tags", tags)
        self.form.editors["question"].setFocus()

    def start_new_condition(self) -> None:
        self.tree.setCurrentItem(None)
        self._show_entry("condition", "", {"source": self.tr("Klinikken")}, new=True)
        self._type_first()

    def start_new_section(self) -> None:
        condition = self.key.partition("/")[0] if self.kind in ("condition", "section") else ""
        if not condition:
            QMessageBox.information(self, self.tr("Nyt afsnit"),
                                    self.tr("Vælg først den sygdom, afsnittet hører til."))
            return
        self.tree.setCurrentItem(None)
        self._show_entry("section", f"{condition}/", {}, new=True)
        self._type_first()

    def _type_first(self) -> None:
        """A new text by keys: the typing starts in its title (its id follows)."""
        if self.form is not None and "title" in self.form.editors:
            self.form.editors["title"].setFocus()

    def proposed(self) -> list[Proposed]:
        """What the form would save."""
        if self.form is None:
            return []
        data = self.form.data()
        key = self.key
        if self.new:
            ident = str(data.get("id", ""))
            key = f"{key.partition('/')[0]}/{ident}" if self.kind == "section" else ident
            if self.kind == "condition":
                data.pop("id", None)
        found = [Proposed(self.kind, key, data)]
        if self.section_form is not None:
            found.append(Proposed("section", f"{key}/{NEW_SECTION_ID}", self.section_form.data()))
        return found

    def _schedule_check(self) -> None:
        self._check_timer.start()

    def check_now(self) -> bool:
        """Check the form as the loader would, show problems beside the fields, and preview
        the result; True when it could be saved."""
        self._check_timer.stop()
        proposed = self.proposed()
        if not proposed:
            return False
        shipped = self.live.shipped
        changes = self._changes()
        problems: dict[str, str] = {}
        general: list[str] = []
        try:
            clinic_texts.check(shipped, changes, proposed)
        except TextRejected as rejected:
            problems = {name: self._field_message(what)
                        for name, what in rejected.field_problems.items()}
            general = [message_of(p.message) for p in rejected.problems
                       if field_of(p.message) is None]
        assert self.form is not None
        self.form.show_problems(problems)
        if self.section_form is not None:
            self.section_form.show_problems(problems)
        ok = not problems and not general
        self.status.setText("\n".join(general))
        self.save_button.setEnabled(ok)
        self._preview(proposed if ok else [])
        self._set_buttons()
        return ok

    def _field_message(self, what: Text) -> str:
        """What is wrong with a field, in the receptionist's language, shown under it."""
        if problem_code(what) in ("missing", "empty", "empty_list"):
            return self.tr("Skal udfyldes.")
        text = message_of(what)
        return text[:1].upper() + text[1:]

    def _preview(self, proposed: list[Proposed]) -> None:
        """The text (a new condition: with its first section) as the reader and sheet show it;
        untouched, as it is now (the sheet's revision date too)."""
        content = self._content_with(proposed if self.new or self.dirty() else [])
        if self.kind == "clinic":
            keys = ["clinic"]
        elif proposed:
            keys = [page_key(p.kind, p.key) for p in proposed]
        else:
            keys = [page_key(self.kind, self.key)]
        shown = "<hr>".join(reader_preview(content, k) for k in keys)
        if not proposed or not shown:
            shown = "<p style='color:#777'>" + html.escape(self.tr(
                "Visningen kommer, når de røde fejl er rettet.")) + "</p>"
        self.reader_preview.setHtml(shown)
        self.sheet_preview.setHtml("".join(sheet_preview(content, k) for k in keys[-1:])
                                   if proposed else "")
        self._preview_content = content if proposed else None
        self._preview_key = keys[-1]
        self._render_pdf()

    def _render_pdf(self) -> None:
        """The real sheet, rendered only while its tab is shown (≈ 10 ms; the first one
        loads reportlab)."""
        if self.tabs.currentWidget() is not self.pdf_preview:
            return
        if self._preview_content is None:
            self.pdf_preview.clear()
            return
        from ui.texts.preview import sheet_pdf

        self.pdf_preview.set_pdf(sheet_pdf(self._preview_content, self._preview_key))

    def _content_with(self, proposed: list[Proposed]) -> Content:
        changes = clinic_texts.with_proposed(self._changes(), proposed)
        return clinic_texts.effective(self.live.shipped, changes, with_drafts=True)

    def _set_buttons(self) -> None:
        history = clinic_texts.history(self.kind, self.key) if self.kind and not self.new else []
        draft = bool(history) and history[0].status == DRAFT
        self.approve_button.setVisible(draft)
        shipped = entry_of(self.live.shipped, self.kind, self.key) if self.kind else None
        self.shipped_button.setVisible(
            shipped is not None and bool(history) and history[0].data is not None)
        self.new_section_button.setEnabled(self.kind in ("condition", "section") and
                                           not self.new)

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        if not self.check_now():
            return False
        proposed = self.proposed()
        try:
            with self._own_change():
                saved = clinic_texts.save(self.live.shipped, proposed,
                                          draft=self.needs_approval.isChecked())
        except TextRejected as rejected:
            self.status.setText(message_of(Text(rejected.template, problems="; ".join(
                message_of(p.message) for p in rejected.problems))))
            return False
        first = proposed[0]
        self.status.setText(self.tr("Gemt.") if saved else self.tr("Ingen ændringer at gemme."))
        self.select(first.kind, first.key)
        return True

    @contextmanager
    def _own_change(self) -> Iterator[None]:
        """The reload that follows is this editor's doing: the form is refreshed."""
        self._saving = True
        try:
            yield
        finally:
            self._saving = False

    def approve(self) -> None:
        with self._own_change():
            clinic_texts.approve(self.live.shipped, self.kind, self.key)
        self.status.setText(self.tr("Godkendt: teksten er ikke længere et udkast."))

    def back_to_shipped(self) -> None:
        with self._own_change():
            clinic_texts.save(self.live.shipped, [Proposed(self.kind, self.key, None)],
                              note="programmets tekst igen")
        self.status.setText(self.tr("Programmets tekst bruges igen; klinikkens er i historikken."))

    def dirty(self) -> bool:
        """The form holds typing that is not saved."""
        return self.form is not None and \
            normalized(self.form.data()) != normalized(self._shown_data)

    def _reloaded(self) -> None:
        """After a save: the list, the form and its history anew. A change saved elsewhere
        (another desk) while the form holds unsaved typing leaves the form alone."""
        kind, key, new = self.kind, self.key, self.new
        self._fill_tree()
        if new:
            return
        if not self._saving and self.dirty():
            self.status.setText(self.tr("Teksterne er ændret et andet sted. Din rettelse er "
                                        "ikke gemt endnu; Historik viser den andens."))
            return
        status = self.status.text()
        if self.find_item(kind, key) is None:
            self._show_entry("", "")
        else:
            self.tree.setCurrentItem(None)
            self.select(kind, key)
        self.status.setText(status)

    # --- history --------------------------------------------------------------------------

    def _fill_history(self) -> None:
        self.history_list.blockSignals(True)
        self.history_list.clear()
        self._shown_changes = []
        if self.new or not self.kind:
            self.history_list.blockSignals(False)
            self._show_version(-1)
            return
        for conflict in self.live.state.conflicts if self.live.state else ():
            if (conflict.kind, conflict.key) == (self.kind, self.key):
                self._shown_changes.append(conflict)
                QListWidgetItem(self.tr("Programmets nye tekst (fra en opdatering)"),
                                self.history_list)
        for change in clinic_texts.history(self.kind, self.key):
            self._shown_changes.append(change)
            when = date_time(change.changed_at)
            who = change.changed_by or self.tr("ukendt")
            status = self.tr("udkast") if change.status == DRAFT else self.tr("godkendt")
            text = f"{when} · {who} ({change.desk}) · {status}"
            if change.data is None:
                text += " · " + self.tr("programmets tekst")
            if change.note:
                text += f" · {change.note}"
            QListWidgetItem(text, self.history_list)
        if self._shown_changes and entry_of(self.live.shipped, self.kind, self.key) is not None:
            self._shown_changes.append(SHIPPED)
            QListWidgetItem(self.tr("Programmets tekst (udgangspunktet)"), self.history_list)
        self.history_list.blockSignals(False)
        self.history_list.setCurrentRow(0 if self._shown_changes else -1)
        self._show_version(self.history_list.currentRow())

    def _show_version(self, row: int) -> None:
        shown = self._shown_changes[row] if 0 <= row < len(self._shown_changes) else None
        conflict = isinstance(shown, TextConflict)
        self.keep_ours_button.setVisible(conflict)
        self.take_shipped_button.setVisible(conflict)
        self.bring_back_button.setVisible(isinstance(shown, TextChange) or shown == SHIPPED)
        key = "clinic" if self.kind == "clinic" else page_key(self.kind, self.key)
        self.now_view.setHtml(reader_preview(self.content, key) if self.kind else "")
        if shown is None:
            self.then_view.setHtml("")
            return
        if isinstance(shown, str):
            data = None
        else:
            data = shown.shipped if isinstance(shown, TextConflict) else shown.data
        self.then_label.setText(self.tr("Programmets nye tekst") if conflict
                                else self.tr("Den valgte version"))
        if data is None and not isinstance(shown, TextConflict):
            data = entry_of(self.live.shipped, self.kind, self.key)
        if data is None:
            self.then_view.setHtml("<p>" + html.escape(self.tr("Fjernet i programmet.")) + "</p>")
            return
        version = self._content_with([Proposed(self.kind, self.key, data)])
        self.then_view.setHtml(reader_preview(replace(version, drafts=frozenset()), key))

    def bring_back(self) -> None:
        row = self.history_list.currentRow()
        shown = self._shown_changes[row] if 0 <= row < len(self._shown_changes) else None
        with self._own_change():
            if isinstance(shown, TextChange):
                clinic_texts.bring_back(self.live.shipped, shown.id)
            elif shown == SHIPPED:
                clinic_texts.save(self.live.shipped, [Proposed(self.kind, self.key, None)],
                                  note="programmets tekst hentet frem")
            else:
                return
        self.status.setText(self.tr("Den valgte version er hentet frem."))

    def _conflict(self) -> TextConflict | None:
        row = self.history_list.currentRow()
        shown = self._shown_changes[row] if 0 <= row < len(self._shown_changes) else None
        return shown if isinstance(shown, TextConflict) else None

    def keep_ours(self) -> None:
        conflict = self._conflict()
        if conflict is not None:
            with self._own_change():
                clinic_texts.keep_ours(self.live.shipped, conflict)

    def take_shipped(self) -> None:
        conflict = self._conflict()
        if conflict is not None:
            with self._own_change():
                clinic_texts.take_shipped(self.live.shipped, conflict)

    # --- export and import ----------------------------------------------------------------

    def export(self, folder: str | None = None) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from reception.content.exchange import ExportRefused
        from reception.content.exchange import export as export_files

        folder = folder or QFileDialog.getExistingDirectory(
            self, self.tr("Eksporter klinikkens tekster til mappe"))
        if not folder:
            return
        try:
            written = export_files(self.live.shipped, Path(folder))
        except (ExportRefused, OSError) as error:
            QMessageBox.warning(self, self.tr("Eksport"), message_of(error))
            return
        self.status.setText(plural(len(written), self.tr("{n} fil skrevet til {{folder}}."),
                                   self.tr("{n} filer skrevet til {{folder}}."))
                            .format(folder=folder))

    def import_folder(self, folder: str | None = None, *, confirm: bool = True) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from reception.content.exchange import apply_import, plan_import

        folder = folder or QFileDialog.getExistingDirectory(
            self, self.tr("Importer klinikkens tekster fra mappe"))
        if not folder:
            return
        plan = plan_import(self.live.shipped, Path(folder))
        if not plan.ok:
            QMessageBox.warning(self, self.tr("Import"), self.tr(
                "Teksterne i mappen kan ikke indlæses; intet er gemt:") + "\n\n"
                + "\n".join(problem_of(p) for p in plan.problems[:20]))
            return
        if not plan.changes:
            self.status.setText(self.tr("Mappen har ingen ændringer."))
            return
        question = (plural(len(plan.changes), self.tr("Gem {n} ændring?"),
                           self.tr("Gem {n} ændringer?")) + "\n\n"
                    + "\n".join(plan.lines[:30]))
        if confirm and QMessageBox.question(self, self.tr("Import"), question) \
                != QMessageBox.StandardButton.Yes:
            return
        with self._own_change():
            apply_import(self.live.shipped, plan)
        self.status.setText(plural(len(plan.changes), self.tr("{n} ændring importeret."),
                                   self.tr("{n} ændringer importeret.")))
