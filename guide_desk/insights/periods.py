# SPDX-License-Identifier: Apache-2.0
"""Dashboard periods: whole local days of the store (this week, this month, last …, custom), their UTC
bounds, the period just before (for leaderboard movement) and the trend buckets (day, week or month).

A period is [first, last] inclusive in the store's calendar; every query sees [start, end) in UTC."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from guide_desk.clock import STORE_TZ
from guide_desk.errors import InvalidInput

PRESETS = ("this_week", "this_month", "last_week", "last_month", "last_90_days", "this_year")
MAX_DAYS = 3 * 366


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    tz: ZoneInfo = STORE_TZ

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidInput("period", f"ends ({self.last}) before it starts ({self.first})")
        if self.days > MAX_DAYS:
            raise InvalidInput("period", f"is {self.days} days long; at most {MAX_DAYS}")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time(0), tzinfo=self.tz).astimezone(UTC)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.last + timedelta(days=1), time(0), tzinfo=self.tz).astimezone(UTC)

    def previous(self) -> Period:
        """The period of the same length just before this one (a calendar month before a month)."""
        if self.first.day == 1 and (self.last + timedelta(days=1)).day == 1:
            months = (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1
            first = _add_months(self.first, -months)
            return Period(first, self.first - timedelta(days=1), self.tz)
        return Period(self.first - timedelta(days=self.days), self.first - timedelta(days=1), self.tz)

    @property
    def bucket(self) -> str:
        """Trend granularity: days up to a month, weeks up to half a year, months beyond."""
        return "day" if self.days <= 31 else "week" if self.days <= 183 else "month"

    def buckets(self) -> list[date]:
        """The first day of every trend bucket that overlaps the period, in order."""
        kind, out = self.bucket, []
        day = bucket_of(self.first, kind)
        while day <= self.last:
            out.append(day)
            day = day + timedelta(days=1) if kind == "day" else day + timedelta(weeks=1) if kind == "week" \
                else _add_months(day, 1)
        return out

    def bucket_ranges(self) -> list[tuple[date, datetime, datetime]]:
        """(first day of the bucket, UTC start, UTC end) per bucket, clipped to the period."""
        firsts = self.buckets()
        ranges = []
        for index, first in enumerate(firsts):
            begin = max(first, self.first)
            stop = min(firsts[index + 1], self.last + timedelta(days=1)) if index + 1 < len(firsts) \
                else self.last + timedelta(days=1)
            ranges.append((first, _utc_midnight(begin, self.tz), _utc_midnight(stop, self.tz)))
        return ranges

    def utc_offset_hours(self) -> float:
        """The store zone's offset at the period start, for SQL's date(ts, '+8 hours') bucketing."""
        offset = datetime.combine(self.first, time(12), tzinfo=self.tz).utcoffset()
        return (offset or timedelta(0)).total_seconds() / 3600


def _utc_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def bucket_of(day: date, kind: str) -> date:
    if kind == "day":
        return day
    if kind == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def preset_period(name: str, *, today: date, tz: ZoneInfo = STORE_TZ) -> Period:
    """A named period relative to `today` (the store's local date)."""
    monday = today - timedelta(days=today.weekday())
    month = today.replace(day=1)
    if name == "this_week":
        return Period(monday, today, tz)
    if name == "this_month":
        return Period(month, today, tz)
    if name == "last_week":
        return Period(monday - timedelta(days=7), monday - timedelta(days=1), tz)
    if name == "last_month":
        return Period(_add_months(month, -1), month - timedelta(days=1), tz)
    if name == "last_90_days":
        return Period(today - timedelta(days=89), today, tz)
    if name == "this_year":
        return Period(today.replace(month=1, day=1), today, tz)
    raise InvalidInput("period", f"must be one of {', '.join(PRESETS)} (got '{name}')")


def sql_stamp(moment: datetime) -> str:
    """A UTC datetime as the database stores it (naive UTC text), for raw SQL comparisons."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
