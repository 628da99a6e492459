# SPDX-License-Identifier: Apache-2.0
"""The 1v1 slot rules on plain values, as the app and the central API both apply them: spans, store hours
(late-night, around the clock, midnight), half-open overlaps, which sessions hold their slot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from guide_desk.model.rules.slots import (
    MAX_DURATION,
    StoreHours,
    clash_starts,
    clashes,
    in_the_past,
    local_span,
    overlapping,
    span_problem,
)

H = timedelta(hours=1)
T0 = datetime(2030, 5, 1, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai


@dataclass(frozen=True)
class Store:
    timezone: str = "Asia/Shanghai"
    opens_at: str = "10:00"
    closes_at: str = "22:00"


@dataclass(frozen=True)
class Session:
    id: str
    starts_at: datetime
    ends_at: datetime
    status: str = "booked"


def shanghai(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2030, 5, day, hour, minute, tzinfo=StoreHours.of(Store()).tz).astimezone(UTC)


def test_a_span_must_end_after_it_starts_and_last_at_most_twelve_hours() -> None:
    assert span_problem(T0, T0 + H) is None
    assert span_problem(T0, T0 + MAX_DURATION) is None
    assert span_problem(T0, T0) == "must be after starts_at"
    assert span_problem(T0, T0 - H) == "must be after starts_at"
    assert span_problem(T0, T0 + MAX_DURATION + timedelta(minutes=1)) == "makes the session longer than 12 hours"


def test_a_session_starting_before_now_is_in_the_past() -> None:
    assert in_the_past(T0, T0 + timedelta(seconds=1))
    assert not in_the_past(T0, T0)


def test_store_hours_cover_only_sessions_wholly_inside_the_day_window() -> None:
    hours = StoreHours.of(Store())
    assert hours.covers(shanghai(1, 10), shanghai(1, 22))
    assert not hours.covers(shanghai(1, 9, 30), shanghai(1, 10, 30))
    assert not hours.covers(shanghai(1, 21), shanghai(1, 22, 30))
    assert hours.label() == "10:00–22:00"


def test_a_late_night_store_is_open_across_midnight_and_a_2359_close_means_midnight() -> None:
    late = StoreHours.of(Store(opens_at="18:00", closes_at="02:00"))
    assert late.covers(shanghai(1, 23), shanghai(2, 1, 30))
    assert late.covers(shanghai(2, 0, 30), shanghai(2, 1, 30))  # the window that began the evening before
    assert not late.covers(shanghai(2, 1, 30), shanghai(2, 2, 30))
    midnight = StoreHours.of(Store(opens_at="10:00", closes_at="23:59"))
    assert midnight.covers(shanghai(1, 23), shanghai(2, 0))
    assert not midnight.covers(shanghai(1, 23), shanghai(2, 0, 30))
    assert midnight.label() == "10:00–23:59"


def test_equal_times_or_midnight_to_2359_mean_open_around_the_clock() -> None:
    for opens, closes in (("09:00", "09:00"), ("00:00", "23:59")):
        hours = StoreHours.of(Store(opens_at=opens, closes_at=closes))
        assert hours.around_the_clock
        assert hours.covers(shanghai(1, 23), shanghai(2, 5))


def test_the_next_opening_is_now_while_open_else_the_next_window() -> None:
    hours = StoreHours.of(Store())
    assert hours.next_opening(shanghai(1, 12)) == shanghai(1, 12)
    assert hours.next_opening(shanghai(1, 23)) == shanghai(2, 10)
    assert hours.next_opening(shanghai(1, 8)) == shanghai(1, 10)


def test_sessions_clash_on_half_open_intervals_and_only_booked_or_done_ones_hold_a_slot() -> None:
    rows = [
        Session("before", T0 - H, T0),  # ends as the new one starts: no clash
        Session("cancelled", T0, T0 + H, status="cancelled"),
        Session("no_show", T0, T0 + H, status="no_show"),
        Session("done", T0 + timedelta(minutes=30), T0 + 2 * H, status="done"),
        Session("booked", T0 + timedelta(minutes=59), T0 + 3 * H),
        Session("after", T0 + H, T0 + 2 * H),  # starts as the new one ends: no clash
    ]
    assert [s.id for s in clashes(rows, starts_at=T0, ends_at=T0 + H)] == ["done", "booked"]
    assert [s.id for s in clashes(rows, starts_at=T0, ends_at=T0 + H, ignore_id="done")] == ["booked"]


def test_clash_candidates_start_within_twelve_hours_before_the_session() -> None:
    after, before = clash_starts(T0, T0 + H)
    assert (after, before) == (T0 - MAX_DURATION, T0 + H)
    longest = Session("longest", after + timedelta(minutes=1), after + timedelta(minutes=1) + MAX_DURATION)
    assert clashes([longest], starts_at=T0, ends_at=T0 + H) == [longest]


def test_blocked_time_of_any_length_overlaps_like_a_session() -> None:
    week_off = Session("holiday", T0 - timedelta(days=3), T0 + timedelta(days=3), status="")
    assert overlapping([week_off], starts_at=T0, ends_at=T0 + H) == [week_off]
    assert overlapping([week_off], starts_at=T0 + timedelta(days=3), ends_at=T0 + timedelta(days=4)) == []


def test_a_span_is_told_in_the_store_zone_with_the_date_again_across_midnight() -> None:
    tz = StoreHours.of(Store()).tz
    assert local_span(shanghai(1, 14), shanghai(1, 15), tz) == "2030-05-01 14:00–15:00"
    assert local_span(shanghai(1, 23), shanghai(2, 1), tz) == "2030-05-01 23:00–05-02 01:00"
