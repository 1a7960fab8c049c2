"""Browse the content without searching: conditions, FAQ by topic, the six steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeWidget, QWidget

from ui.item_roles import USER_ROLE

if TYPE_CHECKING:  # its type (and enums) are built by the first fill, after the paint
    from PySide6.QtWidgets import QTreeWidgetItem

    from reception.content import Content

KEY_ROLE = USER_ROLE


class BrowseTree(QTreeWidget):
    """Filled by ``fill()``: the knowledge panel does it right after the window's first
    paint (about sixty items with fonts and tooltips, which that paint can do without)."""

    page_chosen = Signal(str)

    def __init__(self, content: Content | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts: frozenset[str] = frozenset()
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Emner"))
        self._content: Content | None = content  # until filled
        self._filled = False
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def fill(self) -> None:
        """The conditions, the FAQ by topic and the steps (once, when the texts are read)."""
        if not self._filled and self._content is not None:
            content, self._content = self._content, None
            self._filled = True
            self._fill(content)

    def set_content(self, content: Content) -> None:
        """New texts (the clinic changed one): shown now if filled, else at ``fill()``."""
        if not self._filled:
            self._content = content
            return
        self.clear()
        self._fill(content)

    def _fill(self, content: Content) -> None:
        from PySide6.QtWidgets import QTreeWidgetItem

        self._drafts = content.drafts
        conditions = self._group(self.tr("Sygdomme"))
        for condition in content.conditions:
            node = self._leaf(conditions, condition.title, f"condition:{condition.id}")
            for section in condition.sections:
                self._leaf(node, section.title, f"condition:{condition.id}/{section.id}")

        faq = self._group(self.tr("Spørgsmål og svar"))
        topics: dict[str, QTreeWidgetItem] = {}
        for entry in content.faq:
            topic = topics.get(entry.topic)
            if topic is None:
                topic = topics[entry.topic] = QTreeWidgetItem(faq, [entry.topic])
            self._leaf(topic, entry.question, f"faq:{entry.id}")

        steps = self._group(self.tr("Før en guldbehandling"))
        for step in content.steps:
            self._leaf(steps, f"{step.number}. {step.title}", f"step:{step.id}")

        for i in range(self.topLevelItemCount()):
            self.topLevelItem(i).setExpanded(True)

    def _group(self, title: str) -> QTreeWidgetItem:
        from PySide6.QtWidgets import QTreeWidgetItem

        item = QTreeWidgetItem(self, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _leaf(self, parent: QTreeWidgetItem, title: str, key: str) -> QTreeWidgetItem:
        if key in self._drafts:  # the clinic's change waits for the doctor's approval
            title = self.tr("{title} (udkast)").format(title=title)
        from PySide6.QtWidgets import QTreeWidgetItem

        item = QTreeWidgetItem(parent, [title])
        item.setData(0, KEY_ROLE, key)
        item.setToolTip(0, title)
        return item

    def _chosen(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.page_chosen.emit(str(key))
