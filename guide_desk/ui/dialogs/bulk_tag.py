# SPDX-License-Identifier: Apache-2.0
"""Bulk tag: add or remove chosen tags on the customers selected in the list, then say how many changed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.customers.tags import list_tags, tag_customers, untag_customers
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.tag_manager import Confirm, ask_yes_no

TAG_ID = Qt.ItemDataRole.UserRole


class BulkTagDialog(QDialog):
    """Owns one bulk edit over a fixed list of customer ids; the tag checklist comes from list_tags."""

    applied = Signal(int)

    def __init__(self, context: AppContext, customer_ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.customer_ids = list(dict.fromkeys(customer_ids))
        self.confirm: Confirm = ask_yes_no
        self.changed_count: int | None = None
        self.setWindowTitle(self.tr("Tag customers"))
        count = len(self.customer_ids)
        self.summary = QLabel(self.tr("%n customer(s) selected.", "", count))
        self.tags = QTreeWidget()
        self.tags.setHeaderHidden(True)
        self.tags.setAccessibleName(self.tr("Tags to add or remove"))
        self.outcome = QLabel()
        self.outcome.setAccessibleName(self.tr("Result"))
        self.outcome.setWordWrap(True)
        self._fill_tags()
        self.tags.itemChanged.connect(self._update_apply)

        self.add = QRadioButton(self.tr("Add these tags"))
        self.add.setAccessibleName(self.tr("Add these tags"))
        self.remove = QRadioButton(self.tr("Remove these tags"))
        self.remove.setAccessibleName(self.tr("Remove these tags"))
        self.add.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.add)
        modes.addButton(self.remove)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        mode_row = QHBoxLayout()
        mode_row.addWidget(self.add)
        mode_row.addWidget(self.remove)
        mode_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tags, 1)
        layout.addLayout(mode_row)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(420, 460)
        self._update_apply()

    def chosen_tags(self) -> list[str]:
        """Ids of the ticked tags, in the order shown."""
        return [item.data(0, TAG_ID) for item in self._items if item.checkState(0) == Qt.CheckState.Checked]

    def set_chosen_tags(self, tag_ids: Sequence[str]) -> None:
        wanted = set(tag_ids)
        for item in self._items:
            checked = item.data(0, TAG_ID) in wanted
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def apply(self) -> None:
        """Add or remove the ticked tags; the number of (customer, tag) pairs changed is shown and emitted."""
        tag_ids = self.chosen_tags()
        if not tag_ids or not self.customer_ids:
            return
        removing = self.remove.isChecked()
        if removing and not self.confirm(self, self.tr("Remove tags"), self.tr(
                "Remove the ticked tags from %n customer(s)?", "", len(self.customer_ids))):
            return
        service = untag_customers if removing else tag_customers
        self._context.write(self, service, customer_ids=self.customer_ids, tag_ids=tag_ids,
                            by_guide_id=self._context.guide.id).changes(
            Changes.of(customers=self.customer_ids, tags=tag_ids)).success(
            lambda changed: self._applied(changed, removing)).run()

    def _applied(self, changed: int, removing: bool) -> None:
        self.changed_count = changed
        if removing:
            self.outcome.setText(self.tr("Removed %n tag(s) from the selected customers.", "", changed))
        else:
            self.outcome.setText(self.tr("Added %n tag(s) to the selected customers.", "", changed))
        self.applied.emit(changed)

    def _fill_tags(self) -> None:
        tags = self._context.read(list_tags)
        groups: dict[str, QTreeWidgetItem] = {}
        self._items: list[QTreeWidgetItem] = []
        for tag in tags:
            group = groups.get(tag.group_id)
            if group is None:
                group = groups[tag.group_id] = QTreeWidgetItem(self.tags, [tag.group_name])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item = QTreeWidgetItem(group, [tag.name])
            item.setData(0, TAG_ID, tag.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self._items.append(item)
        self.tags.expandAll()
        if not tags:
            self.outcome.setText(self.tr("There are no tags yet. Create them in the tag manager first."))

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(bool(self.customer_ids) and bool(self.chosen_tags()))
