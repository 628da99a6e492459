# SPDX-License-Identifier: Apache-2.0
"""Merging two records of one customer, side by side: for each field that differs, a radio button per
record chooses the value that survives. Tags, purchases, notes, tasks and sessions always move over."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.customers.merge import FieldChoice, MergeResult, merge_preview
from guide_desk.model.rules.phones import mask_phone
from guide_desk.tasks.resuggest import merge_customers_and_resuggest
from guide_desk.ui.context import AppContext


class MergeDialog(QDialog):
    """Owns one merge of `other_id` into `keep_id`; `choices` maps a field to its radio pair."""

    merged = Signal(str)

    def __init__(self, context: AppContext, *, keep_id: str, other_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.keep_id, self.other_id = context, keep_id, other_id
        self.outcome: MergeResult | None = None
        self.setWindowTitle(self.tr("Merge customers"))
        self.labels = {
            "name": self.tr("Name"), "phone_e164": self.tr("Phone"), "wecom_external_id": self.tr("WeCom id"),
            "gender": self.tr("Gender"), "birthday": self.tr("Birthday"), "size_top": self.tr("Top size"),
            "size_bottom": self.tr("Bottom size"), "size_shoe": self.tr("Shoe size"),
            "style_prefs": self.tr("Style preferences"), "tier": self.tr("Tier"), "points": self.tr("Points"),
            "marketing_consent": self.tr("Marketing consent"),
        }
        self.fields = context.read(merge_preview, keep_id=keep_id, other_id=other_id)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Field")), 0, 0)
        grid.addWidget(QLabel(self.tr("Keep (this record stays)")), 0, 1)
        grid.addWidget(QLabel(self.tr("Merged in (archived afterwards)")), 0, 2)
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, choice in enumerate(self.fields, start=1):
            grid.addWidget(QLabel(self.labels.get(choice.field, choice.field)), row, 0)
            keep = QRadioButton(self._shown(choice.field, choice.keep_value))
            other = QRadioButton(self._shown(choice.field, choice.other_value))
            for button, side in ((keep, self.tr("keep")), (other, self.tr("merged in"))):
                button.setAccessibleName(f"{self.labels.get(choice.field, choice.field)} — {side}")
            group = QButtonGroup(self)
            group.addButton(keep)
            group.addButton(other)
            keep.setChecked(True)
            if not choice.differs:
                other.setEnabled(False)
            elif self._empty(choice.keep_value) and not self._empty(choice.other_value):
                other.setChecked(True)  # an empty field takes the other record's value by default
            self.choices[choice.field] = (keep, other)
            grid.addWidget(keep, row, 1)
            grid.addWidget(other, row, 2)
        note = QLabel(self.tr("Tags are united; purchases, notes, tasks and sessions move to the record kept."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @staticmethod
    def _empty(value: Any) -> bool:
        return value in (None, "")

    def _shown(self, field: str, value: Any) -> str:
        if self._empty(value):
            return self.tr("(empty)")
        if field == "phone_e164":
            return mask_phone(value)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def taken_from_other(self) -> list[str]:
        return [field for field, (_, other) in self.choices.items() if other.isChecked()]

    def choose(self, field: str, *, other: bool) -> None:
        keep_button, other_button = self.choices[field]
        (other_button if other else keep_button).setChecked(True)

    def differing(self) -> list[FieldChoice]:
        return [choice for choice in self.fields if choice.differs]

    def apply(self) -> bool:
        return self.context.write(
            self, merge_customers_and_resuggest, keep_id=self.keep_id, other_id=self.other_id,
            take_from_other=self.taken_from_other(), by_guide_id=self.context.guide.id).changes(
            Changes.of(customers=[self.keep_id, self.other_id])).success(self._merged).run()

    def _merged(self, outcome: MergeResult) -> None:
        self.outcome = outcome
        self.merged.emit(self.keep_id)
        self.accept()
