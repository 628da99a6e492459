# SPDX-License-Identifier: Apache-2.0
"""A manager's PIPL actions on one customer, shown on the profile: export everything about them (a data
request: a report the customer can read, in the user's language, beside the full JSON) and erase them.
Erasure cannot be undone, so it asks for the customer's name to be typed; once done, every open view drops
the customer at once (a change notice the main window relays)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from guide_desk.app_data import Changes
from guide_desk.customers.privacy import erase_customer, export_customer_data
from guide_desk.customers.profiles import get_customer
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.tag_manager import AskText, ask_text
from guide_desk.ui.i18n import choose_language

ChooseFolder = Callable[[QWidget], Path | None]


def choose_folder(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("PrivacyActions", "Save the customer's data in")
    path = QFileDialog.getExistingDirectory(parent, title)
    return Path(path) if path else None


class PrivacyActions(QWidget):
    erased = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.customer_id: str | None = None
        self.choose_folder: ChooseFolder = choose_folder
        self.ask_text: AskText = ask_text
        self.export_button = QPushButton(self.tr("Export this customer's data…"))
        self.export_button.setAccessibleName(self.tr("Export everything stored about this customer (data request)"))
        self.export_button.clicked.connect(self.ask_export)
        self.erase_button = QPushButton(self.tr("Erase customer…"))
        self.erase_button.setAccessibleName(self.tr("Erase this customer's personal data for good"))
        self.erase_button.clicked.connect(self.ask_erase)
        self.status = QLabel()
        self.status.setObjectName("placeholder")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        row.addWidget(self.status, 1)
        self.setVisible(context.is_manager)

    def show_customer(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        self.status.clear()

    def ask_export(self) -> bool:
        """Asks where, then saves the customer's data there; True once the export is under way."""
        if self.customer_id is None:
            return False
        folder = self.choose_folder(self)
        if folder is None:
            return False
        self.saved_files: list[Path] = []
        self._context.write(
            self, export_customer_data, customer_id=self.customer_id, folder=folder, by_guide_id=self._context.guide.id,
            requires_manager=self._context.settings.export_requires_manager,
            language=choose_language(self._context.settings.locale)).success(self._saved).run()
        return True

    def _saved(self, files: list[Path]) -> None:
        self.saved_files = files
        folder = files[0].parent if files else ""
        self.status.setText(self.tr("Saved {files} in {folder}").format(
            files=", ".join(f.name for f in files), folder=str(folder)))

    def ask_erase(self) -> bool:
        """Asks for the customer's name, then erases them; True once the erasure is under way."""
        if self.customer_id is None:
            return False
        name = self._context.read(get_customer, customer_id=self.customer_id).name
        typed = self.ask_text(self, self.tr("Erase customer"), self.tr(
            "This removes {name}'s personal data from this PC and the server for good; sales history stays "
            "anonymous. Type the name to confirm:").format(name=name), "")
        if typed is None:
            return False
        if typed.strip() != name:
            self.status.setText(self.tr("The name typed does not match; nothing was erased."))
            return False
        erased = self.customer_id
        # every open view drops them at once
        self._context.write(self, erase_customer, customer_id=erased, by_guide_id=self._context.guide.id).changes(
            Changes.of(erased=[erased])).success(lambda _: self.erased.emit(erased)).run()
        return True
