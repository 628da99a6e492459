# SPDX-License-Identifier: Apache-2.0
"""Close a 1v1 session: done (items tried on and bought, the amount), no-show, or cancelled with a
reason. A done session feeds tomorrow's follow-up suggestion, so the customer's suggestions are rebuilt."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.appointments.items import list_items
from guide_desk.appointments.service import get_appointment
from guide_desk.clock import STORE_TZ
from guide_desk.customers.search import customer_names
from guide_desk.model.rules.slots import local_span
from guide_desk.tasks.resuggest import close_session_and_resuggest
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.session_items import SessionItemsModel
from guide_desk.ui.models.session_list import kind_label

OUTCOMES = ("done", "no_show", "cancelled")


class SessionCloseDialog(QDialog):
    def __init__(self, context: AppContext, appointment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the session"))
        self._context = context
        self.appointment_id = appointment_id
        appointment = context.read(get_appointment, appointment_id=appointment_id)
        name = context.read(customer_names, ids=[appointment.customer_id]).get(appointment.customer_id, "")
        items = context.read(list_items, appointment_id=appointment_id)
        self.customer_id = appointment.customer_id
        summary = QLabel(f"{name} · {kind_label(appointment.kind)} · "
                         f"{local_span(appointment.starts_at, appointment.ends_at, STORE_TZ)}")
        summary.setObjectName("sectionHeading")
        self.choices = QButtonGroup(self)
        labels = {"done": self.tr("Done"), "no_show": self.tr("No-show"), "cancelled": self.tr("Cancelled")}
        row = QHBoxLayout()
        for number, outcome in enumerate(OUTCOMES):
            button = QRadioButton(labels[outcome])
            self.choices.addButton(button, number)
            row.addWidget(button)
        self.choices.button(0).setChecked(True)
        self.reason = QLineEdit(placeholderText=self.tr("Why is it cancelled?"))
        self.items = SessionItemsModel(outcome=True)
        self.items.set_items(items)
        self.items_table = QTableView()
        self.items_table.setModel(self.items)
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.amount = QDoubleSpinBox(decimals=2, maximum=10_000_000, singleStep=100)
        self.amount.setPrefix("¥ ")
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), row)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Items tried and bought"), self.items_table)
        form.addRow(self.tr("Amount bought"), self.amount)
        self._form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.choices.idToggled.connect(lambda _id, _on: self._show_fields())
        self._show_fields()

    def outcome(self) -> str:
        return OUTCOMES[max(0, self.choices.checkedId())]

    def choose(self, outcome: str) -> None:
        self.choices.button(OUTCOMES.index(outcome)).setChecked(True)

    def _show_fields(self) -> None:
        done = self.outcome() == "done"
        self._form.setRowVisible(self.reason, self.outcome() == "cancelled")
        self._form.setRowVisible(self.items_table, done and self.items.rowCount() > 0)
        self._form.setRowVisible(self.amount, done)

    def save(self) -> bool:
        outcome = self.outcome()
        done = outcome == "done"
        amount = round(self.amount.value() * 100) if done and self.amount.value() > 0 else None
        return self._context.write(
            self, close_session_and_resuggest, appointment_id=self.appointment_id, customer_id=self.customer_id,
            outcome=outcome, reason=self.reason.text(), items=self.items.prep_items() if done else None,
            amount_fen=amount, by_guide_id=self._context.guide.id).changes(
            Changes.of(appointments=[self.appointment_id], customers=[self.customer_id])).run()

    def accept(self) -> None:
        if self.save():
            super().accept()
