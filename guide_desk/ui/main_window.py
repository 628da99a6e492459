# SPDX-License-Identifier: Apache-2.0
"""The main window assembles pages: a navigation rail, the pages, a status bar with who is signed in."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from guide_desk.ui.context import AppContext
from guide_desk.ui.pages.customers import CustomersPage
from guide_desk.ui.pages.today import TodayPage


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Guide Desk 导购工作台"))
        self.today = TodayPage(context)
        self.customers = CustomersPage(context)
        self.nav = QListWidget()
        self.nav.setObjectName("navRail")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(140)
        self.pages = QStackedWidget()
        for title, page in ((self.tr("Today"), self.today), (self.tr("Customers"), self.customers)):
            self.nav.addItem(title)
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        role = self.tr("Manager") if context.is_manager else self.tr("Guide")
        self.statusBar().addWidget(QLabel(f"{context.guide.name} · {role}"))

        QShortcut(QKeySequence.StandardKey.Find, self, self.find_customer)
        self.setMinimumSize(960, 600)
        self._settings = context.ui_settings()
        geometry = self._settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def find_customer(self) -> None:
        self.nav.setCurrentRow(1)
        self.customers.focus_search()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._settings.setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
