# SPDX-License-Identifier: Apache-2.0
"""The customer's history as a table (pairs with customers/timeline.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from guide_desk.clock import STORE_TZ
from guide_desk.customers.timeline import TimelineEntry, customer_timeline
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.base import FlatTableModel, Index


class TimelineModel(FlatTableModel):
    def __init__(self, context: AppContext) -> None:
        super().__init__([self.tr("When"), self.tr("What"), self.tr("Details")])
        self._context = context
        self._entries: list[TimelineEntry] = []
        self._kinds = {"purchase": self.tr("Purchase"), "note": self.tr("Note"), "task": self.tr("Task"),
                       "session": self.tr("1v1 session")}
        self._words = {
            "store": self.tr("in store"), "mini_program": self.tr("mini-program"),
            "in_store": self.tr("in-store styling"), "video": self.tr("video try-on"),
            "home": self.tr("home try-on"), "open": self.tr("open"),
            "done": self.tr("done"), "cancelled": self.tr("cancelled"), "booked": self.tr("booked"),
            "no_show": self.tr("no-show"), "reached": self.tr("reached"), "no_answer": self.tr("no answer"),
            "purchased": self.tr("purchased"), "declined": self.tr("declined"),
        }

    def load(self, customer_id: str | None) -> None:
        entries: list[TimelineEntry] = []
        if customer_id is not None:
            entries = self._context.read(customer_timeline, customer_id=customer_id)
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return entry.detail
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return entry.at.astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M")
        if index.column() == 1:
            return self._kinds[entry.kind]
        return self._describe(entry)

    def _describe(self, entry: TimelineEntry) -> str:
        word = self._words.get
        if entry.kind == "purchase":
            return f"¥{(entry.amount_fen or 0) / 100:,.0f} · {word(entry.title, entry.title)} · {entry.detail}"
        if entry.kind == "note":
            return f"{entry.detail} — {entry.by}" if entry.by else entry.detail
        if entry.kind == "task":
            outcome = f" · {word(entry.detail, entry.detail)}" if entry.detail else ""
            return f"{entry.title} · {word(entry.status, entry.status)}{outcome} — {entry.by}"
        note = f" · {entry.detail}" if entry.detail else ""
        return f"{word(entry.title, entry.title)} · {word(entry.status, entry.status)}{note} — {entry.by}"
