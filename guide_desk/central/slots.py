# SPDX-License-Identifier: Apache-2.0
"""Server-side slot rules for 1v1 sessions, the same as the app's (guide_desk.appointments.conflicts):
half-open intervals, at most MAX_DURATION long, inside store hours, no overlap with the guide's or the
resource's booked or done sessions. A clash is a Reject with reason guide_busy / resource_busy /
outside_store_hours. Whether a session lies in the past is not judged here: a PC that booked it offline
may push it late."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Row, select

from guide_desk.central.errors import Reject
from guide_desk.central.records import Ctx
from guide_desk.central.tables import Appointment, table

MAX_DURATION = timedelta(hours=12)
BLOCKING_STATUSES = ("booked", "done")
_appointment = table(Appointment)


def _window(store: Row[Any], day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    opens, closes = time.fromisoformat(store.opens_at), time.fromisoformat(store.closes_at)
    start = datetime.combine(day, opens, tzinfo=tz)
    if store.closes_at == "23:59":
        return start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    if closes <= opens:
        return start, datetime.combine(day + timedelta(days=1), closes, tzinfo=tz)
    return start, datetime.combine(day, closes, tzinfo=tz)


def store_covers(store: Row[Any], starts_at: datetime, ends_at: datetime) -> bool:
    """Whether the store is open for all of [starts_at, ends_at) (same rules as appointments.hours)."""
    opens, closes = time.fromisoformat(store.opens_at), time.fromisoformat(store.closes_at)
    if opens == closes or (opens == time(0) and store.closes_at == "23:59"):
        return True
    tz = ZoneInfo(store.timezone)
    day = starts_at.astimezone(tz).date() - timedelta(days=1)
    for offset in range(2):
        opened, closed = _window(store, day + timedelta(days=offset), tz)
        if opened <= starts_at < closed:
            return ends_at <= closed
    return False


def check_span(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise Reject("invalid", "ends_at: must be after starts_at")
    if ends_at - starts_at > MAX_DURATION:
        raise Reject("invalid", "ends_at: makes the session longer than 12 hours")


def _clash(ctx: Ctx, where: ColumnElement[bool], starts_at: datetime, ends_at: datetime,
           ignore_id: str | None) -> Row[Any] | None:
    a = _appointment.c
    statement = select(_appointment).where(
        where, a.status.in_(BLOCKING_STATUSES), a.starts_at < ends_at, a.starts_at > starts_at - MAX_DURATION,
        a.ends_at > starts_at)
    if ignore_id is not None:
        statement = statement.where(a.id != ignore_id)
    return ctx.conn.execute(statement.order_by(a.starts_at).limit(1)).first()


def check_slot(ctx: Ctx, *, store: Row[Any], guide_id: str, starts_at: datetime, ends_at: datetime,
               resource: str | None, ignore_id: str | None = None) -> None:
    check_span(starts_at, ends_at)
    if not store_covers(store, starts_at, ends_at):
        raise Reject("outside_store_hours",
                     f"the session is outside store hours {store.opens_at}–{store.closes_at} ({store.timezone})")
    a = _appointment.c
    clash = _clash(ctx, a.guide_id == guide_id, starts_at, ends_at, ignore_id)
    if clash is not None:
        raise Reject("guide_busy", f"the guide already has session {clash.id} from {clash.starts_at.isoformat()}")
    if resource is not None:
        clash = _clash(ctx, (a.store_id == store.id) & (a.resource == resource), starts_at, ends_at, ignore_id)
        if clash is not None:
            raise Reject("resource_busy",
                         f"{resource} is already booked by session {clash.id} from {clash.starts_at.isoformat()}")
