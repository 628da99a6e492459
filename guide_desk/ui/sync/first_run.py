# SPDX-License-Identifier: Apache-2.0
"""First run on a store PC: the local database has nobody who can sign in (no guide with a PIN), so instead
of the PIN picker the workbench shows "Set up this PC": (1) enrol the PC and sign in with the server login
and password — the existing ConnectDialog, embedded as the first step; (2) the first download with a
progress bar and Cancel/Resume; (3) the signed-in guide chooses a PIN for this PC, which signs them in.
Re-opening after a cancelled or interrupted setup resumes: an enrolled, signed-in PC goes straight to the
download (from its stored cursor), an enrolled one only asks to sign in again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guide_desk.accounts.pc_setup import nobody_signed_in, pc_needs_setup
from guide_desk.accounts.pin_policy import SIX
from guide_desk.app_data import AppData
from guide_desk.config import Settings
from guide_desk.sync.stack import SyncConnection, connect
from guide_desk.ui.context import AppContext
from guide_desk.ui.sync.enrol_dialog import ConnectDialog
from guide_desk.ui.sync.first_run_download import DownloadStep
from guide_desk.ui.sync.pin_setup import NewPinForm, pin_digits, save_pin_and_sign_in

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from guide_desk.db.tables import Guide

def needs_setup(engine: Engine) -> bool:
    """True when no active guide on this PC has a PIN: nobody could get past the PIN picker."""
    return AppData(engine).read(pc_needs_setup)


class SetupDialog(QDialog):
    """`guide` is the signed-in guide once the dialog is accepted."""

    CONNECT, DOWNLOAD, PIN = range(3)

    def __init__(self, settings: Settings, engine: Engine, *, background: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._context = AppContext(settings=settings, engine=engine, guide=nobody_signed_in(), background=background)
        self.guide: Guide | None = None
        self.connection: SyncConnection | None = None
        self._signing_in: Guide | None = None
        self.setWindowTitle(self.tr("Set up this PC — Guide Desk"))
        intro = QLabel(self.tr(
            "Nobody can sign in on this PC yet. Connect it to the central server with the store's enrolment "
            "code and sign in with your Guide Desk account; the store's data is then downloaded and you "
            "choose a PIN for this PC."))
        intro.setWordWrap(True)
        self.step_label = QLabel()
        self.step_label.setObjectName("sectionTitle")
        self.steps = QStackedWidget()
        existing = connect(settings, engine)
        resume = (existing is not None and existing.auth.enrolled and existing.auth.signed_in
                  and bool(existing.auth.guide_login))
        enrolled = existing is not None and existing.auth.enrolled
        if existing is not None and not resume:
            existing.close()
        self.connect_step = ConnectDialog(self._context, enrol=not enrolled, parent=self)
        self.connect_step.setWindowFlags(Qt.WindowType.Widget)  # a page of this dialog, not a window
        self.connect_step.accepted.connect(self._connected)
        self.connect_step.rejected.connect(self.reject)
        self.download_step = DownloadStep(engine, self._context.runner(self), self)
        self.download_step.arrived.connect(self._own_row_arrived)
        self.steps.addWidget(self.connect_step)
        self.steps.addWidget(self.download_step)
        self.steps.addWidget(self._make_pin_page())
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        later = self.close_buttons.button(QDialogButtonBox.StandardButton.Cancel)
        later.setText(self.tr("Set up later"))
        later.setAutoDefault(False)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.step_label)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.close_buttons)
        self.setMinimumWidth(520)
        if resume and existing is not None:
            self.connection = existing
            self.download_step.prepare(existing, existing.auth.guide_login or "")
            self._show(self.DOWNLOAD)
        else:
            self._show(self.CONNECT)

    def _make_pin_page(self) -> QWidget:
        page = QWidget()
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        self.pins = NewPinForm(page)
        self.finish_button = QPushButton(self.tr("Finish and sign in"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finish)
        layout = QVBoxLayout(page)
        layout.addWidget(self.welcome)
        layout.addWidget(self.pins)
        layout.addStretch(1)
        layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _show(self, step: int) -> None:
        titles = {self.CONNECT: self.tr("Step 1 of 3: connect this PC and sign in"),
                  self.DOWNLOAD: self.tr("Step 2 of 3: download the store's data"),
                  self.PIN: self.tr("Step 3 of 3: choose your PIN for this PC")}
        self.step_label.setText(titles[step])
        self.steps.setCurrentIndex(step)
        self.close_buttons.setVisible(step != self.CONNECT)  # the connect page has its own Cancel

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def _connected(self) -> None:
        connection = self.connect_step.connection
        if connection is None:
            return
        self.connection = connection
        self._show(self.DOWNLOAD)
        self.download_step.start(connection, connection.auth.guide_login or "")

    def _own_row_arrived(self, guide: Guide) -> None:
        self._signing_in = guide
        digits = pin_digits(self._context.settings, self._engine, guide)
        self.pins.set_min_digits(digits)
        text = (self.tr("Welcome, {name}. Choose a PIN of 6 to 8 digits: from now on you sign in on this PC by "
                        "picking your name and typing it.") if digits == SIX else
                self.tr("Welcome, {name}. Choose a PIN of 4 to 8 digits: from now on you sign in "
                        "on this PC by picking your name and typing it."))
        self.welcome.setText(text.format(name=guide.name))
        self._show(self.PIN)
        self.pins.pin.setFocus()

    def finish(self) -> None:
        guide = self._signing_in
        pin = self.pins.chosen()
        if guide is None or pin is None:
            return
        self.guide = save_pin_and_sign_in(self._engine, guide_id=guide.id, pin=pin,
                                          it_requires_six=self._context.settings.six_digit_pins)
        self.pins.clear()
        self.accept()

    def done(self, result: int) -> None:
        """Closing mid-download stops after the current page; the connection is let go when idle."""
        if self.download_step.running:
            self.download_step.cancel()
        elif self.connection is not None:
            self.connection.close()
            self.connection = None
        super().done(result)
