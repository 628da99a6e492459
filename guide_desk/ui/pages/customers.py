# SPDX-License-Identifier: Apache-2.0
"""Customers page: search as you type (name, phone, pinyin initials) over the guide's customers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide_desk.customers.search import CustomerQuery
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.customer_table import CustomerTableModel
from guide_desk.ui.pages.profile import CustomerProfile

TYPING_PAUSE_MS = 120


class CustomersPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("customersPage")
        self.model = CustomerTableModel(context)
        scope = None if context.is_manager else (context.guide.id,)
        self._base = CustomerQuery(store_id=context.guide.store_id, owner_ids=scope)

        self.search = QLineEdit(placeholderText=self.tr("Search by name, phone or pinyin initials (e.g. zs)"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.profile = CustomerProfile(context)
        self.profile.saved.connect(lambda _id: self.model.forget_rows())
        self.profile.tags.changed.connect(self.model.forget_rows)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.profile.show_customer(
                self.model.customer_id(current.row()) if current.isValid() else None))

        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.count)
        column.addWidget(self.table)
        self.splitter = QSplitter()
        self.splitter.setObjectName("customersSplitter")
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.profile)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._debounce = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.refresh()

    def refresh(self) -> None:
        current = self.model.query
        self.model.set_query(replace(self._base, text=self.search.text(), sort=current.sort,
                                     descending=current.descending))
        self.count.setText(self.tr("%n customer(s)", "", self.model.rowCount()))

    def open_customer(self, customer_id: str) -> None:
        """Show one customer's profile, selecting their row when the current list holds it."""
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.profile.show_customer(customer_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
