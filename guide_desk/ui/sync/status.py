# SPDX-License-Identifier: Apache-2.0
"""The sync corner of the status bar: online / offline / syncing / not enrolled / sign-in needed, how many
changes wait to be sent, when the last round finished, the last error in words, and the actions that fix
the state (Sync now, Sign in for sync…, Connect…). Dialogs go through `run_dialog` so tests fill them in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QToolButton, QWidget

from guide_desk.ui.context import AppContext
from guide_desk.ui.sync.scheduler import SyncScheduler, SyncStatus
from guide_desk.ui.sync.words import error_text, state_text, synced_text

BLOCKED = ("standalone", "not_enrolled", "sign_in")


class SyncStatusWidget(QWidget):
    def __init__(self, context: AppContext, scheduler: SyncScheduler, sync_action: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._context, self.scheduler, self.sync_action = context, scheduler, sync_action
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.pending = QLabel()
        self.synced = QLabel()
        self.error = QLabel()
        self.error.setObjectName("syncError")
        self.error.setMaximumWidth(420)
        self.sync_button = QToolButton()
        self.sync_button.setDefaultAction(sync_action)
        self.sign_in_button = QToolButton()
        self.sign_in_button.setText(self.tr("Sign in for sync…"))
        self.sign_in_button.clicked.connect(self.sign_in_for_sync)
        self.connect_button = QToolButton()
        self.connect_button.setText(self.tr("Connect…"))
        self.connect_button.setToolTip(self.tr("Connect this PC to the central server"))
        self.connect_button.clicked.connect(self.connect_server)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.state, self.pending, self.synced, self.error, self.sign_in_button,
                       self.connect_button, self.sync_button):
            layout.addWidget(widget)
        scheduler.status_changed.connect(self.show_status)
        scheduler.enrolment_needed.connect(self.connect_server)
        self.show_status(scheduler.status)

    def show_status(self, status: SyncStatus) -> None:
        self.state.setText(state_text(status.state))
        self.state.setProperty("syncState", status.state)
        self.pending.setText(self.tr("%n change(s) to send", "", status.pending))
        self.pending.setVisible(status.state != "standalone")
        self.synced.setText(synced_text(status.last_synced_at))
        self.synced.setVisible(status.state != "standalone")
        text = error_text(status.error, status.api_url) if status.error is not None else ""
        metrics = self.error.fontMetrics()
        self.error.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 400) if text else "")
        self.error.setToolTip(text)
        self.error.setVisible(bool(text))
        # someone else signed in for sync here, but not the guide at the PC: their edits would be refused
        me_missing = (status.state not in BLOCKED and bool(status.sync_logins)
                      and self._context.guide.login not in status.sync_logins)
        self.sign_in_button.setVisible(status.state == "sign_in" or me_missing)
        self.sign_in_button.setToolTip(self.tr("Your changes reach the central server only after you sign in "
                                               "for sync on this PC once, with your server password")
                                       if me_missing else "")
        self.connect_button.setVisible(status.state == "not_enrolled")
        self.sync_action.setEnabled(status.state not in ("standalone", "syncing"))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal on screen; tests replace it to fill the dialog in without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def connect_server(self) -> bool:
        """Enrol this PC with the central server, then sign in for sync."""
        return self._open(enrol=True)

    def sign_in_for_sync(self) -> bool:
        return self._open(enrol=False)

    def _open(self, *, enrol: bool) -> bool:
        from guide_desk.ui.sync.enrol_dialog import ConnectDialog

        dialog = ConnectDialog(self._context, enrol=enrol, parent=self.window())
        if not self.run_dialog(dialog) or dialog.connection is None:
            return False
        self.scheduler.use_connection(dialog.connection)
        self.scheduler.start()
        self.scheduler.sync_now()
        return True
