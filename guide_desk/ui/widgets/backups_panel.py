# SPDX-License-Identifier: Apache-2.0
"""Backups (managers): the local copies, newest first — daily, before migrations, before a restore — a
"Back up now" button, and restore from a chosen copy after a confirmation and its checks. Both run on a
worker thread: a sealed backup of 100k customers takes tens of seconds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Backups
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.tag_manager import Confirm, ask_yes_no
from guide_desk.ui.errors import show_error

PATH = Qt.ItemDataRole.UserRole


class BackupsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = context.runner(self)
        self.backups = Backups(context.settings.data_dir)
        self.confirm: Confirm = ask_yes_no
        self.restored = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.ask_restore)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("A backup is taken every day after the first sign-in (the last 7 are kept) "
                                        "and before every update of the database. Backups are compressed and "
                                        "encrypted with this PC's key: only this PC can restore them.")))
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        column.addWidget(self.status)

    def refresh(self) -> None:
        self.list.clear()
        for path in self.backups.listed():
            when = Backups.taken_at(path).strftime("%Y-%m-%d %H:%M")
            size = path.stat().st_size / 1_048_576
            item = QListWidgetItem(f"{when}  ·  {path.name}  ·  {size:.1f} MB")
            item.setData(PATH, str(path))
            self.list.addItem(item)
        self.restore_button.setEnabled(self.list.count() > 0)

    def back_up_now(self) -> None:
        """Seal a backup on a worker thread (tens of seconds at 100k customers); the list updates after."""
        self._busy(True)
        self.status.setText(self.tr("Backing up…"))
        self._runner.submit(self.backups.take,
                            self._backed_up, self._failed)

    def _backed_up(self, path: Path) -> None:
        self._busy(False)
        self.refresh()
        self.status.setText(self.tr("Backed up to {name}.").format(name=path.name))

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.status.clear()
        show_error(self, error)

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.list.count() > 0)

    def ask_restore(self) -> bool:
        """After a confirmation, on a worker thread behind a modal notice: check the backup (every chunk's
        tag, its schema), save the live data, load the backup into a new file, check it, swap it in."""
        item = self.list.currentItem()
        if item is None:
            self.status.setText(self.tr("Choose a backup in the list first."))
            return False
        chosen = Path(item.data(PATH))
        question = self.tr("Replace all data on this PC with the backup of {when}? Changes since then are lost "
                           "(the current data is saved as a backup first).").format(
            when=Backups.taken_at(chosen).strftime("%Y-%m-%d %H:%M"))
        if not self.confirm(self, self.tr("Restore backup"), question):
            return False
        notice = QProgressDialog(self.tr("Checking and restoring the backup…"), "", 0, 0, self)
        notice.setCancelButton(None)
        notice.setWindowModality(Qt.WindowModality.ApplicationModal)
        notice.setMinimumDuration(0)
        notice.show()
        self._busy(True)

        def done(safety: Path) -> None:
            notice.close()
            self._busy(False)
            self.restored = True
            self.refresh()
            self.status.setText(self.tr("Restored. The data as it was before is kept in {name}. Please restart "
                                        "Guide Desk.").format(name=safety.name))

        def failed(error: BaseException) -> None:
            notice.close()
            self._failed(error)

        self._runner.submit(lambda: self.backups.restore(self._context.engine, chosen), done, failed)
        return True
