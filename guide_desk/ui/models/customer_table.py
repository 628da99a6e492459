# SPDX-License-Identifier: Apache-2.0
"""The customers table: a list of matching ids plus a page-wise row cache, so 100k rows cost one id each
until they scroll into view (pairs with customers/search.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from guide_desk.clock import STORE_TZ
from guide_desk.customers.search import CustomerQuery, CustomerRow, customer_rows, search_customer_ids
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.base import FlatTableModel, Index

PAGE = 100
COLUMNS = ("name", "phone", "tier", "tags", "last_purchase", "last_contact", "owner")
SORT_KEYS = {0: "name", 2: "tier", 4: "last_purchase", 5: "last_contact", 6: "owner"}


class CustomerTableModel(FlatTableModel):
    def __init__(self, context: AppContext) -> None:
        super().__init__([self.tr("Name"), self.tr("Phone"), self.tr("Tier"), self.tr("Tags"),
                          self.tr("Last purchase"), self.tr("Last contact"), self.tr("Owner")])
        self._context = context
        self._query = CustomerQuery()
        self._ids: list[str] = []
        self._rows: dict[int, CustomerRow] = {}
        self._tiers = {"normal": self.tr("Member"), "silver": self.tr("Silver"), "gold": self.tr("Gold"),
                       "platinum": self.tr("Platinum")}

    @property
    def query(self) -> CustomerQuery:
        return self._query

    def set_query(self, query: CustomerQuery) -> None:
        ids = self._context.read(search_customer_ids, query=query)
        self.beginResetModel()
        self._query, self._ids, self._rows = query, ids, {}
        self.endResetModel()

    def customer_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, customer_id: str) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def forget_rows(self) -> None:
        """Drop cached rows after an edit so the table shows what is stored now."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def row_total(self) -> int:
        return len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if column == "name":
            return row.name
        if column == "phone":
            return row.phone_masked
        if column == "tier":
            return self._tiers.get(row.tier, row.tier)
        if column == "tags":
            return row.tags
        if column == "owner":
            return row.owner_name
        moment = row.last_purchase_at if column == "last_purchase" else row.last_contact_at
        if moment is None:
            return ""
        return moment.astimezone(STORE_TZ).date().isoformat()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._query.sort, self._query.descending):
            return  # the view announces its initial sort; the list is already in that order
        self.set_query(replace(self._query, sort=key, descending=descending))

    def _row(self, row: int) -> CustomerRow | None:
        if row not in self._rows:
            start = row - row % PAGE
            ids = self._ids[start:start + PAGE]
            fetched = {r.id: r for r in self._context.read(customer_rows, ids=ids)}
            for offset, customer_id in enumerate(ids):
                if customer_id in fetched:
                    self._rows[start + offset] = fetched[customer_id]
        return self._rows.get(row)
