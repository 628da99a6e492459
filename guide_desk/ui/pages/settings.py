# SPDX-License-Identifier: Apache-2.0
"""Settings page: language and auto-lock (saved to the user config file); for managers the store's PIN rule,
locked-out guides and suggestion thresholds."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from guide_desk.config import save_user_settings
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error
from guide_desk.ui.widgets.pin_settings import PinSettingsBox
from guide_desk.ui.widgets.suggestion_settings import SuggestionSettingsBox


class SettingsPage(QWidget):
    """Emits `applied` with the new settings so the workbench can switch language and lock time at once."""

    applied = Signal(str, int)
    connect_requested = Signal()  # "Connect to central server…": the main window's sync part opens the dialog

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("settingsPage")
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for label, value in ((self.tr("Follow the system"), "system"), ("简体中文", "zh_CN"), ("English", "en")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(self.language.findData(context.settings.locale))
        self.lock_minutes = QSpinBox(minimum=1, maximum=240)
        self.lock_minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self.lock_minutes.setValue(context.settings.auto_lock_minutes)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock the screen after"), self.lock_minutes)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.apply_button)
        self.connect_button = QPushButton(self.tr("Connect to central server…"))
        self.connect_button.clicked.connect(self.connect_requested.emit)
        layout.addWidget(self.connect_button)
        self.pins = PinSettingsBox(context) if context.is_manager else None
        if self.pins is not None:
            layout.addWidget(self.pins)
        self.thresholds = SuggestionSettingsBox(context) if context.is_manager else None
        if self.thresholds is not None:
            layout.addWidget(self.thresholds)
        layout.addStretch(1)

    def apply(self) -> None:
        language, minutes = str(self.language.currentData()), self.lock_minutes.value()
        try:
            save_user_settings(locale=language, auto_lock_minutes=minutes)
        except Exception as exc:
            show_error(self, exc)
            return
        self.applied.emit(language, minutes)
