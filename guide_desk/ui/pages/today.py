# SPDX-License-Identifier: Apache-2.0
"""Today page: the signed-in guide's tasks due today and overdue, HQ SOP tasks marked as such."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.search import customer_rows
from guide_desk.db.tables import Task
from guide_desk.tasks.views import list_tasks
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.base import FlatTableModel, Index


class TodayTasksModel(FlatTableModel):
    """Overdue first, then today's, each earliest due first."""

    def __init__(self, context: AppContext) -> None:
        super().__init__([self.tr("Due"), self.tr("Customer"), self.tr("Task"), self.tr("From")])
        self._context = context
        self._tasks: list[Task] = []
        self._names: dict[str, str] = {}

    def reload(self) -> None:
        now = utcnow()
        with self._context.read() as session:
            overdue = list_tasks(session, guide_id=self._context.guide.id, view="overdue", now=now)
            today = list_tasks(session, guide_id=self._context.guide.id, view="today", now=now)
            customer_ids = list({t.customer_id for t in overdue + today if t.customer_id})
            names = {row.id: row.name for row in customer_rows(session, ids=customer_ids)}
        self.beginResetModel()
        self._tasks, self._names = overdue + today, names
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._tasks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        task = self._tasks[index.row()]
        if index.column() == 0:
            return task.due_at.astimezone(STORE_TZ).strftime("%m-%d %H:%M")
        if index.column() == 1:
            return self._names.get(task.customer_id or "", "")
        if index.column() == 2:
            return task.title
        return self.tr("HQ SOP") if task.source == "hq" else self.tr("Mine")


class TodayPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("todayPage")
        self.model = TodayTasksModel(context)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Tasks due today and overdue"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        self.heading.setText(self.tr("%n task(s) due today or overdue", "", self.model.rowCount()))
