# SPDX-License-Identifier: Apache-2.0
"""Shared store PC sign-in: pick your name, enter your PIN. A guide who has no PIN on this PC yet (their row
came from the central server) signs in once with their server password and chooses one."""

from __future__ import annotations

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
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.accounts.guides import list_guides, sign_in, store_by_code
from guide_desk.config import Settings, load_settings
from guide_desk.db.engine import transaction
from guide_desk.db.tables import Guide
from guide_desk.errors import InvalidInput


class SignInDialog(QDialog):
    def __init__(
        self, engine: Engine, store_code: str | None = None, preselect: str | None = None,
        parent: QWidget | None = None, *, settings: Settings | None = None, background: bool = True,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._settings, self._background = settings, background
        self.guide: Guide | None = None
        self.setWindowTitle(self.tr("Sign in — Guide Desk"))
        with Session(engine) as session:
            store_id = store_by_code(session, code=store_code).id if store_code else None
            self._guides = list_guides(session, store_id=store_id)  # without a PIN: the password path
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
        self.pin.setFocus()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal on screen; tests replace it to fill the dialog in without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def first_time(self) -> None:
        """The picked guide proves who they are with the server password and chooses a PIN for this PC."""
        from guide_desk.ui.sync.pin_setup import PasswordSignInDialog

        guide = next((g for g in self._guides if g.id == self.who.currentData()), None)
        if guide is None:
            return
        dialog = PasswordSignInDialog(self._settings or load_settings(), self._engine, guide,
                                      background=self._background, parent=self)
        if self.run_dialog(dialog) and dialog.guide is not None:
            self.guide = dialog.guide
            self.accept()

    def try_sign_in(self) -> None:
        if not any(g.pin_hash for g in self._guides if g.id == self.who.currentData()):
            self.first_time()  # no PIN here yet: there is nothing to check the typed one against
            return
        try:
            with transaction(self._engine) as session:
                self.guide = sign_in(session, guide_id=self.who.currentData(), pin=self.pin.text())
        except InvalidInput:
            self.message.setText(self.tr("Wrong PIN. Try again."))
            self.pin.selectAll()
            return
        self.accept()
