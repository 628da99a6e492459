# SPDX-License-Identifier: Apache-2.0
"""The look card of an outfit push: the items, in the customer's size, with prices, as a card that can be
saved as a PNG to share in WeCom."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide_desk.tasks.outfits import OutfitItem

ChoosePath = Callable[[QWidget, str], Path | None]


def choose_png(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save look card"), suggested, "PNG (*.png)")
    return Path(name) if name else None


class LookCard(QFrame):
    """The shareable card itself: a title, then one line per item."""

    def __init__(self, title: str, items: list[OutfitItem], store: str) -> None:
        super().__init__()
        self.setObjectName("lookCard")
        self.setStyleSheet("#lookCard { background: white; border: 1px solid #e3e6ea; border-radius: 8px; }")
        grid = QGridLayout(self)
        heading = QLabel(title)
        heading.setObjectName("profileTitle")
        grid.addWidget(heading, 0, 0, 1, 3)
        for row, item in enumerate(items, start=1):
            grid.addWidget(QLabel(item.name), row, 0)
            grid.addWidget(QLabel(self.tr("Size %1").replace("%1", item.size)), row, 1)
            grid.addWidget(QLabel(f"¥{item.price_fen / 100:,.0f}"), row, 2)
        footer = QLabel(store)
        footer.setObjectName("placeholder")
        grid.addWidget(footer, len(items) + 1, 0, 1, 3)


class LookCardDialog(QDialog):
    """`customer_id` lets the main window close the card when that customer is erased."""

    def __init__(self, customer: str, items: list[OutfitItem], store: str, parent: QWidget | None = None,
                 customer_id: str | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("Complete the look for %1").replace("%1", customer))
        self.choose_path: ChoosePath = choose_png
        self.card = LookCard(self.tr("Picked for %1").replace("%1", customer), items, store)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.clicked.connect(self.save_png)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addWidget(buttons)

    def save_png(self) -> Path | None:
        target = self.choose_path(self, "look.png")
        if target is None:
            return None
        if target.suffix.lower() != ".png":
            target = target.with_suffix(".png")
        self.card.adjustSize()
        if not self.card.grab().save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        return target
