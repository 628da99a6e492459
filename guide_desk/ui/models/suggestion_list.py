# SPDX-License-Identifier: Apache-2.0
"""Today's suggestions as a table (pairs with tasks/suggestions.py): customer, reason, best time to reach."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from guide_desk.tasks.suggestion_actions import best_hours_of
from guide_desk.tasks.suggestions import SuggestionView, list_suggestions
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.base import FlatTableModel, Index
from guide_desk.ui.suggestion_text import SuggestionText


class SuggestionListModel(FlatTableModel):
    def __init__(self, context: AppContext) -> None:
        super().__init__([self.tr("Customer"), self.tr("Why"), self.tr("When to reach")])
        self._context = context
        self._rows: list[SuggestionView] = []
        self._hours: dict[str, str] = {}
        self._words = SuggestionText(self)

    def reload(self, limit: int = 50) -> None:
        rows = self._context.read(list_suggestions, guide_id=self._context.guide.id, limit=limit)
        best = self._context.read(best_hours_of, customer_ids=[row.customer_id for row in rows])
        hours = {}
        for row in rows:
            found = best.get(row.customer_id)
            hours[row.id] = self._words.hours(found.start_hour if found else None, found.end_hour if found else None)
        self.beginResetModel()
        self._rows, self._hours = rows, hours
        self.endResetModel()

    def suggestion(self, row: int) -> SuggestionView:
        return self._rows[row]

    def reason(self, row: int) -> str:
        item = self._rows[row]
        return self._words.reason(item.kind, item.params)

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Marketing message: needs consent and counts toward the contact caps") if item.marketing \
                else self.tr("Service follow-up")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (item.customer_name, self.reason(index.row()), self._hours.get(item.id, ""))[index.column()]
