# SPDX-License-Identifier: Apache-2.0
"""The dashboard page's way out: CSV export, the PDF report and printing (charts included), through
`choose_save_path` and `run_print_dialog`, which tests replace."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from guide_desk.insights.leaderboard import Standing
from guide_desk.insights.report import dashboard_rows, leaderboard_rows, write_csv
from guide_desk.ui.models.kpi_table import kpi_labels
from guide_desk.ui.pages.dashboard_report import ReportPainter, paint_dashboard, pdf_writer
from guide_desk.ui.widgets.kpi_charts import KpiCharts

if TYPE_CHECKING:
    from guide_desk.insights.periods import Period
    from guide_desk.ui.pages.dashboard import Loaded


class DashboardExports:
    """Mixed into DashboardPage (a QWidget) after the page's data: `loaded`, `standings`, `charts`."""

    loaded: Loaded | None
    standings: list[Standing]
    charts: KpiCharts

    if TYPE_CHECKING:  # provided by DashboardPage
        def period(self) -> Period: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def run_print_dialog(self, dialog: QPrintDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_save_path(self, suggested: str, filter_text: str) -> Path | None:
        caption = QCoreApplication.translate("DashboardPage", "Export dashboard")
        path, _ = QFileDialog.getSaveFileName(self._widget(), caption, suggested, filter_text)
        return Path(path) if path else None

    def report_tables(self) -> list[list[list[str]]]:
        """The KPI table, the leaderboard, then each chart's numbers: what the CSV and the report hold."""
        if self.loaded is None:
            return []
        guide = QCoreApplication.translate("DashboardPage", "Guide")
        tables = [
            dashboard_rows(self.loaded.dashboard, kpi_labels=kpi_labels(), guide_label=guide,
                           total_label=QCoreApplication.translate("DashboardPage", "Store total"),
                           inactive_suffix=QCoreApplication.translate("DashboardPage", " (left)")),
            leaderboard_rows(self.standings, headers=[
                QCoreApplication.translate("DashboardPage", "Rank"), guide,
                QCoreApplication.translate("DashboardPage", "Points"),
                QCoreApplication.translate("DashboardPage", "Since last period")]),
        ]
        return tables + [panel.table_model.rows() for panel in self.charts.panels()]

    def _file_stem(self) -> str:
        return f"dashboard-{self.period().first.isoformat()}-{self.period().last.isoformat()}"

    def export_csv(self) -> Path | None:
        path = self.choose_save_path(f"{self._file_stem()}.csv",
                                     QCoreApplication.translate("DashboardPage", "CSV (*.csv)"))
        if path is None or self.loaded is None:
            return None
        return write_csv(path, self.report_tables())

    def export_pdf(self) -> Path | None:
        path = self.choose_save_path(f"{self._file_stem()}.pdf",
                                     QCoreApplication.translate("DashboardPage", "PDF (*.pdf)"))
        if path is None or self.loaded is None:
            return None
        writer = pdf_writer(path, QCoreApplication.translate("DashboardPage", "Guide performance"))
        self.paint_report(ReportPainter(writer))
        return path

    def print_report(self) -> bool:
        if self.loaded is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.run_print_dialog(QPrintDialog(printer, self._widget())):
            return False
        self.paint_report(ReportPainter(printer))
        return True

    def paint_report(self, report: ReportPainter) -> None:
        assert self.loaded is not None
        period = self.loaded.dashboard.period
        title = QCoreApplication.translate("DashboardPage", "Guide performance · {first} – {last}").format(
            first=period.first.isoformat(), last=period.last.isoformat())
        paint_dashboard(report, title, self.report_tables(),
                        QCoreApplication.translate("DashboardPage", "Leaderboard"), self.charts.panels())
