# SPDX-License-Identifier: Apache-2.0
"""The tasks table: the rows of one task view as the service returns them (pairs with tasks/views.py).

A view holds at most a few thousand rows (the done view is capped by the page), so the model keeps the Task
rows themselves and fetches the customers' names once per load, not per row.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.search import customer_names
from guide_desk.tasks.views import list_tasks, local_day_bounds
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.base import FlatTableModel, Index

if TYPE_CHECKING:
    from guide_desk.db.tables import Task

COLUMNS = ("due", "customer", "title", "source", "status")
OVERDUE_COLOUR = QColor("#c62828")
"""Customer ids per name query, well below SQLite's bound-parameter limit."""


class TaskTableModel(FlatTableModel):
    """One guide's tasks in one view, in the service's order (earliest due first; done: latest first)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__([self.tr("Due"), self.tr("Customer"), self.tr("Task"), self.tr("From"),
                          self.tr("Status")])
        self._context = context
        self._tasks: list[Task] = []
        self._names: dict[str, str] = {}
        # "Overdue" means due before today's local midnight, as in the service's overdue view, so the red
        # rows and the Overdue count agree.
        self._today_starts = local_day_bounds(utcnow(), STORE_TZ)[0]
        self._sources = {"hq": self.tr("HQ SOP"), "guide": self.tr("Mine"), "suggestion": self.tr("Suggestion")}
        self._outcomes = {"reached": self.tr("Reached"), "no_answer": self.tr("No answer"),
                          "purchased": self.tr("Purchased"), "declined": self.tr("Declined")}

    def load(self, *, guide_id: str, view: str, now: datetime | None = None, limit: int | None = None) -> None:
        """Replace the rows with `guide_id`'s tasks in `view` (a tasks.views.VIEWS name) as of `now`."""
        moment = now or utcnow()
        tasks = self._context.read(list_tasks, guide_id=guide_id, view=view, now=moment, limit=limit)
        ids = list(dict.fromkeys(t.customer_id for t in tasks if t.customer_id))
        names = self._context.read(customer_names, ids=ids)
        self.beginResetModel()
        self._tasks, self._names = tasks, names
        self._today_starts = local_day_bounds(moment, STORE_TZ)[0]
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._tasks)

    def task(self, row: int) -> Task:
        return self._tasks[row]

    def row_of(self, task_id: str) -> int | None:
        return next((row for row, task in enumerate(self._tasks) if task.id == task_id), None)

    def is_overdue(self, task: Task) -> bool:
        return task.status == "open" and task.due_at < self._today_starts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self._tasks[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_COLOUR if self.is_overdue(task) else None
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "title":
            return task.description or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[index.column()]
        if column == "due":
            return task.due_at.astimezone(STORE_TZ).strftime("%m-%d %H:%M")
        if column == "customer":
            return self._names.get(task.customer_id or "", "")
        if column == "title":
            return task.title
        if column == "source":
            return self._sources.get(task.source, task.source)
        return self._status(task)

    def _status(self, task: Task) -> str:
        if task.status == "done":
            if task.outcome == "purchased" and task.outcome_amount_fen is not None:
                yuan, fen = divmod(task.outcome_amount_fen, 100)
                return self.tr("Purchased ¥{amount}").format(amount=f"{yuan:,}.{fen:02d}")
            return self._outcomes.get(task.outcome or "", self.tr("Done"))
        if task.status == "cancelled":
            return self.tr("Cancelled")
        # Colour alone does not reach everyone (colour blindness, screen readers), so say it too.
        return self.tr("Overdue") if self.is_overdue(task) else self.tr("Open")
