# SPDX-License-Identifier: Apache-2.0
"""What is behind one dashboard number: the customers, tasks, sessions or purchases it counted. Double-click
(or Enter) on a row opens that customer in the Customers page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from guide_desk.insights.drilldown import LIMIT, DrillRow
from guide_desk.ui.models.kpi_table import DrillTableModel


class DrilldownDialog(QDialog):
    customer_requested = Signal(str)

    def __init__(self, title: str, rows: list[DrillRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 480)
        self.model = DrillTableModel(rows)
        self.table = QTableView()
        self.table.setAccessibleName(title)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, lambda: self.open_row(self.table.currentIndex().row()),
                  context=Qt.ShortcutContext.WidgetShortcut)
        summary = self.tr("%n item(s), newest first.", "", len(rows))
        if len(rows) >= LIMIT:
            summary = self.tr("The latest {limit} items.").format(limit=LIMIT)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            customer_id = self.model.item(row).customer_id
            if customer_id:
                self.customer_requested.emit(customer_id)
                self.accept()
