# SPDX-License-Identifier: Apache-2.0
"""A guide whose row arrived from the central server has no PIN on this PC yet. They prove who they are with
their server password (SyncAuth.login over this database's enrolment), then choose a PIN for this PC
(4–8 digits, or 6–8 where the store requires it), which signs them in; a guide whose PIN is blocked after
too many wrong tries takes the same way back. The PIN form is shared with the first-run setup
(ui/sync/first_run.py) and the "choose a longer PIN" step of the sign-in (ui/sign_in.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guide_desk.accounts.pc_setup import choose_pin_and_sign_in
from guide_desk.accounts.pin_policy import SIX, required_pin_digits
from guide_desk.accounts.pins import MAX_PIN, MIN_PIN, validate_pin
from guide_desk.app_data import AppData
from guide_desk.config import Settings
from guide_desk.errors import GuideDeskError, InvalidInput
from guide_desk.sync.errors import NotEnrolled, Unauthorized
from guide_desk.sync.protocol import GuideInfo
from guide_desk.sync.stack import connect
from guide_desk.ui.errors import describe
from guide_desk.ui.runner import InlineRunner, Runner
from guide_desk.ui.sync.words import error_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from guide_desk.db.tables import Guide

def save_pin_and_sign_in(engine: Engine, *, guide_id: str, pin: str, it_requires_six: bool = False) -> Guide:
    """Store the chosen PIN (ending any lockout), then sign in with it (both audited), in one unit of work; at
    once, as the sign-in it is part of waits for it."""
    return AppData(engine).write(choose_pin_and_sign_in, guide_id=guide_id, pin=pin, it_requires_six=it_requires_six)


def pin_digits(settings: Settings, engine: Engine, guide: Guide) -> int:
    """The fewest digits a new PIN of this guide may have (the store's rule or IT's)."""
    if not guide.store_id:
        return SIX if settings.six_digit_pins else MIN_PIN
    return AppData(engine).read(required_pin_digits, store_id=guide.store_id, it_requires_six=settings.six_digit_pins)


class NewPinForm(QWidget):
    """Two PIN fields; `chosen()` is the PIN when both agree and it is a valid one, else None (and says why)."""

    def __init__(self, parent: QWidget | None = None, *, min_digits: int = MIN_PIN) -> None:
        super().__init__(parent)
        self.min_digits = min_digits
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=MAX_PIN)
        self.pin.setAccessibleName(self.tr("New PIN"))
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=MAX_PIN)
        self.repeat.setAccessibleName(self.tr("Repeat the PIN"))
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.pin_label = QLabel()
        form.addRow(self.pin_label, self.pin)
        self.set_min_digits(min_digits)
        form.addRow(self.tr("Repeat the PIN"), self.repeat)
        form.addRow(self.message)

    def set_min_digits(self, digits: int) -> None:
        self.min_digits = digits
        self.pin_label.setText(self.tr("New PIN (6–8 digits)") if digits == SIX else self.tr("New PIN (4–8 digits)"))

    def chosen(self) -> str | None:
        pin = self.pin.text().strip()
        try:
            validate_pin(pin, min_digits=self.min_digits)
        except InvalidInput:
            self.say(self.tr("A PIN is 6 to 8 digits and not one digit repeated (e.g. not 111111).")
                     if self.min_digits == SIX else
                     self.tr("A PIN is 4 to 8 digits and not one digit repeated (e.g. not 1111)."))
            self.pin.setFocus()
            return None
        if pin != self.repeat.text().strip():
            self.say(self.tr("The two PINs differ. Type the same PIN twice."))
            self.repeat.clear()
            self.repeat.setFocus()
            return None
        self.message.clear()
        return pin

    def say(self, text: str) -> None:
        self.message.setText(text)

    def clear(self) -> None:
        self.pin.clear()
        self.repeat.clear()


class PasswordSignInDialog(QDialog):
    """First time on this PC: the server password, then a new PIN. `guide` is set once signed in."""

    def __init__(self, settings: Settings, engine: Engine, guide: Guide, *, background: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings, self._engine, self._who = settings, engine, guide
        self._runner = Runner(self) if background else InlineRunner(self)
        self.guide: Guide | None = None
        self.setWindowTitle(self.tr("First time on this PC"))
        intro = QLabel(self.tr("{name}, sign in once with your Guide Desk password (the one for the central "
                               "server), then choose a PIN for this PC.").format(name=guide.name))
        intro.setWordWrap(True)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        password_row = QFormLayout()
        password_row.addRow(self.tr("Login"), QLabel(guide.login))
        password_row.addRow(self.tr("Password"), self.password)
        self.pins = NewPinForm(self, min_digits=pin_digits(settings, engine, guide))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(password_row)
        layout.addWidget(self.pins)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.password.setFocus()

    def submit(self) -> None:
        if not self.password.text():
            self.pins.say(self.tr("Please type your password."))
            self.password.setFocus()
            return
        pin = self.pins.chosen()
        if pin is None:
            return
        settings, engine, login, password = self._settings, self._engine, self._who.login, self.password.text()
        url: list[str] = []

        def work() -> GuideInfo:
            connection = connect(settings, engine)
            if connection is None:
                raise NotEnrolled("no central server is configured")
            url.append(connection.api_url)
            try:
                return connection.auth.login(login=login, password=password)
            finally:
                connection.close()

        self.ok_button.setEnabled(False)
        self.pins.say(self.tr("Checking your password…"))
        self._runner.submit(work, lambda info: self._verified(info, pin),
                            lambda exc: self._failed(exc, url[0] if url else ""))

    def _verified(self, info: GuideInfo, pin: str) -> None:
        self.ok_button.setEnabled(True)
        self.password.clear()
        if info.id != self._who.id:
            self.pins.say(self.tr("The server signed in someone else. Check the login and try again."))
            return
        self.guide = save_pin_and_sign_in(self._engine, guide_id=self._who.id, pin=pin,
                                          it_requires_six=self._settings.six_digit_pins)
        self.accept()

    def _failed(self, exc: BaseException, url: str) -> None:
        self.ok_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, Unauthorized):
            text = self.tr("Wrong password. Try again.")
        elif isinstance(exc, NotEnrolled):
            text = self.tr("This PC is not connected to the central server, so the password cannot be "
                           "checked. Ask your store manager to set your PIN.")
        elif isinstance(exc, GuideDeskError):
            text = error_text(exc, url)
        else:
            text = describe(exc)
        self.pins.say(text)


class LongerPinDialog(QDialog):
    """The store now requires 6-digit PINs and this guide's is shorter: they choose a new one to sign in."""

    def __init__(self, settings: Settings, engine: Engine, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine, self._who, self._six_by_it = engine, guide, settings.six_digit_pins
        self.guide: Guide | None = None
        self.setWindowTitle(self.tr("Choose a longer PIN"))
        intro = QLabel(self.tr("{name}, your store now needs a PIN of at least 6 digits. Choose a new PIN to "
                               "sign in.").format(name=guide.name))
        intro.setWordWrap(True)
        self.pins = NewPinForm(self, min_digits=pin_digits(settings, engine, guide))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pins)
        layout.addWidget(buttons)
        self.pins.pin.setFocus()

    def submit(self) -> None:
        pin = self.pins.chosen()
        if pin is None:
            return
        self.guide = save_pin_and_sign_in(self._engine, guide_id=self._who.id, pin=pin,
                                          it_requires_six=self._six_by_it)
        self.pins.clear()
        self.accept()
