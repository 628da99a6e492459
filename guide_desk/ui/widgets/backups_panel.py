# SPDX-License-Identifier: Apache-2.0
"""Backups (managers): the local copies, newest first — daily, before migrations, before a restore — a
"Back up now" button, and restore from a chosen copy after its integrity check and a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from guide_desk.app_data import Backups
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.tag_manager import Confirm, ask_yes_no
from guide_desk.ui.errors import show_error

PATH = Qt.ItemDataRole.UserRole


class BackupsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
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
        column.addWidget(QLabel(self.tr("A backup is taken every day the app starts (the last 7 are kept) and "
                                        "before every update of the database.")))
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        column.addWidget(self.status)

    @property
    def backups(self) -> Backups:
        return Backups(self._context.settings.data_dir)

    def refresh(self) -> None:
        self.list.clear()
        for path in self.backups.listed():
            when = Backups.taken_at(path).strftime("%Y-%m-%d %H:%M")
            size = path.stat().st_size / 1_048_576
            item = QListWidgetItem(f"{when}  ·  {path.name}  ·  {size:.1f} MB")
            item.setData(PATH, str(path))
            self.list.addItem(item)
        self.restore_button.setEnabled(self.list.count() > 0)

    def back_up_now(self) -> Path | None:
        try:
            path = self.backups.take()
        except Exception as exc:
            show_error(self, exc)
            return None
        self.refresh()
        self.status.setText(self.tr("Backed up to {name}.").format(name=path.name))
        return path

    def ask_restore(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            self.status.setText(self.tr("Choose a backup in the list first."))
            return False
        chosen = Path(item.data(PATH))
        try:
            Backups.check(chosen)
        except Exception as exc:
            show_error(self, exc)
            return False
        question = self.tr("Replace all data on this PC with the backup of {when}? Changes since then are lost "
                           "(the current data is saved as a backup first).").format(
            when=Backups.taken_at(chosen).strftime("%Y-%m-%d %H:%M"))
        if not self.confirm(self, self.tr("Restore backup"), question):
            return False
        try:
            safety = self.backups.restore(self._context.engine, chosen)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.restored = True
        self.refresh()
        self.status.setText(self.tr("Restored. The data as it was before is kept in {name}. Please restart Guide "
                                    "Desk.").format(name=safety.name))
        return True
