# SPDX-License-Identifier: Apache-2.0
"""Session reminders on the Today page: a banner listing the sessions due a reminder (a day and half an
hour before, as configured) with the customer's reminder message to copy, and one desktop notification per
reminder through the system tray when there is one. Checked every minute."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QSystemTrayIcon, QWidget

from guide_desk.appointments.reminders import Reminder, due_reminders, reminder_draft
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error
from guide_desk.ui.models.session_list import kind_label

Notifier = Callable[[str, str], None]
CHECK_MS = 60_000


def tray_notifier(parent: QWidget) -> Notifier | None:
    """A notifier through the system tray, or None where there is no tray (offscreen, some Linux desktops)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    icon = QSystemTrayIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                           parent)
    icon.show()
    return lambda title, text: icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)


class ReminderBanner(QFrame):
    """Hidden while nothing is due. `notify` is injectable; the default uses the tray when there is one."""

    def __init__(self, context: AppContext, notify: Notifier | None = None) -> None:
        super().__init__()
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._context = context
        self.notify = notify if notify is not None else tray_notifier(self)
        self.leads = tuple(timedelta(minutes=m) for m in context.settings.session_reminder_minutes or [1440, 30])
        self.reminders: list[Reminder] = []
        self._now = utcnow()
        self._shown: set[tuple[str, datetime, timedelta]] = set()
        self._dismissed: set[tuple[str, datetime, timedelta]] = set()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy reminder message"))
        self.copy_button.clicked.connect(self.copy_message)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.dismiss_button)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _line(self, reminder: Reminder) -> str:
        start = reminder.starts_at.astimezone(STORE_TZ)
        when = (self.tr("in %n minute(s)", "", max(1, int((reminder.starts_at - self._now).total_seconds() // 60)))
                if reminder.lead < timedelta(hours=2) else f"{start:%m-%d %H:%M}")
        return self.tr("1v1 with %1 %2 (%3)").replace("%1", reminder.customer_name).replace("%2", when).replace(
            "%3", kind_label(reminder.kind))

    def check(self, now: datetime | None = None) -> list[Reminder]:
        """Reload what is due; notify once per session and reminder time. Returns the new ones."""
        self._now = now or utcnow()
        try:
            due = self._context.read(due_reminders, guide_id=self._context.guide.id, now=self._now, before=self.leads)
        except Exception as exc:
            show_error(self, exc)
            return []
        self.reminders = [r for r in due if r.key not in self._dismissed]
        fresh = [r for r in self.reminders if r.key not in self._shown]
        self._shown.update(r.key for r in fresh)
        if fresh and self.notify is not None:
            title = self.tr("%n 1v1 session(s) coming up", "", len(fresh))
            self.notify(title, "\n".join(self._line(r) for r in fresh))
        self.text.setText("\n".join(self._line(r) for r in self.reminders))
        self.setVisible(bool(self.reminders))
        return fresh

    def message(self) -> str:
        """The reminder message for the first session listed."""
        if not self.reminders:
            return ""
        return self._context.read(reminder_draft, appointment_id=self.reminders[0].appointment_id,
                                  guide_id=self._context.guide.id)

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.message())

    def dismiss(self) -> None:
        self._dismissed.update(r.key for r in self.reminders)
        self.reminders = []
        self.hide()
