# SPDX-License-Identifier: Apache-2.0
"""The manager edits the contest's rules: points per action and the cap per customer per day."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from guide_desk.insights.leaderboard import ACTIONS, MAX_POINTS, ScoringRules


class ScoringRulesDialog(QDialog):
    def __init__(self, rules: ScoringRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contest scoring rules"))
        names = {"customer_added": self.tr("Customer added"), "contact": self.tr("Customer contacted"),
                 "task_on_time": self.tr("Task done on time"), "session_held": self.tr("1v1 session held"),
                 "purchase": self.tr("Attributed purchase")}
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for action in ACTIONS:
            spin = QSpinBox()
            spin.setRange(0, MAX_POINTS)
            spin.setValue(rules.points_for(action))
            spin.setSuffix(self.tr(" pts"))
            spin.setAccessibleName(names[action])
            form.addRow(names[action], spin)
            self.spins[action] = spin
        self.cap = QSpinBox()
        self.cap.setRange(1, 10 * MAX_POINTS)
        self.cap.setValue(rules.cap_per_customer_day)
        self.cap.setAccessibleName(self.tr("Cap per customer per day"))
        form.addRow(self.tr("Cap per customer per day"), self.cap)
        hint = QLabel(self.tr("The cap stops many small actions on one customer in one day from paying off."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def rules(self) -> ScoringRules:
        return ScoringRules({action: spin.value() for action, spin in self.spins.items()}, self.cap.value())
