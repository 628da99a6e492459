# SPDX-License-Identifier: Apache-2.0
"""Message templates (话术): HQ's (read-only here) and the guide's own, with a live preview of the filled
message as the guide types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.tasks.drafts import DEFAULTS, PLACEHOLDERS, DraftContext, list_templates, render, save_template
from guide_desk.ui.context import AppContext

SAMPLE = DraftContext(name="张丽", gender="F", products="羊毛大衣", size="M", store="静安店", guide="小李",
                      when="5月2日（周四）14:00")


class TemplateEditor(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._editing: str | None = None
        self.setWindowTitle(self.tr("Message templates"))
        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItems(list(DEFAULTS))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Template text"))
        self.body.textChanged.connect(self.update_preview)
        self.preview = QLabel(wordWrap=True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.hint = QLabel(self.tr("Placeholders: %1").replace("%1", " ".join(f"{{{p}}}" for p in PLACEHOLDERS)))
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.hint)
        form.addRow(self.tr("Preview"), self.preview)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(actions)
        layout = QHBoxLayout(self)
        layout.addWidget(self.templates, 1)
        layout.addLayout(right, 2)
        right.addWidget(close)
        self.resize(760, 420)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.templates.clear()
        found = self._context.read(list_templates, guide_id=self._context.guide.id)
        for template in found:
            owner = self.tr("mine") if template.owner_guide_id else self.tr("HQ")
            item = QListWidgetItem(f"{template.name} · {template.kind} · {owner}")
            item.setData(256, (template.id, template.kind, template.name, template.body,
                               template.owner_guide_id is not None))
            self.templates.addItem(item)
            if template.id == select:
                self.templates.setCurrentItem(item)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        template_id, kind, name, body, own = item.data(256)
        self._editing = template_id if own else None
        self.kind.setCurrentText(kind)
        self.name.setText(name if own else self.tr("My %1").replace("%1", name))
        self.body.setPlainText(body)

    def start_new(self) -> None:
        self._editing = None
        self.name.clear()
        self.body.setPlainText(DEFAULTS.get(self.kind.currentText(), ""))
        self.name.setFocus()

    def update_preview(self) -> None:
        self.preview.setText(render(self.body.toPlainText(), SAMPLE))

    def save(self) -> bool:
        return self._context.write(
            self, save_template, guide_id=self._context.guide.id, kind=self.kind.currentText(), name=self.name.text(),
            body=self.body.toPlainText(), template_id=self._editing).changes(Changes.of(settings=True)).success(
            lambda saved: self.refresh(select=saved.id)).run()
