# SPDX-License-Identifier: Apache-2.0
"""Tasks page: the guide's CRM tasks by view (mine, today, overdue, HQ, done) and the actions on one task.

Complete, snooze and reassign each ask one question in a dialog (ui/dialogs/task_actions.py), then run the
service in one unit of work. The `*_selected` methods take the answer directly, so the keyboard, the
buttons and the tests share one path after the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guide_desk.accounts.guides import list_guides
from guide_desk.app_data import Changes
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.tasks.service import assign_task, complete_task, snooze_task
from guide_desk.tasks.views import VIEWS, task_badges
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.task_actions import CompleteDialog, ReassignDialog, SnoozeDialog
from guide_desk.ui.errors import show_error
from guide_desk.ui.models.task_table import TaskTableModel

if TYPE_CHECKING:
    from guide_desk.db.tables import Task

DONE_LIMIT = 1000
"""Done tasks run to thousands per guide; the latest ones are what anybody looks back at."""
COMPLETE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
SNOOZE_KEY = "Ctrl+Shift+S"
REASSIGN_KEY = "Ctrl+Shift+R"


class TasksPage(QWidget):
    """Owns the view choice, whose tasks are shown (managers may pick a guide) and the selected task."""

    customer_requested = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("tasksPage")
        self.context = context
        self.guide_id = context.guide.id
        self.view = "today"
        self.badges: dict[str, int] = {}
        self.model = TaskTableModel(context)

        self.whose = QComboBox()
        self.whose.setAccessibleName(self.tr("Whose tasks"))
        self.whose.setVisible(context.is_manager)
        if context.is_manager:
            for guide_id, name in self._store_guides():
                self.whose.addItem(name, guide_id)
            self.whose.setCurrentIndex(max(0, self.whose.findData(self.guide_id)))
            self.whose.currentIndexChanged.connect(self._whose_changed)

        self.filters = QButtonGroup(self)
        self.filter_buttons: dict[str, QToolButton] = {}
        whose_label = QLabel(self.tr("Tasks of"))
        whose_label.setBuddy(self.whose)
        whose_label.setVisible(context.is_manager)
        filter_row = QHBoxLayout()
        filter_row.addWidget(whose_label)
        filter_row.addWidget(self.whose)
        for view in VIEWS:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setProperty("view", view)
            self.filters.addButton(button)
            self.filter_buttons[view] = button
            filter_row.addWidget(button)
        filter_row.addStretch(1)
        self.filter_buttons[self.view].setChecked(True)
        self.filters.buttonClicked.connect(lambda button: self.set_view(button.property("view")))

        self.summary = QLabel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Tasks"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._request_customer(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())

        self.complete_button = self._action_button(
            self.tr("Complete…"), self.tr("Complete the selected task"), COMPLETE_KEYS[0], self.ask_complete)
        self.snooze_button = self._action_button(
            self.tr("Snooze…"), self.tr("Snooze the selected task"), SNOOZE_KEY, self.ask_snooze)
        self.reassign_button = self._action_button(
            self.tr("Reassign…"), self.tr("Reassign the selected task to another guide"), REASSIGN_KEY,
            self.ask_reassign)
        self.reassign_button.setVisible(context.is_manager)
        self._shortcut(COMPLETE_KEYS[1], self.ask_complete)
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self.table, self._request_current_customer,
                      context=Qt.ShortcutContext.WidgetShortcut)

        actions = QHBoxLayout()
        for widget in (self.complete_button, self.snooze_button, self.reassign_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        chain: list[QWidget] = [self.whose, *self.filter_buttons.values(), self.table,
                                self.complete_button, self.snooze_button, self.reassign_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.refresh()

    def set_view(self, view: str) -> None:
        self.view = view
        self.filter_buttons[view].setChecked(True)
        self.refresh()

    def show_guide(self, guide_id: str) -> None:
        """Show another guide's tasks (managers: a leaving or overloaded guide's work)."""
        self.guide_id = guide_id
        index = self.whose.findData(guide_id)
        if index >= 0 and index != self.whose.currentIndex():
            self.whose.setCurrentIndex(index)
        self.refresh()

    def refresh(self, select_task_id: str | None = None, fallback_row: int = 0) -> None:
        """Reload counts and rows; keep `select_task_id` (default: the current one) selected if still listed."""
        current = self.selected_task()
        keep = select_task_id or (current.id if current is not None else None)
        now = utcnow()
        self.badges = self.context.read(task_badges, guide_id=self.guide_id, now=now)
        limit = DONE_LIMIT if self.view == "done" else None
        self.model.load(guide_id=self.guide_id, view=self.view, now=now, limit=limit)
        self._update_labels()
        row = self.model.row_of(keep) if keep is not None else None
        self.select_row(fallback_row if row is None else row)

    def follow_changes(self, changes: Changes) -> None:
        """Tasks created or settled elsewhere (a profile's follow-up, a handover) show here at once."""
        if changes.tasks or changes.customers:
            self.refresh()

    def select_row(self, row: int) -> None:
        total = self.model.rowCount()
        if total == 0:
            self.table.setCurrentIndex(QModelIndex())
        else:
            self.table.selectRow(min(max(row, 0), total - 1))
        self._update_actions()

    def selected_task(self) -> Task | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.task(index.row())

    def showEvent(self, event: QShowEvent) -> None:
        # Other pages and sync change tasks too; coming back to the page shows the current state.
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def ask_complete(self) -> None:
        task = self._open_task()
        if task is not None:
            dialog = CompleteDialog(task.title, self)
            if self.run_dialog(dialog):
                self.complete_selected(outcome=dialog.outcome(), amount_fen=dialog.amount_fen())

    def ask_snooze(self) -> None:
        if self._open_task() is not None:
            dialog = SnoozeDialog(utcnow().astimezone(STORE_TZ).date(), self)
            if self.run_dialog(dialog):
                self.snooze_selected(until=dialog.until())

    def ask_reassign(self) -> None:
        task = self._open_task()
        if task is not None and self.context.is_manager:
            guides = [(gid, name) for gid, name in self._store_guides() if gid != task.assignee_guide_id]
            dialog = ReassignDialog(task.title, guides, self)
            guide_id = dialog.guide_id() if self.run_dialog(dialog) else None
            if guide_id is not None:
                self.reassign_selected(guide_id=guide_id)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show `dialog` modally; tests replace this to fill the dialog in and accept it without blocking.
        The dialog is deleted once control is back in the event loop, after the caller has read its values."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def complete_selected(self, *, outcome: str, amount_fen: int | None = None) -> bool:
        return self._act(complete_task, outcome=outcome, amount_fen=amount_fen, by_guide_id=self.context.guide.id,
                         now=utcnow())

    def snooze_selected(self, *, until: datetime) -> bool:
        return self._act(snooze_task, until=until, by_guide_id=self.context.guide.id, now=utcnow())

    def reassign_selected(self, *, guide_id: str) -> bool:
        return self._act(assign_task, assignee_guide_id=guide_id, by_guide_id=self.context.guide.id, now=utcnow())

    def _act(self, service: Callable[..., object], **kwargs: Any) -> bool:
        """Run `service` on the selected task; afterwards the selection moves on to the next task."""
        task = self.selected_task()
        if task is None:
            return False
        row = self.table.currentIndex().row()

        def refused(exc: BaseException) -> None:  # every failure reaches the guide in words, never as a traceback
            show_error(self, exc)
            self.refresh(fallback_row=row)  # the task may have changed elsewhere; show what is stored now

        def done(_: object) -> None:
            self.refresh(select_task_id=task.id, fallback_row=row)
            still_listed = self.model.row_of(task.id)
            if still_listed is not None:
                self.select_row(still_listed + 1)

        return self.context.write(self, service, task_id=task.id, **kwargs).changes(
            Changes.of(tasks=[task.id], customers=[task.customer_id] if task.customer_id else [])).success(
            done).failure(refused).run()

    def _open_task(self) -> Task | None:
        task = self.selected_task()
        return task if task is not None and task.status == "open" else None

    def _store_guides(self) -> list[tuple[str, str]]:
        return [(g.id, g.name) for g in self.context.read(list_guides, store_id=self.context.guide.store_id)]

    def _whose_changed(self) -> None:
        guide_id = self.whose.currentData()
        if guide_id is not None and guide_id != self.guide_id:
            self.show_guide(str(guide_id))

    def _request_customer(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            customer_id = self.model.task(row).customer_id
            if customer_id:
                self.customer_requested.emit(customer_id)

    def _request_current_customer(self) -> None:
        self._request_customer(self.table.currentIndex().row())

    def _action_button(self, text: str, name: str, key: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(self.tr("{action} ({shortcut})").format(
            action=name, shortcut=QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)))
        button.clicked.connect(slot)
        self._shortcut(key, slot)
        return button

    def _shortcut(self, key: str, slot: Callable[[], None]) -> None:
        QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _update_actions(self) -> None:
        task_is_open = self._open_task() is not None
        for button in (self.complete_button, self.snooze_button):
            button.setEnabled(task_is_open)
        self.reassign_button.setEnabled(task_is_open and self.context.is_manager)

    def _update_labels(self) -> None:
        number = QLocale().toString
        labels = {"mine": self.tr("Mine ({count})"), "today": self.tr("Today ({count})"),
                  "overdue": self.tr("Overdue ({count})"), "hq": self.tr("HQ SOP ({count})"),
                  "done": self.tr("Done ({count})")}
        for view, button in self.filter_buttons.items():
            text = labels[view].format(count=number(self.badges.get(view, 0)))
            button.setText(text)
            button.setAccessibleName(text)
        shown, total = self.model.rowCount(), self.badges.get(self.view, 0)
        if self.view == "done" and total > shown:
            self.summary.setText(self.tr("Showing the latest {shown} of {total} done tasks.").format(
                shown=number(shown), total=number(total)))
        elif self.view == "done":
            self.summary.setText(self.tr("%n done task(s), latest first.", "", shown))
        else:
            self.summary.setText(self.tr("%n task(s), earliest due first.", "", shown))
