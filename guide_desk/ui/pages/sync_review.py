# SPDX-License-Identifier: Apache-2.0
"""Sync page (for everyone): what sync left for the guide to decide, never as a modal pop-up (DESIGN.md §4).
Conflicts: a field another device also changed — keep mine (edited again and sent) or keep theirs.
Rejected changes: edits the server refused, with its reason — fix and resend (opens the customer) or
discard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guide_desk.customers.sync_review import discard_rejection, keep_mine, keep_theirs
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.sync_review import ConflictsModel, RejectionsModel


class SyncReviewPage(QWidget):
    customer_requested = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("syncReviewPage")
        self._context = context
        self.conflicts = ConflictsModel(context)
        self.rejections = RejectionsModel(context)
        self.conflicts_table = self._table(self.conflicts, self.tr("Conflicts"))
        self.rejections_table = self._table(self.rejections, self.tr("Rejected changes"))
        self.keep_mine_button = QPushButton(self.tr("Keep mine"))
        self.keep_mine_button.setToolTip(self.tr("Restore the value from this PC and send it again"))
        self.keep_mine_button.clicked.connect(self.keep_mine)
        self.keep_theirs_button = QPushButton(self.tr("Keep theirs"))
        self.keep_theirs_button.setToolTip(self.tr("Accept the value that is on the server now"))
        self.keep_theirs_button.clicked.connect(self.keep_theirs)
        self.fix_button = QPushButton(self.tr("Fix and resend"))
        self.fix_button.setToolTip(self.tr("Open the customer to make the change again"))
        self.fix_button.clicked.connect(self.fix_and_resend)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Let this change go; the server's version stays"))
        self.discard_button.clicked.connect(self.discard)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._tab(self.conflicts_table, self.keep_mine_button, self.keep_theirs_button), "")
        self.tabs.addTab(self._tab(self.rejections_table, self.fix_button, self.discard_button), "")
        heading = QLabel(self.tr("Sync"))
        heading.setObjectName("pageHeading")
        hint = QLabel(self.tr("When another PC changed the same thing, or the server refused a change, it is "
                              "listed here for you to decide. Nothing is lost meanwhile."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _table(self, model: ConflictsModel | RejectionsModel, name: str) -> QTableView:
        table = QTableView()
        table.setAccessibleName(name)
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        return table

    @staticmethod
    def _tab(table: QTableView, *buttons: QPushButton) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in buttons:
            bar.addWidget(button)
        layout.addLayout(bar)
        return tab

    def refresh(self) -> None:
        self.conflicts.reload()
        self.rejections.reload()
        self.tabs.setTabText(0, self.tr("Conflicts (%n)", "", self.conflicts.rowCount()))
        self.tabs.setTabText(1, self.tr("Rejected changes (%n)", "", self.rejections.rowCount()))
        for table, model in ((self.conflicts_table, self.conflicts), (self.rejections_table, self.rejections)):
            if model.rowCount():
                table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        conflict = self.conflicts.row_at(self.conflicts_table.currentIndex().row())
        self.keep_mine_button.setEnabled(conflict is not None and conflict.entity == "customer")
        self.keep_theirs_button.setEnabled(conflict is not None)
        rejection = self.rejections.row_at(self.rejections_table.currentIndex().row())
        self.fix_button.setEnabled(rejection is not None and rejection.customer_id is not None)
        self.discard_button.setEnabled(rejection is not None)

    def keep_mine(self) -> bool:
        conflict = self.conflicts.row_at(self.conflicts_table.currentIndex().row())
        if conflict is None:
            return False
        return self._write(keep_mine, conflict_id=conflict.id, by_guide_id=self._context.guide.id)

    def keep_theirs(self) -> bool:
        conflict = self.conflicts.row_at(self.conflicts_table.currentIndex().row())
        if conflict is None:
            return False
        return self._write(keep_theirs, conflict_id=conflict.id)

    def discard(self) -> bool:
        rejection = self.rejections.row_at(self.rejections_table.currentIndex().row())
        if rejection is None:
            return False
        return self._write(discard_rejection, rejection_id=rejection.id)

    def _write(self, service: Callable[..., object], **kwargs: Any) -> bool:
        """Settle one conflict or rejection; the customer it was about may have changed."""
        return self._context.write(self, service, **kwargs).success(
            lambda _: self.refresh()).run()

    def fix_and_resend(self) -> bool:
        """The server's row is back on this PC: open the customer so the guide makes the change again."""
        rejection = self.rejections.row_at(self.rejections_table.currentIndex().row())
        if rejection is None or rejection.customer_id is None:
            return False
        customer_id = rejection.customer_id

        def discarded(_: None) -> None:
            self.refresh()
            self.customer_requested.emit(customer_id)

        return self._context.write(self, discard_rejection, rejection_id=rejection.id).success(discarded).run()
