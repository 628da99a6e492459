# SPDX-License-Identifier: Apache-2.0
"""Saved segments: a dropdown of the guide's own and shared segments plus "Save as segment…".

A segment keeps only what the guide chose — text and tags. Who may see which customers comes from whoever
applies it, so a shared segment never widens or narrows anyone's view, and the sort stays the list's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QWidget

from guide_desk.app_data import Changes
from guide_desk.customers.search import CustomerQuery
from guide_desk.customers.segments import list_segments, save_segment, segment_query
from guide_desk.errors import GuideDeskError
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error

AskText = Callable[[QWidget, str, str, str], str | None]


def ask_segment_name(parent: QWidget, title: str, label: str, initial: str) -> str | None:
    """Default name prompt; None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, initial)
    return text if ok else None


def segment_part(query: CustomerQuery) -> CustomerQuery:
    """The part of a query a segment stores: the typed text and the tag expression."""
    return CustomerQuery(text=query.text, all_of=query.all_of, any_of=query.any_of, none_of=query.none_of)


class SegmentPicker(QWidget):
    """Owns the list of saved segments shown to the signed-in guide.

    `segment_chosen` carries the chosen segment's CustomerQuery (text + tags) when the person picks one.
    The "Save as segment…" button saves `current_query()`; set that callable to what the page shows."""

    segment_chosen = Signal(object)
    saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 current_query: Callable[[], CustomerQuery] | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._current_query = current_query
        self.ask_text: AskText = ask_segment_name
        self.setAccessibleName(self.tr("Saved segments"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Saved segments"))
        self.combo.setToolTip(self.tr("Choose a saved segment to show its customers"))
        self.combo.setMinimumContentsLength(12)
        self.combo.activated.connect(self._chosen)
        self.save_button = QPushButton(self.tr("Save as segment…"))
        self.save_button.setAccessibleName(self.tr("Save as segment"))
        self.save_button.clicked.connect(self._save_current)
        self.save_button.setEnabled(current_query is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.save_button)
        self.refresh()

    def refresh(self) -> None:
        """Reload the dropdown, keeping the shown segment selected if it still exists."""
        current = self.combo.currentData()
        segments = [(s.id, s.name, s.guide_id is None) for s in
                    self._context.read(list_segments, guide_id=self._context.guide.id)]
        blocker = QSignalBlocker(self.combo)
        self.combo.clear()
        self.combo.addItem(self.tr("Saved segments…"), None)
        for segment_id, name, shared in segments:
            self.combo.addItem(self.tr("{name} (shared)").format(name=name) if shared else name, segment_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)) if current else 0)
        blocker.unblock()

    @property
    def current_query(self) -> Callable[[], CustomerQuery] | None:
        return self._current_query

    @current_query.setter
    def current_query(self, provider: Callable[[], CustomerQuery] | None) -> None:
        self._current_query = provider
        self.save_button.setEnabled(provider is not None)

    def segment_ids(self) -> list[str]:
        return [self.combo.itemData(i) for i in range(1, self.combo.count())]

    def choose(self, segment_id: str) -> None:
        """Select a segment as if the person picked it (emits segment_chosen)."""
        index = self.combo.findData(segment_id)
        if index > 0:
            self.combo.setCurrentIndex(index)
            self._chosen(index)

    def clear_selection(self) -> None:
        """Show no segment (the page calls this when the person edits the search by hand)."""
        blocker = QSignalBlocker(self.combo)
        self.combo.setCurrentIndex(0)
        blocker.unblock()

    def save(self, query: CustomerQuery) -> str | None:
        """Ask for a name and save `query`'s text and tags as the guide's own segment; returns its id."""
        name = self.ask_text(self, self.tr("Save segment"), self.tr("Name of the segment:"), "")
        if name is None:
            return None
        saved: list[str] = []

        def done(segment: Any) -> None:
            saved.append(segment.id)
            self.refresh()
            self.combo.setCurrentIndex(max(0, self.combo.findData(segment.id)))
            self.saved.emit(segment.id)

        self._context.write(self, save_segment, name=name, query=segment_part(query),
                            guide_id=self._context.guide.id).changes(Changes.of(settings=True)).success(done).run()
        return saved[0] if saved else None  # known at once when writes run inline; else the signal says

    def _save_current(self) -> None:
        if self._current_query is not None:
            self.save(self._current_query())

    def _chosen(self, index: int) -> None:
        segment_id = self.combo.itemData(index)
        if not segment_id:
            return
        try:
            query = self._context.read(segment_query, segment_id=segment_id)
        except GuideDeskError as exc:
            show_error(self, exc)
            self.refresh()
            return
        self.segment_chosen.emit(segment_part(query))
