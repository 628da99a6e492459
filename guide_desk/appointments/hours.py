# SPDX-License-Identifier: Apache-2.0
"""Store opening hours as time windows.

Store.opens_at/closes_at are local wall-clock "HH:MM" in Store.timezone. A day's window is
[opens_at, closes_at) of that local day; "23:59" closes at midnight (the last minute is open too); a
closing time at or before the opening time closes the next morning (a late-night store), and equal times
mean open around the clock. Windows of consecutive days that touch (00:00–23:59) merge, so a session may
cross midnight only where the store is open across midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from guide_desk.db.tables import Store

_LOOKAHEAD_DAYS = 3


@dataclass(frozen=True)
class StoreHours:
    """One store's zone and daily window, parsed once."""

    tz: ZoneInfo
    opens: time
    closes: time
    closes_at_midnight: bool

    @classmethod
    def of(cls, store: Store) -> StoreHours:
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
