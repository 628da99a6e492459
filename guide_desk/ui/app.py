# SPDX-License-Identifier: Apache-2.0
"""Bootstrap: QApplication, fonts, theme, database, then the sign-in loop."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from guide_desk.app_data import daily_care, open_app_data
from guide_desk.config import Settings
from guide_desk.errors import GuideDeskError
from guide_desk.ui.errors import install_excepthooks
from guide_desk.ui.i18n import resources_dir
from guide_desk.ui.workbench import Workbench

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)
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
    """The daily backup (keep 7), then the retention rule, on a background thread: neither may delay the
    first window. The backup comes first, so an erasure by retention is always preceded by a copy."""
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


def run_app(settings: Settings) -> int:
    app = make_application()
    install_excepthooks()
    try:
        engine = open_app_data(settings.data_dir)
    except GuideDeskError as exc:
        QMessageBox.critical(None, "Guide Desk", str(exc))
        return 1
    start_daily_care(settings, engine)
    workbench = Workbench(app, settings, engine)

    def ask() -> None:
        if not workbench.ask_sign_in():
            app.quit()

    workbench.signed_out.connect(lambda: QTimer.singleShot(0, ask))
    if not workbench.ask_sign_in():
        return 0
    freeze_startup_objects()
    return app.exec()
