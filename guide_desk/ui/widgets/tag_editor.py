# SPDX-License-Identifier: Apache-2.0
"""One customer's tags, grouped by tag group as toggle buttons; a click tags or untags at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QWidget

from guide_desk.app_data import Changes
from guide_desk.customers.tags import customer_tags, list_tags, tag_customers, untag_customers
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error

PER_ROW = 4


class TagEditor(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._customer_id: str | None = None
        self.buttons: dict[str, QToolButton] = {}
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setColumnStretch(1, 1)

    def show_customer(self, customer_id: str | None) -> None:
        self._customer_id = customer_id
        self._rebuild()

    def _rebuild(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, not only at the next event loop turn
                widget.deleteLater()
        self.buttons.clear()
        if self._customer_id is None:
            return
        tags = self._context.read(list_tags, with_usage=False)
        mine = {t.id for t in self._context.read(customer_tags, customer_id=self._customer_id)}
        grids: dict[str, QGridLayout] = {}
        for tag in tags:
            if tag.group_id not in grids:
                label = QLabel(tag.group_name)
                label.setObjectName("tagGroupLabel")
                index = len(grids)
                self._layout.addWidget(label, index, 0, Qt.AlignmentFlag.AlignTop)
                holder = QWidget()
                grids[tag.group_id] = QGridLayout(holder)
                grids[tag.group_id].setContentsMargins(0, 0, 0, 0)
                grids[tag.group_id].setAlignment(Qt.AlignmentFlag.AlignLeft)
                self._layout.addWidget(holder, index, 1)
            button = QToolButton()
            button.setText(tag.name)
            button.setCheckable(True)
            button.setChecked(tag.id in mine)
            button.setAccessibleName(self.tr("Tag %1 in %2").replace("%1", tag.name).replace("%2", tag.group_name))
            button.toggled.connect(lambda on, tag_id=tag.id: self._toggle(tag_id, on))
            grid = grids[tag.group_id]
            grid.addWidget(button, grid.count() // PER_ROW, grid.count() % PER_ROW)  # wraps: the panel is narrow
            self.buttons[tag.id] = button

    def _toggle(self, tag_id: str, on: bool) -> None:
        if self._customer_id is None:
            return
        def settled(_: object) -> None:
            self._rebuild()  # an exclusive group may have dropped a sibling tag; a refusal shows what is stored
            self.changed.emit()

        def refused(exc: BaseException) -> None:
            show_error(self, exc)
            settled(None)

        self._context.write(self, tag_customers if on else untag_customers, customer_ids=[self._customer_id],
                            tag_ids=[tag_id], by_guide_id=self._context.guide.id).changes(
            Changes.of(customers=[self._customer_id], tags=[tag_id])).success(settled).failure(refused).run()
