# SPDX-License-Identifier: Apache-2.0
"""The dashboard's charts (QtCharts): a KPI's trend over the period, the contacted → session → purchase
funnel and a per-guide comparison. Hovering a point or bar shows its value; every chart has a "Table"
switch that shows the same numbers as a table (and the report prints both)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from guide_desk.insights.kpis import KPI_KINDS, KPIS, TRENDLESS, Dashboard, KpiValue
from guide_desk.insights.report import format_value
from guide_desk.ui.models.kpi_table import SeriesTableModel, kpi_labels


def chart_number(kpi: str, value: KpiValue) -> float:
    """What a chart plots: percentages for rates, yuan for money, the count otherwise."""
    number = value.value or 0.0
    kind = KPI_KINDS[kpi]
    return number * 100 if kind == "rate" else number / 100 if kind == "money" else float(number)


class ChartPanel(QGroupBox):
    """A chart and the same numbers as a table, one at a time (the Table button switches)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.table_model = SeriesTableModel()
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.as_table = QPushButton(self.tr("Table"))
        self.as_table.setCheckable(True)
        self.as_table.setToolTip(self.tr("Show these numbers as a table"))
        self.as_table.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        self.controls = QHBoxLayout()
        self.controls.addStretch(1)
        self.controls.addWidget(self.as_table)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(self.stack, 1)

    def reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def show_tip(self, text: str) -> None:
        QToolTip.showText(QCursor.pos(), text, self.view)

    def bars(self, labels: list[str], values: list[float], texts: list[str], *, horizontal: bool = False) -> None:
        self.reset()
        bar_set = QBarSet(self.title())
        bar_set.append(values)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        series.hovered.connect(lambda status, index, _set: self.show_tip(
            f"{labels[index]}: {texts[index]}") if status and 0 <= index < len(texts) else None)
        self.chart.addSeries(series)
        categories, numbers = QBarCategoryAxis(), QValueAxis()
        categories.append(labels)
        numbers.setRange(0, max([*values, 1.0]) * 1.1)
        numbers.setLabelFormat("%.0f")
        numbers.applyNiceNumbers()
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(numbers)


class KpiCharts(QWidget):
    """Emits `trend_requested(kpi)` when another KPI's trend is wanted; the page loads it and calls set_trend."""

    trend_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = kpi_labels()
        self.trend = ChartPanel(self.tr("Trend"))
        self.trend_kpi = QComboBox()
        self.trend_kpi.setAccessibleName(self.tr("KPI of the trend chart"))
        for kpi in KPIS:
            if kpi not in TRENDLESS:
                self.trend_kpi.addItem(self.labels[kpi], kpi)
        self.trend_kpi.setCurrentIndex(self.trend_kpi.findData("attributed_sales"))
        self.trend_kpi.currentIndexChanged.connect(lambda _i: self.trend_requested.emit(self.current_trend_kpi()))
        self.trend.controls.insertWidget(0, self.trend_kpi)
        self.funnel = ChartPanel(self.tr("Funnel: contacted → session → purchase"))
        self.compare = ChartPanel(self.tr("Guides compared"))
        self.compare_kpi = QComboBox()
        self.compare_kpi.setAccessibleName(self.tr("KPI of the comparison chart"))
        for kpi in KPIS:
            self.compare_kpi.addItem(self.labels[kpi], kpi)
        self.compare_kpi.currentIndexChanged.connect(lambda _i: self._draw_comparison())
        self.compare.controls.insertWidget(0, self.compare_kpi)
        self._dashboard: Dashboard | None = None
        layout = QGridLayout(self)
        layout.addWidget(self.trend, 0, 0, 1, 2)
        layout.addWidget(self.funnel, 1, 0)
        layout.addWidget(self.compare, 1, 1)

    def panels(self) -> list[ChartPanel]:
        return [self.trend, self.funnel, self.compare]

    def current_trend_kpi(self) -> str:
        return str(self.trend_kpi.currentData())

    def set_dashboard(self, dashboard: Dashboard) -> None:
        self._dashboard = dashboard
        funnel = dashboard.funnels.get(None)
        stages = [self.tr("Contacted"), self.tr("Had a 1v1 session"), self.tr("Purchased")]
        counts = [funnel.contacted, funnel.met, funnel.bought] if funnel else [0, 0, 0]
        first = counts[0] or 1
        texts = [f"{n:,} ({n / first:.0%})" for n in counts]
        self.funnel.bars(list(reversed(stages)), [float(n) for n in reversed(counts)], list(reversed(texts)),
                         horizontal=True)
        self.funnel.table_model.set_rows([self.tr("Stage"), self.tr("Customers")],
                                         [[s, t] for s, t in zip(stages, texts, strict=True)])
        self._draw_comparison()

    def _draw_comparison(self) -> None:
        if self._dashboard is None:
            return
        kpi = str(self.compare_kpi.currentData())
        rows = self._dashboard.rows
        names = [row.name for row in rows]
        texts = [format_value(kpi, row.value(kpi), currency="¥") or "—" for row in rows]
        self.compare.bars(names, [chart_number(kpi, row.value(kpi)) for row in rows], texts)
        self.compare.table_model.set_rows([self.tr("Guide"), self.labels[kpi]],
                                          [[n, t] for n, t in zip(names, texts, strict=True)])

    def set_trend(self, kpi: str, points: list[tuple[date, KpiValue]]) -> None:
        panel = self.trend
        panel.reset()
        labels = [day.strftime("%m-%d") if len(points) > 12 or day.day != 1 else day.strftime("%Y-%m")
                  for day, _ in points]
        texts = [format_value(kpi, value, currency="¥") or "—" for _, value in points]
        series = QLineSeries()
        series.setPointsVisible(True)
        for index, (_day, value) in enumerate(points):
            series.append(QPointF(index, chart_number(kpi, value)))
        series.hovered.connect(lambda point, state: panel.show_tip(
            f"{labels[round(point.x())]}: {texts[round(point.x())]}") if state and 0 <= round(point.x()) < len(texts)
            else None)
        panel.chart.addSeries(series)
        axis_x, axis_y = QBarCategoryAxis(), QValueAxis()
        axis_x.append(labels)
        numbers = [chart_number(kpi, v) for _, v in points]
        axis_y.setRange(0, max([*numbers, 1.0]) * 1.1)
        axis_y.setLabelFormat("%.0f")
        axis_y.applyNiceNumbers()
        panel.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        panel.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        panel.table_model.set_rows([self.tr("Period"), self.labels[kpi]],
                                   [[day.isoformat(), text] for (day, _), text in zip(points, texts, strict=True)])
