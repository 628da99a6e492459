# SPDX-License-Identifier: Apache-2.0
"""Shared store PC sign-in: pick your name, enter your PIN. The picker offers only the PC's own store's
active guides (plus HQ staff where IT allows it). A guide who has no PIN on this PC yet (their row came
from the central server), or whose PIN is blocked after too many wrong tries, signs in with their server
password and chooses one; a guide whose PIN is shorter than the store now requires chooses a longer one.
Wrong PINs lock the guide out for a while, and the dialog says for how long."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from guide_desk.accounts.pin_lock import pin_lock_state
from guide_desk.accounts.sign_in import SignInResult, attempt_sign_in, pc_scope, sign_in_roster
from guide_desk.app_data import AppData
from guide_desk.config import Settings, load_settings
from guide_desk.ui.sync.words import wait_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from guide_desk.db.tables import Guide

class SignInDialog(QDialog):
    def __init__(
        self, engine: Engine, store_code: str | None = None, preselect: str | None = None,
        parent: QWidget | None = None, *, settings: Settings | None = None, background: bool = True,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._settings, self._background = settings or load_settings(), background
        self.guide: Guide | None = None
        self.setWindowTitle(self.tr("Sign in — Guide Desk"))
        self._data = AppData(engine)  # nobody is signed in yet: reads, and the sign-in's own audited writes
        self._scope = self._data.read(pc_scope, store_code=store_code or self._settings.store_code,
                                      hq_allowed=self._settings.sign_in_hq)
        self._guides = self._data.read(sign_in_roster, scope=self._scope)  # without a PIN: the password path
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Your name"))
        roles = {"manager": self.tr("Store manager"), "hq": self.tr("HQ")}
        for guide in self._guides:
            role = roles.get(guide.role)
            label = f"{guide.name} · {role}" if role else guide.name
            self.who.addItem(label if guide.pin_hash else self.tr("{name} (set up PIN)").format(name=label),
                             guide.id)
        if preselect is not None:
            self.who.setCurrentIndex(max(0, self.who.findData(preselect)))
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=8)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.who)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.message)
        self.first_time_button = QPushButton(self.tr("First time on this PC? Sign in with your password…"))
        self.first_time_button.setFlat(True)
        self.first_time_button.clicked.connect(self.first_time)
        form.addRow(self.first_time_button)
        form.addRow(buttons)
        self.who.currentIndexChanged.connect(self.show_lock)
        self.show_lock()
        self.pin.setFocus()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal on screen; tests replace it to fill the dialog in without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _current(self) -> Guide | None:
        return next((g for g in self._guides if g.id == self.who.currentData()), None)

    def show_lock(self) -> None:
        """Picking a locked-out guide says so before they type anything."""
        guide = self._current()
        if guide is None:
            self.message.clear()
            return
        lock = self._data.read(pin_lock_state, guide_id=guide.id)
        self.first_time_button.setText(
            self.tr("Sign in with your password and choose a new PIN…") if lock.blocked else
            self.tr("First time on this PC? Sign in with your password…"))
        if lock.blocked:
            self.message.setText(self._blocked_text())
        elif lock.wait_s() > 0:
            self.message.setText(wait_text(lock.wait_s()))
        else:
            self.message.clear()

    def _blocked_text(self) -> str:
        return self.tr("This PIN is blocked after too many wrong tries. Sign in with your password below, or "
                       "ask your store manager to unlock it.")

    def first_time(self) -> None:
        """The picked guide proves who they are with the server password and chooses a PIN for this PC."""
        from guide_desk.ui.sync.pin_setup import PasswordSignInDialog

        guide = self._current()
        if guide is None:
            return
        dialog = PasswordSignInDialog(self._settings, self._engine, guide, background=self._background, parent=self)
        if self.run_dialog(dialog) and dialog.guide is not None:
            self.guide = dialog.guide
            self.accept()

    def try_sign_in(self) -> None:
        guide = self._current()
        if guide is None:
            return
        if not guide.pin_hash:
            self.first_time()  # no PIN here yet: there is nothing to check the typed one against
            return
        # committed whatever the answer, and at once: the count must stick before the next try
        result = self._data.write(attempt_sign_in, guide_id=guide.id, pin=self.pin.text(), scope=self._scope,
                                  it_requires_six=self._settings.six_digit_pins)
        self.pin.clear()
        if result.outcome == "ok" and result.guide is not None:
            self._signed_in(result)
            return
        self.message.setText(self._refusal(result))
        self.pin.setFocus()

    def _refusal(self, result: SignInResult) -> str:
        if result.outcome == "locked":
            return wait_text(result.wait_s)
        if result.outcome == "blocked":
            self.first_time_button.setText(self.tr("Sign in with your password and choose a new PIN…"))
            return self._blocked_text()
        if result.outcome == "not_here":
            return self.tr("This name cannot sign in on this PC.")
        if result.tries_left <= 2:
            return self.tr("Wrong PIN. Tries left before it locks: {tries}.").format(tries=result.tries_left)
        return self.tr("Wrong PIN. Try again.")

    def _signed_in(self, result: SignInResult) -> None:
        from guide_desk.ui.sync.pin_setup import LongerPinDialog

        assert result.guide is not None
        if result.must_change_pin:
            dialog = LongerPinDialog(self._settings, self._engine, result.guide, parent=self)
            if not self.run_dialog(dialog) or dialog.guide is None:
                self.message.setText(self.tr("Your store needs a PIN of at least 6 digits: choose one to sign in."))
                return
        self.guide = result.guide
        self.accept()
