# SPDX-License-Identifier: Apache-2.0
"""Sync in the main window: the background scheduler, the status-bar corner, the Sync now action (F5, also
in the toolbar), the first-download progress, and refreshing what is visible after a round pulled rows.
`install_sync` keeps main_window.py to one line; the workbench starts and stops the scheduler."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from guide_desk.ui.sync.first_download import FirstDownloadProgress
from guide_desk.ui.sync.scheduler import SyncScheduler, SyncStatus
from guide_desk.ui.sync.status import SyncStatusWidget
from guide_desk.ui.sync.words import translate

if TYPE_CHECKING:
    from guide_desk.ui.main_window import MainWindow

__all__ = ["SyncParts", "SyncScheduler", "SyncStatus", "SyncStatusWidget", "install_sync"]


@dataclass
class SyncParts:
    scheduler: SyncScheduler
    status: SyncStatusWidget
    action: QAction
    first_download: FirstDownloadProgress

    def start(self) -> None:
        self.scheduler.start()

    def stop(self) -> None:
        self.scheduler.stop()


def install_sync(window: MainWindow) -> SyncParts:
    context = window.context
    scheduler = SyncScheduler(context, window)
    action = QAction(translate("sync", "Sync now"), window)
    action.setObjectName("syncNowAction")
    action.setShortcut(QKeySequence("F5"))
    action.setToolTip(translate("sync", "Send and receive changes now (F5)"))
    action.triggered.connect(scheduler.sync_now)
    window.addAction(action)  # F5 works wherever the focus is
    toolbar = window.findChild(QToolBar, "mainToolbar")
    if toolbar is not None:
        toolbar.addAction(action)
    widget = SyncStatusWidget(context, scheduler, action, window)
    window.statusBar().addPermanentWidget(widget)
    progress = FirstDownloadProgress(scheduler, window)
    connect_requested = getattr(window.settings_page, "connect_requested", None)
    if connect_requested is not None:
        connect_requested.connect(widget.connect_server)
    scheduler.pulled.connect(lambda _rows: refresh_after_sync(window))
    scheduler.status_changed.connect(lambda _status: show_open_count(window))  # rounds and local decisions
    show_open_count(window)
    return SyncParts(scheduler, widget, action, progress)


def refresh_after_sync(window: MainWindow) -> None:
    """Rows changed underneath the pages: the visible ones re-read, the customer list drops its cache."""
    window.customers.model.forget_rows()
    current = window.pages.currentWidget()
    if current is window.today:
        window.today.refresh()
    elif current is not window.customers:
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()
    show_open_count(window)


def show_open_count(window: MainWindow) -> None:
    """The Sync entry of the navigation rail says how many decisions wait: "Sync (3)"."""
    from guide_desk.customers.sync_review import count_open

    row = window.row_of("sync")
    item = window.nav.item(row) if row >= 0 else None
    if item is None:
        return
    conflicts, rejections = window.context.read(count_open)
    total = conflicts + rejections
    item.setText(translate("sync", "Sync") + (f" ({total})" if total else ""))
