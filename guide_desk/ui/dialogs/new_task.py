# SPDX-License-Identifier: Apache-2.0
"""Create a follow-up task for the customer on screen: what to do, by when, and an optional message draft.
The dialog only collects values; the profile runs the service."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from guide_desk.clock import STORE_TZ, utcnow

DEFAULT_HOUR = 11


class NewTaskDialog(QDialog):
    def __init__(self, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New task for %1").replace("%1", customer_name))
        self.title = QLineEdit(placeholderText=self.tr("e.g. Call about the new autumn coats"))
        self.title.setAccessibleName(self.tr("What to do"))
        tomorrow = utcnow().astimezone(STORE_TZ).date() + timedelta(days=1)
        default = datetime.combine(tomorrow, time(DEFAULT_HOUR), tzinfo=STORE_TZ)
        self.due = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(default.timestamp())))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due.setAccessibleName(self.tr("Due"))
        self.draft = QPlainTextEdit(placeholderText=self.tr("Message draft to copy into WeCom (optional)"))
        self.draft.setAccessibleName(self.tr("Message draft"))
        self.draft.setFixedHeight(80)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("What to do"), self.title)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Draft"), self.draft)
        form.addRow(buttons)

    def due_at(self) -> datetime:
        return datetime.fromtimestamp(self.due.dateTime().toSecsSinceEpoch(), tz=STORE_TZ)
