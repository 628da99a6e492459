# SPDX-License-Identifier: Apache-2.0
"""Tag filter bar: the active tag expression as removable chips, each saying whether the customer must have
the tag, may have any of the "any of" tags, or must not have it (the all_of / any_of / none_of of
customers/search.py's CustomerQuery)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from guide_desk.customers.tags import TagInfo, list_tags
from guide_desk.ui.context import AppContext

log = logging.getLogger(__name__)

MODES = ("all_of", "any_of", "none_of")
Expression = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


class TagChip(QFrame):
    """One tag of the filter: its name, its mode and a remove button, all reachable by Tab."""

    mode_changed = Signal()
    remove_requested = Signal()

    def __init__(self, tag: TagInfo, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag_id = tag.id
        self.setObjectName("tagChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Tag filter “{tag}”").format(tag=tag.name))
        self.mode_box = QComboBox()
        for key, text in zip(MODES, (self.tr("Must have"), self.tr("Any of"), self.tr("Must not have")), strict=True):
            self.mode_box.addItem(text, key)
        self.mode_box.setAccessibleName(self.tr("How to filter by “{tag}”").format(tag=tag.name))
        self.mode_box.setToolTip(self.tr("Must have: every such tag. Any of: at least one of the “Any of” tags. "
                                         "Must not have: none of these tags."))
        self.mode_box.setCurrentIndex(MODES.index(mode))
        self.mode_box.currentIndexChanged.connect(self.mode_changed)
        self.label = QLabel(tag.name)
        self.label.setToolTip(tag.group_name)
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setAccessibleName(self.tr("Remove the filter “{tag}”").format(tag=tag.name))
        self.remove_button.setToolTip(self.tr("Remove this tag from the filter"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remove_button.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(self.mode_box)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)

    def mode(self) -> str:
        return str(self.mode_box.currentData())

    def set_mode(self, mode: str) -> None:
        """Programmatic change: no mode_changed (the bar reports its own changes)."""
        blocker = QSignalBlocker(self.mode_box)
        self.mode_box.setCurrentIndex(MODES.index(mode))
        blocker.unblock()


class TagFilterBar(QWidget):
    """Owns the tag part of a customer search; the page combines expression() with the typed text.

    `changed` fires whenever the expression changes: a chip added or removed, a mode switched, or
    set_expression()/clear() with a different expression."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tags: dict[str, TagInfo] = {}
        self._chips: list[TagChip] = []
        self.setAccessibleName(self.tr("Tag filter"))
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(self._update_menu)
        self.add_button = QPushButton(self.tr("Add tag filter"))
        self.add_button.setAccessibleName(self.tr("Add tag filter"))
        self.add_button.setMenu(self.menu)
        self.clear_button = QPushButton(self.tr("Clear tags"))
        self.clear_button.setAccessibleName(self.tr("Clear the tag filter"))
        self.clear_button.clicked.connect(self.clear)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.add_button)
        self._layout.addWidget(self.clear_button)
        self._layout.addStretch(1)
        self.reload_tags()

    def expression(self) -> Expression:
        """(all_of, any_of, none_of) tag ids, each in the order the chips were added."""
        return (self._ids("all_of"), self._ids("any_of"), self._ids("none_of"))

    def set_expression(self, all_of: Sequence[str], any_of: Sequence[str], none_of: Sequence[str]) -> None:
        """Show exactly this expression; tags that no longer exist are dropped (and logged)."""
        before = self.expression()
        self._remove_all()
        for mode, ids in zip(MODES, (all_of, any_of, none_of), strict=True):
            for tag_id in ids:
                self._add(tag_id, mode)
        self._after_change(before)

    def clear(self) -> None:
        self.set_expression((), (), ())

    def add_tag(self, tag_id: str, mode: str = "all_of") -> None:
        """Add a chip (or switch the mode of the tag's chip if it is already there)."""
        before = self.expression()
        existing = self._chip(tag_id)
        if existing is not None:
            existing.set_mode(mode)
        else:
            chip = self._add(tag_id, mode)
            if chip is not None:
                chip.mode_box.setFocus()
        self._after_change(before)

    def remove_tag(self, tag_id: str) -> None:
        chip = self._chip(tag_id)
        if chip is None:
            return
        before = self.expression()
        self._drop(chip)
        self.add_button.setFocus()
        self._after_change(before)

    def reload_tags(self) -> None:
        """Re-read tags (after the tag manager changed them): chips show new names, deleted tags go away."""
        tags = self._context.read(list_tags, with_usage=False)
        self._tags = {t.id: t for t in tags}
        self.menu.clear()
        groups: dict[str, QMenu] = {}
        for tag in tags:
            submenu = groups.get(tag.group_id)
            if submenu is None:
                submenu = groups[tag.group_id] = self.menu.addMenu(tag.group_name.replace("&", "&&"))
            action = submenu.addAction(tag.name.replace("&", "&&"))
            action.setData(tag.id)
            action.triggered.connect(lambda _=False, tag_id=tag.id: self.add_tag(tag_id))
        if not tags:
            self.menu.addAction(self.tr("No tags yet")).setEnabled(False)
        self.set_expression(*(tuple(i for i in ids if i in self._tags) for ids in self.expression()))

    def _add(self, tag_id: str, mode: str) -> TagChip | None:
        tag = self._tags.get(tag_id)
        if tag is None:
            log.info("tag filter: dropping unknown tag %s", tag_id)
            return None
        if mode not in MODES:
            raise ValueError(f"unknown tag filter mode {mode!r}")
        if self._chip(tag_id) is not None:
            return None
        chip = TagChip(tag, mode, self)
        chip.mode_changed.connect(self.changed)
        chip.remove_requested.connect(lambda tag_id=tag_id: self.remove_tag(tag_id))
        self._layout.insertWidget(1 + len(self._chips), chip)
        self._chips.append(chip)
        self._fix_tab_order()
        return chip

    def _drop(self, chip: TagChip) -> None:
        self._chips.remove(chip)
        self._layout.removeWidget(chip)
        chip.hide()
        chip.deleteLater()

    def _remove_all(self) -> None:
        for chip in list(self._chips):
            self._drop(chip)

    def _after_change(self, before: Expression) -> None:
        self._update_clear()
        if self.expression() != before:
            self.changed.emit()

    def _chip(self, tag_id: str) -> TagChip | None:
        return next((chip for chip in self._chips if chip.tag_id == tag_id), None)

    def _ids(self, mode: str) -> tuple[str, ...]:
        return tuple(chip.tag_id for chip in self._chips if chip.mode() == mode)

    def _update_clear(self) -> None:
        self.clear_button.setVisible(bool(self._chips))

    def _update_menu(self) -> None:
        """Tags already in the filter are shown but cannot be added twice."""
        used = {chip.tag_id for chip in self._chips}
        for submenu_action in self.menu.actions():
            submenu = submenu_action.menu()
            if isinstance(submenu, QMenu):
                for action in submenu.actions():
                    action.setEnabled(action.data() not in used)

    def _fix_tab_order(self) -> None:
        previous: QWidget = self.add_button
        for chip in self._chips:
            for widget in (chip.mode_box, chip.remove_button):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.clear_button)
