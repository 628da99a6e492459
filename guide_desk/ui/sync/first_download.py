# SPDX-License-Identifier: Apache-2.0
"""The first download of a fresh install can take a while: a progress dialog (rows downloaded of the
server's total) with Cancel. Cancelling keeps every page already stored; the next round resumes there."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from guide_desk.ui.sync.scheduler import SyncScheduler


class FirstDownloadProgress(QObject):
    """Shows `dialog` while the scheduler's first round runs (None otherwise)."""

    def __init__(self, scheduler: SyncScheduler, parent: QWidget) -> None:
        super().__init__(parent)
        self._scheduler, self._parent = scheduler, parent
        self.dialog: QProgressDialog | None = None
        scheduler.first_download_started.connect(self.begin)
        scheduler.progress.connect(self.update)
        scheduler.first_download_ended.connect(self.end)

    def begin(self) -> None:
        dialog = QProgressDialog(self.tr("Downloading this store's customers and tasks…"), self.tr("Cancel"),
                                 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("First sync"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(800)  # a quick first round never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._scheduler.cancel)
        self.dialog = dialog

    def update(self, done: int, total: int) -> None:
        if self.dialog is None:
            return
        if total > 0:
            self.dialog.setMaximum(max(total, done))
            self.dialog.setValue(min(done, self.dialog.maximum()))
            self.dialog.setLabelText(self.tr("Downloaded %n of {total} rows…", "", done).format(total=total))
        else:
            self.dialog.setLabelText(self.tr("Downloaded %n row(s)…", "", done))

    def end(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._scheduler.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
