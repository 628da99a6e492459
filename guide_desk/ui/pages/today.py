# SPDX-License-Identifier: Apache-2.0
"""Today page: the signed-in guide's overdue and due-today tasks (HQ SOP tasks marked as such), today's
1v1 sessions (book one, close one) with a banner for sessions due a reminder, and suggested follow-ups.
Every row opens its customer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from guide_desk.app_data import Changes
from guide_desk.appointments.views import list_appointments
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.search import customer_names
from guide_desk.tasks.views import list_tasks, local_day_bounds
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.base import FlatTableModel, Index
from guide_desk.ui.widgets.reminder_banner import ReminderBanner
from guide_desk.ui.widgets.suggestion_panel import SuggestionPanel

if TYPE_CHECKING:
    from guide_desk.db.tables import Appointment, Task

class TodayTasksModel(FlatTableModel):
    """Overdue first, then today's, each earliest due first."""

    def __init__(self, context: AppContext) -> None:
        super().__init__([self.tr("Due"), self.tr("Customer"), self.tr("Task"), self.tr("From")])
        self._context = context
        self._tasks: list[Task] = []
        self._names: dict[str, str] = {}

    def reload(self) -> None:
        now = utcnow()
        guide_id = self._context.guide.id
        tasks = self._context.read(list_tasks, guide_id=guide_id, view="overdue", now=now)
        tasks += self._context.read(list_tasks, guide_id=guide_id, view="today", now=now)
        names = self._context.read(customer_names, ids=list({t.customer_id for t in tasks if t.customer_id}))
        self.beginResetModel()
        self._tasks, self._names = tasks, names
        self.endResetModel()

    def customer_id(self, row: int) -> str | None:
        return self._tasks[row].customer_id

    def row_total(self) -> int:
        return len(self._tasks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        task = self._tasks[index.row()]
        column = index.column()
        if column == 0:
            return task.due_at.astimezone(STORE_TZ).strftime("%m-%d %H:%M")
        if column == 1:
            return self._names.get(task.customer_id or "", "")
        if column == 2:
            return task.title
        return self.tr("HQ SOP") if task.source == "hq" else self.tr("Mine")


class TodaySessionsModel(FlatTableModel):
    """Today's 1v1 sessions of the signed-in guide, in time order."""

    def __init__(self, context: AppContext) -> None:
        super().__init__([self.tr("Time"), self.tr("Customer"), self.tr("Kind"), self.tr("Where")])
        self._context = context
        self._sessions: list[Appointment] = []
        self._names: dict[str, str] = {}
        self._kinds = {"in_store": self.tr("In-store styling"), "video": self.tr("Video try-on"),
                       "home": self.tr("Home try-on")}

    def reload(self) -> None:
        start, end = local_day_bounds(utcnow(), STORE_TZ)
        found = self._context.read(list_appointments, guide_id=self._context.guide.id, start=start, end=end)
        names = self._context.read(customer_names, ids=[a.customer_id for a in found])
        self.beginResetModel()
        self._sessions, self._names = found, names
        self.endResetModel()

    def customer_id(self, row: int) -> str | None:
        return self._sessions[row].customer_id

    def appointment_id(self, row: int) -> str | None:
        return self._sessions[row].id if 0 <= row < len(self._sessions) else None

    def row_total(self) -> int:
        return len(self._sessions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self._sessions[index.row()]
        column = index.column()
        if column == 0:
            start = item.starts_at.astimezone(STORE_TZ)
            return f"{start:%H:%M}–{(start + (item.ends_at - item.starts_at)):%H:%M}"
        if column == 1:
            return self._names.get(item.customer_id, "")
        if column == 2:
            return self._kinds.get(item.kind, item.kind)
        return item.resource or item.address or item.meeting_link or ""


class TodayPage(QWidget):
    customer_requested = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("todayPage")
        self._context = context
        self.reminders = ReminderBanner(context)
        self.book_button = QPushButton(self.tr("Book 1v1…"))
        self.book_button.clicked.connect(self.book_session)
        self.close_button = QPushButton(self.tr("Close session…"))
        self.close_button.setToolTip(self.tr("Mark the selected session done, no-show or cancelled"))
        self.close_button.clicked.connect(self.close_session)
        self.model = TodayTasksModel(context)
        self.sessions = TodaySessionsModel(context)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.sessions_heading = QLabel()
        self.sessions_heading.setObjectName("sectionHeading")
        self.table = self._table(self.model, self.tr("Tasks due today and overdue"), stretch=2)
        self.sessions_table = self._table(self.sessions, self.tr("Today's 1v1 sessions"), stretch=3)
        self.suggestions = SuggestionPanel(context)
        self.suggestions.customer_requested.connect(self.customer_requested.emit)
        self.suggestions.acted.connect(lambda _result: self.refresh_lists())
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminders)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 3)
        sessions_bar = QHBoxLayout()
        sessions_bar.addWidget(self.sessions_heading, 1)
        sessions_bar.addWidget(self.book_button)
        sessions_bar.addWidget(self.close_button)
        layout.addLayout(sessions_bar)
        layout.addWidget(self.sessions_table, 1)
        suggestions_heading = QLabel(self.tr("Suggested follow-ups"))
        suggestions_heading.setObjectName("sectionHeading")
        layout.addWidget(suggestions_heading)
        layout.addWidget(self.suggestions, 3)
        self.refresh()

    def _table(self, model: TodayTasksModel | TodaySessionsModel, name: str, *, stretch: int) -> QTableView:
        table = QTableView()
        table.setAccessibleName(name)
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(lambda index: self._open(model, index))
        return table

    def _open(self, model: TodayTasksModel | TodaySessionsModel, index: QModelIndex) -> None:
        customer_id = model.customer_id(index.row())
        if customer_id:
            self.customer_requested.emit(customer_id)

    def refresh(self) -> None:
        self.refresh_lists()
        self.suggestions.refresh()
        self.reminders.check()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal on screen; tests replace it to fill the dialog in without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def book_session(self) -> bool:
        from guide_desk.ui.dialogs.booking import BookingDialog

        if not self.run_dialog(BookingDialog(self._context, parent=self)):
            return False
        self.refresh_lists()
        self.reminders.check()
        return True

    def close_session(self) -> bool:
        """Close the selected session of today (done / no-show / cancelled)."""
        from guide_desk.ui.dialogs.session_close import SessionCloseDialog

        appointment_id = self.sessions.appointment_id(self.sessions_table.currentIndex().row())
        if appointment_id is None or not self.run_dialog(SessionCloseDialog(self._context, appointment_id, self)):
            return False
        self.refresh()
        return True

    def follow_changes(self, changes: Changes) -> None:
        """A write elsewhere (a task done on the Tasks page, a session booked from a profile) shows here at once."""
        if changes.tasks or changes.appointments or changes.customers:
            self.refresh_lists()

    def refresh_lists(self) -> None:
        self.model.reload()
        self.sessions.reload()
        self.heading.setText(self.tr("%n task(s) due today or overdue", "", self.model.rowCount()))
        self.sessions_heading.setText(self.tr("%n 1v1 session(s) today", "", self.sessions.rowCount()))


