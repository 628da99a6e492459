# SPDX-License-Identifier: Apache-2.0
"""A store manager's sign-in settings: require 6-digit PINs in the store, and unlock a guide whose PIN is
locked or blocked after too many wrong tries."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from guide_desk.accounts.pin_lock import locked_guides, unlock_pin
from guide_desk.accounts.pin_policy import set_six_digit_pins, six_digit_pins
from guide_desk.app_data import Changes
from guide_desk.ui.context import AppContext
from guide_desk.ui.sync.words import wait_text


class PinSettingsBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setTitle(self.tr("Sign-in and PINs"))
        self.six_digits = QCheckBox(self.tr("PINs need 6 digits in this store (shorter ones are replaced at the "
                                            "next sign-in)"))
        self.six_digits.setChecked(self._store_rule())
        self.six_digits.toggled.connect(self.save_rule)
        if context.settings.six_digit_pins:
            self.six_digits.setChecked(True)
            self.six_digits.setEnabled(False)
            self.six_digits.setToolTip(self.tr("Required on this PC by IT's configuration"))
        self.locked = QComboBox()
        self.locked.setAccessibleName(self.tr("Guides locked out"))
        self.unlock_button = QPushButton(self.tr("Unlock PIN"))
        self.unlock_button.clicked.connect(self.unlock)
        self.state = QLabel()
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.locked, 1)
        row.addWidget(self.unlock_button)
        form = QFormLayout(self)
        form.addRow(self.six_digits)
        form.addRow(self.tr("Locked out"), row)
        form.addRow(self.state)
        self.load()

    def _store_rule(self) -> bool:
        return self._context.read(six_digit_pins, store_id=self._context.guide.store_id)

    def load(self) -> None:
        """The store's guides who cannot use their PIN right now, with how long they wait."""
        rows = self._context.read(locked_guides, store_id=self._context.guide.store_id)
        self.locked.clear()
        for guide, lock in rows:
            why = self.tr("blocked") if lock.blocked else wait_text(lock.wait_s())
            self.locked.addItem(f"{guide.name} — {why}", guide.id)
        self.unlock_button.setEnabled(bool(rows))
        self.state.setText("" if rows else self.tr("Nobody is locked out."))

    def save_rule(self, required: bool) -> None:
        self._context.write(self, set_six_digit_pins, store_id=self._context.guide.store_id, required=required,
                            by_guide_id=self._context.guide.id).changes(Changes.of(settings=True)).run()

    def unlock(self) -> None:
        guide_id = self.locked.currentData()
        if guide_id is None:
            return
        name = self.locked.currentText().split(" — ")[0]
        def unlocked(_: object) -> None:
            self.load()
            self.state.setText(self.tr("{name} can sign in with their PIN again.").format(name=name))

        self._context.write(self, unlock_pin, guide_id=guide_id, by_guide_id=self._context.guide.id).changes(
            Changes.of(settings=True)).success(unlocked).run()
