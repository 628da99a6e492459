# SPDX-License-Identifier: Apache-2.0
"""Calendar page: the signed-in guide's day or week, a store day with one column per guide (managers), and
a list of the next 14 days. Sessions are booked, moved (drag), resized and closed here; every change goes
through the same services and checks as the booking dialog, and a refused one says why and snaps back.
iCalendar: export the selected session or the next weeks, import days off as blocked time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.appointments.calendar import build_calendar
from guide_desk.appointments.reminders import reminder_draft
from guide_desk.appointments.service import reschedule_appointment
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error
from guide_desk.ui.models.session_list import SessionListModel
from guide_desk.ui.widgets.calendar_grid import CalendarGrid

MODES = ("day", "week", "store", "list")
LIST_DAYS = 14
EXPORT_WEEKS = 4


class CalendarPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("calendarPage")
        self._context = context
        self.mode = "week"
        self.day = utcnow().astimezone(STORE_TZ).date()
        self.selected: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.modes = QButtonGroup(self)
        labels = {"day": self.tr("Day"), "week": self.tr("Week"), "store": self.tr("Store"),
                  "list": self.tr("Next 14 days")}
        bar = QHBoxLayout()
        for number, mode in enumerate(MODES):
            button = QPushButton(labels[mode])
            button.setCheckable(True)
            button.setVisible(mode != "store" or context.is_manager)
            self.modes.addButton(button, number)
            bar.addWidget(button)
        self.modes.button(MODES.index(self.mode)).setChecked(True)
        self.modes.idClicked.connect(lambda number: self.set_mode(MODES[number]))
        bar.addSpacing(12)
        for text, step in ((self.tr("◀ Previous"), -1), (self.tr("Today"), 0), (self.tr("Next ▶"), 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, step=step: self.go(step))
            bar.addWidget(button)
        bar.addWidget(self.heading, 1)
        self.book_button = QPushButton(self.tr("Book 1v1…"))
        self.book_button.clicked.connect(lambda: self.book())
        self.close_button = QPushButton(self.tr("Close session…"))
        self.close_button.clicked.connect(self.close_selected)
        self.copy_button = QPushButton(self.tr("Copy reminder"))
        self.copy_button.setToolTip(self.tr("Copy the customer reminder message (话术)"))
        self.copy_button.clicked.connect(self.copy_reminder)
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setToolTip(self.tr("The selected session, or your next 4 weeks when none is selected"))
        self.export_button.clicked.connect(self.ask_export)
        self.import_button = QPushButton(self.tr("Import days off…"))
        self.import_button.setToolTip(self.tr("Read an .ics file of your days off; those times are shown as busy"))
        self.import_button.clicked.connect(self.ask_import)
        actions = QHBoxLayout()
        for button in (self.book_button, self.close_button, self.copy_button, self.export_button,
                       self.import_button):
            actions.addWidget(button)
        self.status = QLabel()
        actions.addWidget(self.status, 1)

        self.grid = CalendarGrid()
        self.grid.setAccessibleName(self.tr("Calendar"))
        self.grid.move_requested.connect(self.move_session)
        self.grid.session_selected.connect(self._select)
        self.grid.session_activated.connect(lambda appointment_id: self.close_selected(appointment_id))
        self.grid.slot_requested.connect(lambda start: self.book(start=start))
        self.list_model = SessionListModel(context)
        self.list = QTableView()
        self.list.setAccessibleName(self.tr("Sessions of the next 14 days"))
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.list.clicked.connect(lambda index: self._select(self.list_model.appointment_id(index.row())))
        self.list.activated.connect(lambda index: self.close_selected(self.list_model.appointment_id(index.row())))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        self._update_actions()

    # navigation -----------------------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.modes.button(MODES.index(mode)).setChecked(True)
        self.refresh()

    def go(self, step: int) -> None:
        today = utcnow().astimezone(STORE_TZ).date()
        span = 7 if self.mode in ("week", "list") else 1
        self.day = today if step == 0 else self.day + timedelta(days=step * span)
        self.refresh()

    def first_day(self) -> date:
        return self.day - timedelta(days=self.day.weekday()) if self.mode == "week" else self.day

    def refresh(self) -> None:
        guide = self._context.guide
        start = self.first_day()
        if self.mode == "list":
            moment = datetime.combine(start, datetime.min.time(), tzinfo=STORE_TZ)
            self.list_model.reload(start=moment, days=LIST_DAYS, store_wide=self._context.is_manager)
            self.stack.setCurrentWidget(self.list)
            end = start + timedelta(days=LIST_DAYS - 1)
            self.heading.setText(f"{start:%Y-%m-%d} – {end:%Y-%m-%d}")
        else:
            days = 7 if self.mode == "week" else 1
            view = self._context.read(build_calendar, store_id=guide.store_id, day=start, days=days,
                                      guide_id=None if self.mode == "store" else guide.id)
            self.grid.set_view(view)
            self.stack.setCurrentWidget(self.grid)
            self.heading.setText(f"{start:%Y-%m-%d}" if days == 1 else
                                 f"{start:%Y-%m-%d} – {start + timedelta(days=6):%Y-%m-%d}")
        self._update_actions()

    def _select(self, appointment_id: str) -> None:
        self.selected = appointment_id
        self.grid.selected = appointment_id
        self.grid.update()
        self._update_actions()

    def _update_actions(self) -> None:
        for button in (self.close_button, self.copy_button):
            button.setEnabled(self.selected is not None)

    # actions --------------------------------------------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal on screen; tests replace it to fill the dialog in without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def move_session(self, appointment_id: str, starts_at: datetime, ends_at: datetime) -> bool:
        """Reschedule (drag or resize) with the booking checks; a refused move says why and snaps back."""
        def refused(exc: BaseException) -> None:
            show_error(self, exc)
            self.refresh()  # the session snaps back

        return self._context.write(
            self, reschedule_appointment, appointment_id=appointment_id, starts_at=starts_at, ends_at=ends_at,
            by_guide_id=self._context.guide.id).changes(Changes.of(appointments=[appointment_id])).success(
            lambda _: self.refresh()).failure(refused).run()

    def book(self, *, start: datetime | None = None, customer_id: str | None = None) -> bool:
        from guide_desk.ui.dialogs.booking import BookingDialog

        if not self.run_dialog(BookingDialog(self._context, customer_id=customer_id, start=start, parent=self)):
            return False
        self.refresh()
        return True

    def close_selected(self, appointment_id: str | None = None) -> bool:
        from guide_desk.ui.dialogs.session_close import SessionCloseDialog

        target = appointment_id or self.selected
        if target is None:
            return False
        self._select(target)
        if not self.run_dialog(SessionCloseDialog(self._context, target, parent=self)):
            return False
        self.refresh()
        return True

    def copy_reminder(self) -> str:
        if self.selected is None:
            return ""
        try:
            text = self._context.read(reminder_draft, appointment_id=self.selected, guide_id=self._context.guide.id)
        except Exception as exc:
            show_error(self, exc)
            return ""
        QGuiApplication.clipboard().setText(text)
        return text

    def choose_save_path(self, suggested: str) -> Path | None:
        """A file dialog on screen; tests replace it."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to iCalendar"), suggested,
                                              self.tr("iCalendar (*.ics)"))
        return Path(path) if path else None

    def choose_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import days off"), "", self.tr("iCalendar (*.ics)"))
        return Path(path) if path else None

    def ask_export(self) -> Path | None:
        from guide_desk.appointments.ical import export_guide, export_sessions  # icalendar loads on first use

        name = "session.ics" if self.selected else "sessions.ics"
        path = self.choose_save_path(name)
        if path is None:
            return None
        try:
            if self.selected:
                data = self._context.read(export_sessions, appointment_ids=[self.selected])
            else:
                start = datetime.combine(self.first_day(), datetime.min.time(), tzinfo=STORE_TZ)
                data = self._context.read(export_guide, guide_id=self._context.guide.id, start=start,
                                          weeks=EXPORT_WEEKS)
            path.write_bytes(data)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.status.setText(self.tr("Saved %1").replace("%1", path.name))
        return path

    def ask_import(self) -> int:
        """Blocked time read from a chosen .ics file; returns how many rows were added or updated."""
        from guide_desk.appointments.ical import import_blocked

        path = self.choose_open_path()
        if path is None:
            return 0
        try:
            data = path.read_bytes()
        except OSError as exc:
            show_error(self, exc)
            return 0
        imported: list[int] = []

        def done(result: Any) -> None:
            imported.append(result.added + result.updated)
            self.refresh()
            self.status.setText(self.tr("%n blocked time(s) imported", "", imported[0]))

        self._context.write(self, import_blocked, guide_id=self._context.guide.id, data=data, now=utcnow()).changes(
            Changes.of(appointments=["blocked"])).success(done).run()
        return imported[0] if imported else 0
