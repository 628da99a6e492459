# SPDX-License-Identifier: Apache-2.0
"""Item models of the Sync page (pairs with customers/sync_review.py): open conflicts — mine beside theirs —
and edits the server refused, with its reason in words and the change's fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt

from guide_desk.customers.sync_review import ConflictRow, RejectionRow, list_conflicts, list_rejections
from guide_desk.model.rules.phones import mask_phone
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.base import FlatTableModel, Index
from guide_desk.ui.sync.words import rejection_text

if TYPE_CHECKING:
    from sqlmodel import Session

translate = QCoreApplication.translate
R = TypeVar("R", ConflictRow, RejectionRow)


def field_label(name: str) -> str:
    labels = {
        "name": translate("sync_review", "Name"),
        "phone_e164": translate("sync_review", "Phone"),
        "wecom_external_id": translate("sync_review", "WeCom id"),
        "gender": translate("sync_review", "Gender"),
        "birthday": translate("sync_review", "Birthday"),
        "size_top": translate("sync_review", "Top size"),
        "size_bottom": translate("sync_review", "Bottom size"),
        "size_shoe": translate("sync_review", "Shoe size"),
        "style_prefs": translate("sync_review", "Style"),
        "tier": translate("sync_review", "Member tier"),
        "points": translate("sync_review", "Points"),
        "marketing_consent": translate("sync_review", "Marketing consent"),
        "owner_guide_id": translate("sync_review", "Owner guide"),
        "status": translate("sync_review", "Status"),
        "outcome": translate("sync_review", "Outcome"),
        "body": translate("sync_review", "Note"),
    }
    return labels.get(name, name)


def value_text(field: str, value: Any) -> str:
    if value is None or value == "":
        return translate("sync_review", "(empty)")
    if field == "phone_e164":
        return mask_phone(str(value))
    if isinstance(value, bool) or value in ("true", "false"):
        yes = value is True or value == "true"
        return translate("sync_review", "yes") if yes else translate("sync_review", "no")
    return str(value)


def entity_label(entity: str) -> str:
    labels = {
        "customer": translate("sync_review", "Customer"),
        "note": translate("sync_review", "Note"),
        "task": translate("sync_review", "Task"),
        "appointment": translate("sync_review", "1v1 session"),
        "tag": translate("sync_review", "Tag"),
        "tag_group": translate("sync_review", "Tag group"),
    }
    return labels.get(entity, entity)


class _ReviewModel(FlatTableModel, Generic[R]):
    """Rows from one Sync-page service, reloaded whole (the lists are short); subclasses word each cell."""

    def __init__(self, context: AppContext, headers: list[str], load: Callable[[Session], list[R]]) -> None:
        super().__init__(headers)
        self._context = context
        self._load: Callable[[Session], list[R]] = load
        self._rows: list[R] = []

    def reload(self) -> None:
        rows = self._context.read(self._load)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._cell(self._rows[index.row()], index.column())

    def _cell(self, item: R, column: int) -> str:
        raise NotImplementedError


class ConflictsModel(_ReviewModel[ConflictRow]):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context, [self.tr("Customer"), self.tr("Field"), self.tr("Mine (lost)"),
                                   self.tr("Theirs (kept)"), self.tr("When")], list_conflicts)

    def _cell(self, item: ConflictRow, column: int) -> str:
        if column == 0:
            return item.customer_name or entity_label(item.entity)
        if column == 1:
            return field_label(item.field)
        if column == 2:
            return value_text(item.field, item.mine)
        if column == 3:
            return value_text(item.field, item.theirs)
        return f"{item.at.astimezone():%m-%d %H:%M}"


class RejectionsModel(_ReviewModel[RejectionRow]):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context, [self.tr("Customer"), self.tr("Change"), self.tr("Reason"), self.tr("Fields"),
                                   self.tr("When")], list_rejections)

    def _cell(self, item: RejectionRow, column: int) -> str:
        if column == 0:
            return item.customer_name or "—"
        if column == 1:
            return f"{entity_label(item.entity)} · {item.op}"
        if column == 2:
            return rejection_text(item.code, item.message, author=item.author_name,
                                  manager_only=item.manager_only)
        if column == 3:
            return "; ".join(f"{field_label(k)} = {value_text(k, v)}" for k, v in item.fields.items())
        return f"{item.at.astimezone():%m-%d %H:%M}"
