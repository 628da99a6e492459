# SPDX-License-Identifier: Apache-2.0
"""The download step of the first-run setup: one sync round on the worker pool with a progress bar (rows of
the server's total) and Cancel. Cancelling keeps every page already stored (the engine commits each page
with its cursor), so Resume carries on from there. The step ends when the signed-in guide's own row is on
this PC: their PIN can only be stored on it."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from guide_desk.accounts.pc_setup import guide_by_login
from guide_desk.app_data import AppData
from guide_desk.errors import GuideDeskError
from guide_desk.sync.engine import RoundResult, SyncCancelled
from guide_desk.sync.stack import SyncConnection
from guide_desk.ui.errors import describe
from guide_desk.ui.runner import Runner
from guide_desk.ui.sync.words import error_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from guide_desk.db.tables import Guide

def local_guide(engine: Engine, login: str) -> Guide | None:
    """The guide row with this login on this PC (active or not), once the download brought it."""
    return AppData(engine).read(guide_by_login, login=login)


class DownloadStep(QWidget):
    """`arrived` carries the guide's own local row when the round ended (or was paused) with it on disk."""

    arrived = Signal(object)  # Guide
    progress = Signal(int, int)  # rows downloaded, server total (0 = unknown); emitted from the worker

    def __init__(self, engine: Engine, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine, self._runner = engine, runner
        self._connection: SyncConnection | None = None
        self._login = ""
        self._cancel = threading.Event()
        self.running = False
        self.label = QLabel(self.tr("Downloading this store's customers and tasks…"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.message = QLabel()
        self.message.setObjectName("connectError")
        self.message.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel download"))
        self.cancel_button.clicked.connect(self.cancel)
        self.resume_button = QPushButton(self.tr("Resume download"))
        self.resume_button.clicked.connect(self.resume)
        self.continue_button = QPushButton(self.tr("Continue without the rest"))
        self.continue_button.setToolTip(self.tr("The rest downloads in the background after you sign in."))
        self.continue_button.clicked.connect(self._continue)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.resume_button, self.continue_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.progress.connect(self._show_progress)
        self._show_buttons(running=False, own_row=False)

    def prepare(self, connection: SyncConnection, login: str) -> None:
        """An interrupted setup: connected and signed in already; Resume carries on from the stored cursor."""
        self._connection, self._login = connection, login
        self.label.setText(self.tr("This PC is connected and {login} is signed in. Resume the download to "
                                   "finish setting up.").format(login=login))
        self.bar.setRange(0, 1)
        self._show_buttons(running=False, own_row=False)

    def start(self, connection: SyncConnection, login: str) -> None:
        self._connection, self._login = connection, login
        self.resume()

    def resume(self) -> None:
        """Run a round from the stored cursor (a fresh PC starts at 0)."""
        connection = self._connection
        if connection is None or self.running:
            return
        self.running = True
        self._cancel.clear()
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Downloading this store's customers and tasks…"))
        self.message.clear()
        self._show_buttons(running=True, own_row=False)

        def work() -> RoundResult:
            return connection.engine.run_round(progress=self.progress.emit, cancelled=self._cancel.is_set)

        self._runner.submit(work, self._done, self._failed)

    def cancel(self) -> None:
        """Stop after the page being written; everything stored so far stays."""
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Stopping after the current page…"))

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, max(total, done))
            self.bar.setValue(done)
            self.label.setText(self.tr("Downloaded %n of {total} rows…", "", done).format(total=total))
        else:
            self.label.setText(self.tr("Downloaded %n row(s)…", "", done))

    def _done(self, result: RoundResult) -> None:
        self.running = False
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.label.setText(self.tr("Download complete: %n row(s).", "", result.pulled))
        guide = local_guide(self._engine, self._login)
        if guide is None or not guide.active:
            self._show_buttons(running=False, own_row=False)
            self.message.setText(self.tr("The download finished, but your account ({login}) is not active in "
                                         "this store's data. Ask your store manager.").format(login=self._login))
            return
        self._show_buttons(running=False, own_row=True)
        self.arrived.emit(guide)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        guide = local_guide(self._engine, self._login)
        own_row = guide is not None and guide.active
        self._show_buttons(running=False, own_row=own_row)
        if isinstance(exc, SyncCancelled):
            self.label.setText(self.tr("Download paused. What arrived is kept; Resume carries on from there."))
            self.message.setText("" if own_row else self.tr(
                "Your own account has not arrived yet, so this PC cannot be set up for you. "
                "Resume the download to finish."))
            return
        url = self._connection.api_url if self._connection is not None else ""
        self.label.setText(self.tr("The download stopped. What arrived is kept."))
        self.message.setText(error_text(exc, url) if isinstance(exc, GuideDeskError) else describe(exc))

    def _continue(self) -> None:
        guide = local_guide(self._engine, self._login)
        if guide is not None and guide.active:
            self.arrived.emit(guide)

    def _show_buttons(self, *, running: bool, own_row: bool) -> None:
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.resume_button.setVisible(not running)
        self.continue_button.setVisible(not running and own_row)
