# SPDX-License-Identifier: Apache-2.0
"""Dashboard (store managers): every guide's KPIs and the store total for a period, charts, the contest
leaderboard, drill-down behind each number, CSV/PDF export and print, and the customer handover.

Loading runs through the context's runner (a year at size L takes a few hundred ms). Dialogs and file
choosers go through `run_dialog`, `choose_save_path` and `run_print_dialog`, which tests replace."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.insights.drilldown import drill_down
from guide_desk.insights.kpis import Dashboard, KpiValue, compute_dashboard, compute_trend
from guide_desk.insights.leaderboard import Standing, leaderboard, load_rules, save_rules
from guide_desk.insights.periods import PRESETS, Period, preset_period
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.drilldown import DrilldownDialog
from guide_desk.ui.dialogs.handover import HandoverDialog
from guide_desk.ui.dialogs.scoring_rules import ScoringRulesDialog
from guide_desk.ui.errors import show_error
from guide_desk.ui.models.kpi_table import KpiTableModel, LeaderboardModel, kpi_labels
from guide_desk.ui.pages.dashboard_exports import DashboardExports
from guide_desk.ui.widgets.kpi_charts import KpiCharts


@dataclass(frozen=True)
class Loaded:
    dashboard: Dashboard
    trend_kpi: str
    trend: list[tuple[date, KpiValue]]


class DashboardPage(DashboardExports, QWidget):
    customer_requested = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("dashboardPage")
        self.context = context
        self.store_id = context.guide.store_id
        self.loaded: Loaded | None = None
        self.standings: list[Standing] = []
        self.generation = 0
        self.runner = context.runner(self)
        names = {"this_week": self.tr("This week"), "this_month": self.tr("This month"),
                 "last_week": self.tr("Last week"), "last_month": self.tr("Last month"),
                 "last_90_days": self.tr("Last 90 days"), "this_year": self.tr("This year")}
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.addItem(self.tr("Custom…"), "custom")
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        # This month by default: early in a week "this week" is still empty, a month always says something.
        self.preset.setCurrentIndex(self.preset.findData("this_month"))
        self._set_dates(self._preset_period("this_month"))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.first.dateChanged.connect(self._dates_edited)
        self.last.dateChanged.connect(self._dates_edited)

        self.refresh_button = self._button(self.tr("Refresh"), "F5", self.refresh)
        self.csv_button = self._button(self.tr("Export CSV…"), "Ctrl+E", self.export_csv)
        self.pdf_button = self._button(self.tr("Export PDF…"), "Ctrl+Shift+E", self.export_pdf)
        self.print_button = self._button(self.tr("Print…"), "Ctrl+P", self.print_report)
        self.rules_button = self._button(self.tr("Scoring rules…"), "", self.edit_rules)
        self.handover_button = self._button(self.tr("Hand over customers…"), "Ctrl+H", self.start_handover)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Period")), self.preset, self.first, self.last, self.refresh_button, None,
                       self.csv_button, self.pdf_button, self.print_button, self.rules_button, self.handover_button):
            top.addWidget(widget) if widget is not None else top.addStretch(1)

        self.model = KpiTableModel()
        self.table = self._table(self.model, self.tr("Guide KPIs"))
        self.table.doubleClicked.connect(lambda index: self.drill(index.row(), index.column()))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table,
                  lambda: self.drill(self.table.currentIndex().row(), self.table.currentIndex().column()),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.charts = KpiCharts()
        self.charts.trend_requested.connect(self.load_trend)
        self.board_model = LeaderboardModel()
        self.board = self._table(self.board_model, self.tr("Leaderboard"))
        self.board.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Guides"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.board, self.tr("Leaderboard (导购大赛)"))
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.refresh()

    def _table(self, model: KpiTableModel | LeaderboardModel, name: str) -> QTableView:
        table = QTableView()
        table.setAccessibleName(name)
        table.setModel(model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)
        return table

    def _button(self, text: str, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if key:
            button.setToolTip(f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return button

    def _preset_period(self, key: str) -> Period:
        return preset_period(key, today=utcnow().astimezone(STORE_TZ).date())

    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.first, period.first), (self.last, period.last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _preset_changed(self) -> None:
        key = str(self.preset.currentData())
        if key != "custom":
            self._set_dates(self._preset_period(key))
            self.refresh()

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self.refresh()

    def period(self) -> Period:
        return Period(self.first.date().toPython(), self.last.date().toPython())  # type: ignore[arg-type]

    def set_period(self, first: date, last: date) -> None:
        """A custom range, as if typed into the two date fields."""
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self._set_dates(Period(first, last))
        self.refresh()

    def refresh(self) -> None:
        try:
            period = self.period()
        except Exception as exc:
            self.status.setText(str(exc))
            return
        store, kpi, context = self.store_id, self.charts.current_trend_kpi(), self.context
        self.status.setText(self.tr("Loading…"))
        self.generation += 1
        generation = self.generation

        def work() -> Loaded:
            return Loaded(context.read(compute_dashboard, store_id=store, period=period), kpi,
                          context.read(compute_trend, store_id=store, period=period, kpi=kpi))

        def contest() -> list[Standing]:  # a year of events takes longer: the numbers show first
            return context.read(leaderboard, store_id=store, period=period)

        self.runner.submit(work, lambda loaded: self._loaded(generation, loaded), self._failed)
        self.runner.submit(contest, lambda standings: self._ranked(generation, standings), self._failed)

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self.generation:
            return  # an answer for a period no longer shown
        self.loaded = loaded
        self.model.set_dashboard(loaded.dashboard)
        self.charts.set_dashboard(loaded.dashboard)
        self.charts.set_trend(loaded.trend_kpi, loaded.trend)
        period = loaded.dashboard.period
        self.status.setText(self.tr("{first} – {last} · %n guide(s) · double-click a number to see what it counts",
                                    "", len(loaded.dashboard.rows)).format(first=period.first.isoformat(),
                                                                           last=period.last.isoformat()))

    def _ranked(self, generation: int, standings: list[Standing]) -> None:
        if generation == self.generation:
            self.standings = standings
            self.board_model.set_standings(standings)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        show_error(self, exc)

    def load_trend(self, kpi: str) -> None:
        if self.loaded is None:
            return
        period, store, context = self.loaded.dashboard.period, self.store_id, self.context

        def work() -> list[tuple[date, KpiValue]]:
            return context.read(compute_trend, store_id=store, period=period, kpi=kpi)

        self.runner.submit(work, lambda points: self.charts.set_trend(kpi, points), self._failed)

    def drill(self, row: int, column: int) -> DrilldownDialog | None:
        """Open the rows behind one number of the KPI table (a guide's, or the store total's)."""
        kpi = self.model.kpi_at(column)
        if self.loaded is None or kpi is None or not 0 <= row < self.model.rowCount():
            return None
        guide_id = self.model.guide_at(row)
        rows = self.context.read(drill_down, store_id=self.store_id, period=self.loaded.dashboard.period, kpi=kpi,
                                 guide_id=guide_id)
        who = self.model.index(row, 0).data()
        dialog = DrilldownDialog(f"{kpi_labels()[kpi]} · {who}", rows, self)
        dialog.customer_requested.connect(self.customer_requested.emit)
        self.run_dialog(dialog)
        return dialog

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show `dialog` modally; tests replace this to fill the dialog in without blocking."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def edit_rules(self) -> None:
        rules = self.context.read(load_rules, store_id=self.store_id)
        dialog = ScoringRulesDialog(rules, self)
        if self.run_dialog(dialog):
            self.context.write(self, save_rules, store_id=self.store_id, rules=dialog.rules(),
                               by_guide_id=self.context.guide.id).changes(Changes.of(settings=True)).success(
                lambda _: self.refresh()).run()

    def start_handover(self) -> HandoverDialog:
        dialog = HandoverDialog(self.context, self)
        dialog.handed_over.connect(lambda _handover: self.refresh())
        self.run_dialog(dialog)
        return dialog
