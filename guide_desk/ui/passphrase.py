# SPDX-License-Identifier: Apache-2.0
"""Before the database opens: the passphrase on a PC without an OS keyring (where the machine config allows
it: db_key_without_keyring = "passphrase"), the words for a missing key, and a notice while the one-time
upgrade encrypts the data (about 40 s at 100k customers)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import MIN_PASSPHRASE
from guide_desk.errors import DatabaseKeyUnavailable

T = TypeVar("T")


class PassphraseDialog(QDialog):
    """Asks for the passphrase; on the first start asks for it twice and checks its length."""

    def __init__(self, *, creating: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.creating = creating
        self.setWindowTitle(self.tr("Database passphrase"))
        column = QVBoxLayout(self)
        explain = (self.tr("This PC has no keyring to keep the key of the customer data. Choose a passphrase "
                           "(at least {n} characters): it is asked at every start, and without it the data "
                           "cannot be opened.").format(n=MIN_PASSPHRASE) if creating else
                   self.tr("Type the passphrase that protects the customer data on this PC."))
        intro = QLabel(explain)
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if creating:
            form.addRow(self.tr("Again"), self.again)
        column.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        column.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def check(self) -> None:
        text = self.passphrase.text()
        if self.creating and len(text) < MIN_PASSPHRASE:
            self.problem.setText(self.tr("The passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE))
        elif self.creating and self.again.text() != text:
            self.problem.setText(self.tr("The two passphrases differ."))
        elif not text:
            self.problem.setText(self.tr("Type the passphrase."))
        else:
            self.accept()


def ask_passphrase(creating: bool) -> str | None:
    """The GUI's passphrase source for db.keys: the dialog, None when cancelled."""
    dialog = PassphraseDialog(creating=creating)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()


def key_error_text(error: DatabaseKeyUnavailable) -> str:
    """Words for a database key that cannot be had, by its reason code."""
    translate = QCoreApplication.translate
    if error.reason == "no_keyring":
        return translate("PassphraseDialog", "This PC has no keyring to keep the key of the customer data, and "
                         "IT's settings do not allow a passphrase instead. Ask IT to set up the keyring.")
    if error.reason == "key_missing":
        return translate("PassphraseDialog", "The key of the customer data on this PC is missing from this "
                         "user's keyring (another Windows user, or the keyring was reset). Sign in as the user who "
                         "set up Guide Desk, or ask IT to restore the keyring.")
    if error.reason == "no_passphrase":
        return translate("PassphraseDialog", "Guide Desk needs the passphrase of the customer data to start.")
    if error.reason == "wrong_passphrase":
        return translate("PassphraseDialog", "The passphrase is wrong.")
    return translate("PassphraseDialog", "The customer data cannot be opened: {problem}").format(problem=str(error))


def with_encrypting_notice(work: Callable[[], T]) -> T:
    """Run `work` (opening a database that is being encrypted) on a thread while a busy notice shows; the
    GUI thread keeps painting. Its exception, if any, is raised here."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the GUI thread below
            outcome["error"] = exc

    notice = QProgressDialog(QCoreApplication.translate(
        "PassphraseDialog", "Encrypting the customer data on this PC. This happens once and can take a minute…"),
        "", 0, 0)
    notice.setCancelButton(None)
    notice.setWindowTitle("Guide Desk")
    notice.setWindowModality(Qt.WindowModality.ApplicationModal)
    notice.setMinimumDuration(0)
    notice.show()
    worker = threading.Thread(target=run, name="encrypt-database", daemon=True)
    worker.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    timer.start(100)
    loop.exec()
    timer.stop()
    notice.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
