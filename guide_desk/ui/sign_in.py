# SPDX-License-Identifier: Apache-2.0
"""Shared store PC sign-in: pick your name, enter your PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.accounts.guides import list_guides, sign_in, store_by_code
from guide_desk.db.engine import transaction
from guide_desk.db.tables import Guide
from guide_desk.errors import InvalidInput


class SignInDialog(QDialog):
    def __init__(
        self, engine: Engine, store_code: str | None = None, preselect: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self.guide: Guide | None = None
        self.setWindowTitle(self.tr("Sign in — Guide Desk"))
        with Session(engine) as session:
            store_id = store_by_code(session, code=store_code).id if store_code else None
            self._guides = [g for g in list_guides(session, store_id=store_id) if g.pin_hash]
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Your name"))
        roles = {"manager": self.tr("Store manager"), "hq": self.tr("HQ")}
        for guide in self._guides:
            role = roles.get(guide.role)
            self.who.addItem(f"{guide.name} · {role}" if role else guide.name, guide.id)
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
        form.addRow(buttons)
        self.pin.setFocus()

    def try_sign_in(self) -> None:
        try:
            with transaction(self._engine) as session:
                self.guide = sign_in(session, guide_id=self.who.currentData(), pin=self.pin.text())
        except InvalidInput:
            self.message.setText(self.tr("Wrong PIN. Try again."))
            self.pin.selectAll()
            return
        self.accept()
