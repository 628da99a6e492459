# SPDX-License-Identifier: Apache-2.0
"""Bootstrap: QApplication, fonts, database, sign-in, main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from guide_desk.config import Settings
from guide_desk.db.migrate import open_database
from guide_desk.errors import GuideDeskError
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import install_excepthooks
from guide_desk.ui.main_window import MainWindow
from guide_desk.ui.sign_in import SignInDialog

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
    return app


def run_app(settings: Settings) -> int:
    app = make_application()
    install_excepthooks()
    try:
        engine = open_database(settings.data_dir)
    except GuideDeskError as exc:
        QMessageBox.critical(None, "Guide Desk", str(exc))
        return 1
    dialog = SignInDialog(engine)
    if not dialog.exec() or dialog.guide is None:
        return 0
    window = MainWindow(AppContext(settings=settings, engine=engine, guide=dialog.guide))
    window.show()
    return app.exec()
