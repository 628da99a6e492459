# SPDX-License-Identifier: Apache-2.0
"""Items of a 1v1 session: what to prepare (SKU, size, stock here) when booking, and afterwards which were
tried on and bought (two checkable columns) when closing the session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from guide_desk.appointments.items import ItemView, PrepItem
from guide_desk.ui.models.base import FlatTableModel, Index

TRIED, BOUGHT = 4, 5


class SessionItemsModel(FlatTableModel):
    def __init__(self, *, outcome: bool = False) -> None:
        headers = [self.tr("SKU"), self.tr("Product"), self.tr("Size"), self.tr("In stock here")]
        if outcome:
            headers += [self.tr("Tried on"), self.tr("Bought")]
        super().__init__(headers)
        self.items: list[ItemView] = []
        self._outcome = outcome

    def set_items(self, items: list[ItemView]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def add(self, item: ItemView) -> bool:
        if any((i.product_id, i.size) == (item.product_id, item.size) for i in self.items):
            return False
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items))
        self.items.append(item)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def prep_items(self) -> list[PrepItem]:
        return [PrepItem(i.product_id, i.size, i.tried, i.bought) for i in self.items]

    def row_total(self) -> int:
        return len(self.items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (TRIED, BOUGHT):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.items[index.row()], index.column()
        if column in (TRIED, BOUGHT):
            if role == Qt.ItemDataRole.CheckStateRole:
                on = item.tried if column == TRIED else item.bought
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (item.sku, item.name, item.size, str(item.stock))[column]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() not in (TRIED, BOUGHT) or role != Qt.ItemDataRole.CheckStateRole:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        item = self.items[index.row()]
        tried = on if index.column() == TRIED else item.tried or on  # bought implies tried on
        bought = on if index.column() == BOUGHT else item.bought and on
        self.items[index.row()] = ItemView(item.product_id, item.sku, item.name, item.size, item.stock, tried, bought)
        self.dataChanged.emit(self.index(index.row(), TRIED), self.index(index.row(), BOUGHT))
        return True
