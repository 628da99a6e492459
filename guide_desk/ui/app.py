# SPDX-License-Identifier: Apache-2.0
"""Bootstrap: QApplication, fonts, theme, database, then the sign-in loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from guide_desk.config import Settings
from guide_desk.db.migrate import open_database
from guide_desk.errors import GuideDeskError
from guide_desk.ui.errors import install_excepthooks
from guide_desk.ui.i18n import resources_dir
from guide_desk.ui.workbench import Workbench

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


def run_app(settings: Settings) -> int:
    app = make_application()
    install_excepthooks()
    try:
        engine = open_database(settings.data_dir)
    except GuideDeskError as exc:
        QMessageBox.critical(None, "Guide Desk", str(exc))
        return 1
    workbench = Workbench(app, settings, engine)

    def ask() -> None:
        if not workbench.ask_sign_in():
            app.quit()

    workbench.signed_out.connect(lambda: QTimer.singleShot(0, ask))
    if not workbench.ask_sign_in():
        return 0
    return app.exec()
