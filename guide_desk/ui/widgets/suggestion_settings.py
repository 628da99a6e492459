# SPDX-License-Identifier: Apache-2.0
"""A store manager's thresholds for suggestions and contact caps (per store; defaults until changed)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPushButton, QSpinBox, QWidget

from guide_desk.app_data import Changes
from guide_desk.tasks.suggest_settings import load_settings, save_settings
from guide_desk.ui.context import AppContext

DAYS = ("push_gap_days", "dismiss_days", "birthday_ahead_days", "dormant_days", "tier_offer_after_days",
        "new_arrival_days", "points_expiry_days", "attribution_days")


class SuggestionSettingsBox(QGroupBox):
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Suggestions and contact caps for this store"))
        self._context = context
        labels = {
            "push_gap_days": self.tr("Days between marketing pushes to one customer"),
            "dismiss_days": self.tr("Days a dismissed suggestion stays away"),
            "birthday_ahead_days": self.tr("Birthday reminder, days ahead"),
            "dormant_days": self.tr("Dormant after days without a purchase"),
            "tier_offer_after_days": self.tr("Repurchase offer, days after the last purchase"),
            "new_arrival_days": self.tr("New arrivals launched within days"),
            "points_expiry_days": self.tr("Points reminder, days before expiry"),
            "attribution_days": self.tr("A purchase counts for a push within days"),
        }
        self.days = {name: QSpinBox(minimum=0, maximum=730) for name in DAYS}
        self.care_days = QLineEdit()
        self.dormant_spend = QSpinBox(minimum=0, maximum=10_000_000)
        self.dormant_spend.setSuffix(" ¥")
        form = QFormLayout(self)
        form.addRow(self.tr("Post-purchase care on days (e.g. 3, 7, 30)"), self.care_days)
        for name, box in self.days.items():
            box.setAccessibleName(labels[name])
            form.addRow(labels[name], box)
        form.addRow(self.tr("Dormant counts from a total spend of"), self.dormant_spend)
        self.save_button = QPushButton(self.tr("Save thresholds"))
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)
        self.care_days.setAccessibleName(self.tr("Post-purchase care days"))
        self.dormant_spend.setAccessibleName(self.tr("Dormant minimum spend"))
        self.load()

    def load(self) -> None:
        current = self._context.read(load_settings, store_id=self._context.guide.store_id)
        for name, box in self.days.items():
            box.setValue(getattr(current, name))
        self.care_days.setText(", ".join(str(d) for d in current.post_purchase_days))
        self.dormant_spend.setValue(current.dormant_min_spent_fen // 100)

    def changes(self) -> dict[str, object]:
        parts = [p.strip() for p in self.care_days.text().replace("，", ",").split(",") if p.strip()]
        care: object = [int(p) for p in parts] if all(p.isdigit() for p in parts) else self.care_days.text()
        values: dict[str, object] = {name: box.value() for name, box in self.days.items()}
        values |= {"post_purchase_days": care, "dormant_min_spent_fen": self.dormant_spend.value() * 100}
        return values

    def save(self) -> bool:
        def saved(_: object) -> None:
            self.load()
            self.saved.emit()

        return self._context.write(self, save_settings, store_id=self._context.guide.store_id,
                                   changes=self.changes()).changes(Changes.of(settings=True)).success(saved).run()
