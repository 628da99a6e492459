# SPDX-License-Identifier: Apache-2.0
"""The audit log table (pairs with accounts/audit.py search_audit): when, who, what, on which record."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt

from guide_desk.accounts.audit import AuditRow
from guide_desk.clock import STORE_TZ
from guide_desk.ui.models.base import FlatTableModel, Index


class AuditTableModel(FlatTableModel):
    def __init__(self) -> None:
        super().__init__([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Record"), self.tr("Details")])
        self._rows: list[AuditRow] = []
        self.labels = {
            "login": self.tr("Sign-in"), "export": self.tr("Export"), "import": self.tr("Import"),
            "erase": self.tr("Erasure"), "merge": self.tr("Merge"), "handover": self.tr("Handover"),
            "data_request": self.tr("Data request"), "consent": self.tr("Consent"),
            "customer_archived": self.tr("Customer archived"),
            "login_failed": self.tr("Wrong PIN"), "pin_locked": self.tr("PIN locked for a while"),
            "pin_blocked": self.tr("PIN blocked"), "pin_unlocked": self.tr("PIN unlocked by a manager"),
            "pin_set": self.tr("PIN set"), "pin_policy_changed": self.tr("PIN rule changed"),
        }

    def load(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def row(self, row: int) -> AuditRow:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        event = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return event.at.astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M:%S")
        if column == 1:
            return event.guide_name or self.tr("System / command line")
        if column == 2:
            return self.labels.get(event.action, event.action)
        if column == 3:
            return f"{event.entity or ''} {event.entity_id or ''}".strip()
        return json.dumps(event.detail, ensure_ascii=False, sort_keys=True)
