# SPDX-License-Identifier: Apache-2.0
"""The calendar grid: columns (days, or guides in the store view) by time of day, closed hours shaded,
sessions and blocked time as blocks. It paints a `CalendarView` and turns a drag into a request; the page
decides (reschedule with the usual checks) and reloads, so a refused move snaps back.

Drag a session to move it (in the week view also to another day), drag its bottom edge to change its
length; moves snap to SNAP_MINUTES. A double click on free time asks to book there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from guide_desk.appointments.calendar import DAY_MINUTES, Block, CalendarView

SNAP_MINUTES = 15
HEADER, FOOTER, GUTTER, EDGE = 28, 10, 48, 6
COLOURS = {"in_store": "#4f7cac", "video": "#5a9e6f", "home": "#c0803a", "blocked": "#9e9e9e"}
CLOSED, OPEN, LINE = QColor("#eceff3"), QColor("#ffffff"), QColor("#d5dae1")


@dataclass
class _Drag:
    block: Block
    resize: bool
    origin: QPoint
    column: int
    top: int
    bottom: int


class CalendarGrid(QWidget):
    move_requested = Signal(str, object, object)  # appointment id, new start, new end (aware)
    session_selected = Signal(str)
    session_activated = Signal(str)
    slot_requested = Signal(object)  # aware start of a double-clicked free slot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setMouseTracking(True)
        self.setMinimumSize(480, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view: CalendarView | None = None
        self.selected: str | None = None
        self.first, self.last = 8 * 60, 23 * 60
        self._drag: _Drag | None = None

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def set_view(self, view: CalendarView) -> None:
        self.view, self._drag = view, None
        spans = [span for column in view.columns for span in column.open]
        first = min((a for a, _ in spans), default=8 * 60)
        last = max((b for _, b in spans), default=23 * 60)
        self.first = max(0, (first // 60 - 1) * 60)
        self.last = min(DAY_MINUTES, (last + 119) // 60 * 60)
        self.update()

    # geometry -------------------------------------------------------------------------------------------------
    def _column_width(self) -> float:
        count = len(self.view.columns) if self.view else 1
        return max(1.0, (self.width() - GUTTER) / max(1, count))

    def _y(self, minute: int) -> int:
        usable = max(1, self.height() - HEADER - FOOTER)
        return HEADER + round((minute - self.first) * usable / max(1, self.last - self.first))

    def _minute(self, y: int) -> int:
        usable = max(1, self.height() - HEADER - FOOTER)
        return self.first + round((y - HEADER) * (self.last - self.first) / usable)

    def column_at(self, x: int) -> int | None:
        if self.view is None or x < GUTTER:
            return None
        column = int((x - GUTTER) // self._column_width())
        return column if column < len(self.view.columns) else None

    def rect_of(self, column: int, top: int, bottom: int) -> QRect:
        width = self._column_width()
        left = GUTTER + round(column * width)
        return QRect(left + 2, self._y(top), round(width) - 4, max(6, self._y(bottom) - self._y(top)))

    def block_rect(self, appointment_id: str) -> QRect:
        """Where a session is drawn (its first day's part); an empty rect when it is not shown."""
        for block in self.view.blocks if self.view else ():
            if block.appointment_id == appointment_id:
                return self.rect_of(block.column, block.top, block.bottom)
        return QRect()

    def point_at(self, column: int, moment: datetime) -> QPoint:
        """The point of `moment` in `column` (tests and keyboard moves)."""
        assert self.view is not None
        minute = int((moment - self.view.column_start(column)).total_seconds() // 60)
        return QPoint(GUTTER + round((column + 0.5) * self._column_width()), self._y(minute))

    def _block_at(self, point: QPoint) -> Block | None:
        for block in reversed(self.view.blocks if self.view else ()):
            if block.appointment_id and self.rect_of(block.column, block.top, block.bottom).contains(point):
                return block
        return None

    def _moment(self, column: int, minute: int) -> datetime:
        assert self.view is not None
        return self.view.column_start(column) + timedelta(minutes=minute)

    # mouse ----------------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self._block_at(point)
        if block is None or event.button() != Qt.MouseButton.LeftButton or block.appointment_id is None:
            return
        self.selected = block.appointment_id
        self.session_selected.emit(block.appointment_id)
        rect = self.rect_of(block.column, block.top, block.bottom)
        resize = abs(point.y() - rect.bottom()) <= EDGE
        self._drag = _Drag(block, resize, point, block.column, block.top, block.bottom) \
            if block.status == "booked" else None
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is None:
            block = self._block_at(point)
            edge = self.rect_of(block.column, block.top, block.bottom).bottom() if block else -100
            near_edge = abs(point.y() - edge) <= EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            return
        drag = self._drag
        delta = self._minute(point.y()) - self._minute(drag.origin.y())
        delta = round(delta / SNAP_MINUTES) * SNAP_MINUTES
        if drag.resize:
            drag.bottom = max(drag.block.top + SNAP_MINUTES, drag.block.bottom + delta)
        else:
            length = drag.block.bottom - drag.block.top
            drag.top = min(max(0, drag.block.top + delta), DAY_MINUTES - length)
            drag.bottom = drag.top + length
            column = self.column_at(point.x())
            if column is not None and self.view is not None and \
                    self.view.columns[column].guide_id == self.view.columns[drag.block.column].guide_id:
                drag.column = column
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or drag.block.appointment_id is None:
            return
        block = drag.block
        if (drag.column, drag.top, drag.bottom) == (block.column, block.top, block.bottom):
            self.update()
            return
        offset = self._moment(drag.column, drag.top) - self._moment(block.column, block.top)
        if drag.resize:
            starts, ends = block.starts_at, block.ends_at + timedelta(minutes=drag.bottom - block.bottom)
        else:
            starts, ends = block.starts_at + offset, block.ends_at + offset
        self.move_requested.emit(block.appointment_id, starts, ends)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self._block_at(point)
        if block is not None and block.appointment_id:
            self.session_activated.emit(block.appointment_id)
            return
        column = self.column_at(point.x())
        if column is not None and point.y() > HEADER:
            minute = self._minute(point.y()) // SNAP_MINUTES * SNAP_MINUTES
            self.slot_requested.emit(self._moment(column, minute))

    # painting -------------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), CLOSED)
        if self.view is None:
            return
        painter.setPen(QPen(LINE))
        for n, column in enumerate(self.view.columns):
            for first, last in column.open:
                painter.fillRect(self.rect_of(n, max(first, self.first), min(last, self.last)).adjusted(-2, 0, 2, 0),
                                 OPEN)
            header = QRect(self.rect_of(n, 0, 0).left(), 0, round(self._column_width()) - 4, HEADER)
            painter.setPen(QPen(QColor("#333333")))
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, self._label(n))
        painter.setPen(QPen(LINE))
        for minute in range(self.first, self.last + 1, 60):
            y = self._y(minute)
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.drawText(QRect(0, y - 8, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{minute // 60:02d}:00")
        for block in self.view.blocks:
            self._paint_block(painter, block)
        if self._drag is not None:
            ghost = self.rect_of(self._drag.column, self._drag.top, self._drag.bottom)
            painter.setPen(QPen(QColor("#1f5fbf"), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ghost, 4, 4)

    def _label(self, column: int) -> str:
        """A guide's name in the store view, else the day: '11-23 周一' / '11-23 Mon'."""
        assert self.view is not None
        found = self.view.columns[column]
        if self.view.by_guide:
            return found.label
        return f"{found.day:%m-%d} {QLocale().dayName(found.day.isoweekday(), QLocale.FormatType.ShortFormat)}"

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        rect = self.rect_of(block.column, max(block.top, self.first), min(block.bottom, self.last))
        colour = QColor(COLOURS.get(block.kind, "#4f7cac"))
        if block.status in ("done", "no_show"):
            colour.setAlpha(120)
        painter.setPen(QPen(QColor("#1f5fbf"), 2) if block.appointment_id == self.selected else Qt.PenStyle.NoPen)
        painter.setBrush(colour if block.kind != "blocked" else QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QPen(QColor("#ffffff") if block.kind != "blocked" else QColor("#555555")))
        tz = self.view.hours.tz if self.view else None
        when = f"{block.starts_at.astimezone(tz):%H:%M}" if block.appointment_id else ""
        text = " ".join(part for part in (when, block.title, block.resource or "") if part)
        painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.TextFlag.TextWordWrap, text)
