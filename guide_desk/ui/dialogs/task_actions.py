# SPDX-License-Identifier: Apache-2.0
"""The three questions a task action asks: what happened (complete), until when (snooze), to whom (reassign).

Each dialog only collects a value; the page runs the service, so the dialogs need no database and tests can
fill them in and read the value without showing them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from guide_desk.clock import STORE_TZ

OUTCOMES = ("reached", "no_answer", "purchased", "declined")
SNOOZE_DAYS = (1, 3, 7)
MAX_AMOUNT_YUAN = 10_000_000


def yuan_to_fen(yuan: float) -> int:
    """Whole fen; round() rather than int() because 19.99 * 100 is 1998.9999… in binary floating point."""
    return round(yuan * 100)


def wake_time(day: date, tz: ZoneInfo = STORE_TZ) -> datetime:
    """A snoozed task comes back at the start of `day` in the store, so it heads that morning's list."""
    return datetime.combine(day, time(0), tzinfo=tz)


def _buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, box.button(QDialogButtonBox.StandardButton.Ok)


class CompleteDialog(QDialog):
    """Pick the outcome of a task; a purchase also needs the amount, entered in yuan."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complete task"))
        labels = {"reached": self.tr("Reached the customer"), "no_answer": self.tr("No answer"),
                  "purchased": self.tr("Purchased"), "declined": self.tr("Declined")}
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for outcome in OUTCOMES:
            button = QRadioButton(labels[outcome])
            button.setAccessibleName(labels[outcome])
            self.group.addButton(button)
            self.choices[outcome] = button
            layout.addWidget(button)
        self.amount = QDoubleSpinBox(decimals=2, minimum=0, maximum=MAX_AMOUNT_YUAN, prefix="¥ ")
        self.amount.setGroupSeparatorShown(True)
        self.amount.setAccessibleName(self.tr("Purchase amount in yuan"))
        form = QFormLayout()
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        layout.addLayout(form)
        box, self.ok = _buttons(self)
        layout.addWidget(box)
        self.choices["reached"].setChecked(True)
        self.group.buttonToggled.connect(self._update)
        self.amount.valueChanged.connect(self._update)
        self._update()

    def outcome(self) -> str:
        return next(name for name, button in self.choices.items() if button.isChecked())

    def amount_fen(self) -> int | None:
        return yuan_to_fen(self.amount.value()) if self.outcome() == "purchased" else None

    def _update(self) -> None:
        purchased = self.outcome() == "purchased"
        self.amount.setEnabled(purchased)
        self.ok.setEnabled(not purchased or self.amount.value() > 0)


class SnoozeDialog(QDialog):
    """Hide a task for 1 day, 3 days, a week or until a chosen date."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze task"))
        self._today = today
        self.group = QButtonGroup(self)
        self.choices: dict[int, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for days in SNOOZE_DAYS:
            text = self.tr("1 week") if days == 7 else self.tr("%n day(s)", "", days)
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self.group.addButton(button)
            self.choices[days] = button
            layout.addWidget(button)
        self.on_date = QRadioButton(self.tr("Until a date"))
        self.on_date.setAccessibleName(self.tr("Until a date"))
        self.group.addButton(self.on_date)
        tomorrow = QDate(today.year, today.month, today.day).addDays(1)
        self.date = QDateEdit(tomorrow)
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(tomorrow)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Snooze until date"))
        layout.addWidget(self.on_date)
        layout.addWidget(self.date)
        box, _ = _buttons(self)
        layout.addWidget(box)
        self.choices[1].setChecked(True)
        self.group.buttonToggled.connect(self._update)
        self._update()

    def wake_day(self) -> date:
        for days, button in self.choices.items():
            if button.isChecked():
                return self._today + timedelta(days=days)
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def until(self) -> datetime:
        return wake_time(self.wake_day())

    def _update(self) -> None:
        self.date.setEnabled(self.on_date.isChecked())


class ReassignDialog(QDialog):
    """Choose which guide of the store takes the task over."""

    def __init__(self, title: str, guides: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reassign task"))
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("New assignee"))
        for guide_id, name in guides:
            self.who.addItem(name, guide_id)
        heading = QLabel(title)
        heading.setWordWrap(True)
        box, ok = _buttons(self)
        ok.setEnabled(bool(guides))
        form = QFormLayout(self)
        form.addRow(heading)
        form.addRow(self.tr("Assign to"), self.who)
        form.addRow(box)

    def guide_id(self) -> str | None:
        data = self.who.currentData()
        return str(data) if data is not None else None
