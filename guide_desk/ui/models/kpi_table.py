# SPDX-License-Identifier: Apache-2.0
"""Dashboard tables (pair with insights/kpis.py, leaderboard.py, drilldown.py): guides × KPIs with the store
total last, the contest standings, the rows behind one number, and a generic label/value table that shows
any chart as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from guide_desk.clock import STORE_TZ
from guide_desk.insights.drilldown import DrillRow
from guide_desk.insights.kpis import KPI_KINDS, KPIS, Dashboard, GuideKpis, KpiValue
from guide_desk.insights.leaderboard import Standing
from guide_desk.insights.report import format_value
from guide_desk.ui.models.base import FlatTableModel, Index

UP, DOWN = QColor("#2e7d32"), QColor("#c62828")


def kpi_labels() -> dict[str, str]:
    return {
        "customers_added": QCoreApplication.translate("kpi", "Customers added"),
        "customers_contacted": QCoreApplication.translate("kpi", "Customers contacted"),
        "tasks_on_time": QCoreApplication.translate("kpi", "Tasks on time"),
        "overdue_tasks": QCoreApplication.translate("kpi", "Overdue tasks"),
        "suggestions_accepted": QCoreApplication.translate("kpi", "Suggestions accepted"),
        "push_purchase": QCoreApplication.translate("kpi", "Push → purchase (7 d)"),
        "sessions_held": QCoreApplication.translate("kpi", "1v1 sessions held"),
        "no_show_rate": QCoreApplication.translate("kpi", "No-show rate"),
        "session_conversion": QCoreApplication.translate("kpi", "Session → purchase"),
        "attributed_sales": QCoreApplication.translate("kpi", "Attributed sales"),
        "repurchase_rate": QCoreApplication.translate("kpi", "Repurchase rate"),
        "tag_coverage": QCoreApplication.translate("kpi", "Tag coverage (≥ 3 tags)"),
    }


class KpiTableModel(FlatTableModel):
    """One row per guide (deactivated ones marked) and the store total last; column 0 is the guide."""

    def __init__(self) -> None:
        labels = kpi_labels()
        super().__init__([self.tr("Guide"), *(labels[k] for k in KPIS)])
        self._rows: list[GuideKpis] = []

    def set_dashboard(self, dashboard: Dashboard | None) -> None:
        self.beginResetModel()
        self._rows = [] if dashboard is None else [*dashboard.rows, dashboard.total]
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def kpi_at(self, column: int) -> str | None:
        return KPIS[column - 1] if column >= 1 else None

    def guide_at(self, row: int) -> str | None:
        """The guide id of a row; None for the store total."""
        return self._rows[row].guide_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        kpi = self.kpi_at(index.column())
        if role == Qt.ItemDataRole.FontRole and row.guide_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and kpi is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if kpi is None:
            if role == Qt.ItemDataRole.DisplayRole:
                if row.guide_id is None:
                    return self.tr("Store total")
                return row.name if row.active else self.tr("{name} (left)").format(name=row.name)
            return None
        value = row.value(kpi)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(kpi, value, currency="¥") or "—"
        if role == Qt.ItemDataRole.UserRole:
            return value.value
        if role == Qt.ItemDataRole.ToolTipRole:
            if KPI_KINDS[kpi] == "rate":
                return self.tr("{num} of {den} · double-click to see them").format(
                    num=int(value.num), den=int(value.den or 0))
            return self.tr("Double-click to see what this counts")
        return None


class LeaderboardModel(FlatTableModel):
    def __init__(self) -> None:
        super().__init__([self.tr("Rank"), self.tr("Guide"), self.tr("Points"), self.tr("Since last period"),
                          self.tr("Contacts"), self.tr("Sessions"), self.tr("Purchases")])
        self._rows: list[Standing] = []

    def set_standings(self, standings: list[Standing]) -> None:
        self.beginResetModel()
        self._rows = list(standings)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def standing(self, row: int) -> Standing:
        return self._rows[row]

    def movement_text(self, standing: Standing) -> str:
        move = standing.movement
        if move is None:
            return self.tr("new")
        if move == 0:
            return "="
        return f"▲ {move}" if move > 0 else f"▼ {-move}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        standing = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and standing.movement:
            return UP if standing.movement > 0 else DOWN
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        actions = standing.actions
        return [str(standing.rank), standing.name, f"{standing.points:,}", self.movement_text(standing),
                str(actions.get("contact", 0)), str(actions.get("session_held", 0)),
                str(actions.get("purchase", 0))][column]


class DrillTableModel(FlatTableModel):
    """The rows behind one number; double-clicking one opens the customer."""

    def __init__(self, rows: list[DrillRow]) -> None:
        super().__init__([self.tr("When"), self.tr("Customer"), self.tr("Guide"), self.tr("What"),
                          self.tr("Amount")])
        self._rows = rows
        self._kinds = {
            "added": self.tr("Added"), "contact": self.tr("Contacted"), "on_time": self.tr("On time"),
            "late": self.tr("Late"), "overdue_open": self.tr("Open, overdue"), "done_late": self.tr("Done late"),
            "accepted": self.tr("Accepted"), "sent": self.tr("Sent"), "dismissed": self.tr("Dismissed"),
            "followed": self.tr("Bought within 7 days"), "push": self.tr("No purchase yet"),
            "done": self.tr("Held"), "no_show": self.tr("No-show"), "converted": self.tr("Bought"),
            "store": self.tr("In store"), "returning": self.tr("Returning buyer"),
            "first_time": self.tr("First purchase"), "tagged": self.tr("≥ 3 tags"),
            "under_tagged": self.tr("Fewer than 3 tags"),
        }

    def row_total(self) -> int:
        return len(self._rows)

    def item(self, row: int) -> DrillRow:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.at.astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M") if row.at else ""
        if column == 1:
            return row.customer_name
        if column == 2:
            return row.guide_name
        if column == 3:
            return self._kinds.get(row.kind, row.kind)
        if row.amount is None:
            return ""
        if row.kind in ("tagged", "under_tagged"):
            return str(row.amount)
        return format_value("attributed_sales", KpiValue(row.amount), currency="¥")


class SeriesTableModel(FlatTableModel):
    """Any chart as a table: a label column and one value column per series."""

    def __init__(self) -> None:
        super().__init__(["", ""])
        self._rows: list[list[str]] = []

    def set_rows(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._headers = headers
        self._rows = rows
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(headers) - 1))

    def row_total(self) -> int:
        return len(self._rows)

    def rows(self) -> list[list[str]]:
        return [list(self._headers), *self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]
