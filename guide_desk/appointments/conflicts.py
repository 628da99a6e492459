# SPDX-License-Identifier: Apache-2.0
"""Whether a session may take a slot: the one place the slot rules live, so booking, rescheduling and
free-slot proposals agree (the server applies the same rules and rejects a double booking, DESIGN.md §4).

Intervals are half-open [starts_at, ends_at): a session ending 15:00 and the next starting 15:00 do not
clash. Only booked and done sessions hold their slot; cancelled and no-show ones free it. A session lasts
at most MAX_DURATION, which also bounds every overlap query to an index range on (guide|store, starts_at).
A guide's blocked time (days off, imported from iCalendar) is busy too; it may last longer, but a guide has
few such rows, so that query reads the guide's rows on the (guide_id, starts_at) index up to the end.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from guide_desk.appointments.hours import StoreHours, local_span
from guide_desk.clock import require_aware
from guide_desk.db.tables import Appointment, BlockedTime, Guide, Store
from guide_desk.errors import Conflict, InvalidInput, NotFound

MAX_DURATION = timedelta(hours=12)
BLOCKING_STATUSES = ("booked", "done")


def get_store(session: Session, store_id: str) -> Store:
    store = session.get(Store, store_id)
    if store is None:
        raise NotFound("store", store_id)
    return store


def overlapping(
    session: Session, *, where: ColumnElement[bool], starts_at: datetime, ends_at: datetime,
    ignore_id: str | None = None, limit: int | None = None,
) -> list[Appointment]:
    """Slot-holding sessions matching `where` that overlap [starts_at, ends_at), earliest first."""
    statement = select(Appointment).where(
        where,
        col(Appointment.status).in_(BLOCKING_STATUSES),
        col(Appointment.starts_at) < ends_at,
        col(Appointment.starts_at) > starts_at - MAX_DURATION,
        col(Appointment.ends_at) > starts_at,
    )
    if ignore_id is not None:
        statement = statement.where(col(Appointment.id) != ignore_id)
    statement = statement.order_by(col(Appointment.starts_at))
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.exec(statement))


def blocked(session: Session, *, guide_id: str, starts_at: datetime, ends_at: datetime) -> list[BlockedTime]:
    """The guide's blocked time overlapping [starts_at, ends_at), earliest first."""
    statement = select(BlockedTime).where(
        col(BlockedTime.guide_id) == guide_id,
        col(BlockedTime.starts_at) < ends_at,
        col(BlockedTime.ends_at) > starts_at,
    ).order_by(col(BlockedTime.starts_at))
    return list(session.exec(statement))


def check_span(starts_at: datetime, ends_at: datetime) -> tuple[datetime, datetime]:
    """Both ends aware, end after start, no longer than MAX_DURATION; returned in UTC."""
    starts = require_aware("starts_at", starts_at)
    ends = require_aware("ends_at", ends_at)
    if ends <= starts:
        raise InvalidInput("ends_at", "must be after starts_at")
    if ends - starts > MAX_DURATION:
        hours = int(MAX_DURATION.total_seconds() // 3600)
        raise InvalidInput("ends_at", f"makes the session longer than {hours} hours")
    return starts, ends


def check_slot(
    session: Session, *, guide_id: str, store_id: str, starts_at: datetime, ends_at: datetime,
    resource: str | None, now: datetime, ignore_id: str | None = None,
) -> None:
    """Raise unless the guide (and the resource, when one is named) is free for the whole session, the
    session has not begun, and the store is open throughout. `ignore_id` is the session being moved.

    Conflict reasons: in_the_past, outside_store_hours, guide_busy, guide_blocked (the guide's time off),
    resource_busy (existing_id names the clashing session). A span ending at or before its start is bad
    input: InvalidInput("ends_at").
    """
    starts, ends = check_span(starts_at, ends_at)
    moment = require_aware("now", now)
    hours = StoreHours.of(get_store(session, store_id))
    span = local_span(starts, ends, hours.tz)
    if starts < moment:
        current = f"{moment.astimezone(hours.tz):%Y-%m-%d %H:%M}"
        raise Conflict("in_the_past", f"{span} starts before now ({current})")
    if not hours.covers(starts, ends):
        raise Conflict("outside_store_hours",
                       f"{span} is outside store hours {hours.label()} ({hours.tz.key})")
    guide_clash = overlapping(session, where=col(Appointment.guide_id) == guide_id, starts_at=starts,
                              ends_at=ends, ignore_id=ignore_id, limit=1)
    if guide_clash:
        clash = guide_clash[0]
        guide = session.get(Guide, guide_id)
        who = guide.name if guide is not None else "the guide"
        taken = local_span(clash.starts_at, clash.ends_at, hours.tz)
        raise Conflict("guide_busy", f"{who} already has a session {taken}", existing_id=clash.id)
    off = blocked(session, guide_id=guide_id, starts_at=starts, ends_at=ends)
    if off:
        guide = session.get(Guide, guide_id)
        who = guide.name if guide is not None else "the guide"
        taken = local_span(off[0].starts_at, off[0].ends_at, hours.tz)
        what = f" ({off[0].summary})" if off[0].summary else ""
        raise Conflict("guide_blocked", f"{who} is not available {taken}{what}")
    if resource is None:
        return
    same_resource = (col(Appointment.store_id) == store_id) & (col(Appointment.resource) == resource)
    resource_clash = overlapping(session, where=same_resource, starts_at=starts, ends_at=ends,
                                 ignore_id=ignore_id, limit=1)
    if resource_clash:
        clash = resource_clash[0]
        taken = local_span(clash.starts_at, clash.ends_at, hours.tz)
        raise Conflict("resource_busy", f"{resource} is already booked {taken}", existing_id=clash.id)
