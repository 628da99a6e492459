# SPDX-License-Identifier: Apache-2.0
"""Tag manager: the store's tag groups and tags with how many customers carry each. Anyone may add tags;
renaming, merging and deleting change every customer who carries the tag, so only managers see them.

Questions to the person (confirm, a name, a merge target, a new group) go through replaceable callables,
so tests answer them without a modal box ever opening."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.customers.tags import (
    TagInfo,
    create_tag,
    create_tag_group,
    delete_tag,
    list_tag_groups,
    list_tags,
    merge_tags,
    rename_tag,
    rename_tag_group,
    tag_usage,
)
from guide_desk.ui.context import AppContext

Confirm = Callable[[QWidget, str, str], bool]
AskText = Callable[[QWidget, str, str, str], str | None]
AskGroup = Callable[[QWidget], tuple[str, bool] | None]
ChooseTag = Callable[[QWidget, str, str, list[tuple[str, str]]], str | None]
KEY = Qt.ItemDataRole.UserRole
T = TypeVar("T")


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """Default confirmation: a Yes/No box whose safe answer (No) is the default button."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget, title: str, label: str, initial: str) -> str | None:
    """Default single-line question; None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, initial)
    return text if ok else None


def choose_tag(parent: QWidget, title: str, label: str, options: list[tuple[str, str]]) -> str | None:
    """Default picker over (tag id, label) pairs; returns the chosen id or None."""
    labels = [text for _, text in options]
    text, ok = QInputDialog.getItem(parent, title, label, labels, 0, False)
    return options[labels.index(text)][0] if ok and text in labels else None


class NewGroupDialog(QDialog):
    """Name of a new tag group and whether a customer may carry only one of its tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New tag group"))
        self.name = QLineEdit(maxLength=30)
        self.name.setAccessibleName(self.tr("Group name"))
        self.exclusive = QCheckBox(self.tr("One tag per customer"))
        self.exclusive.setAccessibleName(self.tr("One tag per customer"))
        self.exclusive.setToolTip(self.tr("Adding a tag of this group replaces the customer's other tag in it."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.exclusive)
        form.addRow(buttons)


def ask_new_group(parent: QWidget) -> tuple[str, bool] | None:
    dialog = NewGroupDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.name.text(), dialog.exclusive.isChecked()


class TagManagerDialog(QDialog):
    """Owns the tag tree shown to people; every change goes through customers/tags.py services."""

    tags_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.confirm: Confirm = ask_yes_no
        self.ask_text: AskText = ask_text
        self.ask_group: AskGroup = ask_new_group
        self.choose_tag: ChooseTag = choose_tag
        self._tags: dict[str, TagInfo] = {}
        self._groups: dict[str, str] = {}
        self.setWindowTitle(self.tr("Tags"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Tag groups and tags"))
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Customers")])
        self.tree.setColumnWidth(0, 260)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        def button(text: str, slot: Callable[[], None]) -> QPushButton:
            widget = QPushButton(text)
            widget.setAccessibleName(text.rstrip("…"))
            widget.setAutoDefault(False)
            widget.clicked.connect(slot)
            return widget

        self.new_group_button = button(self.tr("New group…"), self.new_group)
        self.new_tag_button = button(self.tr("New tag…"), self.new_tag)
        self.rename_button = button(self.tr("Rename…"), self.rename)
        self.merge_button = button(self.tr("Merge into…"), self.merge)
        self.delete_button = button(self.tr("Delete…"), self.delete)
        for managers_only in (self.rename_button, self.merge_button, self.delete_button):
            managers_only.setVisible(context.is_manager)
        if context.is_manager:
            for keys, slot in ((QKeySequence(Qt.Key.Key_F2), self.rename),
                               (QKeySequence(QKeySequence.StandardKey.Delete), self.delete)):
                QShortcut(keys, self.tree, slot).setContext(Qt.ShortcutContext.WidgetShortcut)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        actions = QVBoxLayout()
        for widget in (self.new_group_button, self.new_tag_button, self.rename_button, self.merge_button,
                       self.delete_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(560, 480)
        self.refresh()

    def refresh(self, current: tuple[str, str] | None = None) -> None:
        """Reload from the services; `current` is ("group" | "tag", id) to put the cursor on afterwards."""
        tags = self._context.read(list_tags)
        groups = self._context.read(list_tag_groups)
        self._tags = {t.id: t for t in tags}
        self._groups = {g.id: g.name for g in groups}
        members: dict[str, list[TagInfo]] = {}
        for tag in tags:
            members.setdefault(tag.group_id, []).append(tag)
        self.tree.clear()
        wanted: QTreeWidgetItem | None = None
        for group_id, group_name in self._groups.items():
            group = QTreeWidgetItem(self.tree, [group_name, ""])
            group.setData(0, KEY, ("group", group_id))
            if current == ("group", group_id):
                wanted = group
            for tag in members.get(group_id, []):
                item = QTreeWidgetItem(group, [tag.name, str(tag.customers)])
                item.setData(0, KEY, ("tag", tag.id))
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if current == ("tag", tag.id):
                    wanted = item
        self.tree.expandAll()
        if wanted is not None:
            self.tree.setCurrentItem(wanted)
        self._update_buttons()

    def selected(self) -> tuple[str, str] | None:
        """("group" | "tag", id) of the current row, or None."""
        items = self.tree.selectedItems()
        return tuple(items[0].data(0, KEY)) if items else None

    def new_group(self) -> None:
        answer = self.ask_group(self)
        if answer is None:
            return
        name, exclusive = answer
        self._run(create_tag_group, lambda group: self.refresh(current=("group", group.id)),
                  name=name, exclusive=exclusive)

    def new_tag(self) -> None:
        group_id = self._selected_group()
        if group_id is None:
            return
        label = self.tr("Name of the new tag in “{group}”:").format(group=self._groups[group_id])
        name = self.ask_text(self, self.tr("New tag"), label, "")
        if name is None:
            return
        self._run(create_tag, lambda tag: self.refresh(current=("tag", tag.id)), group_id=group_id, name=name)

    def rename(self) -> None:
        current = self.selected()
        if current is None or not self._context.is_manager:
            return
        kind, item_id = current
        old = self._tags[item_id].name if kind == "tag" else self._groups[item_id]
        name = self.ask_text(self, self.tr("Rename"), self.tr("New name for “{name}”:").format(name=old), old)
        if name is None or name.strip() == old:
            return
        if kind == "tag":
            self._run(rename_tag, lambda _: self.refresh(current=current), tag_id=item_id, name=name)
        else:
            self._run(rename_tag_group, lambda _: self.refresh(current=current), group_id=item_id, name=name)

    def merge(self) -> None:
        source = self._selected_tag()
        if source is None or not self._context.is_manager:
            return
        options = [(t.id, f"{t.group_name} · {t.name}") for t in self._tags.values() if t.id != source.id]
        if not options:
            return
        target_id = self.choose_tag(self, self.tr("Merge tag"),
                                    self.tr("Merge “{tag}” into:").format(tag=source.name), options)
        if target_id is None or target_id not in self._tags:
            return
        affected = self._context.read(tag_usage, tag_id=source.id)
        text = self.tr("Merge “{source}” into “{target}”? %n customer(s) will carry “{target}” instead, and "
                       "“{source}” will be deleted.", "", affected)
        if not self.confirm(self, self.tr("Merge tag"),
                            text.format(source=source.name, target=self._tags[target_id].name)):
            return
        self._run(merge_tags, lambda _: self.refresh(current=("tag", target_id)), source_id=source.id,
                  target_id=target_id, by_guide_id=self._context.guide.id)

    def delete(self) -> None:
        tag = self._selected_tag()
        if tag is None or not self._context.is_manager:
            return
        affected = self._context.read(tag_usage, tag_id=tag.id)
        text = self.tr("Delete the tag “{tag}”? %n customer(s) will lose it. This cannot be undone.", "", affected)
        if not self.confirm(self, self.tr("Delete tag"), text.format(tag=tag.name)):
            return
        self._run(delete_tag, lambda _: self.refresh(current=("group", tag.group_id)), tag_id=tag.id,
                  by_guide_id=self._context.guide.id)

    def _run(self, service: Callable[..., T], then: Callable[[T], None], **kwargs: Any) -> None:
        """One service call as a write; errors are worded for people and nothing changes."""
        def done(result: T) -> None:
            self.tags_changed.emit()
            then(result)

        named = [str(v) for k, v in kwargs.items() if k in ("tag_id", "group_id", "source_id", "target_id")]
        self._context.write(self, service, **kwargs).changes(lambda result: Changes.of(
            tags=[*named, *([result.id] if hasattr(result, "id") else [])])).success(done).run()

    def _selected_tag(self) -> TagInfo | None:
        current = self.selected()
        return self._tags.get(current[1]) if current and current[0] == "tag" else None

    def _selected_group(self) -> str | None:
        current = self.selected()
        if current is None:
            return None
        kind, item_id = current
        return item_id if kind == "group" else self._tags[item_id].group_id

    def _update_buttons(self) -> None:
        current = self.selected()
        is_tag = current is not None and current[0] == "tag"
        self.new_tag_button.setEnabled(current is not None)
        self.rename_button.setEnabled(current is not None)
        self.merge_button.setEnabled(is_tag and len(self._tags) > 1)
        self.delete_button.setEnabled(is_tag)
