# SPDX-License-Identifier: Apache-2.0
"""Handover of a leaving guide's customers: choose the guide, all customers or a saved segment, one or more
receiving guides and how to split, a note; Preview shows what moves and where WeCom's transfer rules bite;
Hand over runs in the background with a progress bar. Nothing moves before Hand over is pressed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide_desk.accounts.guides import list_guides
from guide_desk.app_data import Changes
from guide_desk.customers.segments import list_segments
from guide_desk.insights.handover import (
    MAX_NOTE,
    HandoverPlan,
    apply_handover,
    handover_candidates,
    plan_handover,
)
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


class HandoverDialog(QDialog):
    handed_over = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan: HandoverPlan | None = None
        self.setWindowTitle(self.tr("Hand over customers"))
        self.resize(560, 560)
        guides = context.read(list_guides, store_id=context.guide.store_id)
        segments = context.read(list_segments, guide_id=context.guide.id)
        self.guides = [(g.id, g.name) for g in guides if g.role in ("guide", "manager")]
        self.leaving = QComboBox()
        self.leaving.setAccessibleName(self.tr("Leaving guide"))
        for guide_id, name in self.guides:
            if guide_id != context.guide.id:
                self.leaving.addItem(name, guide_id)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Which customers"))
        self.scope.addItem(self.tr("All their customers"), None)
        for segment in segments:
            self.scope.addItem(self.tr("Segment: {name}").format(name=segment.name), segment.id)
        self.receivers_layout = QVBoxLayout()
        self.receiver_boxes: dict[str, QCheckBox] = {}
        self.split = QComboBox()
        self.split.setAccessibleName(self.tr("How to split"))
        self.split.addItem(self.tr("Evenly, in turn"), "even")
        self.split.addItem(self.tr("Least loaded guide first"), "least_loaded")
        self.deactivate = QCheckBox(self.tr("Deactivate the leaving guide (history keeps their name)"))
        self.deactivate.setChecked(True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Handover note, added to each customer's notes (optional)"))
        self.note.setMaximumHeight(80)
        self.summary = QLabel(self.tr("Choose, then Preview."))
        self.summary.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b26a00")
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Hand over"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Leaving guide"), self.leaving)
        form.addRow(self.tr("Customers"), self.scope)
        form.addRow(self.tr("Receiving guides"), self.receivers_layout)
        form.addRow(self.tr("Split"), self.split)
        form.addRow("", self.deactivate)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        for widget in (self.leaving, self.scope, self.split):
            widget.currentIndexChanged.connect(self._changed)
        self.deactivate.toggled.connect(self._changed)
        self._fill_receivers()

    def _fill_receivers(self) -> None:
        for box in self.receiver_boxes.values():
            self.receivers_layout.removeWidget(box)
            box.deleteLater()
        self.receiver_boxes = {}
        leaving = self.leaving.currentData()
        for guide_id, name in self.guides:
            if guide_id != leaving:
                box = QCheckBox(name)
                box.toggled.connect(self._changed)
                self.receivers_layout.addWidget(box)
                self.receiver_boxes[guide_id] = box

    def _changed(self, *_args: Any) -> None:
        if self.sender() is self.leaving:
            self._fill_receivers()
        if self.sender() is self.scope:
            whole = self.scope.currentData() is None
            self.deactivate.setChecked(whole)
            self.deactivate.setEnabled(whole)
        self.plan = None
        self.apply_button.setEnabled(False)

    def chosen_receivers(self) -> list[str]:
        return [guide_id for guide_id, box in self.receiver_boxes.items() if box.isChecked()]

    def preview(self) -> HandoverPlan | None:
        try:
            leaving = str(self.leaving.currentData())
            segment = self.scope.currentData()
            customers = None if segment is None else self.context.read(
                handover_candidates, from_guide_id=leaving, segment_id=str(segment))
            self.plan = self.context.read(plan_handover, from_guide_id=leaving, to_guide_ids=self.chosen_receivers(),
                                          customer_ids=customers, split=str(self.split.currentData()),
                                          deactivate=self.deactivate.isChecked())
        except Exception as exc:
            self.plan = None
            self.apply_button.setEnabled(False)
            show_error(self, exc)
            return None
        names = dict(self.guides)
        plan = self.plan
        shares = "、".join(f"{names.get(gid, gid)} {count}" for gid, count in plan.per_guide.items())
        self.summary.setText(self.tr(
            "{customers} customers move ({shares}), with {tasks} open tasks and {sessions} future sessions.").format(
            customers=len(plan.assignments), shares=shares, tasks=plan.open_tasks, sessions=plan.future_sessions))
        self.warnings.setText("\n".join(self.warning_texts(plan)))
        self.apply_button.setEnabled(bool(plan.assignments) or plan.deactivate)
        return plan

    def warning_texts(self, plan: HandoverPlan) -> list[str]:
        texts = {
            "wecom_batches": self.tr("WeCom moves at most 100 customers per transfer: this takes {count} batches."),
            "wecom_takeover": self.tr("WeCom hands the chats over 24 hours later, and a customer may refuse; "
                                      "the receiving guides see the customers here at once."),
            "wecom_transfer_limit": self.tr("{count} customer(s) were already transferred twice in 90 days: "
                                            "WeCom will refuse to move their chats."),
            "sessions_before_takeover": self.tr("{count} session(s) start before WeCom's takeover: tell the "
                                                "customers who will see them."),
            "sessions_clash": self.tr("{count} session(s) clash with the receiving guide's own sessions: "
                                      "reschedule them in the calendar afterwards."),
        }
        return ["⚠ " + texts[w.code].format(count=w.count) for w in plan.warnings if w.code in texts]

    def apply(self) -> None:
        plan = self.plan
        note = self.note.toPlainText()
        if plan is None:
            return
        if len(note.strip()) > MAX_NOTE:
            self.summary.setText(self.tr("The note is longer than {limit} characters.").format(limit=MAX_NOTE))
            return
        self.apply_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, max(1, len(plan.assignments)))
        relay = _Progress(self)
        relay.moved.connect(self._moved)
        self.context.write(self, apply_handover, plan=plan, by_guide_id=self.context.guide.id, note=note,
                           progress=relay.moved.emit).changes(Changes.of(customers=plan.assignments)).success(
            self._done).failure(self._failed).run()

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, handover: object) -> None:
        self.handed_over.emit(handover)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.preview_button.setEnabled(True)
        show_error(self, exc)
