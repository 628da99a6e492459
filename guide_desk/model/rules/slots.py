# SPDX-License-Identifier: Apache-2.0
"""The 1v1 slot rules, over plain values: the app (guide_desk.appointments.conflicts) and the central API
(guide_desk.central.slots) each fetch the candidate rows with their own query and let these decide, so a
booking the PC accepts offline is one the server accepts on push (DESIGN.md §4).

Intervals are half-open [starts_at, ends_at): a session ending 15:00 and the next starting 15:00 do not
clash. Only booked and done sessions hold their slot; cancelled and no-show ones free it. A session lasts
at most MAX_DURATION, which also bounds the candidates of a clash to those starting in `clash_starts`.

Store hours: opens_at/closes_at are local wall-clock "HH:MM" in the store's zone. A day's window is
[opens_at, closes_at) of that local day; "23:59" closes at midnight (the last minute is open too); a
closing time at or before the opening time closes the next morning (a late-night store), and equal times
mean open around the clock. Windows of consecutive days that touch (00:00–23:59) merge, so a session may
cross midnight only where the store is open across midnight.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

MAX_DURATION = timedelta(hours=12)
BLOCKING_STATUSES = ("booked", "done")
_LOOKAHEAD_DAYS = 3


class Interval(Protocol):
    """Anything with a start and an end: a session, a block of time off, a query's row."""

    @property
    def starts_at(self) -> datetime: ...
    @property
    def ends_at(self) -> datetime: ...


class Booking(Interval, Protocol):
    """A session as the slot rules see it."""

    @property
    def id(self) -> str: ...
    @property
    def status(self) -> str: ...


class HasHours(Protocol):
    """A store as the hours rule sees it (the app's table row and the server's row both qualify)."""

    @property
    def timezone(self) -> str: ...
    @property
    def opens_at(self) -> str: ...
    @property
    def closes_at(self) -> str: ...


B = TypeVar("B", bound=Booking)
I = TypeVar("I", bound=Interval)  # noqa: E741 (the conventional name of an interval type)


def span_problem(starts_at: datetime, ends_at: datetime) -> str | None:
    """What is wrong with the span's end, or None: after the start and no longer than MAX_DURATION."""
    if ends_at <= starts_at:
        return "must be after starts_at"
    if ends_at - starts_at > MAX_DURATION:
        return f"makes the session longer than {int(MAX_DURATION.total_seconds() // 3600)} hours"
    return None


def in_the_past(starts_at: datetime, now: datetime) -> bool:
    """A session may not be booked or moved to a start before now (the app's rule: the server takes late
    pushes of sessions a PC booked offline)."""
    return starts_at < now


def overlaps(starts_at: datetime, ends_at: datetime, other: Interval) -> bool:
    """Whether [starts_at, ends_at) and the other half-open interval share an instant."""
    return other.starts_at < ends_at and other.ends_at > starts_at


def clash_starts(starts_at: datetime, ends_at: datetime) -> tuple[datetime, datetime]:
    """(after, before): a session clashing with [starts_at, ends_at) starts strictly between these, since
    none lasts longer than MAX_DURATION; a query reads just that index range of starts_at."""
    return starts_at - MAX_DURATION, ends_at


def clashes(candidates: Iterable[B], *, starts_at: datetime, ends_at: datetime,
            ignore_id: str | None = None) -> list[B]:
    """The candidates that hold their slot and overlap [starts_at, ends_at), in the given order;
    `ignore_id` is the session being moved."""
    return [c for c in candidates
            if c.status in BLOCKING_STATUSES and c.id != ignore_id and overlaps(starts_at, ends_at, c)]


def overlapping(intervals: Iterable[I], *, starts_at: datetime, ends_at: datetime) -> list[I]:
    """The intervals (a guide's blocked time) that overlap [starts_at, ends_at), in the given order."""
    return [i for i in intervals if overlaps(starts_at, ends_at, i)]


@dataclass(frozen=True)
class StoreHours:
    """One store's zone and daily window, parsed once."""

    tz: ZoneInfo
    opens: time
    closes: time
    closes_at_midnight: bool

    @classmethod
    def of(cls, store: HasHours) -> StoreHours:
        opens, closes = time.fromisoformat(store.opens_at), time.fromisoformat(store.closes_at)
        return cls(ZoneInfo(store.timezone), opens, closes, store.closes_at == "23:59")

    @property
    def around_the_clock(self) -> bool:
        return self.opens == self.closes or (self.opens == time(0) and self.closes_at_midnight)

    def window(self, day: date) -> tuple[datetime, datetime]:
        """The opening window that begins on local `day`."""
        start = datetime.combine(day, self.opens, tzinfo=self.tz)
        if self.closes_at_midnight:
            end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.tz)
        elif self.closes <= self.opens:
            end = datetime.combine(day + timedelta(days=1), self.closes, tzinfo=self.tz)
        else:
            end = datetime.combine(day, self.closes, tzinfo=self.tz)
        return start, end

    def covers(self, starts_at: datetime, ends_at: datetime) -> bool:
        """Whether the store is open for the whole of [starts_at, ends_at)."""
        if self.around_the_clock:
            return True
        day = starts_at.astimezone(self.tz).date() - timedelta(days=1)
        for offset in range(2):
            opened, closed = self.window(day + timedelta(days=offset))
            if opened <= starts_at < closed:
                return ends_at <= closed
        return False

    def next_opening(self, moment: datetime) -> datetime:
        """The earliest instant at or after `moment` when the store is open."""
        day = moment.astimezone(self.tz).date() - timedelta(days=1)
        for offset in range(_LOOKAHEAD_DAYS):
            opened, closed = self.window(day + timedelta(days=offset))
            if moment < closed:
                return max(opened, moment)
        return moment

    def label(self) -> str:
        return f"{self.opens:%H:%M}–{'23:59' if self.closes_at_midnight else format(self.closes, '%H:%M')}"


def local_span(starts_at: datetime, ends_at: datetime, tz: ZoneInfo) -> str:
    """'2030-05-01 14:00–15:00' (or '… 23:00–05-02 01:00' across midnight) in the store's zone."""
    start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)
    tail = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%m-%d %H:%M}"
    return f"{start:%Y-%m-%d %H:%M}–{tail}"
