# SPDX-License-Identifier: Apache-2.0
"""The calendar's view model, without Qt: columns (days of one guide, or the guides of a store on one
day), the store's open hours in each column, and blocks (sessions and blocked time) placed in minutes of
the local day. A session crossing midnight becomes a block in each day it touches. The UI only paints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session

from guide_desk.accounts.guides import get_store, list_guides
from guide_desk.appointments.conflicts import blocked
from guide_desk.appointments.views import list_appointments
from guide_desk.customers.search import customer_names
from guide_desk.errors import InvalidInput
from guide_desk.model.rules.slots import StoreHours

DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class Column:
    """One column: a day of one guide. `open` holds the (first, last) minutes the store is open."""

    day: date
    guide_id: str
    label: str
    open: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Block:
    """A session (appointment_id set) or blocked time in one column, from minute `top` to `bottom`."""

    column: int
    top: int
    bottom: int
    appointment_id: str | None
    title: str
    kind: str
    status: str
    resource: str | None
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class CalendarView:
    """`by_guide`: the columns are the store's guides on one day (else days of one guide)."""

    columns: tuple[Column, ...]
    blocks: tuple[Block, ...]
    hours: StoreHours
    by_guide: bool = False

    def column_start(self, column: int) -> datetime:
        """Local midnight of the column's day, aware."""
        return datetime.combine(self.columns[column].day, time(0), tzinfo=self.hours.tz)


def _minutes(moment: datetime, midnight: datetime) -> int:
    return int((moment - midnight).total_seconds() // 60)


def _open(hours: StoreHours, day: date) -> tuple[tuple[int, int], ...]:
    if hours.around_the_clock:
        return ((0, DAY_MINUTES),)
    midnight = datetime.combine(day, time(0), tzinfo=hours.tz)
    spans = []
    for offset in (-1, 0):
        opened, closed = hours.window(day + timedelta(days=offset))
        first, last = max(0, _minutes(opened, midnight)), min(DAY_MINUTES, _minutes(closed, midnight))
        if first < last:
            spans.append((first, last))
    return tuple(spans)


def build_calendar(
    session: Session, *, store_id: str, day: date, days: int = 7, guide_id: str | None = None,
) -> CalendarView:
    """`days` columns from `day` for `guide_id`, or (without a guide) one column per active guide of the
    store on `day`."""
    if not 1 <= days <= 31:
        raise InvalidInput("days", f"must be 1 to 31 (got {days})")
    hours = StoreHours.of(get_store(session, store_id=store_id))
    if guide_id is not None:
        columns = [Column(day + timedelta(days=n), guide_id, (day + timedelta(days=n)).isoformat(),
                          _open(hours, day + timedelta(days=n))) for n in range(days)]
    else:
        columns = [Column(day, g.id, g.name, _open(hours, day))
                   for g in list_guides(session, store_id=store_id) if g.role != "hq"]
    start = datetime.combine(day, time(0), tzinfo=hours.tz)
    end = datetime.combine(columns[-1].day + timedelta(days=1), time(0), tzinfo=hours.tz) if columns else start
    if not columns:
        return CalendarView((), (), hours, guide_id is None)
    if guide_id is not None:
        found = list_appointments(session, guide_id=guide_id, start=start, end=end)
        off = blocked(session, guide_id=guide_id, starts_at=start, ends_at=end)
    else:
        found = list_appointments(session, store_id=store_id, start=start, end=end)
        off = [b for column in columns for b in blocked(session, guide_id=column.guide_id, starts_at=start,
                                                         ends_at=end)]
    names = customer_names(session, ids=list({a.customer_id for a in found}))
    index = {(c.day, c.guide_id): n for n, c in enumerate(columns)}
    blocks: list[Block] = []
    for a in found:
        blocks += _place(index, hours, a.guide_id, a.starts_at, a.ends_at, a.id, names.get(a.customer_id, ""),
                         a.kind, a.status, a.resource)
    for b in off:
        blocks += _place(index, hours, b.guide_id, b.starts_at, b.ends_at, None, b.summary, "blocked", "blocked",
                         None)
    return CalendarView(tuple(columns), tuple(blocks), hours, guide_id is None)


def _place(
    index: dict[tuple[date, str], int], hours: StoreHours, guide_id: str, starts_at: datetime, ends_at: datetime,
    appointment_id: str | None, title: str, kind: str, status: str, resource: str | None,
) -> list[Block]:
    placed = []
    day = starts_at.astimezone(hours.tz).date()
    while True:
        midnight = datetime.combine(day, time(0), tzinfo=hours.tz)
        if midnight >= ends_at:
            break
        column = index.get((day, guide_id))
        if column is not None:
            top, bottom = max(0, _minutes(starts_at, midnight)), min(DAY_MINUTES, _minutes(ends_at, midnight))
            placed.append(Block(column, top, max(bottom, top + 1), appointment_id, title, kind, status, resource,
                                starts_at, ends_at))
        day += timedelta(days=1)
    return placed
