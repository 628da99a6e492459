# SPDX-License-Identifier: Apache-2.0
"""The calendar's list view: the next days' sessions of one guide (or of the whole store for a manager),
in time order, cancelled ones included so the guide sees what was called off."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from guide_desk.accounts.guides import list_guides
from guide_desk.appointments.views import list_appointments
from guide_desk.clock import STORE_TZ
from guide_desk.customers.search import customer_names
from guide_desk.ui.context import AppContext
from guide_desk.ui.models.base import FlatTableModel, Index

if TYPE_CHECKING:
    from guide_desk.db.tables import Appointment

def kind_label(kind: str) -> str:
    labels = {"in_store": QCoreApplication.translate("sessions", "In-store styling"),
              "video": QCoreApplication.translate("sessions", "Video try-on"),
              "home": QCoreApplication.translate("sessions", "Home try-on")}
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {"booked": QCoreApplication.translate("sessions", "Booked"),
              "done": QCoreApplication.translate("sessions", "Done"),
              "no_show": QCoreApplication.translate("sessions", "No-show"),
              "cancelled": QCoreApplication.translate("sessions", "Cancelled")}
    return labels.get(status, status)


class SessionListModel(FlatTableModel):
    """Sessions from `start` for `days` days; store-wide when `store_wide`."""

    def __init__(self, context: AppContext) -> None:
        super().__init__([self.tr("When"), self.tr("Customer"), self.tr("Kind"), self.tr("Where"), self.tr("Guide"),
                          self.tr("Status")])
        self._context = context
        self._rows: list[Appointment] = []
        self._names: dict[str, str] = {}
        self._guides: dict[str, str] = {}

    def reload(self, *, start: datetime, days: int = 14, store_wide: bool = False) -> None:
        guide = self._context.guide
        found = self._context.read(list_appointments, guide_id=None if store_wide else guide.id,
                                   store_id=guide.store_id if store_wide else None, start=start,
                                   end=start + timedelta(days=days), include_cancelled=True)
        names = self._context.read(customer_names, ids=list({a.customer_id for a in found}))
        guides = {g.id: g.name for g in self._context.read(list_guides, store_id=guide.store_id, include_inactive=True)}
        self.beginResetModel()
        self._rows, self._names, self._guides = found, names, guides
        self.endResetModel()

    def appointment_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, appointment_id: str) -> int:
        return next((n for n, a in enumerate(self._rows) if a.id == appointment_id), -1)

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self._rows[index.row()]
        column = index.column()
        if column == 0:
            start, end = item.starts_at.astimezone(STORE_TZ), item.ends_at.astimezone(STORE_TZ)
            day = QLocale().dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{start:%m-%d} {day} {start:%H:%M}–{end:%H:%M}"
        if column == 1:
            return self._names.get(item.customer_id, "")
        if column == 2:
            return kind_label(item.kind)
        if column == 3:
            return item.resource or item.address or item.meeting_link or ""
        if column == 4:
            return self._guides.get(item.guide_id, "")
        return status_label(item.status)
