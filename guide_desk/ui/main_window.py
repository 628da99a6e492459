# SPDX-License-Identifier: Apache-2.0
"""The main window assembles pages: a navigation rail, the pages, a status bar with who is signed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.ui.context import AppContext
from guide_desk.ui.pages.customers import CustomersPage
from guide_desk.ui.pages.settings import SettingsPage
from guide_desk.ui.pages.today import TodayPage
from guide_desk.ui.sync import install_sync

if TYPE_CHECKING:
    from guide_desk.ui.pages.calendar import CalendarPage
    from guide_desk.ui.pages.tasks import TasksPage


def _lazy(module: str, name: str) -> Callable[[AppContext], QWidget]:
    """A page class imported on first visit, so its module costs nothing at start-up."""

    def build(context: AppContext) -> QWidget:
        page_class = getattr(import_module(f"guide_desk.ui.pages.{module}"), name)
        return cast(QWidget, page_class(context))

    return build


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    build: Callable[[AppContext], QWidget]
    managers_only: bool = False


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
        self.nav = QListWidget()
        self.nav.setObjectName("navRail")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(150)
        self.pages = QStackedWidget()
        self._specs = [spec for spec in self._page_specs() if context.is_manager or not spec.managers_only]
        self._built: dict[str, QWidget] = {"today": self.today, "customers": self.customers,
                                           "settings": self.settings_page}
        for spec in self._specs:  # the rest are built on first visit: a faster first paint
            self.nav.addItem(spec.title)
            self.pages.addWidget(self._built.get(spec.key) or QWidget())
        self.nav.setCurrentRow(0)  # Today loaded itself; later visits refresh each page
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
        self.sync = install_sync(self)  # status bar corner, Sync now (F5); the workbench starts it

        context.notice_hooks.append(self.follow_notice)
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

    def _page_specs(self) -> list[PageSpec]:
        """The navigation rail, top to bottom. Each feature adds its page here."""
        def built(page: QWidget) -> Callable[[AppContext], QWidget]:
            return lambda _context: page

        return [
            PageSpec("today", self.tr("Today"), built(self.today)),
            PageSpec("customers", self.tr("Customers"), built(self.customers)),
            PageSpec("tasks", self.tr("Tasks"), _lazy("tasks", "TasksPage")),
            PageSpec("calendar", self.tr("Calendar"), _lazy("calendar", "CalendarPage")),
            PageSpec("dashboard", self.tr("Dashboard"), _lazy("dashboard", "DashboardPage"), managers_only=True),
            PageSpec("data", self.tr("Data"), _lazy("data", "DataPage"), managers_only=True),
            PageSpec("sync", self.tr("Sync"), _lazy("sync_review", "SyncReviewPage")),
            PageSpec("settings", self.tr("Settings"), built(self.settings_page)),
        ]

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def row_of(self, key: str) -> int:
        """The navigation row of a page, or -1 when this guide's role does not show it."""
        return next((row for row, spec in enumerate(self._specs) if spec.key == key), -1)

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.row_of(key))
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page for `key`, built now if this is its first visit."""
        page = self._built.get(key)
        if page is None:
            row = self.row_of(key)
            page = self._specs[row].build(self._context)
            self._built[key] = page
            requested = getattr(page, "customer_requested", None)
            if requested is not None:
                requested.connect(self.open_customer)
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
        return page

    @property
    def tasks(self) -> TasksPage:
        return cast("TasksPage", self.page("tasks"))

    @property
    def calendar(self) -> CalendarPage:
        return cast("CalendarPage", self.page("calendar"))

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

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self._specs[row].key)
        self.pages.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if callable(refresh) and page is not self.customers:
            refresh()

    def open_customer(self, customer_id: str) -> None:
        self.show_page("customers")
        self.customers.open_customer(customer_id)

    def follow_notice(self, changes: Changes) -> None:
        """Relays what a write changed to every built page that follows changes. An erased customer leaves
        every open view at once: the profile, the list, Today's tasks, sessions, suggestions and their drafts,
        the other pages already built, and any open dialog about them."""
        if not changes.erased:
            for page in self._built.values():
                follow = getattr(page, "follow_changes", None)
                if callable(follow):
                    follow(changes)
            return
        erased = set(changes.erased)
        if self.customers.profile.customer_id in erased:
            self.customers.profile.show_customer(None)
        self.customers.refresh()
        self.today.refresh()
        for page in self._built.values():
            refresh = getattr(page, "refresh", None)
            if page not in (self.today, self.customers) and callable(refresh):
                refresh()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and getattr(widget, "customer_id", None) in erased:
                widget.reject()

    def find_customer(self) -> None:
        self.show_page("customers")
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
        if self.follow_notice in self._context.notice_hooks:
            self._context.notice_hooks.remove(self.follow_notice)
        self.save_state()
        self.sync.scheduler.shutdown()
        self._context.shut_down()
        super().closeEvent(event)
