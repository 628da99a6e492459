# SPDX-License-Identifier: Apache-2.0
"""The audit log viewer (managers): sign-ins, exports, erasures, handovers, merges… filtered by action,
guide, dates and text. Entries hold ids only, never personal data."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide_desk.accounts.audit import audit_actions, search_audit
from guide_desk.accounts.guides import list_guides
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.audit_table import AuditTableModel

DEFAULT_DAYS = 30


class AuditLogPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = AuditTableModel()
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.guide = QComboBox()
        self.guide.setAccessibleName(self.tr("Who"))
        today = utcnow().astimezone(STORE_TZ).date()
        start = today - timedelta(days=DEFAULT_DAYS)
        self.since = QDateEdit(QDate(start.year, start.month, start.day))
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("From"))
        self.until = QDateEdit(QDate(today.year, today.month, today.day))
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("To"))
        self.text = QLineEdit(placeholderText=self.tr("Record id or detail…"))
        self.text.setAccessibleName(self.tr("Search the audit log"))
        self.text.returnPressed.connect(self.reload)
        self.apply_button = QPushButton(self.tr("Filter"))
        self.apply_button.clicked.connect(self.reload)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        filters = QHBoxLayout()
        for widget in (self.action, self.guide, QLabel(self.tr("From")), self.since, QLabel(self.tr("to")),
                       self.until, self.text, self.apply_button):
            filters.addWidget(widget)
        column = QVBoxLayout(self)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)

    def refresh(self) -> None:
        """Fill the filters from what the log and the store hold, then show the entries."""
        actions = self._context.read(audit_actions)
        guides = [(g.id, g.name) for g in self._context.read(list_guides, include_inactive=True)]
        current_action, current_guide = self.action.currentData(), self.guide.currentData()
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for action in actions:
            self.action.addItem(self.model.labels.get(action, action), action)
        self.action.setCurrentIndex(max(0, self.action.findData(current_action)))
        self.guide.clear()
        self.guide.addItem(self.tr("Everyone"), None)
        for guide_id, name in guides:
            self.guide.addItem(name, guide_id)
        self.guide.setCurrentIndex(max(0, self.guide.findData(current_guide)))
        self.reload()

    def reload(self) -> int:
        first, last = self.since.date(), self.until.date()
        since = datetime.combine(date(first.year(), first.month(), first.day()), time(0), STORE_TZ)
        until = datetime.combine(date(last.year(), last.month(), last.day()) + timedelta(days=1), time(0), STORE_TZ)
        action = self.action.currentData()
        rows = self._context.read(search_audit, actions=[action] if action else None, guide_id=self.guide.currentData(),
                                  since=since, until=until, text=self.text.text())
        self.model.load(rows)
        self.count.setText(self.tr("%n entries", "", len(rows)))
        return len(rows)
