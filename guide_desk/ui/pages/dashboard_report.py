# SPDX-License-Identifier: Apache-2.0
"""The dashboard as a printed report: a title, the KPI table, the leaderboard, each chart (grabbed from its
view) and its numbers. One painter routine serves the PDF writer and the printer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageSize, QPainter, QPdfWriter, QPixmap
from PySide6.QtWidgets import QWidget

from guide_desk.ui.widgets.kpi_charts import ChartPanel

CHART_SIZE = QSize(900, 420)


def grab_chart(view: QWidget) -> QPixmap:
    """The chart as it looks on screen; a view never shown yet is laid out at a printable size first."""
    if view.width() < CHART_SIZE.width() // 2:
        view.resize(CHART_SIZE)
    return view.grab()


class ReportPainter:
    """Flows text, tables and pictures down the pages of a paged device (QPdfWriter or QPrinter)."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.painter = QPainter(device)
        self.page = QRectF(self.painter.viewport())
        self.margin = self.page.width() * 0.05
        self.y = self.margin
        self.unit = self.page.width() / 100

    def _font(self, size: float, bold: bool = False) -> None:
        font = QFont()
        font.setFamilies(["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"])
        font.setPixelSize(max(6, int(self.unit * size)))
        font.setBold(bold)
        self.painter.setFont(font)

    def _room(self, height: float) -> None:
        if self.y + height > self.page.height() - self.margin:
            self.device.newPage()
            self.y = self.margin

    def heading(self, text: str, size: float = 2.2, keep: float = 0.0) -> None:
        """A bold line; `keep` reserves that share of the page below it, so a heading never ends a page."""
        self._font(size, bold=True)
        height = self.unit * size * 1.8
        self._room(height + keep * self.page.height())
        self.painter.drawText(QRectF(self.margin, self.y, self.page.width() - 2 * self.margin, height),
                              Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        self.y += height

    def table(self, rows: Sequence[Sequence[str]], size: float = 1.0) -> None:
        if not rows:
            return
        width = self.page.width() - 2 * self.margin
        columns = max(len(row) for row in rows)
        first = width * (0.18 if columns > 4 else 0.4)
        rest = (width - first) / max(1, columns - 1)
        height = self.unit * size * 2.2 * (2 if columns > 6 else 1)
        for index, row in enumerate(rows):
            self._room(height)
            self._font(size, bold=index == 0)
            x = self.margin
            for column, cell in enumerate(row):
                cell_width = first if column == 0 else rest
                flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap | (
                    Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight)
                self.painter.drawText(QRectF(x + 2, self.y, cell_width - 4, height), flags, cell)
                x += cell_width
            self.painter.drawLine(int(self.margin), int(self.y + height), int(self.margin + width),
                                  int(self.y + height))
            self.y += height
        self.y += self.unit * 2

    def picture(self, pixmap: QPixmap) -> None:
        if pixmap.isNull():
            return
        width = self.page.width() - 2 * self.margin
        height = width * pixmap.height() / max(1, pixmap.width())
        self._room(height)
        self.painter.drawPixmap(QRectF(self.margin, self.y, width, height), pixmap, QRectF(pixmap.rect()))
        self.y += height + self.unit * 2

    def finish(self) -> None:
        self.painter.end()


def pdf_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    writer.setTitle(title)
    return writer


def paint_dashboard(report: ReportPainter, title: str, tables: list[list[list[str]]], board_title: str,
                    panels: list[ChartPanel]) -> None:
    """tables: the KPI table, the leaderboard, then one per chart panel, in that order."""
    report.heading(title, size=2.8)
    report.table(tables[0], size=0.9)
    report.heading(board_title)
    report.table(tables[1])
    for panel, rows in zip(panels, tables[2:], strict=True):
        report.heading(panel.title(), keep=0.3)
        report.picture(grab_chart(panel.view))
        report.table(rows)
    report.finish()
