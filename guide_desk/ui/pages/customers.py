# SPDX-License-Identifier: Apache-2.0
"""Customers page: search as you type (name, phone, pinyin initials), tag filter chips, saved segments,
bulk tagging of the selection, and the profile of the current customer beside the list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.customers.search import CustomerQuery
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.customer_table import CustomerTableModel
from guide_desk.ui.pages.profile import CustomerProfile
from guide_desk.ui.widgets.segments import SegmentPicker
from guide_desk.ui.widgets.tag_filter import TagFilterBar

TYPING_PAUSE_MS = 120
COLUMN_WIDTHS = (80, 110, 70, 240, 100, 100, 80)


class CustomersPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("customersPage")
        self._context = context
        self.model = CustomerTableModel(context)

        self.search = QLineEdit(placeholderText=self.tr("Search by name, phone or pinyin initials (e.g. zs)"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setClearButtonEnabled(True)
        self.whole_store = QCheckBox(self.tr("Whole store"))
        self.whole_store.setAccessibleName(self.tr("Show the whole store's customers"))
        self.whole_store.setVisible(not context.is_manager and context.settings.store_wide_view)
        self.whole_store.toggled.connect(self.refresh)
        self.segments = SegmentPicker(context)
        self.segments.current_query = lambda: self.model.query
        self.segments.segment_chosen.connect(self.apply_segment)
        self.tag_filter = TagFilterBar(context)
        self.tag_filter.changed.connect(self.refresh)
        self.count = QLabel()
        self.bulk_button = QPushButton(self.tr("Tag selected…"))
        self.bulk_button.setAccessibleName(self.tr("Add or remove tags on the selected customers"))
        self.bulk_button.clicked.connect(self.bulk_tag)
        self.table = self._make_table()

        self.profile = CustomerProfile(context)
        self.profile.saved.connect(lambda _id: self.model.forget_rows())
        self.profile.tags.changed.connect(self.model.forget_rows)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.profile.show_customer(
                self.model.customer_id(current.row()) if current.isValid() else None))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._lay_out()

        self._debounce = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.textEdited.connect(lambda _text: self.segments.clear_selection())
        QShortcut(QKeySequence("Ctrl+T"), self, self.bulk_tag)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Customers"))
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for index, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(index, width)
        header.setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.whole_store)
        top.addWidget(self.segments)
        under = QHBoxLayout()
        under.addWidget(self.count, 1)
        under.addWidget(self.bulk_button)
        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.tag_filter)
        column.addLayout(under)
        column.addWidget(self.table)
        self.splitter = QSplitter()
        self.splitter.setObjectName("customersSplitter")
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.profile)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.search, self.whole_store)
        self.setTabOrder(self.whole_store, self.segments)
        self.setTabOrder(self.segments, self.tag_filter)
        self.setTabOrder(self.tag_filter, self.bulk_button)
        self.setTabOrder(self.bulk_button, self.table)
        self.setTabOrder(self.table, self.profile)

    def current_query(self) -> CustomerQuery:
        """What the guide is looking at: their scope, typed text, tag filter and the table's sort."""
        guide = self._context.guide
        own_only = not self._context.is_manager and not self.whole_store.isChecked()
        all_of, any_of, none_of = self.tag_filter.expression()
        sort = self.model.query
        return CustomerQuery(text=self.search.text(), all_of=all_of, any_of=any_of, none_of=none_of,
                             store_id=guide.store_id, owner_ids=(guide.id,) if own_only else None,
                             sort=sort.sort, descending=sort.descending)

    def refresh(self) -> None:
        self.model.set_query(self.current_query())
        self.count.setText(self.tr("%n customer(s)", "", self.model.rowCount()))
        self._selection_changed()

    def apply_segment(self, query: CustomerQuery) -> None:
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self.tag_filter.blockSignals(True)
        self.tag_filter.set_expression(query.all_of, query.any_of, query.none_of)
        self.tag_filter.blockSignals(False)
        self.refresh()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.customer_id(row) for row in rows]

    def bulk_tag(self) -> None:
        from guide_desk.ui.dialogs.bulk_tag import BulkTagDialog

        ids = self.selected_ids()
        if not ids:
            return
        dialog = BulkTagDialog(self._context, ids, self)
        dialog.applied.connect(lambda _n: self.after_tags_changed())
        dialog.exec()

    def after_tags_changed(self) -> None:
        self.model.forget_rows()
        if self.profile.customer_id is not None:
            self.profile.tags.show_customer(self.profile.customer_id)
        if any(self.tag_filter.expression()):
            self.refresh()

    def follow_changes(self, changes: Changes) -> None:
        """Rows show what is stored now after any write about customers or tags."""
        if changes.customers or changes.tags:
            self.model.forget_rows()

    def _selection_changed(self, *_args: object) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.bulk_button.setEnabled(count > 0)
        self.bulk_button.setText(self.tr("Tag %n selected…", "", count) if count else self.tr("Tag selected…"))

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
