# SPDX-License-Identifier: Apache-2.0
"""The shared-PC session loop: sign in → main window → (switch guide | idle lock) → sign in again.

The window of a guide who was locked out is kept hidden, so whatever they had typed is still there when
they sign back in; another guide gets a fresh window and never sees it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog

from guide_desk.config import Settings
from guide_desk.ui.context import AppContext
from guide_desk.ui.i18n import install_language
from guide_desk.ui.lock import IdleLock
from guide_desk.ui.main_window import MainWindow
from guide_desk.ui.sign_in import SignInDialog
from guide_desk.ui.sync.first_run import SetupDialog, needs_setup

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from guide_desk.db.tables import Guide

log = logging.getLogger(__name__)


class Workbench(QObject):
    signed_out = Signal()

    def __init__(self, app: QApplication, settings: Settings, engine: Engine, *, background: bool = True) -> None:
        super().__init__()
        self._app, self._settings, self._engine, self._background = app, settings, engine, background
        self.window: MainWindow | None = None
        self.language = install_language(app, settings.locale)
        self.lock = IdleLock(settings.auto_lock_minutes, self)
        self.lock.locked.connect(self.sign_out)
        app.installEventFilter(self.lock)

    def ask_sign_in(self) -> bool:
        """Show the picker until someone signs in; False when the dialog is closed. A PC where nobody has
        a PIN yet (a fresh install) gets the first-run setup instead."""
        previous = self.window.context.guide.id if self.window is not None else None
        dialog: SignInDialog | SetupDialog
        if needs_setup(self._engine):
            dialog = SetupDialog(self._settings, self._engine, background=self._background)
        else:
            dialog = SignInDialog(self._engine, self._settings.store_code, preselect=previous,
                                  settings=self._settings, background=self._background)
        if not self.run_dialog(dialog) or dialog.guide is None:
            return False
        self.signed_in(dialog.guide)
        return True

    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal on screen; tests replace it to fill the dialog in without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def signed_in(self, guide: Guide) -> None:
        if self.window is not None and self.window.context.guide.id != guide.id:
            self.window.save_state()
            self.window.deleteLater()
            self.window = None
        if self.window is None:
            self.window = self._make_window(guide)  # a new Today page loads itself
        else:
            self.window.today.refresh()  # the same guide is back: Today may have moved on
        self.window.show()
        self.window.sync.start()
        self.lock.start()
        log.info("guide %s signed in", guide.id)

    def sign_out(self) -> None:
        """Lock: hide the window and return to the picker."""
        self.lock.stop()
        if self.window is not None:
            self.window.save_state()
            self.window.sync.stop()
            self.window.hide()
        self.signed_out.emit()

    def apply_settings(self, locale: str, minutes: int) -> None:
        self._settings = self._settings.model_copy(update={"locale": locale, "auto_lock_minutes": minutes})
        self.lock.set_minutes(minutes)
        language = install_language(self._app, locale)
        if language != self.language and self.window is not None:
            self.language = language
            guide = self.window.context.guide
            self.window.save_state()
            self.window.deleteLater()
            self.window = self._make_window(guide)
            self.window.show()
            self.window.sync.start()

    def _make_window(self, guide: Guide) -> MainWindow:
        window = MainWindow(AppContext(settings=self._settings, engine=self._engine, guide=guide,
                                       background=self._background))
        window.switch_requested.connect(self.sign_out)
        window.settings_page.applied.connect(self.apply_settings)
        return window
