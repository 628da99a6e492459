# SPDX-License-Identifier: Apache-2.0
"""Today's suggested follow-ups: whom to contact, why, when, and with what message — accept as a task,
mark as sent, dismiss with a reason, copy the draft, or open the look card."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide_desk.accounts.guides import get_store
from guide_desk.app_data import Changes
from guide_desk.tasks.outfits import outfit_items
from guide_desk.tasks.suggestion_actions import accept_suggestion, dismiss_suggestion, draft_for, mark_sent
from guide_desk.tasks.suggestions import SuggestionView, needs_recompute, recompute_store
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error
from guide_desk.ui.models.suggestion_list import SuggestionListModel

AskReason = Callable[[QWidget], str | None]


def ask_reason(parent: QWidget) -> str | None:
    reasons = [parent.tr("Already contacted"), parent.tr("Not interested now"), parent.tr("Wrong timing"),
               parent.tr("Other")]
    text, ok = QInputDialog.getItem(parent, parent.tr("Dismiss suggestion"), parent.tr("Why?"), reasons, 0, True)
    return text if ok and text.strip() else None


class SuggestionPanel(QWidget):
    customer_requested = Signal(str)
    acted = Signal(object)  # what the action returned (the new task, the dismissal…), after the list reloads

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.ask_reason: AskReason = ask_reason
        self.model = SuggestionListModel(context)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Suggested follow-ups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current.row()))
        self.table.activated.connect(lambda index: self.customer_requested.emit(
            self.model.suggestion(index.row()).customer_id))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFormat(self.tr("Working out today's suggestions…"))
        self.busy.setTextVisible(True)
        self.busy.hide()
        self.reason = QLabel(wordWrap=True)
        self.draft = QPlainTextEdit()
        self.draft.setAccessibleName(self.tr("Message draft"))
        self.draft.setFixedHeight(72)
        self.buttons = {name: QPushButton(label) for name, label in (
            ("copy", self.tr("Copy draft")), ("accept", self.tr("Accept as task")), ("sent", self.tr("Mark sent")),
            ("dismiss", self.tr("Dismiss…")), ("look", self.tr("Look card…")))}
        self.buttons["copy"].clicked.connect(self.copy_draft)
        self.buttons["accept"].clicked.connect(self.accept_current)
        self.buttons["sent"].clicked.connect(self.sent_current)
        self.buttons["dismiss"].clicked.connect(self.dismiss_current)
        self.buttons["look"].clicked.connect(self.show_look)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy_draft)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.draft)
        layout.addLayout(row)
        self._show(-1)

    def refresh(self) -> None:
        """Show what is stored now; if today's suggestions are not computed yet, compute them in the background."""
        self.model.reload()
        self._show(0 if self.model.rowCount() else -1)
        store_id = self._context.guide.store_id
        stale = self._context.read(needs_recompute, store_id=store_id)
        if stale and self.busy.isHidden():
            self.busy.show()
            self._context.write(self, recompute_store, store_id=store_id).success(self._recomputed).failure(
                self._failed).run()

    def _recomputed(self, _count: object) -> None:
        self.busy.hide()
        self.model.reload()
        self._show(0 if self.model.rowCount() else -1)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        show_error(self, exc)

    def current(self) -> SuggestionView | None:
        row = self.table.currentIndex().row()
        return self.model.suggestion(row) if 0 <= row < self.model.rowCount() else None

    def _show(self, row: int) -> None:
        if row >= 0 and self.table.currentIndex().row() != row:
            self.table.selectRow(row)
            return
        item = self.model.suggestion(row) if 0 <= row < self.model.rowCount() else None
        for button in self.buttons.values():
            button.setEnabled(item is not None)
        if item is None:
            self.reason.setText(self.tr("No suggestions right now."))
            self.draft.clear()
            return
        self.buttons["look"].setEnabled(item.kind in ("outfit", "new_arrival"))
        self.reason.setText(f"{item.customer_name}: {self.model.reason(row)}")
        self.draft.setPlainText(self._context.read(draft_for, suggestion_id=item.id, guide_id=self._context.guide.id))

    def copy_draft(self) -> None:
        QGuiApplication.clipboard().setText(self.draft.toPlainText())

    def _act(self, service: Callable[..., object], **kwargs: Any) -> bool:
        item = self.current()
        if item is None:
            return False
        row = self.table.currentIndex().row()

        def done(result: object) -> None:
            self.model.reload()
            self._show(min(row, self.model.rowCount() - 1))
            self.acted.emit(result)

        return self._context.write(self, service, suggestion_id=item.id, by_guide_id=self._context.guide.id,
                                   **kwargs).changes(Changes.of(customers=[item.customer_id])).success(done).run()

    def accept_current(self) -> bool:
        return self._act(accept_suggestion)

    def sent_current(self) -> bool:
        return self._act(mark_sent)

    def dismiss_current(self) -> bool:
        if self.current() is None:
            return False
        reason = self.ask_reason(self)
        if reason is None:
            return False
        return self._act(dismiss_suggestion, reason=reason)

    def show_look(self) -> None:
        from guide_desk.ui.dialogs.look_card import LookCardDialog

        item = self.current()
        if item is None:
            return
        items = self._context.read(outfit_items, customer_id=item.customer_id, product_ids=item.products)
        store = self._context.read(get_store, store_id=self._context.guide.store_id).name
        self.run_dialog(LookCardDialog(item.customer_name, items, store, self, customer_id=item.customer_id))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal on screen; tests replace it to drive the dialog without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted
