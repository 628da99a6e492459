# SPDX-License-Identifier: Apache-2.0
"""The main window assembles pages: a navigation rail, the pages, a status bar with who is signed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QToolBar, QWidget

from guide_desk.ui.context import AppContext
from guide_desk.ui.pages.customers import CustomersPage
from guide_desk.ui.pages.settings import SettingsPage
from guide_desk.ui.pages.today import TodayPage

if TYPE_CHECKING:
    from guide_desk.ui.pages.calendar import CalendarPage
    from guide_desk.ui.pages.tasks import TasksPage

TODAY, CUSTOMERS, TASKS, CALENDAR, SETTINGS = range(5)


class MainWindow(QMainWindow):
    """Emits `switch_requested` when the guide hands the PC over (or it locks)."""

    switch_requested = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.setWindowTitle(self.tr("Guide Desk 导购工作台"))
        self.today = TodayPage(context)
        self.customers = CustomersPage(context)
        self.settings_page = SettingsPage(context)
        self._tasks: TasksPage | None = None
        self._calendar: CalendarPage | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("navRail")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(150)
        self.pages = QStackedWidget()
        pages = ((self.tr("Today"), self.today), (self.tr("Customers"), self.customers), (self.tr("Tasks"), QWidget()),
                 (self.tr("Calendar"), QWidget()), (self.tr("Settings"), self.settings_page))
        for title, page in pages:  # Tasks and Calendar are built on first visit: a faster first paint
            self.nav.addItem(title)
            self.pages.addWidget(page)
        self.nav.setCurrentRow(TODAY)  # Today loaded itself; later visits refresh each page
        self.nav.currentRowChanged.connect(self._show_page)
        self.today.customer_requested.connect(self.open_customer)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self._toolbar()
        role = self.tr("Store manager") if context.is_manager else self.tr("Guide")
        self.who = QLabel(f"{context.guide.name} · {role}")
        self.statusBar().addWidget(self.who)

        QShortcut(QKeySequence.StandardKey.Find, self, self.find_customer)
        self.setMinimumSize(960, 600)
        self._settings = context.ui_settings()
        geometry = self._settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        splitter = self._settings.value("customers/splitter")
        if splitter is not None:
            self.customers.splitter.restoreState(splitter)
        header = self._settings.value("customers/columns")
        if header is not None:
            self.customers.table.horizontalHeader().restoreState(header)

    @property
    def context(self) -> AppContext:
        return self._context

    @property
    def tasks(self) -> TasksPage:
        if self._tasks is None:
            from guide_desk.ui.pages.tasks import TasksPage

            self._tasks = TasksPage(self._context)
            self._tasks.customer_requested.connect(self.open_customer)
            self._replace(TASKS, self._tasks)
        return self._tasks

    @property
    def calendar(self) -> CalendarPage:
        if self._calendar is None:
            from guide_desk.ui.pages.calendar import CalendarPage  # its imports load on first visit too

            self._calendar = CalendarPage(self._context)
            self._replace(CALENDAR, self._calendar)
        return self._calendar

    def _replace(self, index: int, page: QWidget) -> None:
        placeholder = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Actions"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        switch = QAction(self.tr("Switch guide"), self)
        switch.setShortcut(QKeySequence("Ctrl+L"))
        switch.setToolTip(self.tr("Lock and let another guide sign in (Ctrl+L)"))
        switch.triggered.connect(self.switch_requested.emit)
        tags = QAction(self.tr("Manage tags…"), self)
        tags.triggered.connect(self.manage_tags)
        templates = QAction(self.tr("Message templates…"), self)
        templates.triggered.connect(self.edit_templates)
        bar.addAction(switch)
        bar.addAction(tags)
        bar.addAction(templates)
        self.switch_action, self.tags_action = switch, tags
        self.addToolBar(bar)

    def _page(self, row: int) -> QWidget:
        """The page at `row`, built first if it is one of the pages made on first visit."""
        if row == TASKS:
            return self.tasks
        if row == CALENDAR:
            return self.calendar
        page = self.pages.widget(row)
        assert page is not None
        return page

    def _show_page(self, row: int) -> None:
        page = self._page(row)
        self.pages.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if callable(refresh) and page is not self.customers:
            refresh()

    def open_customer(self, customer_id: str) -> None:
        self.nav.setCurrentRow(CUSTOMERS)
        self.customers.open_customer(customer_id)

    def find_customer(self) -> None:
        self.nav.setCurrentRow(CUSTOMERS)
        self.customers.focus_search()

    def manage_tags(self) -> None:
        from guide_desk.ui.dialogs.tag_manager import TagManagerDialog

        TagManagerDialog(self._context, self).exec()
        self.customers.model.forget_rows()

    def edit_templates(self) -> None:
        from guide_desk.ui.dialogs.templates import TemplateEditor

        TemplateEditor(self._context, self).exec()
        self.today.suggestions.refresh()

    def save_state(self) -> None:
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("customers/splitter", self.customers.splitter.saveState())
        self._settings.setValue("customers/columns", self.customers.table.horizontalHeader().saveState())
        self._settings.sync()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_state()
        super().closeEvent(event)
