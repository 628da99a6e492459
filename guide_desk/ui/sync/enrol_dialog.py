# SPDX-License-Identifier: Apache-2.0
"""Connect this PC to the central server: enrol it with the store's one-time code, then sign a guide in for
sync — or only sign in again when the PC is enrolled. Talks to the server on the worker pool; errors are
shown in the dialog in words (the server's own sentence for a refusal). Secrets go to the OS keyring only;
without one the dialog says the sign-in is asked again next session."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide_desk.errors import GuideDeskError
from guide_desk.sync.credentials import keyring_available
from guide_desk.sync.errors import Refused, Unauthorized
from guide_desk.sync.stack import SyncConnection, connect, local_state
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import describe
from guide_desk.ui.sync.words import error_text


class ConnectDialog(QDialog):
    """`connection` holds the enrolled, signed-in connection after the dialog is accepted."""

    def __init__(self, context: AppContext, *, enrol: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = context.runner(self)
        self.connection: SyncConnection | None = None
        self._enrolled: SyncConnection | None = None  # enrolled, but the sign-in failed: do not enrol twice
        state = local_state(context.settings, context.engine)
        self.api_url = QLineEdit(state.api_url or context.settings.api_url or "")
        self.api_url.setPlaceholderText("https://crm.example.com/api")
        self.store_code = QLineEdit(state.store_code or context.settings.store_code or "")
        self.enrolment_code = QLineEdit()
        self.enrolment_code.setPlaceholderText(self.tr("One-time code from IT or HQ"))
        self.login = QLineEdit(context.guide.login)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field, name in ((self.api_url, self.tr("Central server address")), (self.store_code, self.tr("Store code")),
                            (self.enrolment_code, self.tr("Enrolment code")), (self.login, self.tr("Guide login")),
                            (self.password, self.tr("Password"))):
            field.setAccessibleName(name)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Central server address"), self.api_url)
        self.form.addRow(self.tr("Store code"), self.store_code)
        self.form.addRow(self.tr("Enrolment code"), self.enrolment_code)
        self.form.addRow(self.tr("Guide login"), self.login)
        self.form.addRow(self.tr("Password"), self.password)
        self.keyring_note = QLabel(self.tr(
            "This PC has no secure password store, so the sign-in is kept only until the app closes and is "
            "asked again next session. Passwords and tokens are never written to files."))
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not keyring_available())
        self.message = QLabel()
        self.message.setObjectName("connectError")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = QPushButton()
        self.submit_button.setDefault(True)
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.submit_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._set_mode(enrol=enrol)

    def _set_mode(self, *, enrol: bool) -> None:
        self.enrolling = enrol
        self.setWindowTitle(self.tr("Connect to central server") if enrol else self.tr("Sign in for sync"))
        self.submit_button.setText(self.tr("Connect") if enrol else self.tr("Sign in"))
        for field in (self.store_code, self.enrolment_code):
            self.form.setRowVisible(field, enrol)
        self.api_url.setReadOnly(not enrol)
        (self.enrolment_code if enrol and self.store_code.text() else
         self.store_code if enrol else self.password).setFocus()

    def _missing(self) -> str | None:
        fields = [(self.login, self.tr("guide login")), (self.password, self.tr("password"))]
        if self.enrolling:
            fields = [(self.api_url, self.tr("central server address")), (self.store_code, self.tr("store code")),
                      (self.enrolment_code, self.tr("enrolment code")), *fields]
        elif not self.api_url.text().strip():
            return self.tr("This PC is not connected to a central server yet.")
        for field, name in fields:
            if not field.text().strip():
                field.setFocus()
                return self.tr("Please fill in the {field}.").format(field=name)
        return None

    def submit(self) -> None:
        problem = self._missing()
        if problem is not None:
            self.message.setText(problem)
            return
        settings, engine = self._context.settings, self._context.engine
        url = self.api_url.text().strip()
        enrol, reuse = self.enrolling, self._enrolled
        store, code = self.store_code.text().strip(), self.enrolment_code.text().strip()
        login, password = self.login.text().strip(), self.password.text()
        made: list[SyncConnection] = []

        def work() -> SyncConnection:
            connection = reuse or connect(settings, engine, api_url=url)
            if connection is None:
                raise Refused("no_url", url, status=0)
            made.append(connection)
            if enrol and reuse is None:
                connection.auth.enrol(store_code=store, enrolment_code=code)
            connection.auth.login(login=login, password=password)
            return connection

        self.submit_button.setEnabled(False)
        self.message.setText(self.tr("Connecting to {url}…").format(url=url))
        self._runner.submit(work, self._done, lambda exc: self._failed(exc, made, url))

    def _done(self, connection: SyncConnection) -> None:
        self.password.clear()
        self.connection = connection
        self.message.setText(self.tr("Connected."))
        self.submit_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException, made: list[SyncConnection], url: str) -> None:
        self.submit_button.setEnabled(True)
        self.password.clear()
        connection = made[0] if made else None
        if connection is not None and self.enrolling and connection.auth.enrolled:
            self._enrolled = connection  # the code is spent: from now on only the sign-in is retried
            self._set_mode(enrol=False)
            self.message.setText(self.tr("This PC is enrolled, but the sign-in failed: {reason}").format(
                reason=self._words(exc, url, enrolling=False)))
            return
        if connection is not None and connection is not self._enrolled:
            connection.close()
        self.message.setText(self._words(exc, url, enrolling=self.enrolling))

    def _words(self, exc: BaseException, url: str, *, enrolling: bool) -> str:
        if isinstance(exc, Unauthorized):  # the server's 401 on enrol / login: the code or the password
            if enrolling:
                return self.tr("The store code or the enrolment code is wrong, already used or expired. "
                               "Ask IT or HQ for a new code.")
            return self.tr("Wrong guide login or password.")
        if isinstance(exc, Refused):
            return str(exc) if exc.code != "no_url" else self.tr("Please fill in the central server address.")
        if isinstance(exc, GuideDeskError):
            return error_text(exc, url)
        return describe(exc)
