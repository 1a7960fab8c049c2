"""The content of a sheet as a tree of check boxes: conditions (and their sections),
questions and answers by topic, and the six steps.

Each checkable item carries its content key (``condition:…``, ``faq:…``, ``steps``);
``selection()`` returns the ticked ones as a ``SheetSelection`` in the order they were
ticked (the pre-ticked ones first, in the order given), which is the sheet's order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from reception.content.model import Content
from reception.sheets import STEPS_KEY, SheetSelection

KEY_ROLE = Qt.ItemDataRole.UserRole


class ContentPicker(QTreeWidget):
    changed = Signal()  # a box was ticked or unticked

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentPicker")
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Indhold i informationsarket"))
        self.setUniformRowHeights(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._order: list[str] = []  # ticked keys, in the order ticked
        self._quiet = False

        bold = self.font()
        bold.setBold(True)
        self.conditions_group = self._group(self.tr("Sygdomme"), bold)
        for condition in content.conditions:
            item = self._checkable(self.conditions_group, condition.title,
                                   f"condition:{condition.id}")
            item.setToolTip(0, self.tr("Kort om {title}").format(title=condition.title))
            for section in condition.sections:
                if section.talking_points:
                    self._checkable(item, section.title,
                                    f"condition:{condition.id}/{section.id}")
        self.faq_group = self._group(self.tr("Spørgsmål og svar"), bold)
        topics: dict[str, QTreeWidgetItem] = {}
        for entry in content.faq:
            topic = topics.get(entry.topic)
            if topic is None:
                topic = topics[entry.topic] = self._group(entry.topic, None, self.faq_group)
            self._checkable(topic, entry.question, f"faq:{entry.id}").setToolTip(
                0, entry.question)
        steps = self._checkable(None, self.tr("Før din guldbehandling (de 6 trin)"), STEPS_KEY)
        steps.setFont(0, bold)
        self.itemChanged.connect(self._on_item_changed)
        self.conditions_group.setExpanded(True)
        self.faq_group.setExpanded(True)

    def _group(self, title: str, font, parent: QTreeWidgetItem | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if font is not None:
            item.setFont(0, font)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _checkable(self, parent: QTreeWidgetItem | None, title: str, key: str
                   ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setData(0, KEY_ROLE, key)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self.items[key] = item
        return item

    # --- reading and setting ----------------------------------------------------------------

    def is_checked(self, key: str) -> bool:
        item = self.items.get(key)
        return item is not None and item.checkState(0) == Qt.CheckState.Checked

    def selection(self) -> SheetSelection:
        ticked = [k for k in self._order if self.is_checked(k)]
        return SheetSelection(tuple(k for k in ticked if k.startswith("condition:")),
                              tuple(k for k in ticked if k.startswith("faq:")),
                              self.is_checked(STEPS_KEY))

    def set_selection(self, selection: SheetSelection) -> None:
        """Tick exactly ``selection``'s keys (unknown keys are ignored); emits ``changed`` once."""
        wanted = set(selection.keys())
        self._quiet = True
        try:
            for key, item in self.items.items():
                state = Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked
                item.setCheckState(0, state)
        finally:
            self._quiet = False
        self._order = [k for k in selection.keys() if k in self.items]
        for key in self._order:
            self._reveal(self.items[key])
        self.changed.emit()

    def set_checked(self, key: str, on: bool) -> None:
        """Tick or untick one key, as a click would."""
        self.items[key].setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _reveal(self, item: QTreeWidgetItem) -> None:
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if self._quiet or not key:
            return
        if item.checkState(0) == Qt.CheckState.Checked and key not in self._order:
            self._order.append(key)
        elif item.checkState(0) != Qt.CheckState.Checked and key in self._order:
            self._order.remove(key)
        self.changed.emit()
