# SPDX-License-Identifier: Apache-2.0
"""Bootstrap: QApplication, fonts, theme, the database key, the database, then the sign-in loop; the daily
backup starts a little after the first sign-in."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from guide_desk.app_data import daily_care, is_encrypted, open_app_data, read_key, set_passphrase_source
from guide_desk.config import Settings
from guide_desk.errors import DatabaseKeyUnavailable, GuideDeskError
from guide_desk.ui.errors import install_excepthooks
from guide_desk.ui.i18n import install_language, resources_dir
from guide_desk.ui.passphrase import ask_passphrase, key_error_text, with_encrypting_notice
from guide_desk.ui.workbench import Workbench

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)
# After the first sign-in: the main window and Today load first, then the backup reads the database.
DAILY_CARE_DELAY_MS = 5000
PASSPHRASE_TRIES = 3
FONT_FAMILIES = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"]


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setOrganizationName("GuideDesk")
    app.setApplicationName("Guide Desk")
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)
    theme = resources_dir() / "qss" / "light.qss"
    if theme.exists():
        app.setStyleSheet(theme.read_text(encoding="utf-8"))
    return app


def start_daily_care(settings: Settings, engine: Engine) -> threading.Thread:
    """The daily backup (keep 7), then the retention rule, on a background thread started after the first
    sign-in: neither may delay start-up. The backup comes first, so an erasure by retention is always
    preceded by a copy."""
    def work() -> None:
        try:
            daily_care(settings, engine)
        except Exception:
            log.exception("daily backup or retention failed")

    thread = threading.Thread(target=work, name="daily-care", daemon=True)
    thread.start()
    return thread


def freeze_startup_objects() -> None:
    """Move what start-up built (Qt wrappers, SQLAlchemy metadata, translations) out of the cyclic GC's
    reach. A full collection otherwise walks all of it while holding the GIL — 200–300 ms in which the
    window cannot paint, triggered by a sync or import worker's allocations (measured at size M)."""
    gc.collect()
    gc.freeze()


def open_with_key(app: QApplication, settings: Settings) -> Engine | None:
    """Open (and on upgrade encrypt) the database; where the key comes from a passphrase, the dialog asks for
    it, again after a wrong one. None, after saying why, when it cannot be opened."""
    install_language(app, settings.locale)
    set_passphrase_source(ask_passphrase)
    for attempt in range(1, PASSPHRASE_TRIES + 1):
        try:
            if is_encrypted(settings.data_dir):
                return open_app_data(settings.data_dir)
            read_key(settings.data_dir)  # a passphrase is asked here, on the GUI thread
            return with_encrypting_notice(lambda: open_app_data(settings.data_dir))
        except DatabaseKeyUnavailable as exc:
            QMessageBox.critical(None, "Guide Desk", key_error_text(exc))
            if exc.reason != "wrong_passphrase" or attempt == PASSPHRASE_TRIES:
                return None
        except GuideDeskError as exc:
            QMessageBox.critical(None, "Guide Desk", str(exc))
            return None
    return None


def run_app(settings: Settings) -> int:
    app = make_application()
    install_excepthooks()
    engine = open_with_key(app, settings)
    if engine is None:
        return 1
    workbench = Workbench(app, settings, engine)

    def ask() -> None:
        if not workbench.ask_sign_in():
            app.quit()

    workbench.signed_out.connect(lambda: QTimer.singleShot(0, ask))
    if not workbench.ask_sign_in():
        return 0
    QTimer.singleShot(DAILY_CARE_DELAY_MS, lambda: start_daily_care(settings, engine))
    freeze_startup_objects()
    return app.exec()
